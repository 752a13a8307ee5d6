"""The centre's findings: computed after every office's package (and on demand), reviewed and decided.

Four kinds, each something no single office can see: the same NIK live in two offices (a supervisor
decides which office holds the person, never the application), a Jamsosnaker member running in two
offices (billed twice), a family (KK) handed sembako twice in one round, and people whose data differ
between offices. A decision sticks across re-imports while the same offices are involved; every decision
is audited. The findings that concern an office travel to it in the centre's answer.
"""

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.wilayah import DINSOS_CODE, kelurahan_name
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.office_service import require_office_in
from tangsel_desktop.services.sync import findings_hook
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sync import finding_queries, finding_store
from tangsel_desktop.storage.sync.finding_queries import (
    DATA_DIFFERS,
    KINDS,
    MEMBER_TWO_OFFICES,
    NIK_TWO_OFFICES,
    PERSON_KINDS,
    SEMBAKO_TWICE,
    Found,
)
from tangsel_desktop.storage.sync.finding_store import DECIDED, OPEN, StoredFinding
from tangsel_desktop.storage.transaction import Transaction

if TYPE_CHECKING:
    from tangsel_desktop.services.sync.findings_export import FindingsSaved

log = logging.getLogger(__name__)

KIND_LABELS = {
    NIK_TWO_OFFICES: "NIK yang sama aktif di dua kantor",
    MEMBER_TWO_OFFICES: "Peserta Jamsosnaker aktif di dua kantor (ditagih dua kali)",
    SEMBAKO_TWICE: "Keluarga (KK) menerima sembako dua kali dalam satu putaran",
    DATA_DIFFERS: "Data penduduk berbeda antar kantor",
}
STATUS_LABELS = {OPEN: "terbuka", DECIDED: "diputuskan"}
# What a supervisor may decide per kind. "keep" kinds name the office that holds the person, the
# membership or the right data; a sembako finding is either both handovers allowed, or one taken back.
KEEP_KINDS = frozenset({NIK_TWO_OFFICES, MEMBER_TWO_OFFICES, DATA_DIFFERS})
SEMBAKO_DECISIONS = {"sah": "kedua penyerahan sah", "tarik": "satu paket harus ditarik kembali"}
KEEP = "keep:"


@dataclass(frozen=True)
class FindingRow:
    """One row a finding names: the office that holds it, its table and id, and what a reviewer reads."""

    office: str
    table: str
    row_id: str
    values: dict[str, Any]


@dataclass(frozen=True)
class FindingView:
    id: int
    kind: str
    kind_label: str
    subject: str
    offices: tuple[str, ...]
    rows: tuple[FindingRow, ...]
    detail: str
    first_seen: datetime
    last_seen: datetime
    cleared_at: datetime | None
    status: str
    decision: str
    decided_by_name: str
    decided_at: datetime | None
    note: str

    @property
    def status_label(self) -> str:
        return (
            "selesai (data sudah cocok)" if self.cleared_at else STATUS_LABELS.get(self.status, self.status)
        )

    @property
    def decision_label(self) -> str:
        return decision_label(self.decision)

    def as_json(self, *, rows: bool = True) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "kind_label": self.kind_label,
            "subject": self.subject,
            "offices": list(self.offices),
            "detail": self.detail,
            "first_seen": self.first_seen.isoformat(),
            "last_seen": self.last_seen.isoformat(),
            "cleared_at": None if self.cleared_at is None else self.cleared_at.isoformat(),
            "status": self.status,
            "decision": self.decision,
            "decision_label": self.decision_label,
            "decided_by": self.decided_by_name or None,
            "decided_at": None if self.decided_at is None else self.decided_at.isoformat(),
            "note": self.note,
        }
        if rows:
            payload["rows"] = [
                {"office": row.office, "table": row.table, "id": row.row_id, **row.values}
                for row in self.rows
            ]
        return payload


@dataclass(frozen=True)
class RefreshResult:
    added: int
    kept: int
    reopened: int
    cleared: int
    open: int
    decided: int

    def as_json(self) -> dict[str, int]:
        return dict(self.__dict__)


def decision_label(decision: str) -> str:
    if decision.startswith(KEEP):
        code = decision.removeprefix(KEEP)
        return f"dipegang {_office_label(code)}"
    return SEMBAKO_DECISIONS.get(decision, decision)


def _office_label(code: str) -> str:
    if code == DINSOS_CODE:
        return "Dinas Sosial"
    name = kelurahan_name(code)
    return code if name == code else f"Kelurahan {name} ({code})"


def _view(stored: StoredFinding) -> FindingView:
    rows = tuple(
        FindingRow(
            str(row["office"]),
            str(row["table"]),
            str(row["id"]),
            {k: v for k, v in row.items() if k not in ("office", "table", "id")},
        )
        for row in stored.rows
    )
    return FindingView(
        stored.id,
        stored.kind,
        KIND_LABELS.get(stored.kind, stored.kind),
        stored.subject,
        stored.offices,
        rows,
        stored.detail,
        stored.first_seen,
        stored.last_seen,
        stored.cleared_at,
        stored.status,
        stored.decision,
        stored.decided_by_name,
        stored.decided_at,
        stored.note,
    )


def _own_code(found: list[Found], centre: str) -> list[Found]:
    """The centre's own rows (origin '') named by the centre's code, like every other office's."""
    if not any("" in item.offices for item in found):
        return found
    named = []
    for item in found:
        rows = tuple({**row, "office": row["office"] or centre} for row in item.rows)
        offices = tuple(sorted({office or centre for office in item.offices}))
        named.append(Found(item.kind, item.subject, offices, rows, item.detail))
    return named


class DecidedFirst(UserError):
    """Another supervisor's decision reached the finding first; this one was not saved (the list is stale)."""


def _decided_first(current: StoredFinding) -> DecidedFirst:
    """Someone else's decision reached the finding first: say whose, and that ours was not saved."""
    when = current.decided_at.strftime("%d-%m-%Y %H:%M UTC") if current.decided_at else "baru saja"
    who = current.decided_by_name or "pengguna lain"
    return DecidedFirst(
        f"Temuan nomor {current.id} sudah diputuskan lebih dulu oleh {who}"
        f" ({when}): {decision_label(current.decision)}. Keputusan Anda tidak disimpan; muat ulang daftar "
        "temuan, baca keputusan itu, lalu putuskan lagi bila perlu."
    )


def _refresh(tx: Transaction, office: str | None) -> finding_store.Reconciled:
    """Look again (at everything, or at what one office's package can have changed) and store the result."""
    # One refresh at a time on a server: two offices' imports may find, and reconcile, the same finding.
    finding_store.lock_refresh(tx)
    centre = require_office_in(tx).code
    people = _own_code(finding_queries.people_findings(tx, office), centre)
    scoped = finding_store.reconcile(tx, people, kinds=PERSON_KINDS, office=office)
    families = _own_code(finding_queries.sembako_findings(tx, office), centre)
    served = finding_store.reconcile(tx, families, kinds=(SEMBAKO_TWICE,), office=office)
    members = _own_code(finding_queries.member_findings(tx, office), centre)
    billed = finding_store.reconcile(tx, members, kinds=(MEMBER_TWO_OFFICES,), office=office)
    parts = (scoped, served, billed)
    reopened = [item for part in parts for item in part.reopened]
    for before in reopened:
        tx.record(
            AuditEvent(
                "sync_finding_reopen",
                "sync_finding",
                str(before.id),
                before={"offices": list(before.offices), "decision": before.decision, "note": before.note},
            )
        )
    return finding_store.Reconciled(
        sum(part.added for part in parts),
        sum(part.kept for part in parts),
        reopened,
        sum(p.cleared for p in parts),
    )


def refresh_after_import(tx: Transaction, office_code: str) -> None:
    """The hook run in the import's transaction: what this office's package may have changed."""
    result = _refresh(tx, office_code)
    log.info(
        "sync findings after %s: %s new, %s reopened, %s cleared",
        office_code,
        result.added,
        len(result.reopened),
        result.cleared,
    )


def findings_concerning(tx: Transaction, office_code: str) -> list[dict[str, Any]]:
    """The findings an office is told of in the centre's answer (and in the import's JSON).

    Only the office's own rows travel with them; of the other offices, their codes alone: an office learns
    that someone else holds the same NIK, not what that office keeps about the person.
    """
    told = []
    for stored in finding_store.findings(tx, office=office_code):
        view = _view(stored)
        payload = view.as_json(rows=False)
        payload["rows"] = [
            {"table": row.table, "id": row.row_id, "nik": row.values.get("nik", "")}
            for row in view.rows
            if row.office == office_code
        ]
        told.append(payload)
    return told


if refresh_after_import not in findings_hook.REFRESHERS:
    findings_hook.REFRESHERS.append(refresh_after_import)
if findings_concerning not in findings_hook.FINDERS:
    findings_hook.FINDERS.append(findings_concerning)


def _require_centre(tx: Transaction) -> None:
    if require_office_in(tx).kind is not OfficeKind.DINSOS:
        raise UserError(
            "Temuan sinkronisasi hanya ada di Dinas Sosial (kantor pusat). Di kantor kelurahan, temuan "
            "yang dikirim Dinas Sosial terlihat di sync status setelah jawabannya dibaca."
        )


class SyncFindings:
    """Reviewing the centre's findings: list, look again, decide, save to Excel."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def export_xlsx(  # the stamp is set by FindingsExport.export_xlsx, which this hands the call to
        self, *, actor: Actor, target: Path, status: str | None = None, include_cleared: bool = False
    ) -> "FindingsSaved":
        from tangsel_desktop.services.sync.findings_export import FindingsExport

        return FindingsExport(self._db, self).export_xlsx(
            actor=actor, target=target, status=status, include_cleared=include_cleared
        )

    def findings(
        self,
        *,
        actor: Actor,
        status: str | None = None,
        kind: str | None = None,
        office: str | None = None,
        include_cleared: bool = False,
    ) -> list[FindingView]:
        actor.require(Role.OPERATOR, "melihat temuan sinkronisasi")
        if status is not None and status not in STATUS_LABELS:
            raise UserError(f"Status temuan {status!r} tidak dikenal: pilih open atau decided.")
        if kind is not None and kind not in KINDS:
            raise UserError(f"Jenis temuan {kind!r} tidak dikenal: pilih salah satu dari {', '.join(KINDS)}.")
        with self._db.read() as tx:
            _require_centre(tx)
            stored = finding_store.findings(
                tx, status=status, kind=kind, office=office, include_cleared=include_cleared
            )
        return [_view(item) for item in stored]

    def finding(self, *, actor: Actor, finding_id: int) -> FindingView:
        actor.require(Role.OPERATOR, "melihat temuan sinkronisasi")
        with self._db.read() as tx:
            _require_centre(tx)
            stored = finding_store.finding(tx, finding_id)
        if stored is None:
            raise UserError(f"Temuan nomor {finding_id} tidak ada. Lihat daftarnya dengan sync findings.")
        return _view(stored)

    def refresh(self, *, actor: Actor) -> tuple[RefreshResult, ChangeSummary]:
        """Look again at every office's rows (after a merge by hand, or to be sure)."""
        actor.require(Role.SUPERVISOR, "memeriksa ulang temuan sinkronisasi")
        with self._db.write(actor) as tx:
            _require_centre(tx)
            result = _refresh(tx, None)
            counts = finding_store.counts(tx)
            tx.record(
                AuditEvent(
                    "sync_findings_refresh",
                    "sync_finding",
                    "",
                    after={
                        "added": result.added,
                        "reopened": len(result.reopened),
                        "cleared": result.cleared,
                    },
                )
            )
        total = {OPEN: 0, DECIDED: 0}
        for by_status in counts.values():
            for status, number in by_status.items():
                total[status] = total.get(status, 0) + number
        refreshed = RefreshResult(
            result.added, result.kept, len(result.reopened), result.cleared, total[OPEN], total[DECIDED]
        )
        return refreshed, ChangeSummary.SYNC

    def decide(
        self,
        *,
        actor: Actor,
        finding_id: int,
        note: str,
        keep: str | None = None,
        decision: str | None = None,
        seen_decision: str | None = None,
    ) -> tuple[FindingView, ChangeSummary]:
        """A supervisor's decision on one finding: the office that keeps it, or (sembako) sah / tarik.
        `seen_decision` is the decision the supervisor saw ('' for an open finding): when another supervisor
        has decided since, nothing is written and the UserError names who decided what."""
        actor.require(Role.SUPERVISOR, "memutuskan temuan sinkronisasi")
        note = " ".join(note.split())
        if not note:
            raise UserError("Tulis catatan keputusan (--note), misalnya dasar keputusan atau surat rujukan.")
        if len(note) > 1000:
            raise UserError("Catatan keputusan terlalu panjang: paling banyak 1.000 huruf.")
        with self._db.write(actor) as tx:
            _require_centre(tx)
            # An import's refresh beside this (on a server) rewrites findings it read: one at a time.
            finding_store.lock_refresh(tx)
            stored = finding_store.finding(tx, finding_id)
            if stored is None:
                raise UserError(f"Temuan nomor {finding_id} tidak ada. Lihat daftarnya dengan sync findings.")
            if stored.cleared_at is not None:
                raise UserError(
                    f"Temuan nomor {finding_id} sudah selesai: data kantor-kantornya kini cocok. "
                    "Tidak ada yang perlu diputuskan."
                )
            chosen = _decision(stored, keep=keep, decision=decision)
            if seen_decision is not None and stored.decision != seen_decision:
                raise _decided_first(stored)
            if not finding_store.decide(
                tx,
                finding_id,
                decision=chosen,
                by=actor.user_id,
                by_name=actor.full_name,
                note=note,
                seen=(stored.status, stored.decision),
            ):
                # Another supervisor committed a decision between our read and our write.
                raise _decided_first(finding_store.finding(tx, finding_id) or stored)
            tx.record(
                AuditEvent(
                    "sync_finding_decide",
                    "sync_finding",
                    str(finding_id),
                    before={"status": stored.status, "decision": stored.decision, "note": stored.note},
                    after={
                        "kind": stored.kind,
                        "subject": stored.subject,
                        "offices": list(stored.offices),
                        "decision": chosen,
                        "note": note,
                    },
                )
            )
            decided = finding_store.finding(tx, finding_id)
        assert decided is not None
        log.info("sync finding %s decided: %s", finding_id, chosen)
        return _view(decided), ChangeSummary.SYNC


def _decision(stored: StoredFinding, *, keep: str | None, decision: str | None) -> str:
    if stored.kind in KEEP_KINDS:
        if decision is not None or not keep:
            raise UserError(
                f"Temuan ini ({KIND_LABELS[stored.kind].lower()}) diputuskan dengan --keep KANTOR: kantor "
                f"yang memegangnya, salah satu dari {', '.join(stored.offices)}."
            )
        code = keep.strip()
        if code not in stored.offices:
            raise UserError(
                f"Kantor {code!r} tidak terlibat dalam temuan ini. Pilih salah satu dari "
                f"{', '.join(stored.offices)}."
            )
        return KEEP + code
    word = (decision or "").strip().lower()
    if keep is not None or word not in SEMBAKO_DECISIONS:
        raise UserError(
            "Temuan sembako diputuskan dengan --decision sah (kedua penyerahan sah) atau "
            "--decision tarik (satu paket harus ditarik kembali)."
        )
    return word
