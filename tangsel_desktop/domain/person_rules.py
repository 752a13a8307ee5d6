"""The rules a person's record must meet before it is stored, with every problem named in Indonesian."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from tangsel_desktop.domain.enums import Disability, Sex
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.family_relation import FamilyRelation, parse_family_relation
from tangsel_desktop.domain.identity_numbers import nik_warnings, parse_kk, parse_nik
from tangsel_desktop.domain.text_normal import normal_form
from tangsel_desktop.domain.wilayah import wilayah

T = TypeVar("T")

MAX_NAME_LENGTH = 150
MAX_TEXT_LENGTH = 500
EARLIEST_BIRTH_DATE = date(1900, 1, 1)


@dataclass
class PersonDraft:
    """A person as typed in a form or read from a spreadsheet row: loose text, not yet checked."""

    nik: str = ""
    kk_number: str = ""
    full_name: str = ""
    sex: str = ""
    birth_place: str = ""
    birth_date: date | str | None = None
    address: str = ""
    rt: str = ""
    rw: str = ""
    kelurahan: str = ""
    phone: str = ""
    occupation: str = ""
    disability: str = ""
    desil: int | str | None = None
    family_relation: str | None = ""
    notes: str = ""


@dataclass(frozen=True)
class ValidPerson:
    """A person whose every field passed the rules, in the form the store keeps."""

    nik: str
    kk_number: str | None
    full_name: str
    sex: Sex
    birth_place: str
    birth_date: date
    address: str
    rt: str
    rw: str
    kelurahan_code: str
    phone: str
    occupation: str
    disability: Disability
    desil: int | None
    family_relation: FamilyRelation | None
    notes: str


@dataclass
class PersonCheck:
    """The outcome of the rules: a valid person, or the problems; warnings in both cases."""

    person: ValidPerson | None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def raise_if_invalid(self) -> ValidPerson:
        if self.person is None:
            raise UserError(" ".join(self.errors))
        return self.person


# Control characters (C0 and C1) deleted in one C-level pass; the line feed is handled apart.
_CONTROLS = {code: None for code in (*range(0, 32), *range(127, 160)) if code != 10}
_TABS_AND_NBSP = str.maketrans({"\t": " ", "\u00a0": " "})
_SPACE_RUNS = re.compile(r" {2,}")
_ODD_CHARACTER = re.compile("[\x00-\x09\x0b-\x1f\x7f-\xa0]")


def tidy_text(value: object, *, multiline: bool = False) -> str:
    """Trim, collapse runs of spaces, drop control characters; keep < > & ' " exactly as typed.

    First the normal form (text_normal): NFC, no zero-width, directional or byte-order characters.

    Only notes keep their line breaks; in a name or an address a break (Alt+Enter in a
    spreadsheet cell) becomes a space, or it would print on two lines.
    """
    text = normal_form("" if value is None else str(value))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = text.replace("\n", " ")
    # Searching first is cheaper than translating: clean text (nearly all of it) passes untouched.
    if _ODD_CHARACTER.search(text):
        text = text.translate(_TABS_AND_NBSP).translate(_CONTROLS)
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    return text.strip()


DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"), (3, 2, 1)),
)


def parse_date_text(value: date | str | None) -> date:
    """YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY (or a date already); UserError naming the accepted forms."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = tidy_text(value)
    if not text:
        raise UserError("Tanggal lahir wajib diisi.", field="birth_date")
    for pattern, (year_at, month_at, day_at) in DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                return date(int(match.group(year_at)), int(match.group(month_at)), int(match.group(day_at)))
            except ValueError:
                raise UserError(
                    f"Tanggal lahir {text!r} tidak ada di kalender. Periksa tanggal dan bulannya.",
                    field="birth_date",
                ) from None
    raise UserError(
        f"Tanggal lahir {text!r} tidak dikenali. Tulis seperti 1985-08-17, 17-08-1985 atau 17/08/1985.",
        field="birth_date",
    )


def parse_sex(value: str) -> Sex:
    text = tidy_text(value).upper()
    if text in ("L", "LK", "LAKI-LAKI", "LAKI LAKI", "PRIA"):
        return Sex.MALE
    if text in ("P", "PR", "PEREMPUAN", "WANITA"):
        return Sex.FEMALE
    raise UserError("Jenis kelamin harus L (laki-laki) atau P (perempuan).", field="sex")


def parse_rt_rw(value: str, label: str) -> str:
    text = tidy_text(value)
    if not text:
        return ""
    if not text.isdigit() or not 1 <= int(text) <= 999:
        raise UserError(f"{label} harus angka 1 sampai 999, contoh 003.", field=label.lower())
    return f"{int(text):03d}"


def parse_phone(value: str) -> str:
    text = re.sub(r"[\s\-().]", "", tidy_text(value))
    if not text:
        return ""
    for country_code in ("+62", "62"):
        if text.startswith(country_code):
            # "+62 0812..." and "+62(0)812...": the trunk 0 written after the country code.
            text = "0" + text[len(country_code) :].lstrip("0")
            break
    if not text.isdigit() or not 9 <= len(text) <= 14 or not text.startswith("0"):
        raise UserError("Nomor HP harus 9-14 angka diawali 0 atau +62, contoh 081234567890.", field="phone")
    return text


def parse_disability(value: str) -> Disability:
    text = tidy_text(value).lower()
    if text in ("", "-", "tidak", "tidak ada", "tidak ada disabilitas", "bukan", "none"):
        return Disability.NONE
    for kind in Disability:
        if text == kind.value or text == kind.label.lower() or kind.value in text.split():
            return kind
    if "tuna netra" in text or "tunanetra" in text:
        return Disability.BLIND
    if "tuna rungu" in text or "tunarungu" in text:
        return Disability.DEAF
    if "tuna wicara" in text or "tunawicara" in text:
        return Disability.SPEECH
    if "tuna daksa" in text or "tunadaksa" in text:
        return Disability.PHYSICAL
    raise UserError(
        f"Disabilitas {value!r} tidak dikenali. Pilih: tidak ada, fisik, intelektual, mental, "
        "netra, rungu, wicara, atau ganda.",
        field="disability",
    )


def parse_desil(value: int | str | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = tidy_text(value)
    if text.endswith(".0"):
        text = text[:-2]
    if not text.isdigit() or not 1 <= int(text) <= 10:
        raise UserError("Desil DTSEN harus angka 1 sampai 10, atau dikosongkan.", field="desil")
    return int(text)


def _bounded(text: str, label: str, limit: int) -> str:
    if len(text) > limit:
        raise UserError(f"{label} terlalu panjang ({len(text)} huruf); paling banyak {limit} huruf.")
    return text


def check_person(draft: PersonDraft, *, today: date | None = None) -> PersonCheck:
    """Apply every rule to a draft; collect all problems so the clerk fixes them in one go."""
    today = today or date.today()
    errors: list[str] = []
    warnings: list[str] = []

    def attempt(parse: Callable[..., T], *args: Any) -> T | None:
        try:
            return parse(*args)
        except UserError as error:
            errors.append(error.message)
            return None

    nik_info = attempt(lambda text: parse_nik(text, today=today), draft.nik)
    kk_text = tidy_text(draft.kk_number)
    kk_number = attempt(parse_kk, kk_text) if kk_text else None
    full_name = tidy_text(draft.full_name)
    if not full_name:
        errors.append("Nama lengkap wajib diisi.")
    else:
        attempt(_bounded, full_name, "Nama", MAX_NAME_LENGTH)
    sex = attempt(parse_sex, draft.sex)
    birth_date = attempt(parse_date_text, draft.birth_date)
    if birth_date is not None and not EARLIEST_BIRTH_DATE <= birth_date <= today:
        errors.append(
            f"Tanggal lahir {birth_date:%d-%m-%Y} tidak mungkin: tidak boleh di masa depan atau sebelum 1900."
        )
        birth_date = None
    address = tidy_text(draft.address)
    if not address:
        errors.append("Alamat wajib diisi (jalan, gang, atau nama kampung).")
    else:
        attempt(_bounded, address, "Alamat", MAX_TEXT_LENGTH)
    rt = attempt(parse_rt_rw, draft.rt, "RT")
    rw = attempt(parse_rt_rw, draft.rw, "RW")
    kelurahan = None
    if not tidy_text(draft.kelurahan):
        errors.append("Kelurahan wajib diisi (nama atau kode Kemendagri).")
    else:
        kelurahan = attempt(wilayah().find, draft.kelurahan)
    phone = attempt(parse_phone, draft.phone)
    disability = attempt(parse_disability, draft.disability)
    desil = attempt(parse_desil, draft.desil)
    family_relation = attempt(parse_family_relation, draft.family_relation)
    birth_place = tidy_text(draft.birth_place)
    occupation = tidy_text(draft.occupation)
    notes = tidy_text(draft.notes, multiline=True)
    for text, label in ((birth_place, "Tempat lahir"), (occupation, "Pekerjaan")):
        attempt(_bounded, text, label, MAX_NAME_LENGTH)
    attempt(_bounded, notes, "Catatan", MAX_TEXT_LENGTH * 4)

    if nik_info is not None:
        warnings.extend(nik_warnings(nik_info, birth_date=birth_date, sex=sex))
    if errors or None in (nik_info, sex, birth_date, kelurahan, disability, rt, rw, phone):
        return PersonCheck(person=None, errors=errors, warnings=warnings)
    assert nik_info is not None
    assert sex is not None
    assert birth_date is not None
    assert kelurahan is not None
    assert disability is not None
    assert rt is not None
    assert rw is not None
    assert phone is not None
    return PersonCheck(
        person=ValidPerson(
            nik=nik_info.nik,
            kk_number=kk_number,
            full_name=full_name,
            sex=sex,
            birth_place=birth_place,
            birth_date=birth_date,
            address=address,
            rt=rt,
            rw=rw,
            kelurahan_code=kelurahan.code,
            phone=phone,
            occupation=occupation,
            disability=disability,
            desil=desil,
            family_relation=family_relation,
            notes=notes,
        ),
        warnings=warnings,
    )
