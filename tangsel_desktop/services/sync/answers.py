"""The centre's answer to one office (signed by it, encrypted to the office), and the office applying it.

The answer carries the sequence the centre acknowledges, the findings that concern the office
(services/sync/findings_hook.py) and the reference data the centre owns (storage/sync/reference_rows.py).
Answers are numbered per office: an office applies each number once (a second reading is a no-op that says
so) and never goes back to an older one. Acknowledged sequences are kept; the office's journal is kept too
(docs/sync_package.md: `--from 0` must always be able to rebuild the centre's copy).
"""

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.wilayah import DINSOS_CODE
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.office_service import require_office_in
from tangsel_desktop.services.output_paths import SYNC_PACKAGE, check_output_path
from tangsel_desktop.services.sync.central_import import read_package
from tangsel_desktop.services.sync.findings_hook import findings_for
from tangsel_desktop.services.sync.package_export import write_file
from tangsel_desktop.services.sync.sync_keys import own_encryption_key, own_keys, peer_keys
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import timestamp_text, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sync import reference_rows, sync_store
from tangsel_desktop.storage.sync.reference_rows import REFERENCE_BY_NAME
from tangsel_desktop.sync import envelope, package_body
from tangsel_desktop.sync.envelope import EnvelopeError
from tangsel_desktop.sync.key_file import raw_public, sync_fingerprint

log = logging.getLogger(__name__)
ANSWER_KIND = "answer"


@dataclass(frozen=True)
class AnswerWritten:
    office: str
    acknowledged_to: int
    answer_no: int
    findings: list[dict[str, Any]]
    path: Path

    def as_json(self) -> dict[str, object]:
        return {
            "office": self.office,
            "acknowledged_to": self.acknowledged_to,
            "answer_no": self.answer_no,
            "findings": self.findings,
            "path": str(self.path),
        }


@dataclass(frozen=True)
class AnswerApplied:
    acknowledged_to: int
    answer_no: int
    already_applied: bool
    findings: list[dict[str, Any]]
    reference_updates: dict[str, int]

    def as_json(self) -> dict[str, object]:
        return {
            "acknowledged_to": self.acknowledged_to,
            "answer_no": self.answer_no,
            "already_applied": self.already_applied,
            "findings": self.findings,
            "reference_updates": self.reference_updates,
        }


def is_answer(data: bytes) -> bool:
    """Whether a sync file is a centre's answer (read from its cleartext header; nothing is trusted yet)."""
    try:
        return envelope.read_header(data).header.get("kind") == ANSWER_KIND
    except EnvelopeError:
        return False


class SyncAnswers:
    """The centre writes answers; an office reads them."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def write_answer(
        self, *, actor: Actor, office_code: str, target: Path
    ) -> tuple[AnswerWritten, ChangeSummary]:
        actor.require(Role.SUPERVISOR, "menulis jawaban untuk kantor")
        target = check_output_path(
            target,
            SYNC_PACKAGE,
            store_file=self._db.file_or_none,
            what="Paket jawaban",
        )
        code = office_code.strip()
        with self._db.write(actor) as tx:
            centre = require_office_in(tx)
            if centre.kind is not OfficeKind.DINSOS:
                raise UserError(
                    "Jawaban ditulis oleh Dinas Sosial (kantor pusat), bukan oleh kantor kelurahan."
                )
            peer = sync_store.peer(tx, code)
            office_keys = peer_keys(tx, code)
            if peer is None or office_keys.encryption is None:
                raise UserError(
                    f"Kantor {code!r} belum dikenal di sini: impor dulu berkas kuncinya (keys import BERKAS)."
                )
            keys = own_keys(tx)
            answer_no = peer.answer_no + 1
            findings = findings_for(tx, code)
            header = {
                "kind": ANSWER_KIND,
                "office": code,
                "centre": centre.code,
                "acknowledged_to": peer.applied_to,
                "answer_no": answer_no,
                "created_at": timestamp_text(utc_now()),
            }
            body = package_body.build_answer(
                {**header, "findings": findings, "reference": reference_rows.read_reference(tx)}
            )
            data = envelope.seal(header, body, sender=keys.signing, recipient=office_keys.encryption)
            write_file(target, data)
            sync_store.record_answer(tx, code, answer_no=answer_no, acknowledged_to=peer.applied_to)
            tx.record(
                AuditEvent(
                    "sync_answer",
                    "sync_package",
                    f"{code}:{answer_no}",
                    after={"office": code, "acknowledged_to": peer.applied_to, "findings": len(findings)},
                )
            )
        log.info("sync answer %s to %s written (acknowledged %s)", answer_no, code, peer.applied_to)
        return AnswerWritten(code, peer.applied_to, answer_no, findings, target), ChangeSummary.SYNC

    def apply_answer(self, *, actor: Actor, source: Path) -> tuple[AnswerApplied, ChangeSummary]:
        """Verify, decrypt and apply the centre's answer, in one transaction; refused with nothing changed."""
        actor.require(Role.SUPERVISOR, "membaca jawaban Dinas Sosial")
        data = read_package(source)
        try:
            opened = envelope.read_header(data)
        except EnvelopeError as error:
            raise UserError(str(error)) from None
        header = opened.header
        with self._db.write(actor) as tx:
            office = require_office_in(tx)
            if office.kind is not OfficeKind.KELURAHAN:
                raise UserError(
                    "Paket jawaban dibaca oleh kantor kelurahan tujuannya, bukan di Dinas Sosial."
                )
            if header.get("kind") != ANSWER_KIND:
                raise UserError("Kantor kelurahan hanya membaca paket jawaban Dinas Sosial.")
            own = own_encryption_key(tx)
            centre = peer_keys(tx, DINSOS_CODE)
            if (
                own is None
                or header.get("office") != office.code
                or header.get("recipient_key") != sync_fingerprint(raw_public(own.public_key()))
            ):
                raise UserError(
                    f"Paket jawaban ini untuk kantor {header.get('office')}, bukan untuk kantor ini. "
                    "Paket ditolak."
                )
            if not centre.signing:
                raise UserError(
                    "Kunci Dinas Sosial belum diimpor di kantor ini (keys import BERKAS). Paket ditolak."
                )
            try:
                body = envelope.open_sealed(opened, recipient=own, sender=centre.signing[-1])
            except EnvelopeError as error:
                raise UserError(str(error)) from None
            answer = package_body.parse_answer(body)
            for name in ("kind", "office", "centre", "acknowledged_to", "answer_no"):
                if answer.get(name) != header.get(name):
                    raise UserError(
                        "Paket jawaban rusak: isinya tidak cocok dengan kepalanya. Paket ditolak."
                    )
            acknowledged, answer_no = int(answer["acknowledged_to"]), int(answer["answer_no"])
            peer = sync_store.ensure_peer(tx, DINSOS_CODE)
            findings = list(answer.get("findings") or [])
            if answer_no <= peer.answer_no:
                return (
                    AnswerApplied(peer.acknowledged_to, peer.answer_no, True, peer.findings, {}),
                    ChangeSummary.NOTHING,
                )
            if acknowledged > peer.sent_to:
                raise UserError(
                    f"Jawaban mengakui urutan {acknowledged}, padahal kantor ini baru mengirim sampai "
                    f"{peer.sent_to}. "
                    "Jawaban ditolak: mungkin data kantor ini dipulihkan dari cadangan lama."
                )
            updates = self._apply_reference(tx, answer.get("reference") or {})
            sync_store.record_answer(
                tx,
                DINSOS_CODE,
                answer_no=answer_no,
                acknowledged_to=max(acknowledged, peer.acknowledged_to),
                findings=findings,
            )
            tx.record(
                AuditEvent(
                    "sync_answer_applied",
                    "sync_package",
                    str(answer_no),
                    after={"acknowledged_to": acknowledged, "findings": len(findings), "reference": updates},
                )
            )
        log.info("sync answer %s applied: acknowledged %s, %s", answer_no, acknowledged, updates)
        result = AnswerApplied(max(acknowledged, peer.acknowledged_to), answer_no, False, findings, updates)
        return result, ChangeSummary.SYNC | ChangeSummary.JAMSOS

    @staticmethod
    def _apply_reference(tx: Any, reference: dict[str, Any]) -> dict[str, int]:
        updates: dict[str, int] = {}
        for name, values in reference.items():
            table = REFERENCE_BY_NAME.get(name)
            if table is None or list(values.get("columns", [])) != list(table.columns):
                raise UserError(
                    f"Paket jawaban memuat data rujukan {name!r} yang tidak dikenal di sini. "
                    "Perbarui aplikasi."
                )
            updates[name] = reference_rows.apply_reference(tx, table, [list(row) for row in values["rows"]])
        return updates
