"""The rules a person's record meets: every problem at once, tidy values, dates, RT/RW, phone, kelurahan."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tangsel_desktop.domain.enums import Disability, Sex
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.person_rules import (
    PersonDraft,
    ValidPerson,
    check_person,
    parse_date_text,
    parse_desil,
    parse_disability,
    parse_phone,
    parse_rt_rw,
    parse_sex,
    tidy_text,
)
from tests.conftest import make_draft

TODAY = date(2025, 9, 23)
SAWAH = "36.74.04.1004"

# The aliases DOMAIN.md lists, with the kelurahan code its table gives each one.
DOMAIN_ALIASES = [
    ("Rawa Mekarjaya", "36.74.01.1003"),
    ("Sawah Lama", "36.74.04.1004"),
    ("Bambuapus", "36.74.06.1007"),
    ("Rawa Buntu", "36.74.01.1002"),
    ("Paku Alam", "36.74.02.1002"),
    ("Paku Jaya", "36.74.02.1003"),
    ("Perigi", "36.74.03.1008"),
    ("Perigi Lama", "36.74.03.1008"),
    ("Perigi Baru", "36.74.03.1009"),
    ("Jurang Mangu Barat", "36.74.03.1010"),
    ("Jurang Mangu Timur", "36.74.03.1011"),
    ("Sarua", "36.74.04.1002"),
    ("Kranggan", "36.74.07.1003"),
]


def checked(**overrides: object) -> tuple[ValidPerson | None, list[str], list[str]]:
    result = check_person(make_draft(**overrides), today=TODAY)
    return result.person, result.errors, result.warnings


def valid(**overrides: object) -> ValidPerson:
    result = check_person(make_draft(**overrides), today=TODAY)
    assert result.errors == []
    assert result.person is not None
    return result.person


def only_error(**overrides: object) -> str:
    result = check_person(make_draft(**overrides), today=TODAY)
    assert result.person is None
    assert len(result.errors) == 1, result.errors
    return result.errors[0]


def test_the_fixture_draft_is_valid_without_warnings() -> None:
    result = check_person(make_draft(), today=TODAY)
    assert result.errors == []
    assert result.warnings == []
    person = result.person
    assert person is not None
    assert person.nik == "3674045708850001"
    assert person.kk_number == "3674041203150002"
    assert person.sex is Sex.FEMALE
    assert person.birth_date == date(1985, 8, 17)
    assert person.kelurahan_code == SAWAH
    assert (person.rt, person.rw) == ("003", "012")
    assert person.disability is Disability.NONE
    assert person.desil == 2


def test_all_problems_are_collected_in_one_go() -> None:
    result = check_person(
        PersonDraft(
            nik="123",
            kk_number="12AB",
            full_name="  ",
            sex="X",
            birth_date="31-02-1990",
            address="",
            rt="abc",
            rw="1000",
            kelurahan="Menteng",
            phone="12",
            disability="sakit",
            desil="11",
        ),
        today=TODAY,
    )
    assert result.person is None
    expected = [
        "NIK harus 16 angka",
        "No. KK hanya boleh berisi angka",
        "Nama lengkap wajib diisi",
        "Jenis kelamin harus L",
        "tidak ada di kalender",
        "Alamat wajib diisi",
        "RT harus angka 1 sampai 999",
        "RW harus angka 1 sampai 999",
        "'Menteng' tidak ada di Kota Tangerang Selatan",
        "Nomor HP harus 9-14 angka",
        "Disabilitas 'sakit' tidak dikenali",
        "Desil DTSEN harus angka 1 sampai 10",
    ]
    assert len(result.errors) == len(expected)
    for fragment, error in zip(expected, result.errors, strict=True):
        assert fragment in error
    with pytest.raises(UserError) as caught:
        result.raise_if_invalid()
    for fragment in expected:
        assert fragment in caught.value.message


def test_empty_draft_names_every_required_field() -> None:
    result = check_person(PersonDraft(), today=TODAY)
    assert result.person is None
    joined = " ".join(result.errors)
    for fragment in (
        "NIK wajib diisi",
        "Nama lengkap wajib",
        "Jenis kelamin",
        "Tanggal lahir wajib",
        "Alamat",
    ):
        assert fragment in joined
    assert "Kelurahan wajib diisi" in joined


@pytest.mark.parametrize(
    "name",
    [
        "Siti <b>Aminah</b>",
        "Ahmad & Sons",
        "Nur'aini",
        'Budi "Bule" Santoso',
        "<script>alert('x')</script> & \"\"",
        "Dewi &amp; Sari",
    ],
)
def test_names_keep_markup_characters_exactly(name: str) -> None:
    assert valid(full_name=name).full_name == name


@given(
    name=st.text(
        alphabet=st.sampled_from("abcXYZ<>&'\"éÑ-.,"),
        min_size=1,
        max_size=40,
    )
)
def test_tidy_text_never_alters_names_without_spaces_or_control_characters(name: str) -> None:
    assert tidy_text(name) == name


@given(words=st.lists(st.text(alphabet="aZ<>&'\"", min_size=1, max_size=8), min_size=1, max_size=5))
def test_tidy_text_collapses_runs_of_blanks_and_trims(words: list[str]) -> None:
    assert tidy_text("  \t" + " \u00a0 ".join(words) + "\t ") == " ".join(words)


def test_tidy_text_drops_control_characters() -> None:
    assert tidy_text("Siti\x00 Ami\x07nah\x1b") == "Siti Aminah"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("3", "003"), ("03", "003"), ("003", "003"), ("12", "012"), ("999", "999"), (" 7 ", "007"), ("", "")],
)
def test_rt_and_rw_are_padded_to_three_digits(typed: str, stored: str) -> None:
    assert parse_rt_rw(typed, "RT") == stored
    person = valid(rt=typed, rw=typed)
    assert (person.rt, person.rw) == (stored, stored)


@pytest.mark.parametrize("typed", ["0", "000", "1000", "3a", "-1", "1.5", "RT 3"])
def test_rt_outside_1_to_999_is_refused(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_rt_rw(typed, "RT")
    assert caught.value.field == "rt"
    assert "contoh 003" in caught.value.message


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+6281234567890", "081234567890"),
        ("+62 812-3456-7890", "081234567890"),
        ("6281234567890", "081234567890"),
        ("0812 3456 7890", "081234567890"),
        ("(021) 7490123", "0217490123"),
        ("", ""),
    ],
)
def test_phone_is_stored_with_a_leading_zero(typed: str, stored: str) -> None:
    assert parse_phone(typed) == stored
    assert valid(phone=typed).phone == stored


@pytest.mark.parametrize(
    "typed", ["12345", "81234567890", "08123456789012345", "0812-ABCD-789", "+1 555 0100"]
)
def test_phone_that_is_no_indonesian_number_is_refused(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_phone(typed)
    assert caught.value.field == "phone"
    assert "diawali 0 atau +62" in caught.value.message


@pytest.mark.parametrize(
    "typed", ["1985-08-17", "17-08-1985", "17/08/1985", "17.08.1985", "1985-8-17", "17/8/1985"]
)
def test_birth_date_in_each_accepted_form(typed: str) -> None:
    assert parse_date_text(typed) == date(1985, 8, 17)
    assert valid(birth_date=typed).birth_date == date(1985, 8, 17)


def test_birth_date_already_a_date_is_kept() -> None:
    assert parse_date_text(date(1985, 8, 17)) == date(1985, 8, 17)


@pytest.mark.parametrize("typed", ["31-02-1990", "1990-02-30", "29/02/2023", "00-01-1990", "15-13-1990"])
def test_birth_date_that_does_not_exist_is_refused(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_date_text(typed)
    assert caught.value.field == "birth_date"
    assert "tidak ada di kalender" in caught.value.message
    assert "tidak ada di kalender" in only_error(birth_date=typed)


def test_leap_day_exists_only_in_leap_years() -> None:
    assert parse_date_text("29-02-2024") == date(2024, 2, 29)


@pytest.mark.parametrize("typed", ["17 Agustus 1985", "85-08-17", "17081985", "1985/08/17x", "kemarin"])
def test_birth_date_in_an_unknown_form_names_the_accepted_forms(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_date_text(typed)
    assert "1985-08-17, 17-08-1985 atau 17/08/1985" in caught.value.message


def test_birth_date_in_the_future_is_refused_and_today_accepted() -> None:
    error = only_error(birth_date="2025-09-24", nik="3674042409250001")
    assert "tidak boleh di masa depan" in error
    assert valid(birth_date="2025-09-23", nik="3674046309250001").birth_date == TODAY


def test_birth_date_before_1900_is_refused() -> None:
    assert "sebelum 1900" in only_error(birth_date="31-12-1899")


@pytest.mark.parametrize(
    "typed", [SAWAH, "3674041004", "Sawah", "SAWAH", "  sawah  ", "Sawah Lama", "sawah-lama"]
)
def test_kelurahan_by_code_compact_code_name_or_alias(typed: str) -> None:
    assert valid(kelurahan=typed).kelurahan_code == SAWAH


@pytest.mark.parametrize(("alias", "code"), DOMAIN_ALIASES)
def test_every_alias_in_domain_md_finds_its_kelurahan(alias: str, code: str) -> None:
    assert valid(kelurahan=alias).kelurahan_code == code
    assert valid(kelurahan=alias.upper()).kelurahan_code == code


@pytest.mark.parametrize("typed", ["Menteng", "36.74.08.1001", "36.71.04.1004", "Jurang Mangu"])
def test_kelurahan_outside_tangsel_or_ambiguous_is_refused(typed: str) -> None:
    error = only_error(kelurahan=typed)
    assert "tidak ada di Kota Tangerang Selatan" in error
    assert "36.74.04.1001" in error


def test_kelurahan_missing_is_required() -> None:
    assert "Kelurahan wajib diisi" in only_error(kelurahan=" ")


def test_nik_birth_date_mismatch_is_a_warning_not_an_error() -> None:
    person, errors, warnings = checked(birth_date="1985-08-18")
    assert errors == []
    assert person is not None
    assert len(warnings) == 1
    assert "Tanggal lahir di NIK" in warnings[0]


def test_nik_sex_mismatch_is_a_warning_not_an_error() -> None:
    person, errors, warnings = checked(sex="L")
    assert errors == []
    assert person is not None
    assert len(warnings) == 1
    assert "jenis kelamin" in warnings[0]


def test_nik_from_another_province_is_accepted() -> None:
    assert valid(nik="3171045708850003").nik == "3171045708850003"


def test_nik_and_kk_with_separators_are_stored_as_digits() -> None:
    person = valid(nik="3674.0457.0885.0001", kk_number="3674 0412 0315 0002")
    assert (person.nik, person.kk_number) == ("3674045708850001", "3674041203150002")


def test_kk_is_optional() -> None:
    assert valid(kk_number="  ").kk_number is None


@pytest.mark.parametrize(
    ("typed", "sex"),
    [
        ("L", Sex.MALE),
        ("laki-laki", Sex.MALE),
        ("Pria", Sex.MALE),
        ("p", Sex.FEMALE),
        ("Perempuan", Sex.FEMALE),
    ],
)
def test_sex_in_common_spellings(typed: str, sex: Sex) -> None:
    assert parse_sex(typed) is sex


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("", Disability.NONE),
        ("-", Disability.NONE),
        ("Tidak ada", Disability.NONE),
        ("fisik", Disability.PHYSICAL),
        ("Tunanetra", Disability.BLIND),
        ("tuna rungu", Disability.DEAF),
        ("Sensorik wicara", Disability.SPEECH),
        ("ganda", Disability.MULTIPLE),
    ],
)
def test_disability_in_common_spellings(typed: str, kind: Disability) -> None:
    assert parse_disability(typed) is kind


@pytest.mark.parametrize(("typed", "desil"), [("", None), (None, None), ("1", 1), ("4.0", 4), (10, 10)])
def test_desil_is_1_to_10_or_empty(typed: object, desil: int | None) -> None:
    assert parse_desil(typed) == desil  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["0", "11", "-1", "dua", "2.5"])
def test_desil_outside_1_to_10_is_refused(typed: str) -> None:
    with pytest.raises(UserError):
        parse_desil(typed)


def test_name_longer_than_150_letters_is_refused() -> None:
    assert valid(full_name="A" * 150).full_name == "A" * 150
    assert "terlalu panjang (151 huruf)" in only_error(full_name="A" * 151)


@pytest.mark.parametrize("typed", ["+62 0812-3456-7890", "62 0812 3456 7890", "+62(0)81234567890"])
def test_phone_with_country_code_and_trunk_zero_is_not_stored_with_00(typed: str) -> None:
    try:
        stored = parse_phone(typed)
    except UserError:
        return  # refusing it is fine too; storing a wrong number is not
    assert stored == "081234567890"


@pytest.mark.parametrize("name", ["Siti\nAminah", "Siti\r\nAminah", "Siti \n Aminah"])
def test_line_break_inside_a_name_does_not_reach_the_record(name: str) -> None:
    result = check_person(make_draft(full_name=name), today=TODAY)
    assert result.person is None or result.person.full_name == "Siti Aminah"


def test_line_break_inside_an_address_becomes_a_space() -> None:
    assert valid(address="Jl. Mawar No. 5\nRT 3 RW 12").address == "Jl. Mawar No. 5 RT 3 RW 12"
