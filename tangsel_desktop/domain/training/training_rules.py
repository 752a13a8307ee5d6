"""The rules of a training: its kind, its hours (JP), the attendance a certificate needs, who may join."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from tangsel_desktop.domain.enums import Disability
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import age_on
from tangsel_desktop.domain.person_rules import tidy_text

MAX_NAME = 150
MAX_TEXT = 200
MAX_JP = 2000
MAX_QUOTA = 500
MAX_SESSION_JP = 16  # a day of training: JP are 45 minutes, and nobody sits more than twelve hours
MAX_BATCH_DAYS = 366
MAX_REASON = 500


class TrainingKind(StrEnum):
    """umum: the city's own course; bnsp: certified by BNSP through a licensed LSP."""

    GENERAL = "umum"
    BNSP = "bnsp"

    @property
    def label(self) -> str:
        return "Umum" if self is TrainingKind.GENERAL else "Bersertifikat BNSP"

    @classmethod
    def parse(cls, text: str) -> "TrainingKind":
        cleaned = " ".join(text.split()).lower()
        for kind in cls:
            if cleaned == kind.value:
                return kind
        raise UserError(f"Jenis pelatihan '{text}' tidak dikenal. Pilihan: umum atau bnsp.", field="kind")


@dataclass(frozen=True)
class Eligibility:
    """Who may join: the highest desil, an age range, disability kinds (empty: anyone)."""

    max_desil: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    disabilities: tuple[Disability, ...] = ()

    def __post_init__(self) -> None:
        if self.max_desil is not None and not 1 <= self.max_desil <= 10:
            raise UserError("Batas desil harus antara 1 dan 10.", field="max_desil")
        for age in (self.min_age, self.max_age):
            if age is not None and not 0 <= age <= 120:
                raise UserError("Batas umur harus antara 0 dan 120 tahun.", field="age")
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise UserError("Batas umur minimal melebihi batas maksimal.", field="age")
        if Disability.NONE in self.disabilities:
            raise UserError("Jenis disabilitas syarat pelatihan tidak boleh 'tidak'.", field="disability")

    @property
    def disability_text(self) -> str:
        return ",".join(kind.value for kind in self.disabilities)

    def describe(self) -> str:
        """The rules in one line, as the proposal and the training's page show them."""
        parts = []
        if self.max_desil is not None:
            parts.append(f"desil 1–{self.max_desil}")
        if self.min_age is not None or self.max_age is not None:
            low = self.min_age if self.min_age is not None else 0
            parts.append(f"umur {low}–{self.max_age} tahun" if self.max_age is not None else f"umur {low}+")
        if self.disabilities:
            parts.append("disabilitas " + "/".join(kind.value for kind in self.disabilities))
        return "; ".join(parts) or "tanpa syarat"


def parse_disabilities(words: Sequence[str] | str) -> tuple[Disability, ...]:
    """Disability kinds from words (a list, or one comma-separated text); the refusal lists the choices."""
    items = words.split(",") if isinstance(words, str) else list(words)
    found: list[Disability] = []
    for word in items:
        cleaned = word.strip().lower()
        if not cleaned:
            continue
        try:
            kind = Disability(cleaned)
        except ValueError:
            choices = ", ".join(kind.value for kind in Disability if kind is not Disability.NONE)
            raise UserError(
                f"Jenis disabilitas '{word.strip()}' tidak dikenal. Pilihan: {choices}.", field="disability"
            ) from None
        if kind not in found:
            found.append(kind)
    return tuple(found)


@dataclass(frozen=True)
class PersonFacts:
    """What the rules look at in the registry."""

    desil: int | None
    birth_date: date
    disability: str


def eligibility_reasons(rules: Eligibility, person: PersonFacts, on: date) -> tuple[bool, list[str]]:
    """Whether the person meets the rules on the day, and why (each rule met or failed, in words)."""
    reasons: list[str] = []
    fits = True
    if rules.max_desil is not None:
        if person.desil is None:
            fits = False
            reasons.append("desil belum tercatat")
        elif person.desil > rules.max_desil:
            fits = False
            reasons.append(f"desil {person.desil} di atas {rules.max_desil}")
        else:
            reasons.append(f"desil {person.desil}")
    if rules.min_age is not None or rules.max_age is not None:
        age = age_on(person.birth_date, on)
        if rules.min_age is not None and age < rules.min_age:
            fits = False
            reasons.append(f"umur {age}, kurang dari {rules.min_age}")
        elif rules.max_age is not None and age > rules.max_age:
            fits = False
            reasons.append(f"umur {age}, lebih dari {rules.max_age}")
        else:
            reasons.append(f"umur {age}")
    if rules.disabilities:
        wanted = {kind.value for kind in rules.disabilities}
        if person.disability in wanted:
            reasons.append(f"disabilitas {person.disability}")
        else:
            fits = False
            shown = "tidak ada" if person.disability == Disability.NONE.value else person.disability
            reasons.append(f"disabilitas {shown}, bukan {'/'.join(sorted(wanted))}")
    return fits, reasons


@dataclass(frozen=True)
class TrainingDraft:
    """A training as typed, checked."""

    name: str
    kind: TrainingKind
    total_jp: int
    min_attendance: int  # percent of the batch's JP a certificate needs
    lsp: str = ""
    scheme: str = ""
    eligibility: Eligibility = Eligibility()


def training_draft(
    *,
    name: str,
    kind: str | TrainingKind,
    total_jp: int,
    min_attendance: int,
    lsp: str = "",
    scheme: str = "",
    eligibility: Eligibility | None = None,
) -> TrainingDraft:
    cleaned = tidy_text(name)
    if not cleaned:
        raise UserError("Tulis nama pelatihan, misalnya: Pelatihan Membuat Kue.", field="name")
    if len(cleaned) > MAX_NAME:
        raise UserError(f"Nama pelatihan paling panjang {MAX_NAME} huruf.", field="name")
    chosen = kind if isinstance(kind, TrainingKind) else TrainingKind.parse(kind)
    if not 1 <= total_jp <= MAX_JP:
        raise UserError(f"Jumlah JP harus antara 1 dan {MAX_JP}.", field="jp")
    if not 1 <= min_attendance <= 100:
        raise UserError("Kehadiran minimal harus antara 1 dan 100 persen.", field="min_attendance")
    lsp_text, scheme_text = _short(lsp, "Nama LSP"), _short(scheme, "Skema sertifikasi")
    if chosen is TrainingKind.BNSP and not (lsp_text and scheme_text):
        raise UserError(
            "Pelatihan bersertifikat BNSP perlu nama LSP dan skema sertifikasinya (--lsp dan --scheme).",
            field="lsp",
        )
    if chosen is TrainingKind.GENERAL and (lsp_text or scheme_text):
        raise UserError("LSP dan skema hanya untuk pelatihan bnsp; pelatihan umum tidak memakainya.")
    return TrainingDraft(
        cleaned, chosen, total_jp, min_attendance, lsp_text, scheme_text, eligibility or Eligibility()
    )


def _short(text: str, what: str, limit: int = MAX_TEXT) -> str:
    cleaned = tidy_text(text)
    if len(cleaned) > limit:
        raise UserError(f"{what} paling panjang {limit} huruf.")
    return cleaned


@dataclass(frozen=True)
class Session:
    """One day of a batch and its hours."""

    day: date
    jp: int


@dataclass(frozen=True)
class BatchDraft:
    starts_on: date
    ends_on: date
    quota: int
    place: str
    sessions: tuple[Session, ...]
    organiser: str = ""
    trainers: str = ""
    signatory_name: str = ""
    signatory_position: str = ""
    signatory_nip: str = ""


def batch_draft(
    *,
    starts_on: date,
    ends_on: date,
    quota: int,
    place: str,
    sessions: Sequence[Session] = (),
    total_jp: int,
    organiser: str = "",
    trainers: str = "",
    signatory_name: str = "",
    signatory_position: str = "",
    signatory_nip: str = "",
) -> BatchDraft:
    """A batch checked: its dates, its quota, its sessions inside its dates (each day once).

    Without sessions given, every day from start to end is one, the training's JP spread over them.
    """
    if ends_on < starts_on:
        raise UserError("Tanggal selesai angkatan sebelum tanggal mulainya.", field="end")
    if (ends_on - starts_on).days >= MAX_BATCH_DAYS:
        raise UserError("Satu angkatan paling lama satu tahun.", field="end")
    if not 1 <= quota <= MAX_QUOTA:
        raise UserError(f"Kuota peserta harus antara 1 dan {MAX_QUOTA}.", field="quota")
    where = _short(place, "Tempat pelatihan")
    if not where:
        raise UserError("Tulis tempat pelatihan, misalnya: Aula Kelurahan Sawah.", field="place")
    chosen = tuple(sorted(sessions, key=lambda s: s.day)) or spread_sessions(starts_on, ends_on, total_jp)
    days = [s.day for s in chosen]
    for session in chosen:
        if not starts_on <= session.day <= ends_on:
            raise UserError(
                f"Sesi {session.day:%d-%m-%Y} di luar tanggal angkatan "
                f"({starts_on:%d-%m-%Y} s.d. {ends_on:%d-%m-%Y}).",
                field="session",
            )
        if not 1 <= session.jp <= MAX_SESSION_JP:
            raise UserError(
                f"JP sesi {session.day:%d-%m-%Y} harus antara 1 dan {MAX_SESSION_JP}.", field="session"
            )
    if len(set(days)) != len(days):
        raise UserError("Satu hari hanya boleh satu sesi; ada tanggal sesi yang ditulis dua kali.")
    nip = "".join(signatory_nip.split())
    if nip and (len(nip) != 18 or not nip.isdigit()):
        raise UserError("NIP penandatangan harus 18 angka, atau kosongkan.", field="nip")
    return BatchDraft(
        starts_on,
        ends_on,
        quota,
        where,
        chosen,
        _short(organiser, "Penyelenggara"),
        _short(trainers, "Nama pelatih", 500),
        _short(signatory_name, "Nama penandatangan"),
        _short(signatory_position, "Jabatan penandatangan"),
        nip,
    )


def spread_sessions(starts_on: date, ends_on: date, total_jp: int) -> tuple[Session, ...]:
    """One session a day from start to end, the JP spread evenly, the first days taking the remainder."""
    count = (ends_on - starts_on).days + 1
    if total_jp < count:
        raise UserError(
            f"JP pelatihan ({total_jp}) kurang dari jumlah hari angkatan ({count}); tulis sesinya satu per "
            "satu (--session TTTT-BB-HH:JP).",
            field="session",
        )
    each, extra = divmod(total_jp, count)
    sessions = tuple(
        Session(starts_on + timedelta(days=n), each + (1 if n < extra else 0)) for n in range(count)
    )
    if any(s.jp > MAX_SESSION_JP for s in sessions):
        raise UserError(
            f"{total_jp} JP dalam {count} hari melebihi {MAX_SESSION_JP} JP sehari; panjangkan angkatan "
            "atau tulis sesinya.",
            field="session",
        )
    return sessions


def overlaps(a_start: date, a_end: date, b_start: date, b_end: date) -> bool:
    """Two batches overlap when some day lies in both (a batch ending on the day another starts: overlap)."""
    return a_start <= b_end and b_start <= a_end


def attendance_percent(attended_jp: int, total_jp: int) -> int:
    """Whole percent, rounded down: 79.9 % does not meet a minimum of 80."""
    return 0 if total_jp <= 0 else attended_jp * 100 // total_jp


def meets_minimum(attended_jp: int, total_jp: int, minimum_percent: int) -> bool:
    # Compared in whole JP, not in a rounded percent: 31 of 40 JP is 77.5 %, short of 78 %.
    return total_jp > 0 and attended_jp * 100 >= minimum_percent * total_jp


def reason_text(text: str | None, *, what: str) -> str:
    reason = tidy_text(text or "")
    if not reason:
        raise UserError(f"Tulis alasan {what}.", field="reason")
    if len(reason) > MAX_REASON:
        raise UserError(f"Alasan {what} paling panjang {MAX_REASON} huruf.", field="reason")
    return reason
