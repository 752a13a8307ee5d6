"""NIK and No. KK structure (DOMAIN.md): what parses, what is refused with a fix, what is only a warning."""

from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tangsel_desktop.domain.enums import Sex
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import (
    VALID_PROVINCES,
    clean_digits,
    mask_nik,
    nik_warnings,
    parse_kk,
    parse_nik,
    printable_nik,
)

# Transcribed from DOMAIN.md, not from the code under test.
DOMAIN_PROVINCES = frozenset(
    [
        *range(11, 20),
        21,
        *range(31, 37),
        *range(51, 54),
        *range(61, 66),
        *range(71, 77),
        81,
        82,
        *range(91, 97),
    ]
)
INVALID_PROVINCES = sorted(set(range(100)) - DOMAIN_PROVINCES)
TODAY = date(2025, 9, 23)
# A woman born 17 Aug 1985, first registered in Kecamatan Ciputat (3674.04), serial 0001.
SITI_NIK = "3674045708850001"
SITI_BIRTH = date(1985, 8, 17)

provinces = st.sampled_from(sorted(DOMAIN_PROVINCES))
two_digit_codes = st.integers(min_value=1, max_value=99)
serials = st.integers(min_value=1, max_value=9999)
sexes = st.sampled_from(list(Sex))


def build_nik(province: int, kab: int, kec: int, birth: date, sex: Sex, serial: int) -> str:
    day = birth.day + (40 if sex is Sex.FEMALE else 0)
    return f"{province:02d}{kab:02d}{kec:02d}{day:02d}{birth:%m%y}{serial:04d}"


def replace_digits(number: str, start: int, digits: str) -> str:
    return number[:start] + digits + number[start + len(digits) :]


@st.composite
def today_and_birth(draw: st.DrawFn) -> tuple[date, date]:
    """A 'today' and a birth date the two-digit year can name: within the hundred years before it."""
    today = draw(st.dates(min_value=date(1999, 1, 1), max_value=date(2099, 12, 31)))
    try:
        century_ago = today.replace(year=today.year - 100)
    except ValueError:  # 29 February
        century_ago = date(today.year - 100, 2, 28)
    earliest = max(century_ago + timedelta(days=1), date(1900, 1, 1))
    birth = draw(st.dates(min_value=earliest, max_value=today))
    return today, birth


def assert_nik_refused(raw: str, *fragments: str) -> UserError:
    with pytest.raises(UserError) as caught:
        parse_nik(raw, today=TODAY)
    assert caught.value.field == "nik"
    for fragment in fragments:
        assert fragment in caught.value.message
    return caught.value


def assert_kk_refused(raw: str, *fragments: str) -> UserError:
    with pytest.raises(UserError) as caught:
        parse_kk(raw)
    assert caught.value.field == "kk"
    for fragment in fragments:
        assert fragment in caught.value.message
    return caught.value


def test_valid_provinces_are_exactly_those_of_domain_md() -> None:
    assert VALID_PROVINCES == DOMAIN_PROVINCES


@given(
    province=provinces,
    kab=two_digit_codes,
    kec=two_digit_codes,
    dates=today_and_birth(),
    sex=sexes,
    serial=serials,
)
@example(province=36, kab=74, kec=4, dates=(TODAY, SITI_BIRTH), sex=Sex.FEMALE, serial=1)
@example(province=11, kab=1, kec=1, dates=(date(2025, 1, 1), date(2000, 2, 29)), sex=Sex.FEMALE, serial=9999)
@example(province=96, kab=99, kec=99, dates=(date(2025, 1, 1), date(1925, 1, 2)), sex=Sex.MALE, serial=1)
@example(province=36, kab=74, kec=7, dates=(TODAY, TODAY), sex=Sex.FEMALE, serial=1)
def test_every_well_formed_nik_parses_back_to_its_birth_date_sex_and_serial(
    province: int, kab: int, kec: int, dates: tuple[date, date], sex: Sex, serial: int
) -> None:
    today, birth = dates
    nik = build_nik(province, kab, kec, birth, sex, serial)

    info = parse_nik(nik, today=today)

    assert info.nik == nik
    assert info.region_code == nik[:6]
    assert info.birth_date == birth
    assert info.sex is sex
    assert info.serial == serial
    assert nik_warnings(info, birth_date=birth, sex=sex) == []


@given(dates=today_and_birth())
def test_nik_century_is_the_one_not_in_the_future(dates: tuple[date, date]) -> None:
    today, birth = dates
    info = parse_nik(build_nik(36, 74, 4, birth, Sex.MALE, 1), today=today)
    assert info.birth_date is not None
    assert info.birth_date <= today
    assert today.year - info.birth_date.year <= 100


def test_nik_born_in_the_last_century_and_this_one_resolve_differently() -> None:
    assert parse_nik("3674041708850001", today=TODAY).birth_date == date(1985, 8, 17)
    assert parse_nik("3674041708150001", today=TODAY).birth_date == date(2015, 8, 17)
    # Two-digit year 25 after 23 Sep 2025 would be in the future: it must be 1925.
    assert parse_nik("3674041012250001", today=TODAY).birth_date == date(1925, 12, 10)


@pytest.mark.parametrize("province", [11, 12, 18, 31, 32, 33, 35, 51, 64, 73, 82, 91, 96])
def test_nik_first_registered_outside_tangsel_is_valid(province: int) -> None:
    nik = build_nik(province, 1, 1, date(1990, 5, 4), Sex.MALE, 12)
    info = parse_nik(nik, today=TODAY)
    assert info.region_code == f"{province:02d}0101"
    assert info.birth_date == date(1990, 5, 4)


@given(
    separators=st.lists(st.sampled_from([" ", ".", "-", "\u00a0", "\t", ""]), min_size=16, max_size=16),
)
def test_nik_typed_with_spaces_dots_or_dashes_parses_to_the_same_digits(separators: list[str]) -> None:
    typed = "".join(digit + separator for digit, separator in zip(SITI_NIK, separators, strict=True))
    assert clean_digits(typed) == SITI_NIK
    assert parse_nik(typed, today=TODAY).nik == SITI_NIK


def test_nik_as_printed_on_a_card_parses() -> None:
    assert parse_nik(" 36.74.04-570885 0001 ", today=TODAY).nik == SITI_NIK


@given(digits=st.text(alphabet="0123456789", min_size=15, max_size=15) | st.text("0123456789", min_size=17))
def test_nik_of_15_or_17_or_more_digits_is_refused_with_the_count(digits: str) -> None:
    error = assert_nik_refused(digits, "NIK harus 16 angka", f"yang diisi {len(digits)} angka")
    assert "KTP" in error.message


@pytest.mark.parametrize("raw", ["", "   ", " . - "])
def test_empty_nik_is_refused_as_required(raw: str) -> None:
    assert_nik_refused(raw, "NIK wajib diisi", "16 angka")


@given(position=st.integers(min_value=0, max_value=15), letter=st.sampled_from("OolIAbZx?/#,٣"))
def test_nik_with_a_letter_or_symbol_is_refused(position: int, letter: str) -> None:
    assert_nik_refused(replace_digits(SITI_NIK, position, letter), "NIK hanya boleh berisi angka")


def test_nik_with_fullwidth_or_arabic_digits_is_refused() -> None:
    assert_nik_refused("３６７４０４５７０８８５０００１", "hanya boleh berisi angka")
    assert_nik_refused("٣٦٧٤٠٤٥٧٠٨٨٥٠٠٠١", "hanya boleh berisi angka")


@given(rest=st.text(alphabet="0123456789", min_size=15, max_size=15))
def test_nik_with_a_leading_zero_is_refused(rest: str) -> None:
    assert_nik_refused("0" + rest, "kode provinsi", "dua angka pertama")


@given(province=st.sampled_from(INVALID_PROVINCES))
def test_nik_with_a_province_that_does_not_exist_is_refused(province: int) -> None:
    nik = replace_digits(SITI_NIK, 0, f"{province:02d}")
    error = assert_nik_refused(nik, f"kode provinsi {province:02d} yang tidak ada")
    assert "Periksa dua angka pertama" in error.message


@pytest.mark.parametrize("region", ["360004", "367400", "310000"])
def test_nik_with_kabupaten_or_kecamatan_00_is_refused(region: str) -> None:
    assert_nik_refused(replace_digits(SITI_NIK, 0, region), "kecamatan 00", "angka ke-3 sampai ke-6")


@given(day=st.sampled_from([0, *range(32, 41), *range(72, 100)]))
def test_nik_with_a_day_that_is_no_birth_day_is_refused(day: int) -> None:
    nik = replace_digits(SITI_NIK, 6, f"{day:02d}")
    assert_nik_refused(nik, f"({day:02d}) bukan tanggal lahir", "01-31", "41-71")


@given(month=st.sampled_from([0, *range(13, 100)]))
def test_nik_with_a_month_that_does_not_exist_is_refused(month: int) -> None:
    nik = replace_digits(SITI_NIK, 8, f"{month:02d}")
    assert_nik_refused(nik, f"({month:02d}) bukan bulan lahir", "01-12")


def test_nik_with_serial_0000_is_refused() -> None:
    assert_nik_refused(replace_digits(SITI_NIK, 12, "0000"), "tidak boleh 0000")


@pytest.mark.parametrize("serial", ["0001", "0010", "9999"])
def test_nik_serials_from_0001_to_9999_are_accepted(serial: str) -> None:
    assert parse_nik(replace_digits(SITI_NIK, 12, serial), today=TODAY).serial == int(serial)


def test_nik_day_plus_40_is_a_woman_and_plain_day_is_a_man() -> None:
    woman = parse_nik("3674045708850001", today=TODAY)
    man = parse_nik("3674041708850001", today=TODAY)
    assert (woman.sex, woman.birth_date) == (Sex.FEMALE, date(1985, 8, 17))
    assert (man.sex, man.birth_date) == (Sex.MALE, date(1985, 8, 17))
    assert parse_nik("3674047112850001", today=TODAY).birth_date == date(1985, 12, 31)
    assert parse_nik("3674044101850001", today=TODAY).birth_date == date(1985, 1, 1)


def test_nik_naming_no_calendar_day_parses_with_a_warning_not_a_refusal() -> None:
    info = parse_nik("3674043102850001", today=TODAY)  # 31 February
    assert info.birth_date is None
    warnings = nik_warnings(info, birth_date=date(1985, 2, 28), sex=Sex.MALE)
    assert len(warnings) == 1
    assert "bukan tanggal yang ada di kalender" in warnings[0]


def test_nik_warns_when_the_recorded_birth_date_differs() -> None:
    info = parse_nik(SITI_NIK, today=TODAY)
    warnings = nik_warnings(info, birth_date=date(1985, 8, 18), sex=Sex.FEMALE)
    assert len(warnings) == 1
    assert "Tanggal lahir di NIK (17-08-85)" in warnings[0]
    assert "18-08-1985" in warnings[0]
    assert "boleh disimpan" in warnings[0]


def test_nik_warns_when_the_recorded_sex_differs() -> None:
    info = parse_nik(SITI_NIK, today=TODAY)
    warnings = nik_warnings(info, birth_date=SITI_BIRTH, sex=Sex.MALE)
    assert len(warnings) == 1
    assert "jenis kelamin Perempuan" in warnings[0]
    assert "yang diisi Laki-laki" in warnings[0]


def test_nik_warns_twice_when_both_disagree_and_not_when_nothing_is_recorded() -> None:
    info = parse_nik(SITI_NIK, today=TODAY)
    assert len(nik_warnings(info, birth_date=date(1990, 1, 1), sex=Sex.MALE)) == 2
    assert nik_warnings(info, birth_date=None, sex=None) == []


@given(
    province=provinces,
    dates=today_and_birth(),
    sex=sexes,
    recorded_birth=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    recorded_sex=sexes,
)
def test_nik_warnings_never_raise_and_are_silent_exactly_when_nik_and_record_agree(
    province: int, dates: tuple[date, date], sex: Sex, recorded_birth: date, recorded_sex: Sex
) -> None:
    today, birth = dates
    info = parse_nik(build_nik(province, 1, 1, birth, sex, 1), today=today)
    warnings = nik_warnings(info, birth_date=recorded_birth, sex=recorded_sex)
    same_date = (recorded_birth.day, recorded_birth.month, recorded_birth.year % 100) == (
        birth.day,
        birth.month,
        birth.year % 100,
    )
    assert len(warnings) == (not same_date) + (recorded_sex is not sex)
    assert all(isinstance(warning, str) and warning for warning in warnings)


# --- No. KK ---------------------------------------------------------------------------------------


@given(
    province=provinces,
    kab=two_digit_codes,
    kec=two_digit_codes,
    recorded=st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)),
    serial=serials,
)
def test_every_well_formed_kk_parses_to_its_digits(
    province: int, kab: int, kec: int, recorded: date, serial: int
) -> None:
    kk = f"{province:02d}{kab:02d}{kec:02d}{recorded:%d%m%y}{serial:04d}"
    assert parse_kk(kk) == kk
    assert parse_kk(f"{kk[:4]}.{kk[4:6]} {kk[6:12]}-{kk[12:]}") == kk


@given(day=st.integers(min_value=41, max_value=71))
def test_kk_has_no_plus_40_day(day: int) -> None:
    assert_kk_refused(f"367404{day:02d}0315" + "0002", "bukan tanggal pencatatan")


@given(day=st.sampled_from([0, *range(32, 100)]))
def test_kk_with_a_day_outside_01_31_is_refused(day: int) -> None:
    assert_kk_refused(f"367404{day:02d}0315" + "0002", f"({day:02d}03) bukan tanggal pencatatan")


@given(month=st.sampled_from([0, *range(13, 100)]))
def test_kk_with_a_month_outside_01_12_is_refused(month: int) -> None:
    assert_kk_refused(f"36740412{month:02d}15" + "0002", "bukan tanggal pencatatan")


def test_kk_serial_0000_is_refused_and_0001_accepted() -> None:
    assert_kk_refused("3674041203150000", "tidak boleh 0000")
    assert parse_kk("3674041203150001") == "3674041203150001"


@given(digits=st.text(alphabet="0123456789", min_size=1, max_size=15) | st.text("0123456789", min_size=17))
def test_kk_of_the_wrong_length_is_refused_with_the_count(digits: str) -> None:
    assert_kk_refused(digits, "No. KK harus 16 angka", f"yang diisi {len(digits)} angka")


@given(position=st.integers(min_value=0, max_value=15), letter=st.sampled_from("OolIAbZx?/#"))
def test_kk_with_a_letter_is_refused(position: int, letter: str) -> None:
    assert_kk_refused(replace_digits("3674041203150002", position, letter), "hanya boleh berisi angka")


@given(province=st.sampled_from(INVALID_PROVINCES))
def test_kk_with_a_province_that_does_not_exist_is_refused(province: int) -> None:
    assert_kk_refused(f"{province:02d}74041203150002", "kode provinsi")


def test_kk_with_kecamatan_00_is_refused() -> None:
    assert_kk_refused("3674001203150002", "kecamatan 00")


@pytest.mark.parametrize("raw", ["", "  ", " - . "])
def test_empty_kk_is_refused_with_a_message_asking_for_the_number(raw: str) -> None:
    error = assert_kk_refused(raw, "16 angka")
    assert "Hapus huruf" not in error.message


# --- cleaning and masking -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("3674 0457 0885 0001", SITI_NIK),
        ("36.74.04.570885.0001", SITI_NIK),
        ("3674-0457-0885-0001", SITI_NIK),
        ("\t3674045708850001\u00a0", SITI_NIK),
        ("", ""),
    ],
)
def test_clean_digits_drops_spaces_dots_and_dashes(typed: str, digits: str) -> None:
    assert clean_digits(typed) == digits


def test_clean_digits_keeps_letters_so_that_they_are_refused_later() -> None:
    assert clean_digits("36 74 O4") == "3674O4"


@given(nik=st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_mask_nik_shows_only_the_last_four_digits(nik: str) -> None:
    masked = mask_nik(nik)
    assert masked.endswith(nik[-4:])
    assert len(masked) == 16
    assert sum(ch.isdigit() for ch in masked) == 4


def test_mask_nik_example() -> None:
    assert mask_nik(SITI_NIK) == "••••••••••••0001"


def test_parse_nik_uses_the_real_today_by_default() -> None:
    # Born a month ago according to the digits: must not be pushed a century back.
    birth = date.today() - timedelta(days=30)
    assert parse_nik(build_nik(36, 74, 4, birth, Sex.MALE, 1)).birth_date == birth


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("3674045708850001", "3674045708850001"),
        (" 3674045708850001 ", "3674045708850001"),
        ("0674045708850001", None),  # a temporary number: never printed as a NIK
        ("", None),
        ("367404570885000", None),
        ("36740457088500O1", None),
    ],
)
def test_printable_nik_prints_only_what_looks_like_a_real_nik(typed: str, printed: str | None) -> None:
    assert printable_nik(typed) == printed
