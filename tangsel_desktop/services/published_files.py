"""A finished file moved into place as the last step of the transaction that records it."""

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlmodel import Session

from tangsel_desktop.services.tabular_files import replace_into
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.transaction import Author, Transaction

T = TypeVar("T")


def publish_recorded(database: Database, temporary: Path, target: Path, record: Callable[[Session], T]) -> T:
    """Run record(session) in one write transaction, then replace target with the temporary file in it.

    The file appears only together with what record wrote (its audit entry, status steps): if the
    commit fails after the move, the file is taken away again, so no export exists that the log lacks.
    """
    replaced = False
    try:
        with database.write_session() as session:
            result = record(session)
            session.flush()
            replace_into(temporary, target)
            replaced = True
    except BaseException:
        if replaced:
            target.unlink(missing_ok=True)
        raise
    return result


def publish_in_transaction(
    database: Database, author: Author, temporary: Path, target: Path, record: Callable[[Transaction], T]
) -> T:
    """publish_recorded through the one door: record(tx) in database.write(author), the file moved last.

    The audit entries record(tx) gives to tx.record are chained at the commit, after the move: a failed
    commit takes the file away again.
    """
    replaced = False
    try:
        with database.write(author) as tx:
            result = record(tx)
            replace_into(temporary, target)
            replaced = True
    except BaseException:
        if replaced:
            target.unlink(missing_ok=True)
        raise
    return result
