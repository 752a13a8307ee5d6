"""Jamsosnaker (BPJS Ketenagakerjaan BPU) rules: member status steps, premium rates by month, eligibility."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.wilayah import kelurahan_name


class MemberStatus(StrEnum):
    PROPOSED = "proposed"
    VERIFIED = "verified"
    SUBMITTED = "submitted"
    ACTIVE = "active"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    MemberStatus.PROPOSED: "diusulkan",
    MemberStatus.VERIFIED: "diverifikasi",
    MemberStatus.SUBMITTED: "diajukan",
    MemberStatus.ACTIVE: "aktif",
    MemberStatus.ENDED: "berhenti",
}


class EndReason(StrEnum):
    DIED = "died"
    MOVED = "moved"
    FORMAL_EMPLOYMENT = "formal_employment"
    NOT_ELIGIBLE = "not_eligible"
    WITHDREW = "withdrew"

    @property
    def label(self) -> str:
        return _END_REASON_LABELS[self]


_END_REASON_LABELS = {
    EndReason.DIED: "meninggal dunia",
    EndReason.MOVED: "pindah domisili",
    EndReason.FORMAL_EMPLOYMENT: "bekerja formal",
    EndReason.NOT_ELIGIBLE: "tidak lagi memenuhi syarat",
    EndReason.WITHDREW: "mengundurkan diri",
}

# The only steps a clerk takes without an override: enrol, then forward one status at a time;
# an ended member may be proposed again (re-enrolment), which starts the path over.
NORMAL_STEPS: frozenset[tuple[MemberStatus | None, MemberStatus]] = frozenset(
    {
        (None, MemberStatus.PROPOSED),
        (MemberStatus.PROPOSED, MemberStatus.VERIFIED),
        (MemberStatus.VERIFIED, MemberStatus.SUBMITTED),
        (MemberStatus.SUBMITTED, MemberStatus.ACTIVE),
        (MemberStatus.ACTIVE, MemberStatus.ENDED),
        (MemberStatus.ENDED, MemberStatus.PROPOSED),
    }
)


def next_step(current: MemberStatus) -> MemberStatus | None:
    """The one normal step forward (what the window offers as "next status"); None for an ended
    membership, whose worker is enrolled again instead, as a new membership."""
    if current is MemberStatus.ENDED:
        return None
    return next(target for (before, target) in NORMAL_STEPS if before == current)


def check_transition(
    current: MemberStatus | None, target: MemberStatus, *, override_reason: str = ""
) -> bool:
    """False for a normal step; True for a step allowed only by override (the caller must audit it).

    Any other step (a skip, a step back, staying put) raises UserError unless override_reason is non-blank.
    """
    if (current, target) in NORMAL_STEPS:
        return False
    if override_reason.strip():
        return True
    if current is None:
        raise UserError(
            f"Peserta baru harus mulai dari status '{MemberStatus.PROPOSED.label}', "
            f"bukan '{target.label}'. Isi alasan pengecualian bila memang perlu."
        )
    if current == target:
        raise UserError(f"Peserta sudah berstatus '{current.label}'.")
    following = next(t for (c, t) in NORMAL_STEPS if c == current)
    raise UserError(
        f"Status tidak bisa diubah dari '{current.label}' ke '{target.label}'. "
        f"Langkah berikutnya: '{following.label}'. Isi alasan pengecualian bila memang perlu."
    )


def _money(value: object, what: str) -> int:
    # Money is whole rupiah: a float here means a rounding error is about to reach a payment.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} harus bilangan bulat rupiah, bukan {type(value).__name__}")
    return value


@dataclass(frozen=True)
class Rate:
    """Monthly premium per member, in force from effective_from until the next rate starts."""

    effective_from: YearMonth
    jkk: int
    jkm: int
    jht: int = 0

    def __post_init__(self) -> None:
        for name in ("jkk", "jkm", "jht"):
            if _money(getattr(self, name), name.upper()) < 0:
                raise UserError(f"Iuran {name.upper()} tidak boleh negatif.")

    def premium(self) -> int:
        # JHT is optional savings, off (0) unless a rate turns it on: then the city pays it as well,
        # and the recap, the BPJS list and the projection all bill the same sum.
        return self.jkk + self.jkm + self.jht


# DOMAIN.md: JKK Rp10,000 (1% of Rp1,000,000) + JKM Rp6,800; the city pays Rp16,800 from January 2023.
DEFAULT_RATES = (Rate(YearMonth(2023, 1), jkk=10_000, jkm=6_800),)


def rate_in_force(rates: Sequence[Rate], month: YearMonth) -> Rate:
    """The rate with the latest effective_from on or before month."""
    candidates = [rate for rate in rates if rate.effective_from <= month]
    if not candidates:
        raise UserError(f"Belum ada tarif iuran yang berlaku untuk {month.label()}. Tambahkan tarifnya dulu.")
    latest = max(rate.effective_from for rate in candidates)
    in_force = {rate for rate in candidates if rate.effective_from == latest}
    if len(in_force) > 1:
        # Two different rates from one month: picking either would silently misstate the bill.
        raise UserError(f"Ada lebih dari satu tarif iuran yang berlaku mulai {latest.label()}.")
    return in_force.pop()


def check_first_covered_month(month: YearMonth, first_rate: YearMonth | None) -> None:
    """Refuse cover that starts before the program's first rate: no premium was ever owed for it."""
    if first_rate is None:
        raise UserError(
            "Belum ada tarif iuran Jamsosnaker. Administrator menambahkan tarifnya dulu (Pengaturan "
            "program), lalu peserta diaktifkan.",
            field="bulan",
        )
    if month < first_rate:
        raise UserError(
            f"Bulan pertama yang ditanggung ({month.label()}) sebelum tarif iuran pertama program "
            f"({first_rate.label()}): untuk bulan itu program belum membayar iuran. Isi {first_rate.label()} "
            "atau bulan sesudahnya.",
            field="bulan",
        )


def jkk_for_income(declared_income: int) -> int:
    """JKK is 1% of declared income, in whole rupiah, half a rupiah rounded up."""
    income = _money(declared_income, "Penghasilan")
    if income < 0:
        raise UserError("Penghasilan yang dilaporkan tidak boleh negatif.")
    return (income + 50) // 100


@dataclass(frozen=True)
class Coverage:
    """One membership span: the first covered month and the last (None while still active)."""

    first_month: YearMonth
    last_month: YearMonth | None

    def __post_init__(self) -> None:
        if self.last_month is not None and self.last_month < self.first_month:
            raise UserError(
                f"Bulan terakhir kepesertaan ({self.last_month.label()}) sebelum "
                f"bulan pertama ({self.first_month.label()})."
            )

    def covers(self, month: YearMonth) -> bool:
        return self.first_month <= month and (self.last_month is None or month <= self.last_month)


def months_covered(spans: Sequence[Coverage], first: YearMonth, last: YearMonth) -> list[YearMonth]:
    """Months in [first, last] covered by any span, each once, in order."""
    covered: set[int] = set()
    for span in spans:
        start = max(span.first_month, first).index()
        end = last.index() if span.last_month is None else min(span.last_month, last).index()
        covered.update(range(start, end + 1))
    return [YearMonth.from_index(index) for index in sorted(covered)]


def amount_due(spans: Sequence[Coverage], rates: Sequence[Rate], first: YearMonth, last: YearMonth) -> int:
    """The premium for every covered month in [first, last], each at the rate in force that month."""
    # A rate change applies from its own month on and never reaches back into months before it.
    return sum(rate_in_force(rates, month).premium() for month in months_covered(spans, first, last))


@dataclass(frozen=True)
class EligibilityRules:
    """Who the city may enrol; kept as data because targeting changes with DTSEN and policy."""

    max_desil: int = 4
    min_age: int = 18
    max_age: int = 64
    require_office_kelurahan: bool = True

    def __post_init__(self) -> None:
        if not 1 <= self.max_desil <= 10:
            raise UserError("Batas desil harus antara 1 dan 10.")
        if not 0 <= self.min_age <= self.max_age:
            raise UserError("Batas umur minimal harus 0 atau lebih dan tidak melebihi batas maksimal.")


def age_on(birth_date: date, on: date) -> int:
    """Whole years completed on the given day (a 29 February birthday completes on 1 March)."""
    before_birthday = (on.month, on.day) < (birth_date.month, birth_date.day)
    return on.year - birth_date.year - (1 if before_birthday else 0)


def eligibility_problems(
    rules: EligibilityRules,
    *,
    desil: int | None,
    birth_date: date,
    kelurahan_code: str,
    office_kelurahan_code: str | None,
    already_member: bool,
    on: date,
) -> list[str]:
    """Every rule the person fails, each as an Indonesian reason; an empty list means eligible."""
    problems: list[str] = []
    if desil is None:
        problems.append("Belum tercatat di DTSEN (desil kosong).")
    elif not 1 <= desil <= 10:
        problems.append(f"Desil {desil} tidak sah: desil DTSEN bernilai 1 sampai 10.")
    elif desil > rules.max_desil:
        problems.append(f"Desil {desil} di atas batas program (desil 1-{rules.max_desil}).")

    if birth_date > on:
        problems.append("Tanggal lahir sesudah tanggal pemeriksaan: periksa tanggal lahir.")
    else:
        age = age_on(birth_date, on)
        if age < rules.min_age:
            problems.append(f"Umur {age} tahun, di bawah batas minimal {rules.min_age} tahun.")
        elif age > rules.max_age:
            problems.append(f"Umur {age} tahun, di atas batas maksimal {rules.max_age} tahun.")

    # The central office (no kelurahan of its own) may enrol residents of any kelurahan.
    if not rules.require_office_kelurahan or office_kelurahan_code is None:
        pass
    elif not kelurahan_code.strip():
        problems.append("Kelurahan domisili belum diisi.")
    elif kelurahan_code != office_kelurahan_code:
        problems.append(
            f"Berdomisili di Kelurahan {kelurahan_name(kelurahan_code)}, bukan di wilayah kantor ini "
            f"(Kelurahan {kelurahan_name(office_kelurahan_code)})."
        )

    if already_member:
        problems.append("Sudah terdaftar sebagai peserta Jamsosnaker.")
    return problems


# DOMAIN.md: current BPJS Ketenagakerjaan cards carry an 11-digit KPJ; there is no official spec, so the
# length is a program setting and the number stays text (a leading zero is part of it).
DEFAULT_KPJ_LENGTH = 11
KPJ_LENGTHS = range(6, 21)


def check_kpj_length(length: int) -> int:
    """A KPJ length an administrator may set: a whole number of digits, 6 to 20."""
    if isinstance(length, bool) or not isinstance(length, int) or length not in KPJ_LENGTHS:
        raise UserError(
            f"Panjang nomor KPJ harus {KPJ_LENGTHS.start} sampai {KPJ_LENGTHS.stop - 1} angka.", field="kpj"
        )
    return length


def kpj_problem(kpj: str, length: int) -> str | None:
    """Why a KPJ number cannot be stored, in Indonesian; None when it is `length` digits 0-9."""
    text = kpj.strip()
    if not text:
        return "Nomor KPJ kosong. Isi nomor KPJ dari kartu BPJS Ketenagakerjaan peserta."
    if not (text.isascii() and text.isdigit()):
        return (
            f"Nomor KPJ '{text[:30]}' harus berisi angka saja ({length} angka, tanpa huruf, spasi atau "
            "tanda baca). Salin nomor KPJ dari kartu BPJS Ketenagakerjaan peserta."
        )
    if len(text) != length:
        return (
            f"Nomor KPJ '{text}' berisi {len(text)} angka; nomor KPJ harus {length} angka. Periksa lagi "
            "nomor di kartu BPJS Ketenagakerjaan peserta."
        )
    return None


def check_kpj(kpj: str, length: int) -> str:
    """The KPJ as stored (spaces around dropped), or UserError saying what to fix."""
    problem = kpj_problem(kpj, length)
    if problem is not None:
        raise UserError(problem, field="kpj")
    return kpj.strip()
