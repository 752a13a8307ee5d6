"""The city's 7 kecamatan and 54 kelurahan: codes, names and postal codes exactly as DOMAIN.md gives them."""

import re

import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.wilayah import Kelurahan, wilayah

# The table of DOMAIN.md, copied as text so that the test reads the same source a person would.
DOMAIN_TABLE = """
| 36.74.01 | Serpong | 1001 Ciater (15310), 1002 Rawabuntu (15318), 1003 Rawa Mekar Jaya (15310), 1004 Lengkong Gudang (15321), 1005 Lengkong Wetan (15322), 1006 Buaran (15310), 1007 Lengkong Gudang Timur (15321), 1008 Cilenggang (15310), 1009 Serpong (15311) |
| 36.74.02 | Serpong Utara | 1001 Pakulonan (15325), 1002 Pakualam (15320), 1003 Pakujaya (15324), 1004 Pondok Jagung (15326), 1005 Pondok Jagung Timur (15326), 1006 Jelupang (15323), 1007 Lengkong Karya (15320) |
| 36.74.03 | Pondok Aren | 1001 Pondok Betung (15221), 1002 Pondok Pucung (15229), 1003 Pondok Karya (15225), 1004 Pondok Jaya (15220), 1005 Pondok Aren (15224), 1006 Pondok Kacang Barat (15226), 1007 Pondok Kacang Timur (15226), 1008 Parigi (15227), 1009 Parigi Baru (15228), 1010 Jurangmangu Barat (15223), 1011 Jurangmangu Timur (15222) |
| 36.74.04 | Ciputat | 1001 Sawah Baru (15413), 1002 Serua (15414), 1003 Ciputat (15411), 1004 Sawah (15413), 1005 Serua Indah (15414), 1006 Jombang (15414), 1007 Cipayung (15411) |
| 36.74.05 | Ciputat Timur | 1001 Cempaka Putih (15412), 1002 Pondok Ranji (15412), 1003 Pisangan (15419), 1004 Cireundeu (15419), 1005 Rempoa (15412), 1006 Rengas (15412) |
| 36.74.06 | Pamulang | 1001 Pamulang Barat (15417), 1002 Benda Baru (15418), 1003 Pondok Benda (15416), 1004 Pondok Cabe Udik (15418), 1005 Pondok Cabe Ilir (15418), 1006 Kedaung (15415), 1007 Bambu Apus (15415), 1008 Pamulang Timur (15417) |
| 36.74.07 | Setu | 1001 Muncul (15314), 1002 Setu (15314), 1003 Keranggan (15312), 1004 Kademangan (15313), 1005 Babakan (15315), 1006 Bakti Jaya (15315) |
"""  # noqa: E501


def domain_kelurahan() -> dict[str, tuple[str, str, str, str]]:
    """code -> (name, postal code, kecamatan code, kecamatan name), from DOMAIN_TABLE."""
    found: dict[str, tuple[str, str, str, str]] = {}
    for line in DOMAIN_TABLE.strip().splitlines():
        _, kecamatan_code, kecamatan_name, entries, _ = (cell.strip() for cell in line.split("|"))
        for entry in entries.split(", "):
            match = re.fullmatch(r"(\d{4}) (.+) \((\d{5})\)", entry)
            assert match, entry
            number, name, postal = match.groups()
            found[f"{kecamatan_code}.{number}"] = (name, postal, kecamatan_code, kecamatan_name)
    return found


EXPECTED = domain_kelurahan()


def test_domain_table_itself_holds_54_kelurahan() -> None:
    assert len(EXPECTED) == 54


def test_city_has_exactly_7_kecamatan_and_54_kelurahan() -> None:
    assert len(wilayah().kelurahan) == 54
    assert wilayah().kecamatan_names() == [
        ("36.74.01", "Serpong"),
        ("36.74.02", "Serpong Utara"),
        ("36.74.03", "Pondok Aren"),
        ("36.74.04", "Ciputat"),
        ("36.74.05", "Ciputat Timur"),
        ("36.74.06", "Pamulang"),
        ("36.74.07", "Setu"),
    ]


def test_every_kelurahan_matches_domain_md_exactly() -> None:
    actual = {
        kelurahan.code: (
            kelurahan.name,
            kelurahan.postal_code,
            kelurahan.kecamatan_code,
            kelurahan.kecamatan_name,
        )
        for kelurahan in wilayah().kelurahan
    }
    assert actual == EXPECTED


@pytest.mark.parametrize(
    ("code", "name", "postal_code", "kecamatan"),
    [
        ("36.74.01.1002", "Rawabuntu", "15318", "Serpong"),
        ("36.74.02.1001", "Pakulonan", "15325", "Serpong Utara"),
        ("36.74.03.1011", "Jurangmangu Timur", "15222", "Pondok Aren"),
        ("36.74.04.1004", "Sawah", "15413", "Ciputat"),
        ("36.74.05.1003", "Pisangan", "15419", "Ciputat Timur"),
        ("36.74.06.1007", "Bambu Apus", "15415", "Pamulang"),
        ("36.74.07.1003", "Keranggan", "15312", "Setu"),
    ],
)
def test_a_handful_of_kelurahan_exactly(code: str, name: str, postal_code: str, kecamatan: str) -> None:
    kelurahan = wilayah().get(code)
    assert (kelurahan.name, kelurahan.postal_code, kelurahan.kecamatan_name) == (name, postal_code, kecamatan)
    assert kelurahan.kecamatan_code == code[:8]
    assert kelurahan.label == f"{name}, Kec. {kecamatan}"


def test_setu_uses_the_kemendagri_code_not_the_bps_one() -> None:
    assert wilayah().find("Setu").kecamatan_code == "36.74.07"


@pytest.mark.parametrize("kelurahan", wilayah().kelurahan, ids=lambda k: k.code)
def test_every_code_has_the_kemendagri_kelurahan_form(kelurahan: Kelurahan) -> None:
    assert re.fullmatch(r"36\.74\.0[1-7]\.1\d{3}", kelurahan.code)
    assert kelurahan.code.startswith(kelurahan.kecamatan_code + ".")
    assert re.fullmatch(r"15\d{3}", kelurahan.postal_code)


def test_codes_are_unique() -> None:
    codes = [k.code for k in wilayah().kelurahan]
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize("kelurahan", wilayah().kelurahan, ids=lambda k: k.code)
def test_every_name_and_alias_finds_its_own_kelurahan(kelurahan: Kelurahan) -> None:
    # An alias that shadowed another kelurahan's name would send a resident to the wrong office.
    for spelling in (kelurahan.name, *kelurahan.aliases, kelurahan.code, kelurahan.code.replace(".", "")):
        assert wilayah().find(spelling) == kelurahan
        assert wilayah().find(f"  {spelling.lower()} ") == kelurahan


def test_get_refuses_an_unknown_code_with_an_example() -> None:
    with pytest.raises(UserError) as caught:
        wilayah().get("36.74.08.1001")
    assert "tidak dikenal" in caught.value.message
    assert "36.74.04.1004" in caught.value.message


def test_get_wants_the_exact_code_not_a_name() -> None:
    with pytest.raises(UserError):
        wilayah().get("Sawah")


@pytest.mark.parametrize("typed", ["Menteng", "Kota Tangerang Selatan", "", "36.74", "Sawah Besar"])
def test_find_refuses_what_is_no_kelurahan_of_the_city(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        wilayah().find(typed)
    assert "tidak ada di Kota Tangerang Selatan" in caught.value.message
