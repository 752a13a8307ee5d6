"""A finished file moved into place as the last step of the transaction that records it."""

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from tangsel_desktop.services.tabular_files import replace_into
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.transaction import Author, Transaction

T = TypeVar("T")


def publish_written(
    database: Database, actor: Author, temporary: Path, target: Path, record: Callable[[Transaction], T]
) -> T:
    """Run record(tx) in one write transaction of `actor`, then replace target with the temporary file in it.

    The file appears only together with what record wrote (its audit entry, status steps): if the
    commit fails after the move, the file is taken away again, so no export exists that the log lacks.
    """
    replaced = False
    try:
        with database.write(actor) as tx:
            result = record(tx)
            replace_into(temporary, target)
            replaced = True
    except BaseException:
        if replaced:
            target.unlink(missing_ok=True)
        raise
    return result
