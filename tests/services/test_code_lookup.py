"""The shared lookup finds a thing by its code, a unique start of it or its name; refuses in Indonesian."""

from dataclasses import dataclass

import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.code_lookup import Kind, find_by_code
from tangsel_desktop.storage.transaction import Transaction

KIND = Kind("putaran sembako", "putaran", "round", "sembako round list")


@dataclass(frozen=True)
class Row:
    id: str
    name: str


ROWS = [Row("abcd1234", "Putaran Januari"), Row("abcd9999", "Putaran Februari")]


def _by_id(tx: Transaction, wanted: str) -> Row | None:
    return next((row for row in ROWS if row.id == wanted), None)


def _named(tx: Transaction, wanted: str) -> list[Row]:
    return [row for row in ROWS if row.id.startswith(wanted.lower()) or row.name.lower() == wanted.lower()]


def _find(text: str) -> Row:
    return find_by_code(None, text, KIND, _by_id, _named)  # type: ignore[arg-type]  # no store is read


def test_finds_by_code_start_of_code_and_name() -> None:
    assert _find("ABCD9999") == ROWS[1]
    assert _find("abcd1") == ROWS[0]
    assert _find("  putaran   januari ") == ROWS[0]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("  ", "Sebutkan putaran sembako (--round): kodenya atau namanya."),
        ("zzz", "Putaran sembako 'zzz' tidak ditemukan. Lihat daftarnya dengan: sembako round list."),
        ("abcd", "'abcd' cocok dengan beberapa putaran; tulis kodenya lebih lengkap."),
        ("abc", "Putaran sembako 'abc' tidak ditemukan. Lihat daftarnya dengan: sembako round list."),
    ],
)
def test_refuses_in_indonesian(text: str, message: str) -> None:
    with pytest.raises(UserError) as refused:
        _find(text)
    assert str(refused.value) == message
    assert refused.value.field == "round"
