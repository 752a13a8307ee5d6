"""NIK and No. KK structure rules (DOMAIN.md): what rejects a number, and what is only a warning."""

from dataclasses import dataclass
from datetime import date

from tangsel_desktop.domain.enums import Sex
from tangsel_desktop.domain.errors import UserError

VALID_PROVINCES = frozenset(
    [
        *range(11, 20),
        21,
        *range(31, 37),
        *range(51, 54),
        *range(61, 66),
        *range(71, 77),
        81,
        82,
        *list(range(91, 97)),
    ]
)


@dataclass(frozen=True)
class NikInfo:
    """What the 16 digits of a NIK say; birth_date is None when the digits name no calendar day."""

    nik: str
    region_code: str
    birth_date: date | None
    sex: Sex
    serial: int


_SEPARATORS = str.maketrans("", "", " .-\u00a0\t")


def clean_digits(raw: str) -> str:
    """Drop the spaces, dots and dashes clerks type or spreadsheets add."""
    return raw.strip().translate(_SEPARATORS)


def nik_not_found(raw: str) -> str:
    """Why no resident has this NIK: a wrong number of digits is said, so the clerk counts again."""
    digits = clean_digits(raw)
    if digits.isdigit() and len(digits) != 16:
        return (
            f"Penduduk dengan NIK {raw} tidak ditemukan: NIK harus 16 angka, yang diisi {len(digits)} angka. "
            "Cocokkan lagi dengan KTP/KK."
        )
    return f"Penduduk dengan NIK {raw or '(kosong)'} tidak ditemukan."


def _check_region(digits: str, label: str) -> None:
    if int(digits[0:2]) not in VALID_PROVINCES:
        raise UserError(
            f"{label} diawali kode provinsi {digits[0:2]} yang tidak ada. "
            "Periksa dua angka pertama (contoh: 36 untuk Banten, 31 untuk DKI Jakarta)."
        )
    if digits[2:4] == "00" or digits[4:6] == "00":
        raise UserError(
            f"{label} memuat kode kabupaten/kota atau kecamatan 00 yang tidak ada. "
            "Periksa angka ke-3 sampai ke-6."
        )


def _resolve_century(day: int, month: int, yy: int, today: date) -> date | None:
    """The century that does not put the date in the future; None if no such calendar day exists."""
    for century in (2000, 1900):
        try:
            candidate = date(century + yy, month, day)
        except ValueError:
            return None
        if candidate <= today:
            return candidate
    return None


def parse_nik(raw: str, *, today: date | None = None) -> NikInfo:
    """Check a NIK's structure and read it; raise UserError with the fix when it cannot be a NIK."""
    today = today or date.today()
    digits = clean_digits(raw)
    if not digits:
        raise UserError("NIK wajib diisi (16 angka sesuai KTP/KK).", field="nik")
    if not digits.isdigit() or not digits.isascii():
        raise UserError("NIK hanya boleh berisi angka. Hapus huruf atau tanda baca.", field="nik")
    if len(digits) != 16:
        raise UserError(
            f"NIK harus 16 angka, yang diisi {len(digits)} angka. Cocokkan lagi dengan KTP/KK.",
            field="nik",
        )
    try:
        _check_region(digits, "NIK")
    except UserError as error:
        raise UserError(error.message, field="nik") from None
    day_digits, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if 1 <= day_digits <= 31:
        sex, day = Sex.MALE, day_digits
    elif 41 <= day_digits <= 71:
        sex, day = Sex.FEMALE, day_digits - 40
    else:
        raise UserError(
            f"Angka ke-7 dan ke-8 NIK ({digits[6:8]}) bukan tanggal lahir: harus 01-31 "
            "(laki-laki) atau 41-71 (perempuan).",
            field="nik",
        )
    if not 1 <= month <= 12:
        raise UserError(
            f"Angka ke-9 dan ke-10 NIK ({digits[8:10]}) bukan bulan lahir: harus 01-12.",
            field="nik",
        )
    if digits[12:16] == "0000":
        raise UserError("Empat angka terakhir NIK tidak boleh 0000.", field="nik")
    return NikInfo(
        nik=digits,
        region_code=digits[0:6],
        birth_date=_resolve_century(day, month, yy, today),
        sex=sex,
        serial=int(digits[12:16]),
    )


def nik_warnings(info: NikInfo, *, birth_date: date | None, sex: Sex | None) -> list[str]:
    """Disagreements between a NIK and the record: shown to the clerk, never a rejection."""
    warnings: list[str] = []
    if info.birth_date is None:
        warnings.append(
            "Tanggal lahir di dalam NIK bukan tanggal yang ada di kalender. Pastikan NIK sudah benar."
        )
    elif birth_date is not None and (
        info.birth_date.day,
        info.birth_date.month,
        info.birth_date.year % 100,
    ) != (birth_date.day, birth_date.month, birth_date.year % 100):
        warnings.append(
            f"Tanggal lahir di NIK ({info.birth_date:%d-%m-%y}) berbeda dengan tanggal lahir "
            f"yang diisi ({birth_date:%d-%m-%Y}). Periksa KTP; bila KTP benar, data boleh disimpan."
        )
    if sex is not None and sex is not info.sex:
        warnings.append(
            f"NIK menunjukkan jenis kelamin {info.sex.label}, yang diisi {sex.label}. "
            "Periksa KTP; bila KTP benar, data boleh disimpan."
        )
    return warnings


def parse_kk(raw: str) -> str:
    """Check a No. KK's structure and return its 16 digits; raise UserError with the fix."""
    digits = clean_digits(raw)
    if not digits:
        raise UserError("No. KK kosong: isi 16 angka sesuai Kartu Keluarga.", field="kk")
    if not digits.isdigit() or not digits.isascii():
        raise UserError("No. KK hanya boleh berisi angka. Hapus huruf atau tanda baca.", field="kk")
    if len(digits) != 16:
        raise UserError(
            f"No. KK harus 16 angka, yang diisi {len(digits)} angka. Cocokkan dengan Kartu Keluarga.",
            field="kk",
        )
    try:
        _check_region(digits, "No. KK")
    except UserError as error:
        raise UserError(error.message, field="kk") from None
    day, month = int(digits[6:8]), int(digits[8:10])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        raise UserError(
            f"Angka ke-7 sampai ke-10 No. KK ({digits[6:10]}) bukan tanggal pencatatan (HHBB).",
            field="kk",
        )
    if digits[12:16] == "0000":
        raise UserError("Empat angka terakhir No. KK tidak boleh 0000.", field="kk")
    return digits


def printable_nik(nik: str) -> str | None:
    """The NIK official paper may print, or None: no NIK yet, a temporary number (a leading 0, which no
    real NIK has) or anything not shaped like a NIK is never printed as if it were one (DOMAIN.md)."""
    digits = nik.strip()
    if len(digits) != 16 or not digits.isdigit() or not digits.isascii() or digits.startswith("0"):
        return None
    return digits


def mask_nik(nik: str) -> str:
    """Show only the last four digits, for screens and paper that do not need the whole NIK."""
    return "•" * 12 + nik[-4:] if len(nik) == 16 else nik
