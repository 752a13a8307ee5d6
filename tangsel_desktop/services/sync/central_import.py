"""The central merge: an office's package verified, decrypted, checked against its sequence, applied whole.

Refused (the store unchanged, a UserError naming why): not a package, another centre's, an office whose
keys are unknown here, a wrong signature, one byte changed or cut, rows of another office. Already applied:
a no-op that says so. A gap (the package starts after the last one applied): held in sync_held and named;
applied, with every held package it unlocks, once the missing one arrives. Applied: one transaction per
package, deletions in reverse dependency order then upserts in dependency order, a backup before.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.office_service import require_office_in
from tangsel_desktop.services.sync.findings_hook import after_import, findings_for
from tangsel_desktop.services.sync.package_export import PACKAGE_KIND
from tangsel_desktop.services.sync.sync_keys import own_encryption_key, peer_keys
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sync import central_merge, sync_store
from tangsel_desktop.storage.sync.central_merge import ForeignRows, UnknownColumns
from tangsel_desktop.storage.sync.merge_order import MERGED, MERGED_BY_NAME
from tangsel_desktop.storage.transaction import Transaction
from tangsel_desktop.sync import envelope, package_body
from tangsel_desktop.sync.envelope import EnvelopeError, Opened
from tangsel_desktop.sync.key_file import raw_public, sync_fingerprint
from tangsel_desktop.sync.package_body import PackageBody

log = logging.getLogger(__name__)
MAX_PACKAGE = 4 * 1024**3
Backup = Callable[[], object]


@dataclass(frozen=True)
class ImportResult:
    office: str
    from_sequence: int
    to_sequence: int
    applied: bool
    already_applied: bool
    held_for_gap: bool
    missing: tuple[int, int] | None  # the range (after, upto] that has not arrived
    counts: dict[str, int]  # the office's rows held here per table, after this import
    package_counts: dict[str, int]  # rows and tombstones in this package per table
    findings: list[dict[str, Any]]
    released: list[tuple[int, int]] = field(default_factory=list)  # held packages applied after this one
    message: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "office": self.office,
            "from_sequence": self.from_sequence,
            "to_sequence": self.to_sequence,
            "applied": self.applied,
            "already_applied": self.already_applied,
            "held_for_gap": self.held_for_gap,
            "missing_from": None if self.missing is None else self.missing[0],
            "missing_to": None if self.missing is None else self.missing[1],
            "counts": self.counts,
            "package_counts": self.package_counts,
            "findings": self.findings,
            "released": [list(pair) for pair in self.released],
            "message": self.message,
        }


def read_package(source: Path) -> bytes:
    try:
        with source.open("rb") as handle:
            data = handle.read(MAX_PACKAGE + 1)
    except OSError as error:
        raise UserError(f"Paket {source} tidak dapat dibaca: {error.strerror or error}") from None
    if len(data) > MAX_PACKAGE:
        raise UserError(f"Berkas {source.name} terlalu besar untuk sebuah paket sinkronisasi.")
    return data


def _sequence(header: dict[str, Any], name: str) -> int:
    value = header.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise UserError("Paket sinkronisasi rusak: urutannya tidak sah.")
    return value


def open_package(tx: Transaction, data: bytes) -> tuple[Opened, PackageBody]:
    """Verified and decrypted with this centre's key and the sending office's; every refusal a UserError."""
    try:
        opened = envelope.read_header(data)
    except EnvelopeError as error:
        raise UserError(str(error)) from None
    header = opened.header
    centre = require_office_in(tx)
    if header.get("kind") != PACKAGE_KIND:
        raise UserError("Berkas ini paket jawaban Dinas Sosial, bukan paket kantor kelurahan.")
    if centre.kind is not OfficeKind.DINSOS:
        raise UserError("Paket kantor kelurahan hanya dibaca di Dinas Sosial (kantor pusat).")
    office = str(header.get("office", ""))
    own = own_encryption_key(tx)
    if (
        own is None
        or header.get("centre") != centre.code
        or header.get("recipient_key") != sync_fingerprint(raw_public(own.public_key()))
    ):
        raise UserError(
            f"Paket dari kantor {office} ini ditujukan ke kantor pusat lain (kunci "
            f"{header.get('recipient_key')}), bukan ke kantor pusat ini. Paket ditolak."
        )
    sender = peer_keys(tx, office)
    if not sender.signing:
        raise UserError(
            f"Kunci kantor {office!r} belum dikenal di sini. Impor berkas kunci kantor itu dulu "
            "(keys import BERKAS) setelah sidik jarinya dicocokkan lewat telepon. Paket ditolak."
        )
    try:
        body = envelope.open_sealed(opened, recipient=own, sender=sender.signing[-1])
    except EnvelopeError as error:
        raise UserError(str(error)) from None
    parsed = package_body.parse(body)
    for name in ("kind", "office", "centre", "from_sequence", "to_sequence"):
        if parsed.manifest.get(name) != header.get(name):
            raise UserError(
                "Paket sinkronisasi rusak: daftar isinya tidak cocok dengan kepalanya. Paket ditolak."
            )
    if _sequence(header, "from_sequence") > _sequence(header, "to_sequence"):
        raise UserError("Paket sinkronisasi rusak: urutannya terbalik. Paket ditolak.")
    for section in parsed.sections:
        if section.table not in MERGED_BY_NAME:
            raise UserError(
                f"Paket memuat tabel {section.table!r} yang tidak diterima dari kantor. Paket ditolak."
            )
    return opened, parsed


def _apply(tx: Transaction, office: str, parsed: PackageBody, held: dict[str, int]) -> dict[str, int]:
    """Apply one package; returns the office's rows held here per table afterwards (`held` before plus the
    rows new here minus those deleted: only this office's packages ever change its rows, so no count scan
    of a million-row table is needed)."""
    slot = sync_store.ensure_peer(tx, office).slot
    central_merge.defer_foreign_keys(tx)
    by_table = {section.table: section for section in parsed.sections}
    counts = {table.name: held.get(table.name, 0) for table in MERGED}
    try:
        for table in reversed(MERGED):
            if table.name in by_table:
                counts[table.name] -= central_merge.delete_rows(
                    tx, table, office=office, slot=slot, row_ids=by_table[table.name].tombstones
                )
        for table in MERGED:
            if table.name in by_table:
                section = by_table[table.name]
                counts[table.name] += central_merge.upsert_rows(
                    tx, table, office=office, slot=slot, columns=section.columns, rows=section.rows
                )
    except ForeignRows as error:
        raise UserError(
            f"Paket kantor {office} menyebut {len(error.row_ids)} baris tabel {error.table} "
            "milik kantor lain "
            f"(misalnya {error.row_ids[0] if error.row_ids else '-'}). Paket ditolak; tidak ada yang berubah."
        ) from None
    except UnknownColumns as error:
        raise UserError(
            f"Paket kantor {office} memuat kolom {', '.join(error.columns)} pada tabel {error.table} "
            "yang tidak "
            "dikenal di sini. Perbarui aplikasi Dinas Sosial lalu baca paketnya lagi."
        ) from None
    except Exception as error:
        failure = central_merge.constraint_failure(error)
        if failure is None:
            raise
        raise UserError(
            f"Paket kantor {office} melanggar aturan data di sini ({failure}). Paket ditolak; "
            "tidak ada yang berubah."
        ) from None
    return counts


def _package_counts(parsed: PackageBody) -> dict[str, int]:
    return {section.table: len(section.rows) + len(section.tombstones) for section in parsed.sections}


class CentralImport:
    """Reading offices' packages at Dinas Sosial."""

    def __init__(self, database: Database, backup: Backup) -> None:
        self._db = database
        self._backup = backup

    def import_package(
        self, *, actor: Actor, source: Path, backup: bool = True
    ) -> tuple[ImportResult, ChangeSummary]:
        actor.require(Role.SUPERVISOR, "membaca paket sinkronisasi kantor")
        return self.import_bytes(actor=actor, data=read_package(source), backup=backup)

    def import_bytes(
        self, *, actor: Actor, data: bytes, backup: bool = True
    ) -> tuple[ImportResult, ChangeSummary]:
        """One package: refused, a no-op, held, or applied (with any held packages it unlocks)."""
        actor.require(Role.SUPERVISOR, "membaca paket sinkronisasi kantor")
        with self._db.read() as tx:
            opened, parsed = open_package(tx, data)  # a refusal leaves the store untouched
            office = str(opened.header["office"])
            after, upto = int(opened.header["from_sequence"]), int(opened.header["to_sequence"])
            peer = sync_store.peer(tx, office)
            applied_to = 0 if peer is None else peer.applied_to
        if upto <= applied_to:
            return self._no_op(office, after, upto, already=True), ChangeSummary.NOTHING
        if after > applied_to:
            return self._hold(actor, office, after, upto, applied_to, data), ChangeSummary.SYNC
        if backup:
            self._backup()
        result = self._apply_one(actor, office, after, upto, parsed)
        if result is None:  # another import of the same package committed while this one waited
            return self._no_op(office, after, upto, already=True), ChangeSummary.NOTHING
        released, trouble = self._release_held(actor, office)
        if released:
            result = self._refreshed(result)
        message = result.message + "".join(
            f" Paket yang ditahan (urutan {start}-{end}) kini ikut diterapkan." for start, end in released
        )
        return (
            ImportResult(**{**result.__dict__, "released": released, "message": message + trouble}),
            ChangeSummary.SYNC | ChangeSummary.PERSON | ChangeSummary.HOUSEHOLD,
        )

    def _refreshed(self, applied: ImportResult) -> ImportResult:
        """An applied package's result with the office's counts and findings read again (held packages
        were applied after it)."""
        with self._db.read() as tx:
            peer = sync_store.peer(tx, applied.office)
            counts = {} if peer is None else peer.applied_counts
            findings = findings_for(tx, applied.office)
        return ImportResult(**{**applied.__dict__, "counts": counts, "findings": findings})

    def _no_op(self, office: str, after: int, upto: int, *, already: bool) -> ImportResult:
        with self._db.read() as tx:
            peer = sync_store.peer(tx, office)
            counts = {} if peer is None else peer.applied_counts
            findings = findings_for(tx, office)
        message = f"Paket {office} urutan {after}-{upto} sudah diterapkan sebelumnya; tidak ada yang berubah."
        log.info("sync package %s %s..%s already applied", office, after, upto)
        return ImportResult(
            office, after, upto, False, already, False, None, counts, {}, findings, message=message
        )

    def _hold(
        self, actor: Actor, office: str, after: int, upto: int, applied_to: int, data: bytes
    ) -> ImportResult:
        with self._db.write(actor) as tx:
            sync_store.lock_office(tx, office)
            counts = sync_store.ensure_peer(tx, office).applied_counts
            if sync_store.hold(tx, office, after, upto, data):
                tx.record(
                    AuditEvent(
                        "sync_hold",
                        "sync_package",
                        f"{office}:{after}-{upto}",
                        after={
                            "office": office,
                            "from_sequence": after,
                            "to_sequence": upto,
                            "missing_from": applied_to,
                        },
                    )
                )
        message = (
            f"Paket {office} urutan {after}-{upto} disimpan dulu: paket sebelumnya "
            f"(urutan {applied_to}-{after}) "
            "belum diterima. Minta kantor itu mengirim paket yang hilang (sync export --from "
            f"{applied_to})."
        )
        log.info("sync package %s %s..%s held: %s..%s missing", office, after, upto, applied_to, after)
        return ImportResult(
            office, after, upto, False, False, True, (applied_to, after), counts, {}, [], message=message
        )

    def _apply_one(
        self,
        actor: Actor,
        office: str,
        after: int,
        upto: int,
        parsed: PackageBody,
        held_id: int | None = None,
    ) -> ImportResult | None:
        """One package in one transaction (a held one leaves the holding table in the same commit); None
        when another import applied it while this one waited for the office's lock. Run again from the
        start when it crossed another user's write on a server (a deadlock), a bounded number of times."""

        def work(tx: Transaction) -> tuple[dict[str, int], list[dict[str, Any]]] | None:
            # Imports of one office queue here; the sequence is read only once the lock is held.
            sync_store.lock_office(tx, office)
            if held_id is not None:
                sync_store.release(tx, held_id)
            peer = sync_store.ensure_peer(tx, office)
            if upto <= peer.applied_to:
                return None
            if after > peer.applied_to:  # cannot happen: applied_to only grows, and it was >= after
                raise UserError(
                    f"Paket {office} urutan {after}-{upto} baru saja dibaca di tempat lain. Coba lagi."
                )
            counts = _apply(tx, office, parsed, peer.applied_counts)
            package_counts = _package_counts(parsed)
            sync_store.record_applied(tx, office, upto, counts)
            tx.record(
                AuditEvent(
                    "sync_import",
                    "sync_package",
                    f"{office}:{after}-{upto}",
                    after={
                        "office": office,
                        "from_sequence": after,
                        "to_sequence": upto,
                        "rows": package_counts,
                    },
                )
            )
            after_import(tx, office)
            return counts, findings_for(tx, office)

        # Alongside: on a server, imports of different offices run side by side (their rows are disjoint);
        # the office's lock, the findings' and the audit chain's are taken inside.
        done = self._db.write_retrying(actor, work, alongside=True)
        if done is None:
            log.info("sync package %s %s..%s applied meanwhile by another import", office, after, upto)
            return None
        counts, findings = done
        package_counts = _package_counts(parsed)
        log.info("sync package %s %s..%s applied: %s", office, after, upto, package_counts)
        message = f"Paket {office} urutan {after}-{upto} diterapkan."
        return ImportResult(
            office, after, upto, True, False, False, None, counts, package_counts, findings, message=message
        )

    def _release_held(self, actor: Actor, office: str) -> tuple[list[tuple[int, int]], str]:
        """Apply, in order, every held package of the office that now follows on; drop those covered.
        One that is refused stays held and is named (the packages after it wait with it)."""
        released: list[tuple[int, int]] = []
        while True:
            with self._db.read() as tx:
                peer = sync_store.peer(tx, office)
                waiting = sync_store.held(tx, office)
            assert peer is not None
            ready = [held for held in waiting if held.from_sequence <= peer.applied_to]
            if not ready:
                return released, ""
            held = ready[0]
            if held.to_sequence <= peer.applied_to:
                with self._db.write(actor) as tx:
                    sync_store.release(tx, held.id)
                continue
            try:
                with self._db.read() as tx:
                    _opened, parsed = open_package(tx, held.package)
                if (
                    self._apply_one(actor, office, held.from_sequence, held.to_sequence, parsed, held.id)
                    is None
                ):
                    continue  # another import applied (and released) it meanwhile
            except UserError as error:
                log.warning(
                    "held package %s %s..%s refused: %s", office, held.from_sequence, held.to_sequence, error
                )
                return released, (
                    f" Paket yang ditahan (urutan {held.from_sequence}-{held.to_sequence}) tetap ditahan: "
                    f"{error.message}"
                )
            released.append((held.from_sequence, held.to_sequence))
