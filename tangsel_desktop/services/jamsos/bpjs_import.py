"""BPJS's answer imported: submitted members it accepted become active; every mismatch goes to a report."""

import logging
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import (
    MemberStatus,
    check_first_covered_month,
    check_transition,
    kpj_problem,
)
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.bpjs_columns import (
    BAD_MONTH,
    BAD_NIK,
    AnswerRow,
    is_active,
    map_answer_columns,
    normal_name,
    read_answer_row,
)
from tangsel_desktop.services.jamsos.bpjs_findings import (
    ACTIVATED,
    ALREADY_ACTIVE,
    BAD_KPJ,
    DUPLICATE,
    KPJ_DIFFERS,
    KPJ_TAKEN,
    MISMATCH_KINDS,
    MISSING,
    NAME_DIFFERS,
    NOT_ACTIVE,
    NOT_MEMBER,
    NOT_SUBMITTED,
    UNKNOWN_NIK,
    BpjsImportResult,
    Finding,
    write_report,
)
from tangsel_desktop.services.jamsos.corrections import Cover, guard_signed_months, last_signed
from tangsel_desktop.services.jamsos.program_settings import kpj_length
from tangsel_desktop.services.output_paths import XLSX, check_output_path
from tangsel_desktop.services.tabular_files import read_table
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.jamsos import bpjs_store as jamsos_bpjs_store
from tangsel_desktop.storage.jamsos import membership_store as jamsos_store
from tangsel_desktop.storage.jamsos.bpjs_store import NikMembership
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


class BpjsImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Impor jawaban BPJS dibatalkan. Tidak ada data yang diubah.")


def _read_rows(source: Path, progress: Progress, cancelled: Cancelled) -> list[AnswerRow]:
    table = read_table(source)
    columns = map_answer_columns(table.header)
    rows = []
    for number, cells in table.rows:
        rows.append(read_answer_row(number, cells, columns))
        if len(rows) % 500 == 0:
            if progress is not None:
                progress(number - table.header_row, table.row_count)
            if cancelled is not None and cancelled():
                raise BpjsImportCancelled
    if not rows:
        raise UserError(
            f"Berkas {source.name!r} tidak berisi baris data di bawah judul kolom. "
            "Pilih berkas jawaban BPJS yang berisi daftar peserta."
        )
    return rows


class _Reconciliation:
    """Compares the rows with the store and decides, row by row, what happens."""

    def __init__(
        self,
        rows: list[AnswerRow],
        known: dict[str, NikMembership],
        kpj_owners: dict[str, str],
        first_rate: YearMonth | None,
        kpj_digits: int,
    ) -> None:
        self.rows = rows
        self.kpj_digits = kpj_digits  # the office's KPJ length (Pengaturan program)
        self.first_rate = first_rate  # the program's first rate: no cover starts before it
        self.known = known
        self.kpj_owners = kpj_owners  # KPJ -> the NIK it is stored on
        # KPJ -> the NIKs whose rows give it: one card number for two people is a mistake somewhere.
        self.kpj_in_file: dict[str, set[str]] = {}
        for row in rows:
            if row.kpj and is_active(row.status):
                self.kpj_in_file.setdefault(row.kpj, set()).add(row.nik)
        self.findings: list[Finding] = []
        self.activations: list[tuple[AnswerRow, NikMembership]] = []
        counts = Counter(row.nik for row in rows if not any(kind == BAD_NIK for kind, _ in row.problems))
        self.duplicated = {nik for nik, count in counts.items() if count > 1}

    def _add(self, kind: str, row: AnswerRow, found: NikMembership | None, detail: str = "") -> None:
        self.findings.append(
            Finding(
                kind=kind,
                row=row.number,
                nik=row.nik,
                name_in_file=row.name,
                name_in_registry="" if found is None else found.full_name,
                kpj=row.kpj,
                status=row.status,
                start="" if row.start is None else str(row.start),
                detail=detail,
            )
        )

    def run(self, submitted: list[tuple[str, str, str]]) -> None:
        for row in self.rows:
            self._check(row)
        in_file = {row.nik for row in self.rows}
        for _member_id, nik, name in submitted:
            if nik not in in_file:
                self.findings.append(Finding(MISSING, None, nik, "", name))

    def _check(self, row: AnswerRow) -> None:
        found = self.known.get(row.nik)
        bad_nik = [detail for kind, detail in row.problems if kind == BAD_NIK]
        if bad_nik:
            self._add(BAD_NIK, row, None, bad_nik[0])
            return
        if row.nik in self.duplicated:
            self._add(DUPLICATE, row, found, "NIK yang sama ada di baris lain berkas ini.")
            return
        if found is None:
            self._add(UNKNOWN_NIK, row, None)
            return
        if found.member_id is None:
            self._add(NOT_MEMBER, row, found)
            return
        if not is_active(row.status):
            self._add(NOT_ACTIVE, row, found, f"Status dari BPJS: {row.status or '(kosong)'}.")
            return
        for kind, detail in row.problems:
            self._add(kind, row, found, detail)
        if row.problems:
            return
        if row.name and normal_name(row.name) != normal_name(found.full_name):
            self._add(
                NAME_DIFFERS, row, found, "Nama di berkas BPJS tidak sama dengan nama di data penduduk."
            )
            return
        kpj_problem_text = kpj_problem(row.kpj, self.kpj_digits)
        if kpj_problem_text is not None:
            # The window and the command line refuse such a number: BPJS's file is no way around it.
            self._add(BAD_KPJ, row, found, kpj_problem_text)
            return
        if found.kpj_number and found.kpj_number != row.kpj:
            self._add(KPJ_DIFFERS, row, found, f"KPJ tersimpan: {found.kpj_number}.")
            return
        owner = self.kpj_owners.get(row.kpj)
        if owner is not None and owner != row.nik:
            self._add(KPJ_TAKEN, row, found, f"Nomor KPJ ini tersimpan untuk NIK {owner}.")
            return
        others = sorted(self.kpj_in_file.get(row.kpj, set()) - {row.nik})
        if others:
            self._add(
                KPJ_TAKEN, row, found, f"Nomor KPJ yang sama diberikan juga untuk NIK {', '.join(others)}."
            )
            return
        status = MemberStatus(found.status or MemberStatus.PROPOSED)
        if status is MemberStatus.ACTIVE:
            self._add(ALREADY_ACTIVE, row, found, f"Aktif sejak {found.first_month}.")
            return
        if status is not MemberStatus.SUBMITTED:
            self._add(NOT_SUBMITTED, row, found, f"Status di data kantor: {status.label}.")
            return
        assert row.start is not None  # an active row without a start month has a problem above
        try:
            check_first_covered_month(row.start, self.first_rate)
        except UserError as error:
            self._add(BAD_MONTH, row, found, error.message)
            return
        check_transition(status, MemberStatus.ACTIVE)
        self.activations.append((row, found))
        self._add(ACTIVATED, row, found)

    def counts(self) -> Counter[str]:
        return Counter(finding.kind for finding in self.findings)


def import_bpjs_answer(
    database: Database,
    *,
    actor: Actor,
    source: Path,
    report: Path,
    dry_run: bool = False,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> tuple[BpjsImportResult, ChangeSummary]:
    """One write transaction: activations, their events and the audit; a dry run changes nothing.

    The report is written before the commit: an import that cannot leave its report is not kept.
    """
    actor.require(Role.SUPERVISOR, "mengimpor jawaban BPJS Ketenagakerjaan")
    source, report = Path(source), Path(report)
    report = check_output_path(report, XLSX, store_file=database.file, what="Laporan rekonsiliasi")
    started = datetime.now().astimezone()
    rows = _read_rows(source, progress, cancelled)
    opened = database.read() if dry_run else database.write(actor)
    with opened as tx:
        rates = [YearMonth.parse(rate.effective_from) for rate in jamsos_store.rates(tx)]
        check = _Reconciliation(
            rows,
            jamsos_bpjs_store.memberships_by_nik(tx, {r.nik for r in rows}),
            jamsos_bpjs_store.niks_by_kpj(tx, {r.kpj for r in rows if r.kpj}),
            min(rates) if rates else None,
            kpj_length(tx),
        )
        check.run(jamsos_bpjs_store.submitted_members(tx))
        if cancelled is not None and cancelled():
            raise BpjsImportCancelled
        counts = check.counts()
        result = BpjsImportResult(
            rows=len(rows),
            activated=counts[ACTIVATED],
            already_active=counts[ALREADY_ACTIVE],
            mismatches={kind: counts[kind] for kind in MISMATCH_KINDS if counts[kind]},
            report_path=report,
            dry_run=dry_run,
        )
        if not dry_run:
            _activate(tx, actor, check.activations, source.name)
            summary = {**result.as_json(), "file": source.name, "report": report.name}
            tx.record(AuditEvent("bpjs_import", "jamsos_member", after=summary))
        write_report(report, check.findings, result, source, actor, started)
    if progress is not None:
        progress(len(rows), len(rows))
    log.info("BPJS answer %s: %s", source.name, result.as_json())
    changed = ChangeSummary.JAMSOS | ChangeSummary.AUDIT_LOG if result.activated else ChangeSummary.AUDIT_LOG
    return result, ChangeSummary.NOTHING if dry_run else changed


def _activate(
    tx: Transaction, actor: Actor, activations: list[tuple[AnswerRow, NikMembership]], file_name: str
) -> None:
    now = utc_now()
    reason = f"Diaktifkan dari jawaban BPJS Ketenagakerjaan (berkas {file_name})."
    signed = last_signed(tx)
    changes, events, entries = [], [], []
    for row, found in activations:
        assert found.member_id is not None
        assert row.start is not None
        if signed is not None and row.start <= signed:
            # BPJS started the cover in a month already signed: the signed recap stays, and the
            # months it lacks are billed on the next one as "Koreksi bulan lalu" (a supervisor imports).
            guard_signed_months(
                tx,
                actor=actor,
                member_id=found.member_id,
                before=Cover(found.status or "", found.first_month, None),
                after=Cover(MemberStatus.ACTIVE.value, str(row.start), None),
                reason=reason,
            )
        after = {
            "status": MemberStatus.ACTIVE.value,
            "kpj_number": row.kpj,
            "first_month": str(row.start),
            "last_month": None,
            "end_reason": None,
        }
        changes.append(
            {"member_id": found.member_id, **after, "updated_at": now, "updated_by": actor.user_id}
        )
        events.append(
            {
                "member_id": found.member_id,
                "from_status": MemberStatus.SUBMITTED.value,
                "to_status": MemberStatus.ACTIVE.value,
                "month": str(row.start),
                "kpj_number": row.kpj,
                "reason": reason,
                "override": False,
                "by_user": actor.user_id,
                "at": now,
            }
        )
        before = {"status": found.status, "kpj_number": found.kpj_number, "first_month": found.first_month}
        entries.append(
            AuditEvent(
                "status", "jamsos_member", found.member_id, before=before, after={**after, "reason": reason}
            )
        )
    jamsos_bpjs_store.update_members(tx, changes)
    jamsos_bpjs_store.add_events(tx, events)
    tx.record(*entries)
