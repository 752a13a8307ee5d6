"""A finished file moved into place as the last step of the transaction that records it."""

import functools
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from tangsel_desktop.documents.export_stamp import ExportStamp, stamped
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.office_service import office_in
from tangsel_desktop.services.tabular_files import replace_into
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.transaction import Author, Transaction

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")


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


def exports(what: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """For a service method that writes files for its keyword `actor`: every PDF and workbook it writes
    carries who exported it, for which office and when (documents/export_stamp.py); `what` names the
    file in its properties. The audit entry stays the method's own (publish_written, the register)."""

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(method)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            actor = kwargs["actor"]
            assert isinstance(actor, Actor), "an exporting method takes its actor by keyword"
            database = getattr(args[0], "_db", None)
            assert isinstance(database, Database), "an exporting method belongs to a service with a store"
            with database.read() as tx:
                office = office_in(tx)
            stamp = ExportStamp.now(
                full_name=actor.full_name,
                username=actor.username,
                office_name=office.name if office is not None else "",
                what=what,
            )
            with stamped(stamp):
                return method(*args, **kwargs)

        run.exported_as = what  # type: ignore[attr-defined]  # tests list every exporting method by it
        return run

    return decorate
