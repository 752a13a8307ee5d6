"""A batch's report: proposed, selected, attended enough (with JP), certified, competent, kit handed, in an
internship, working at follow-up; in total, per kelurahan and per disability kind; PDF or Excel, audited."""

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tangsel_desktop.documents.document_models import ReportColumn, ReportData, ReportSection
from tangsel_desktop.domain.enums import Role, disability_label
from tangsel_desktop.domain.training.participation import ParticipantStatus, Result
from tangsel_desktop.domain.training.training_rules import meets_minimum
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import PDF_OR_XLSX, check_output_path
from tangsel_desktop.services.published_files import exports
from tangsel_desktop.services.report_files import save_report_file
from tangsel_desktop.services.tabular_files import add_sheet, write_cells
from tangsel_desktop.services.training.training_lookup import batch_view, find_batch
from tangsel_desktop.services.training.training_views import BatchView
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.training import batch_outcomes
from tangsel_desktop.storage.training.batch_outcomes import Outcome

log = logging.getLogger(__name__)
SELECTED = ParticipantStatus.SELECTED.value


@dataclass(frozen=True)
class Tally:
    """One group's figures."""

    group: str
    proposed: int
    selected: int
    attended: int  # selected and met the minimum
    attended_jp: int
    certified: int
    competent: int
    kits: int
    interns: int
    working: int

    def cells(self) -> list[str | int | None]:
        return [
            self.group,
            self.proposed,
            self.selected,
            self.attended,
            self.attended_jp,
            self.certified,
            self.competent,
            self.kits,
            self.interns,
            self.working,
        ]

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class BatchReport:
    batch: BatchView
    total: Tally
    by_kelurahan: tuple[Tally, ...]
    by_disability: tuple[Tally, ...]
    people: tuple[Outcome, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "batch": self.batch.id,
            **{k: v for k, v in self.total.as_json().items() if k != "group"},
            "by_kelurahan": [t.as_json() for t in self.by_kelurahan],
            "by_disability": [t.as_json() for t in self.by_disability],
        }


def tally(view: BatchView, people: Sequence[Outcome]) -> BatchReport:
    total_jp, minimum = view.total_jp, view.training.min_attendance

    def count(name: str, members: Sequence[Outcome]) -> Tally:
        chosen = [p for p in members if p.status == SELECTED]
        return Tally(
            name,
            len(members),
            len(chosen),
            sum(1 for p in chosen if meets_minimum(p.attended_jp, total_jp, minimum)),
            sum(p.attended_jp for p in chosen),
            sum(1 for p in members if p.certificate),
            sum(1 for p in members if p.result == Result.COMPETENT.value),
            sum(1 for p in members if p.kit),
            sum(1 for p in members if p.internship),
            sum(1 for p in members if p.working),
        )

    by_kelurahan: dict[str, list[Outcome]] = defaultdict(list)
    by_disability: dict[str, list[Outcome]] = defaultdict(list)
    for person in people:
        by_kelurahan[kelurahan_name(person.kelurahan_code)].append(person)
        by_disability[disability_label(person.disability)].append(person)
    return BatchReport(
        view,
        count("Jumlah", people),
        tuple(count(name, members) for name, members in sorted(by_kelurahan.items())),
        tuple(count(name, members) for name, members in sorted(by_disability.items())),
        tuple(people),
    )


COLUMNS = (
    ReportColumn("Kelompok", 2.6),
    ReportColumn("Diusulkan", 1.0, align="right"),
    ReportColumn("Terpilih", 1.0, align="right"),
    ReportColumn("Hadir cukup", 1.0, align="right"),
    ReportColumn("JP hadir", 1.0, align="right"),
    ReportColumn("Sertifikat", 1.0, align="right"),
    ReportColumn("Kompeten", 1.0, align="right"),
    ReportColumn("Paket", 0.9, align="right"),
    ReportColumn("Magang", 0.9, align="right"),
    ReportColumn("Bekerja", 0.9, align="right"),
)
PEOPLE = (
    ReportColumn("No", 0.5, align="right"),
    ReportColumn("Nama", 2.2),
    ReportColumn("NIK", 1.8),
    ReportColumn("RW", 0.5),
    ReportColumn("Status", 1.7),
    ReportColumn("JP", 0.6, align="right"),
    ReportColumn("No. sertifikat", 2.7),
    ReportColumn("Uji kompetensi", 1.3),
    ReportColumn("Paket", 0.7),
    ReportColumn("Magang", 0.7),
    ReportColumn("Bekerja", 0.7),
)


def _yes(value: bool) -> str:
    return "ya" if value else "-"


def _people_rows(people: Sequence[Outcome]) -> list[list[str | int | None]]:
    return [
        [
            number,
            p.full_name,
            p.nik,
            p.rw or "-",
            ParticipantStatus(p.status).label,
            p.attended_jp,
            p.certificate or "-",
            Result(p.result).label if p.result else "-",
            _yes(p.kit),
            _yes(p.internship),
            _yes(p.working),
        ]
        for number, p in enumerate(people, start=1)
    ]


def report_data(
    report: BatchReport, *, office_name: str, printed_by: str, printed_at: datetime
) -> ReportData:
    view = report.batch
    return ReportData(
        title="Laporan Pelatihan",
        subtitle=(
            f"{view.name} · {view.starts_on:%d-%m-%Y} s.d. {view.ends_on:%d-%m-%Y} · {view.place} · "
            f"{view.total_jp} JP, minimal hadir {view.training.min_attendance}%"
        ),
        office_name=office_name,
        columns=COLUMNS,
        rows=[t.cells() for t in report.by_kelurahan],
        totals=tuple(report.total.cells()),
        printed_by=printed_by,
        printed_at=printed_at,
        landscape=True,
        sections=(
            ReportSection("Per jenis disabilitas", COLUMNS, [t.cells() for t in report.by_disability]),
            ReportSection(f"Peserta ({len(report.people)})", PEOPLE, _people_rows(report.people)),
        ),
        notes=(
            "Diusulkan: semua yang pernah diusulkan; hadir cukup dan JP hadir: peserta terpilih saja.",
            "Bekerja: jawaban pada pemantauan terakhir (bulan ke-3 atau ke-6).",
        ),
    )


def write_sheets(workbook: object, report: BatchReport, *, office_name: str) -> None:
    header = [column.header for column in COLUMNS]
    widths = (28, 11, 10, 12, 10, 11, 10, 8, 8, 9)
    for title, rows in (
        ("Per kelurahan", [*report.by_kelurahan, report.total]),
        ("Per disabilitas", list(report.by_disability)),
    ):
        sheet = add_sheet(workbook, title, header, widths)
        for number, group in enumerate(rows, start=1):
            write_cells(sheet, number, group.cells())
    sheet = add_sheet(workbook, "Peserta", [c.header for c in PEOPLE], (5, 30, 19, 5, 16, 6, 26, 15, 7, 8, 8))
    for number, values in enumerate(_people_rows(report.people), start=1):
        write_cells(sheet, number, values)
    about = add_sheet(workbook, "Keterangan", ("Keterangan", "Nilai"), (30, 60))
    view = report.batch
    facts = (
        ("Kantor", office_name),
        ("Angkatan", view.name),
        ("Tanggal", f"{view.starts_on:%d-%m-%Y} s.d. {view.ends_on:%d-%m-%Y}"),
        ("Tempat", view.place),
        ("JP", str(view.total_jp)),
        ("Kehadiran minimal", f"{view.training.min_attendance}%"),
    )
    for number, fact in enumerate(facts, start=1):
        write_cells(about, number, fact)


class TrainingReports:
    def __init__(self, database: Database, office: OfficeService) -> None:
        self._db = database
        self._office = office

    def build(self, *, actor: Actor, batch_id: str) -> BatchReport:
        actor.require(Role.OPERATOR, "melihat laporan pelatihan")
        with self._db.read() as tx:
            batch = find_batch(tx, batch_id)
            view = batch_view(tx, batch)
            people = batch_outcomes.outcomes(tx, batch.id)
        return tally(view, people)

    @exports("Laporan angkatan pelatihan")
    def save(self, *, actor: Actor, batch_id: str, target: Path) -> tuple[BatchReport, ChangeSummary]:
        """The report as a PDF or an Excel workbook (a supervisor: it lists participants by name and NIK)."""
        actor.require(Role.SUPERVISOR, "menyimpan laporan pelatihan")
        target = check_output_path(target, PDF_OR_XLSX, store_file=self._db.file, what="Laporan")
        office_name = self._office.require().name
        report = self.build(actor=actor, batch_id=batch_id)
        save_report_file(
            self._db,
            actor,
            target,
            pdf=lambda: report_data(
                report,
                office_name=office_name,
                printed_by=actor.full_name,
                printed_at=datetime.now().astimezone(),
            ),
            sheets=lambda workbook: write_sheets(workbook, report, office_name=office_name),
            event=AuditEvent("export", "training_report", report.batch.id, after={"file": target.name}),
        )
        log.info("training report %s saved to %s", report.batch.id, target.name)
        return report, ChangeSummary.AUDIT_LOG
