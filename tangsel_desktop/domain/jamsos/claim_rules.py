"""The JKM death claim as data: the benefits, the heirs' order, the papers a family brings, claim stages."""

from dataclasses import dataclass
from enum import StrEnum

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.months import YearMonth

# DOMAIN.md (PP 44/2015 as amended by PP 82/2019): the figures a clerk tells a family. Kept here as named
# data, each used in one place, so that a new regulation changes one line.
JKM_DEATH_BENEFIT = 42_000_000
SCHOLARSHIP_CHILDREN = 2
SCHOLARSHIP_MIN_MONTHS = 36  # three years of contributions
JKK_DEATH_INCOME_MULTIPLE = 48  # death from a work accident: 48 x the declared monthly income

# Who receives the benefit, group by group: a later group only when no one of an earlier group is left.
HEIRS_ORDER: tuple[str, ...] = (
    "Janda, duda, atau anak",
    "Bila tidak ada: orang tua, cucu (keturunan sedarah menurut garis lurus ke atas atau ke bawah)",
    "Bila tidak ada: saudara kandung",
    "Bila tidak ada: mertua",
)

# The papers the family gathers; BPJS asks for originals and photocopies at the branch office.
BASE_DOCUMENTS: tuple[str, ...] = (
    "Kartu peserta BPJS Ketenagakerjaan (nomor KPJ) almarhum/almarhumah",
    "KTP elektronik almarhum/almarhumah dan ahli waris",
    "Kartu Keluarga",
    "Surat keterangan kematian dari kelurahan atau rumah sakit (akta kematian bila sudah ada)",
    "Surat keterangan ahli waris dari kelurahan/kecamatan",
    "Buku nikah (bila ahli waris janda atau duda)",
    "Buku tabungan atas nama ahli waris",
)
WORK_ACCIDENT_DOCUMENTS: tuple[str, ...] = (
    "Kronologi kecelakaan kerja yang ditandatangani saksi",
    "Surat keterangan kepolisian (bila kecelakaan lalu lintas)",
)
SCHOLARSHIP_DOCUMENTS: tuple[str, ...] = (
    "Akta kelahiran anak penerima beasiswa",
    "Surat keterangan masih bersekolah atau kuliah (atau kartu pelajar)",
)

# Where to go is an office's own knowledge (the nearest branch, its hours): an administrator may change it.
DEFAULT_WHERE_TO_GO = (
    "Kantor Cabang BPJS Ketenagakerjaan terdekat, dengan membawa berkas asli dan fotokopinya; "
    "atau ajukan sendiri lewat aplikasi JMO (Jamsostek Mobile) milik BPJS Ketenagakerjaan. "
    "Kantor kelurahan membantu surat keterangan kematian dan surat keterangan ahli waris."
)
MAX_WHERE_TO_GO = 1000


class ClaimStage(StrEnum):
    CHECKLIST_GIVEN = "checklist_given"
    DOCUMENTS_COMPLETE = "documents_complete"
    SUBMITTED = "submitted"
    PAID = "paid"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]


_STAGE_LABELS = {
    ClaimStage.CHECKLIST_GIVEN: "daftar berkas diserahkan",
    ClaimStage.DOCUMENTS_COMPLETE: "berkas lengkap",
    ClaimStage.SUBMITTED: "diajukan ke BPJS",
    ClaimStage.PAID: "dibayar",
    ClaimStage.REFUSED: "ditolak",
}


def parse_stage(text: str) -> ClaimStage:
    """A stage by its code or its Indonesian label, as a clerk types it."""
    cleaned = " ".join(text.strip().lower().split())
    for stage in ClaimStage:
        if cleaned in (stage.value, stage.label.lower()):
            return stage
    known = ", ".join(f"{stage.value} ({stage.label})" for stage in ClaimStage)
    raise UserError(f"Tahap klaim '{text}' tidak dikenal. Pilihan: {known}.", field="tahap")


def membership_months(first_month: YearMonth, last_month: YearMonth) -> int:
    """Covered months from the first to the last, both counted: January to December is 12."""
    if last_month < first_month:
        raise UserError(
            f"Bulan terakhir kepesertaan ({last_month.label()}) sebelum bulan pertama "
            f"({first_month.label()})."
        )
    return last_month.index() - first_month.index() + 1


def scholarship_applies(months: int) -> bool:
    return months >= SCHOLARSHIP_MIN_MONTHS


def jkk_death_benefit(declared_income: int) -> int:
    """Death from a work accident: 48 x declared monthly income, whole rupiah."""
    if isinstance(declared_income, bool) or not isinstance(declared_income, int):
        raise TypeError("penghasilan harus bilangan bulat rupiah")
    if declared_income < 0:
        raise UserError("Penghasilan yang dilaporkan tidak boleh negatif.")
    return JKK_DEATH_INCOME_MULTIPLE * declared_income


@dataclass(frozen=True)
class ClaimBenefits:
    """What applies to one death: figures for the checklist and the screen."""

    months: int
    jkm: int
    scholarship: bool
    work_accident: bool
    jkk: int  # 0 unless the death came from a work accident

    @property
    def scholarship_rule(self) -> str:
        verdict = "berhak" if self.scholarship else "belum berhak"
        return (
            f"Beasiswa pendidikan untuk paling banyak {SCHOLARSHIP_CHILDREN} anak bila masa iuran paling "
            f"sedikit {SCHOLARSHIP_MIN_MONTHS} bulan (3 tahun). Masa iuran tercatat {self.months} bulan: "
            f"{verdict}."
        )


def claim_benefits(
    *, first_month: YearMonth, last_month: YearMonth, work_accident: bool, declared_income: int
) -> ClaimBenefits:
    months = membership_months(first_month, last_month)
    return ClaimBenefits(
        months=months,
        jkm=JKM_DEATH_BENEFIT,
        scholarship=scholarship_applies(months),
        work_accident=work_accident,
        jkk=jkk_death_benefit(declared_income) if work_accident else 0,
    )


def documents_needed(benefits: ClaimBenefits) -> tuple[str, ...]:
    """The papers for this death: the base list, plus accident and scholarship papers when they apply."""
    return (
        BASE_DOCUMENTS
        + (WORK_ACCIDENT_DOCUMENTS if benefits.work_accident else ())
        + (SCHOLARSHIP_DOCUMENTS if benefits.scholarship else ())
    )


def tidy_where_to_go(text: str) -> str:
    """The administrator's text, trimmed; blank or too long is refused with what to do."""
    cleaned = "\n".join(line.strip() for line in text.strip().splitlines())
    if not cleaned:
        raise UserError("Tulis ke mana keluarga mengajukan klaim (misalnya kantor cabang BPJS terdekat).")
    if len(cleaned) > MAX_WHERE_TO_GO:
        raise UserError(
            f"Teks tempat pengajuan klaim terlalu panjang (paling banyak {MAX_WHERE_TO_GO} huruf)."
        )
    return cleaned
