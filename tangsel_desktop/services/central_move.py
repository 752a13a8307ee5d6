"""Moving Dinas Sosial's store from its SQLite file onto a PostgreSQL server: copied, proven, then pointed at.

An administrator of the central office runs it once (`central migrate-to-postgres --url URL`). The file is
left as it was (it is the way back); the office's settings file names the server only once the copy is
proven table by table, so the next start opens the server.
"""

import configparser
import logging
from dataclasses import dataclass
from pathlib import Path

from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.office_service import require_office_in
from tangsel_desktop.storage import server_copy
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.server_copy import CopyReport
from tangsel_desktop.storage.store_location import StoreLocation

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MoveResult:
    server: str  # the server and database, without a password
    report: CopyReport
    settings_file: Path | None  # written when the copy was proven

    def as_json(self) -> dict[str, object]:
        return {
            "server": self.server,
            "tables": {name: {"rows": p.rows, "hash": p.hash} for name, p in self.report.tables.items()},
            "mismatches": self.report.mismatches,
            "skipped": list(self.report.skipped),
            "settings_file": None if self.settings_file is None else str(self.settings_file),
            "ok": self.report.ok,
        }


def point_settings_at(settings_file: Path, url: str) -> None:
    """The office's settings file names the server (its other sections kept), written whole then renamed."""
    settings = configparser.ConfigParser(interpolation=None)
    if settings_file.is_file():
        settings.read(settings_file, encoding="utf-8")
    if not settings.has_section("database"):
        settings.add_section("database")
    settings.set("database", "url", url)
    fresh = settings_file.with_name(settings_file.name + ".new")
    with fresh.open("w", encoding="utf-8") as handle:
        settings.write(handle)
    fresh.replace(settings_file)


class CentralMove:
    """The one action: the central SQLite store copied onto an empty PostgreSQL database."""

    def __init__(self, database: Database, paths: DataPaths) -> None:
        self._db = database
        self._paths = paths

    def migrate_to_postgres(self, *, actor: Actor, url: str) -> MoveResult:
        actor.require(Role.ADMIN, "memindahkan data Dinas Sosial ke server PostgreSQL")
        if self._db.is_server:
            raise UserError("Data kantor ini sudah berada di server PostgreSQL; tidak ada yang dipindahkan.")
        with self._db.read() as tx:
            if require_office_in(tx).kind is not OfficeKind.DINSOS:
                raise UserError(
                    "Hanya data Dinas Sosial (kantor pusat) yang dipindahkan ke PostgreSQL; kantor kelurahan "
                    "tetap memakai berkas SQLite di laptopnya."
                )
        location = StoreLocation.parse(url.strip())
        if not location.is_server:
            raise UserError(
                "Alamat tujuan harus server PostgreSQL, misalnya "
                "postgresql://tangsel@db.dinsos:5432/tangsel_pusat."
            )
        # Audited before the copy, so that the server's trail holds it too and the proof compares alike.
        with self._db.write(actor) as tx:
            tx.record(AuditEvent("store_move", "store", "postgresql", after={"server": location.shown()}))
        target = Database(location)
        try:
            report = server_copy.copy_to_server(self._db, target, self._paths.backups)
        finally:
            target.dispose()
        settings = None
        if report.ok:
            point_settings_at(self._paths.settings, location.url)
            settings = self._paths.settings
        log.info(
            "central store copied to %s: ok=%s, %s tables", location.shown(), report.ok, len(report.tables)
        )
        return MoveResult(location.shown(), report, settings)
