"""Attendance per session (hadir, absen, izin), a companion for a blind participant, JP against the minimum,
and a batch's figures."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from tangsel_desktop.domain.enums import Disability, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.training.participation import Mark, ParticipantStatus, companion, companion_text
from tangsel_desktop.domain.training.training_rules import attendance_percent, meets_minimum
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_payload import DocumentKind, verify_payload
from tangsel_desktop.services.documents.document_settings import issuer
from tangsel_desktop.services.documents.office_keys import known_keys
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import PDF, check_output_path
from tangsel_desktop.services.published_files import exports, publish_written
from tangsel_desktop.services.tabular_files import temporary_beside
from tangsel_desktop.services.training.training_lookup import (
    batch_view,
    find_batch,
    find_participant,
    participant_view,
)
from tangsel_desktop.services.training.training_views import AttendanceGrid, BatchStatus, GridRow, MarkView
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import register_lookup
from tangsel_desktop.storage.training import (
    attendance_store,
    batch_figures,
    participant_store,
    training_store,
)
from tangsel_desktop.storage.training.participant_store import StoredParticipant
from tangsel_desktop.storage.training.training_store import StoredBatch
from tangsel_desktop.storage.transaction import Transaction

TRAINING_CHANGED = ChangeSummary.TRAINING


class TrainingAttendance:
    """Marks on the grid, one transaction each; the grid and the batch's figures in one read."""

    def __init__(
        self, database: Database, office: OfficeService, today: Callable[[], date] = date.today
    ) -> None:
        self._db = database
        self._office = office
        self._today = today

    def attend(
        self,
        *,
        actor: Actor,
        batch_id: str,
        day: date,
        nik: str = "",
        mark: Mark | str,
        companion_name: str = "",
        companion_relation: str = "",
        card: str = "",
    ) -> tuple[MarkView, ChangeSummary]:
        """Mark one selected participant on one session day (named by NIK, or by their card's QR code
        scanned at the door); a second mark of the same day corrects it."""
        actor.require(Role.OPERATOR, "mencatat kehadiran pelatihan")
        chosen = mark if isinstance(mark, Mark) else Mark.parse(mark)
        who, relation = companion(companion_name, companion_relation)
        with self._db.write(actor) as tx:
            batch = find_batch(tx, batch_id)
            sessions = training_store.sessions(tx, batch.id)
            session = next((s for s in sessions if s.day == day), None)
            if session is None:
                days = ", ".join(f"{s.day:%d-%m-%Y}" for s in sessions)
                raise UserError(
                    f"{day:%d-%m-%Y} bukan hari sesi angkatan '{batch.name}' "
                    f"({batch.starts_on:%d-%m-%Y} s.d. {batch.ends_on:%d-%m-%Y}). Hari sesinya: {days}.",
                    field="date",
                )
            if day > self._today():
                raise UserError(f"Sesi {day:%d-%m-%Y} belum berlangsung; kehadiran dicatat pada harinya.")
            row = _by_card(tx, batch, card) if card.strip() else find_participant(tx, batch, nik)
            if row.status != ParticipantStatus.SELECTED.value:
                raise UserError(
                    f"{row.full_name} bukan peserta terpilih angkatan ini "
                    f"({ParticipantStatus(row.status).label}); kehadirannya tidak dapat dicatat."
                )
            values = {
                "mark": chosen.value,
                "companion_name": who,
                "companion_relation": relation,
                "marked_at": utc_now(),
                "marked_by": actor.user_id,
            }
            earlier = attendance_store.mark_of(tx, session.id, row.id)
            if earlier is None:
                mark_id = new_id()
                attendance_store.insert_mark(
                    tx,
                    {
                        "id": mark_id,
                        "batch_id": batch.id,
                        "session_id": session.id,
                        "participant_id": row.id,
                        **values,
                    },
                )
            else:
                mark_id = earlier.id
                attendance_store.update_mark(tx, earlier.id, values)
            tx.record(
                AuditEvent(
                    "attend",
                    "training_attendance",
                    mark_id,
                    before=None if earlier is None else {"mark": earlier.mark},
                    after={
                        "batch": batch.id,
                        "date": day.isoformat(),
                        "nik": row.nik,
                        "mark": chosen.value,
                        "companion": who,
                        "relation": relation,
                    },
                )
            )
            attended = attendance_store.attended_jp(tx, batch.id).get(row.id, 0)
            total = sum(s.jp for s in sessions)
            training = training_store.training_by_id(tx, batch.training_id)
            assert training is not None
            view = MarkView(
                participant_view(row),
                day,
                chosen,
                who,
                relation,
                attended,
                total,
                meets_minimum(attended, total, training.min_attendance),
            )
        return view, TRAINING_CHANGED

    @exports("Daftar hadir pelatihan")
    def sheet(
        self, *, actor: Actor, batch_id: str, day: date, target: Path, large_print: bool = False
    ) -> tuple[int, ChangeSummary]:
        """The day's attendance sheet to sign (selected participants in name order); returns its pages.
        Large print when asked, or when a participant is blind: they read and sign this very paper."""
        actor.require(Role.OPERATOR, "mencetak daftar hadir pelatihan")
        target = check_output_path(target, PDF, store_file=self._db.file, what="Daftar hadir")
        office = self._office.require()
        with self._db.read() as tx:
            batch = find_batch(tx, batch_id)
            view = batch_view(tx, batch)
            people = participant_store.participants(tx, batch.id, statuses=[ParticipantStatus.SELECTED.value])
            document_issuer = issuer(tx, office)
        position = next((n for n, s in enumerate(view.sessions, start=1) if s.day == day), None)
        if position is None:
            days = ", ".join(f"{s.day:%d-%m-%Y}" for s in view.sessions)
            raise UserError(f"{day:%d-%m-%Y} bukan hari sesi angkatan '{batch.name}'. Hari sesinya: {days}.")
        if not people:
            raise UserError(f"Angkatan '{batch.name}' belum punya peserta terpilih untuk daftar hadir.")
        # Drawing loads ReportLab: only when a sheet is asked for.
        from tangsel_desktop.documents.attendance_sheets import (
            AttendanceSheetData,
            SheetRow,
            render_attendance_sheet,
        )

        rows = tuple(
            SheetRow(p.full_name, p.nik, p.rw, p.disability == Disability.BLIND.value)
            for p in sorted(people, key=lambda p: (p.full_name.lower(), p.id))
        )
        data = AttendanceSheetData(
            training_name=view.training.name,
            batch_name=batch.name,
            day=day,
            session=position,
            sessions=len(view.sessions),
            jp=view.sessions[position - 1].jp,
            place=batch.place,
            officer_name=actor.full_name,
            rows=rows,
            large_print=large_print or any(row.blind for row in rows),
        )
        with temporary_beside(target) as temporary:
            pages = render_attendance_sheet(temporary, data, document_issuer)
            event = AuditEvent(
                "print",
                "training_attendance_sheet",
                batch.id,
                after={"date": day.isoformat(), "rows": len(rows)},
            )
            publish_written(self._db, actor, temporary, target, lambda tx: tx.record(event))
        return pages, ChangeSummary.AUDIT_LOG

    def grid(self, *, actor: Actor, batch_id: str) -> AttendanceGrid:
        """The selected participants by the batch's sessions, each with JP attended against the minimum."""
        actor.require(Role.OPERATOR, "melihat kehadiran pelatihan")
        with self._db.read() as tx:
            batch = find_batch(tx, batch_id)
            view = batch_view(tx, batch)
            people = participant_store.participants(tx, batch.id, statuses=[ParticipantStatus.SELECTED.value])
            marks = attendance_store.marks(tx, batch.id)
        column = {session.id: index for index, session in enumerate(view.sessions)}
        jp = [session.jp for session in view.sessions]
        cells: dict[str, list[Mark | None]] = {p.id: [None] * len(jp) for p in people}
        companions: dict[str, list[str]] = {p.id: [""] * len(jp) for p in people}
        for stored in marks:
            if stored.participant_id in cells:
                cells[stored.participant_id][column[stored.session_id]] = Mark(stored.mark)
                companions[stored.participant_id][column[stored.session_id]] = companion_text(
                    stored.companion_name, stored.companion_relation
                )
        total = view.total_jp
        rows = []
        for person in people:
            line = cells[person.id]
            attended = sum(jp[i] for i, mark in enumerate(line) if mark is Mark.PRESENT)
            rows.append(
                GridRow(
                    participant_view(person),
                    tuple(line),
                    attended,
                    attendance_percent(attended, total),
                    meets_minimum(attended, total, view.training.min_attendance),
                    tuple(companions[person.id]),
                )
            )
        return AttendanceGrid(view, tuple(rows))

    def status(self, *, actor: Actor, batch_id: str) -> BatchStatus:
        """The batch's figures: quota, selected, waiting, who attended enough, certificates, results, kits."""
        actor.require(Role.OPERATOR, "melihat kemajuan pelatihan")
        with self._db.read() as tx:
            batch = find_batch(tx, batch_id)
            figures = batch_figures.figures(tx, batch.id)
            training = training_store.training_by_id(tx, batch.training_id)
            assert training is not None
            total = sum(s.jp for s in training_store.sessions(tx, batch.id))
            selected = {
                p.id
                for p in participant_store.participants(
                    tx, batch.id, statuses=[ParticipantStatus.SELECTED.value]
                )
            }
            attended = attendance_store.attended_jp(tx, batch.id)
        enough = sum(
            1
            for pid, jp in attended.items()
            if pid in selected and meets_minimum(jp, total, training.min_attendance)
        )
        return BatchStatus(
            batch.id,
            batch.quota,
            figures.proposed,
            figures.selected,
            figures.waiting,
            figures.withdrawn,
            enough,
            figures.certified,
            figures.competent,
            figures.kits,
            figures.interns,
        )


def _by_card(tx: Transaction, batch: StoredBatch, payload: str) -> StoredParticipant:
    """The participant whose beneficiary card was scanned; refused when the code is no valid card."""
    result = verify_payload(payload.strip().upper(), known_keys(tx))
    if not result.signature_valid:
        raise UserError(f"Kartu tidak dapat dipakai: {result.reason}", field="card")
    if result.kind is not DocumentKind.CARD or not result.person_id:
        raise UserError("Kode yang dipindai bukan kartu penerima manfaat.", field="card")
    states = {r.status for r in register_lookup.rows_for_number(tx, result.number)}
    if states and states <= {register_lookup.VOID}:
        raise UserError(f"Kartu nomor {result.number} sudah DIBATALKAN di register kantor ini.", field="card")
    found = participant_store.participant_of(tx, batch.id, result.person_id)
    if found is None:
        raise UserError(
            f"Pemegang kartu {result.number} bukan peserta angkatan '{batch.name}'.", field="card"
        )
    return found
