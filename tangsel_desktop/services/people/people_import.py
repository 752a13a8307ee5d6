"""Importing people from .xlsx or .csv: every row checked, good rows stored in one go, bad rows reported."""

import itertools
import logging
import operator
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tangsel_desktop.domain import household_rules
from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.family_relation import FamilyRelation, second_head_message
from tangsel_desktop.domain.identity_numbers import clean_digits
from tangsel_desktop.domain.person_rules import ValidPerson, check_person
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.people.import_columns import (
    ColumnMap,
    RowValues,
    map_columns,
    merged_draft,
    read_row,
    stored_values,
)
from tangsel_desktop.services.people.import_report import write_import_report
from tangsel_desktop.services.published_files import exports
from tangsel_desktop.services.tabular_files import Row, read_table
from tangsel_desktop.storage import audit, office_store
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, timestamp_text, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.people import people_bulk
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

CHUNK_ROWS = 500
PEOPLE_CHANGED = ChangeSummary.PERSON | ChangeSummary.HOUSEHOLD
NEW, UPDATED, UNCHANGED, REJECTED = "baru", "diperbarui", "tidak berubah", "ditolak"
# The refused rows an ImportResult carries for the window; the report lists every one.
REJECTED_SHOWN = 500
# What an import writes in bulk: the server's statistics of them are taken anew after a large one.
LOADED_TABLES = ("household", "household_kk_history", "person")
# A person's values in the column order of people_bulk.insert_families.
BULK_PERSON_ROW = operator.itemgetter(*people_bulk.PERSON_COLUMN_NAMES)


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, for a dry run, would do), and where its report is."""

    total_rows: int
    imported: int
    updated: int
    unchanged: int
    rejected: int
    warnings: int
    report_path: Path
    dry_run: bool
    cancelled: bool
    # Rows of residents of another kelurahan than the office's own (each one also a warning).
    other_kelurahan: int = 0
    # The refused rows with their reasons, as the report lists them (for the dialog to show).
    rejected_lines: tuple["ReportLine", ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "total_rows": self.total_rows,
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "warnings": self.warnings,
            "other_kelurahan": self.other_kelurahan,
            "report": str(self.report_path),
            "dry_run": self.dry_run,
            "cancelled": self.cancelled,
        }


@dataclass(frozen=True)
class ReportLine:
    row: int
    nik: str
    name: str
    outcome: str
    warnings: str = ""
    reasons: str = ""


@dataclass
class _Household:
    id: str
    head: str | None
    kk_number: str = ""
    # The member the KK names Kepala Keluarga (id, name): one per family, a second row is refused.
    named: tuple[str, str] | None = None


@dataclass
class _Batch:
    """One chunk's writes, sent to the database together."""

    new_households: dict[str, tuple[str, _Household]] = field(default_factory=dict)  # id -> (KK, state)
    people: list[tuple[Any, ...]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    head_changes: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # id -> (before, after)
    events: list[AuditEvent] = field(default_factory=list)


class _Stop(Exception):
    """Raised inside the transaction so that it rolls back whole: a dry run's end, or a cancel."""


class _ImportJob:
    """One import's work inside its transaction: checks rows a chunk at a time and writes them in bulk."""

    def __init__(self, tx: Transaction, actor: Actor, columns: ColumnMap) -> None:
        self.tx = tx
        self.actor = actor
        self.columns = columns
        self.today = date.today()
        # One timestamp for the whole import: it is one action.
        self.now = timestamp_text(utc_now())
        self.first_row_of: dict[str, int] = {}
        self.households: dict[str, _Household] = {}  # by KK: those this import touched or created
        self.heads_left: dict[str, str] = {}  # household id -> its head, who moved to another family
        self.lines: list[ReportLine] = []
        self.counts: Counter[str] = Counter()
        self.previous_hash = people_bulk.last_audit_hash(tx)
        office = office_store.office(tx)
        # A kelurahan office serves its own residents: a row from elsewhere is stored, with a warning.
        self.home = office.code if office is not None and office.kind == OfficeKind.KELURAHAN.value else None

    def run_chunk(self, chunk: list[Row]) -> None:
        rows = [(number, read_row(cells, self.columns)) for number, cells in chunk]
        niks = [clean_digits(row.nik) for _, row in rows]
        first_line = len(self.lines)
        stored = people_bulk.stored_people_by_nik(self.tx, niks)
        accepted: list[tuple[int, RowValues, ValidPerson, list[str], dict[str, Any] | None]] = []
        for (number, row), nik in zip(rows, niks, strict=True):
            existing = stored.get(nik)
            check = check_person(merged_draft(row, existing), today=self.today)
            errors = [*row.errors, *check.errors]
            if check.person is not None and self.home and check.person.kelurahan_code != self.home:
                check.warnings.append(_elsewhere_warning(check.person.kelurahan_code, self.home))
            if len(nik) == 16:
                first = self.first_row_of.setdefault(nik, number)
                if first != number:
                    errors.append(f"NIK sama dengan baris {first}. Hapus atau perbaiki salah satunya.")
            if check.warnings:
                self.counts["warnings"] += 1
            if errors or check.person is None:
                self._line(number, row, REJECTED, check.warnings, errors)
            else:
                accepted.append((number, row, check.person, check.warnings, existing))
        wanted = {
            p.kk_number for _, _, p, _, _ in accepted if p.kk_number and p.kk_number not in self.households
        }
        found = people_bulk.stored_households_by_kk(self.tx, wanted)
        named = people_bulk.stored_named_heads(self.tx, [household_id for household_id, _ in found.values()])
        for kk, (household_id, head) in found.items():
            self.households[kk] = _Household(household_id, head, kk, named.get(household_id))
        batch = _Batch()
        for number, row, person, warnings, existing in accepted:
            conflict = self._second_head(person, existing)
            if conflict:
                self._line(number, row, REJECTED, warnings, [conflict])
                continue
            if self.home and person.kelurahan_code != self.home:
                self.counts["other_kelurahan"] += 1  # stored, with its warning in the report
            if existing is None:
                outcome = self._create(batch, row, person)
            else:
                outcome = self._update(batch, row, person, existing)
            self._line(number, row, outcome, warnings, [], nik=person.nik, name=person.full_name)
        # Rejected rows were listed first; the report reads top to bottom like the file.
        self.lines[first_line:] = sorted(self.lines[first_line:], key=lambda line: line.row)
        self._write(batch)

    def _line(
        self,
        number: int,
        row: RowValues,
        outcome: str,
        warnings: list[str],
        errors: list[str],
        *,
        nik: str | None = None,
        name: str | None = None,
    ) -> None:
        self.counts[outcome] += 1
        if outcome == UNCHANGED and not warnings:
            return  # counted in the summary only
        self.lines.append(
            ReportLine(
                row=number,
                nik=row.nik if nik is None else nik,
                name=str(row.values.get("full_name", "")) if name is None else name,
                outcome=outcome,
                warnings=" ".join(warnings),
                reasons=" ".join(errors),
            )
        )

    def _second_head(self, person: ValidPerson, existing: dict[str, Any] | None) -> str | None:
        """Why this row may not be the Kepala Keluarga of its KK (another member is), else None.

        Otherwise note who the KK's Kepala Keluarga is now, for the rows that follow.
        """
        person_id = existing["id"] if existing else None
        was_named = existing is not None and existing["family_relation"] == FamilyRelation.HEAD.value
        if was_named and existing is not None:
            left = self.households.get(existing["kk_number"] or "")
            moved = person.kk_number != existing["kk_number"]
            stays = not moved and person.family_relation is FamilyRelation.HEAD
            if left is not None and left.named and left.named[0] == person_id and not stays:
                left.named = None
        if person.family_relation is not FamilyRelation.HEAD or not person.kk_number:
            return None
        household = self.households.get(person.kk_number)
        if household is None:
            return None  # a family new to the office: _create makes the household and notes the head
        if household.named is not None and household.named[0] != person_id:
            return second_head_message(person.kk_number, household.named[1])
        if person_id is not None:
            household.named = (person_id, person.full_name)
        return None

    def _household_for(self, batch: _Batch, kk_number: str, person_id: str) -> _Household:
        household = self.households.get(kk_number)
        if household is None:
            # A family new to the office: its first member heads it unless a row names the head.
            head = household_rules.head_of_new_household(person_id)
            household = self.households[kk_number] = _Household(new_id(), head, kk_number)
            batch.new_households[household.id] = (kk_number, household)
        return household

    def _join(self, batch: _Batch, household: _Household, person_id: str, *, named_head: bool) -> bool:
        """The person enters (or is named head of) the household; True when its head changed."""
        head = household_rules.head_after_joining(household.head, person_id, named_head=named_head)
        if head is None or head == household.head:
            return False
        return self._make_head(batch, household, head)

    def _make_head(self, batch: _Batch, household: _Household, person_id: str) -> bool:
        if household.head == person_id:
            return False
        if household.id not in batch.new_households:
            before = batch.head_changes.get(household.id, (household.head, person_id))[0]
            batch.head_changes[household.id] = (before, person_id)
        household.head = person_id
        return True

    def _create(self, batch: _Batch, row: RowValues, person: ValidPerson) -> str:
        person_id = new_id()
        household_id = None
        if person.kk_number:
            household = self._household_for(batch, person.kk_number, person_id)
            household_id = household.id
            named = person.family_relation is FamilyRelation.HEAD
            if named:
                household.named = (person_id, person.full_name)
            self._join(batch, household, person_id, named_head=row.head or named)
        values = stored_values(person)
        stored = {
            **values,
            "id": person_id,
            "household_id": household_id,
            "created_at": self.now,
            "updated_at": self.now,
            "updated_by": self.actor.user_id,
        }
        batch.people.append(BULK_PERSON_ROW(stored))
        batch.events.append(
            AuditEvent("create", "person", person_id, after={**values, "household_id": household_id})
        )
        return NEW

    def _update(self, batch: _Batch, row: RowValues, person: ValidPerson, existing: dict[str, Any]) -> str:
        person_id = existing["id"]
        changes = {key: value for key, value in stored_values(person).items() if value != existing[key]}
        household = self.households.get(person.kk_number) if person.kk_number else None
        if person.kk_number and person.kk_number != existing["kk_number"]:
            # A new No. KK moves the person into that family (domain/household_rules.py).
            household = self._household_for(batch, person.kk_number, person_id)
            changes["household_id"] = household.id
            if existing["household_id"]:
                self.heads_left.setdefault(existing["household_id"], person_id)
            self._join(batch, household, person_id, named_head=False)
        named = row.head or person.family_relation is FamilyRelation.HEAD
        if household is not None and person.family_relation is FamilyRelation.HEAD:
            household.named = (person_id, person.full_name)  # a family new to the office, too
        head_changed = bool(
            named and household is not None and self._join(batch, household, person_id, named_head=True)
        )
        if not changes:
            return UPDATED if head_changed else UNCHANGED
        batch.updates.append(
            {"id": person_id, **changes, "updated_at": self.now, "updated_by": self.actor.user_id}
        )
        before = {key: existing[key] for key in changes}
        batch.events.append(AuditEvent("update", "person", person_id, before=before, after=changes))
        return UPDATED

    def _write(self, batch: _Batch) -> None:
        user = self.actor.user_id
        households = [(h.id, kk, h.head, self.now, self.now, user) for kk, h in batch.new_households.values()]
        history = [(h.id, kk, self.now, user) for kk, h in batch.new_households.values()]
        people_bulk.insert_families(self.tx, households, history, batch.people)
        people_bulk.update_people_stored(self.tx, batch.updates)
        events = [
            AuditEvent("create", "household", h.id, after={"kk_number": kk, "head_person_id": h.head})
            for kk, h in batch.new_households.values()
        ]
        events.extend(batch.events)
        for household_id, (before, after) in batch.head_changes.items():
            people_bulk.set_household_head_stored(self.tx, household_id, after, at=self.now, by=user)
            events.append(self._head_event(household_id, before, after))
        self._audit(events)

    def _head_event(self, household_id: str, before: str | None, after: str | None) -> AuditEvent:
        return AuditEvent(
            "update",
            "household",
            household_id,
            before={"head_person_id": before},
            after={"head_person_id": after},
        )

    def _audit(self, events: list[AuditEvent]) -> None:
        if not events:
            return
        rows = audit.chain_rows(
            events, user_id=self.actor.user_id, username=self.actor.username, previous=self.previous_hash
        )
        people_bulk.insert_audit(self.tx, rows)
        self.previous_hash = rows[-1]["entry_hash"]

    def finish(self, summary: dict[str, Any]) -> None:
        """Families whose head moved away get a new head (household_rules); then the import's own entry."""
        events = []
        for household_id, leaver in self.heads_left.items():
            head = people_bulk.household_head_stored(self.tx, household_id)
            remaining = [
                household_rules.Member(person_id, date.fromisoformat(born))
                for person_id, born in people_bulk.members_stored(self.tx, household_id)
            ]
            successor = household_rules.head_after_leaving(head, leaver, remaining)
            if successor == head:
                continue
            people_bulk.set_household_head_stored(
                self.tx, household_id, successor, at=self.now, by=self.actor.user_id
            )
            events.append(self._head_event(household_id, leaver, successor))
        events.append(AuditEvent("import", "file", after=summary))
        self._audit(events)

    def _rejected_lines(self) -> tuple[ReportLine, ...]:
        refused = (line for line in self.lines if line.outcome == REJECTED)
        return tuple(itertools.islice(refused, REJECTED_SHOWN))

    def result(self, report_path: Path, *, dry_run: bool, cancelled: bool) -> ImportResult:
        counts = Counter[str]() if cancelled else self.counts
        return ImportResult(
            total_rows=sum(counts[outcome] for outcome in (NEW, UPDATED, UNCHANGED, REJECTED)),
            imported=counts[NEW],
            updated=counts[UPDATED],
            unchanged=counts[UNCHANGED],
            rejected=counts[REJECTED],
            warnings=counts["warnings"],
            report_path=report_path,
            dry_run=dry_run,
            cancelled=cancelled,
            other_kelurahan=counts["other_kelurahan"],
            rejected_lines=() if cancelled else self._rejected_lines(),
        )


def _elsewhere_warning(code: str, home: str) -> str:
    return (
        f"Warga kelurahan lain: tercatat di Kelurahan {kelurahan_name(code)}, bukan Kelurahan "
        f"{kelurahan_name(home)}. Periksa apakah orang ini memang dilayani kantor ini."
    )


class PeopleImportService:
    """Imports people lists; every run leaves a report the clerk can open in Excel."""

    def __init__(self, database: Database, reports_dir: Path) -> None:
        self._db = database
        self._reports = reports_dir

    @exports("Laporan impor data penduduk")
    def run(
        self,
        *,
        actor: Actor,
        source: Path,
        dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[ImportResult, ChangeSummary]:
        """One transaction for the whole file: a dry run, a cancel or a crash leaves the store as it was."""
        actor.require(Role.OPERATOR, "mengimpor data penduduk")
        source = Path(source)
        table = read_table(source)
        columns = map_columns(table.header)
        started = datetime.now().astimezone()
        report_path = self._report_path(source, started, dry_run)
        log.info("import of %s started (dry run: %s)", source.name, dry_run)
        job: _ImportJob | None = None
        done = 0
        stopped_by_cancel = False
        try:
            with self._db.write(actor) as tx, people_bulk.search_index_deferred(tx):
                job = _ImportJob(tx, actor, columns)
                rows = iter(table.rows)
                while chunk := list(itertools.islice(rows, CHUNK_ROWS)):
                    if cancelled is not None and cancelled():
                        stopped_by_cancel = True
                        raise _Stop
                    job.run_chunk(chunk)
                    done = chunk[-1][0] - table.header_row
                    if progress is not None:
                        progress(done, table.row_count)
                done = table.row_count
                if progress is not None:
                    progress(done, done)
                if dry_run:
                    raise _Stop
                result = job.result(report_path, dry_run=False, cancelled=False)
                job.finish({**result.as_json(), "file": source.name, "report": report_path.name})
                # Written before the commit: an import that cannot leave its report is not kept.
                write_import_report(
                    report_path, job.lines, job.columns, result, source, actor, started, done, table.row_count
                )
        except _Stop:
            assert job is not None
            result = job.result(report_path, dry_run=dry_run, cancelled=stopped_by_cancel)
            write_import_report(
                report_path, job.lines, job.columns, result, source, actor, started, done, table.row_count
            )
            log.info(
                "import of %s %s; nothing stored", source.name, "cancelled" if stopped_by_cancel else "tried"
            )
            return result, ChangeSummary.NOTHING
        except BaseException:
            report_path.unlink(missing_ok=True)
            raise
        log.info("import of %s: %s", source.name, result.as_json())
        self._db.refresh_statistics(LOADED_TABLES, rows=result.imported + result.updated)
        return result, PEOPLE_CHANGED if result.imported or result.updated else ChangeSummary.NOTHING

    def _report_path(self, source: Path, started: datetime, dry_run: bool) -> Path:
        self._reports.mkdir(parents=True, exist_ok=True)
        stem = re.sub(r"[^A-Za-z0-9_-]+", "-", source.stem).strip("-")[:60] or "berkas"
        base = f"{'uji-impor' if dry_run else 'impor'}-{stem}-{started:%Y%m%d-%H%M%S}"
        path = self._reports / f"{base}.xlsx"
        for number in itertools.count(2):
            if not path.exists():
                return path
            path = self._reports / f"{base}-{number}.xlsx"
        raise AssertionError("unreachable")
