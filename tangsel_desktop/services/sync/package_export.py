"""An office's package to Dinas Sosial: the journal's changes since the last package, sealed."""

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.wilayah import DINSOS_CODE
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.office_service import require_office_in
from tangsel_desktop.services.output_paths import SYNC_PACKAGE, check_output_path
from tangsel_desktop.services.sync.sync_keys import own_keys, peer_keys
from tangsel_desktop.storage import change_journal
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import timestamp_text, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sync import package_rows, sync_store
from tangsel_desktop.storage.sync.merge_order import MERGED_BY_NAME
from tangsel_desktop.sync import envelope, package_body
from tangsel_desktop.sync.package_body import TableSection

log = logging.getLogger(__name__)
PACKAGE_KIND = "package"


@dataclass(frozen=True)
class ExportResult:
    office: str
    from_sequence: int
    to_sequence: int
    counts: dict[str, int]
    tombstones: dict[str, int]
    path: Path
    size_bytes: int

    def as_json(self) -> dict[str, object]:
        return {
            "office": self.office,
            "from_sequence": self.from_sequence,
            "to_sequence": self.to_sequence,
            "counts": self.counts,
            "tombstones": self.tombstones,
            "path": str(self.path),
            "bytes": self.size_bytes,
        }


def write_file(target: Path, data: bytes) -> None:
    """Under a temporary name, synced, then renamed: a package on the stick is whole or absent."""
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError(f"Paket tidak dapat ditulis ke {target}: {error.strerror or error}") from None


class SyncExport:
    """Writing the office's package."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def export(
        self,
        *,
        actor: Actor,
        target: Path,
        from_sequence: int | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> tuple[ExportResult, ChangeSummary]:
        """The changes after `from_sequence` (default: the end of the last package written; the first package
        is the whole store) up to the journal's last entry, signed and encrypted to Dinas Sosial."""
        actor.require(Role.SUPERVISOR, "menulis paket sinkronisasi")
        target = check_output_path(target, SYNC_PACKAGE, store_file=self._db.file, what="Paket sinkronisasi")
        if from_sequence is not None and from_sequence < 0:
            raise UserError("--from harus 0 atau lebih.")
        with self._db.write(actor) as tx:
            office = require_office_in(tx)
            if office.kind is not OfficeKind.KELURAHAN:
                raise UserError(
                    "Paket sinkronisasi ditulis oleh kantor kelurahan; Dinas Sosial menulis jawaban."
                )
            centre = peer_keys(tx, DINSOS_CODE)
            if centre.encryption is None or not centre.signing:
                raise UserError(
                    "Kunci Dinas Sosial belum diimpor di kantor ini. Minta berkas kunci Dinas Sosial lalu "
                    "jalankan "
                    "keys import BERKAS (administrator)."
                )
            keys = own_keys(tx)
            peer = sync_store.ensure_peer(tx, DINSOS_CODE)
            upto = change_journal.last_sequence(tx)
            after = peer.sent_to if from_sequence is None else from_sequence
            if after > upto:
                raise UserError(f"--from {after} melewati urutan terakhir kantor ini ({upto}).")
            changed = package_rows.changes(tx, after, upto, progress)
            sections = [
                (
                    TableSection(found.table, found.columns, [list(r) for r in found.rows], found.tombstones),
                    MERGED_BY_NAME[found.table].binary_columns(),
                    MERGED_BY_NAME[found.table].boolean_columns(),
                )
                for found in changed
            ]
            header = {
                "kind": PACKAGE_KIND,
                "office": office.code,
                "centre": DINSOS_CODE,
                "from_sequence": after,
                "to_sequence": upto,
                "created_at": timestamp_text(utc_now()),
            }
            body = package_body.build(dict(header), sections)
            data = envelope.seal(header, body, sender=keys.signing, recipient=centre.encryption)
            counts = {found.table: len(found.rows) for found in changed}
            tombstones = {found.table: len(found.tombstones) for found in changed if found.tombstones}
            write_file(
                target, data
            )  # inside the transaction: a package that could not be written is not "sent"
            sync_store.record_sent(tx, DINSOS_CODE, max(upto, peer.sent_to), counts)
            tx.record(
                AuditEvent(
                    "sync_export",
                    "sync_package",
                    f"{after}-{upto}",
                    after={"from_sequence": after, "to_sequence": upto, "rows": sum(counts.values())},
                )
            )
        log.info("sync package %s..%s written to %s (%s bytes)", after, upto, target, len(data))
        result = ExportResult(office.code, after, upto, counts, tombstones, target, len(data))
        return result, ChangeSummary.SYNC
