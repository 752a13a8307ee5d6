"""The demo fill's Jamsosnaker bulk steps through the Transaction (the bare connection stays in storage/)."""

from collections.abc import Sequence
from typing import Any

from tangsel_desktop.storage.jamsos import bulk_members
from tangsel_desktop.storage.transaction import Transaction


def jamsos_occupations(tx: Transaction) -> list[str]:
    return bulk_members.occupations(tx.raw())


def live_kpj_numbers(tx: Transaction) -> set[str]:
    return bulk_members.live_kpj_numbers(tx.raw())


def insert_jamsos_members(
    tx: Transaction, members: Sequence[tuple[Any, ...]], events: Sequence[tuple[Any, ...]]
) -> None:
    bulk_members.insert_members(tx.raw(), members, events)
