"""Finds one stored thing as a clerk names it: its code, a unique start of the code, or its exact name."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.storage.transaction import Transaction

MIN_ID_PREFIX = 4


class Named(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...


Row = TypeVar("Row", bound=Named)


@dataclass(frozen=True)
class Kind:
    """How the refusals speak of one kind of thing, and where its list is shown."""

    noun: str  # "angkatan pelatihan": in "Sebutkan ..." and "... tidak ditemukan"
    plural: str  # "angkatan": in "cocok dengan beberapa ..."
    field: str  # the option's name without "--", and the UserError's field
    list_command: str  # the command that lists them, e.g. "training batch list"


def find_by_code(
    tx: Transaction,
    text: str,
    kind: Kind,
    by_id: Callable[[Transaction, str], Row | None],
    named: Callable[[Transaction, str], Iterable[Row]],
) -> Row:
    """The row named by its id, a unique start of it (4 characters or more), or its exact name (any case)."""
    wanted = " ".join(text.split())
    if not wanted:
        raise UserError(f"Sebutkan {kind.noun} (--{kind.field}): kodenya atau namanya.", field=kind.field)
    exact = by_id(tx, wanted.lower())
    if exact is not None:
        return exact
    found = [
        row
        for row in named(tx, wanted)
        if row.name.lower() == wanted.lower()
        or (len(wanted) >= MIN_ID_PREFIX and row.id.startswith(wanted.lower()))
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        where = f"Lihat daftarnya dengan: {kind.list_command}."
        raise UserError(f"{kind.noun.capitalize()} '{text}' tidak ditemukan. {where}", field=kind.field)
    raise UserError(
        f"'{text}' cocok dengan beberapa {kind.plural}; tulis kodenya lebih lengkap.", field=kind.field
    )
