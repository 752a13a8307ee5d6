"""A round's report: planned, handed over, by proxy and not collected per RW and per category, the families
still to visit, and a random sample of those served for the post-distribution check; PDF or Excel, audited.

The sample is drawn with the round's id as the seed: printing the report again gives the same families,
so the check list a supervisor took out is the one the file shows.
"""

import logging
import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tangsel_desktop.documents.document_models import ReportColumn, ReportData, ReportSection
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.sembako.categories import Category
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents import document_settings
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import PDF_OR_XLSX, check_output_path
from tangsel_desktop.services.published_files import exports
from tangsel_desktop.services.report_files import save_report_file
from tangsel_desktop.services.sembako import sembako_papers as papers
from tangsel_desktop.services.sembako.round_lookup import find_round, recipient_view, round_view
from tangsel_desktop.services.sembako.sembako_views import RecipientView, RoundView
from tangsel_desktop.services.tabular_files import add_sheet, write_cells
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sembako import handover_store, round_store

log = logging.getLogger(__name__)
SAMPLE_SHARE = 0.05  # one family in twenty served, at least 10, at most 50
SAMPLE_MIN, SAMPLE_MAX = 10, 50


@dataclass(frozen=True)
class Tally:
    """One group's figures: families on the list, served, of which by a proxy, not (yet) collected."""

    group: str
    planned: int
    handed_over: int
    by_proxy: int

    @property
    def not_collected(self) -> int:
        return self.planned - self.handed_over

    def cells(self) -> list[str | int | None]:
        return [self.group, self.planned, self.handed_over, self.by_proxy, self.not_collected]


@dataclass(frozen=True)
class RoundReport:
    """What the report says, before it is drawn or written as a workbook."""

    round: RoundView
    by_rw: tuple[Tally, ...]
    by_category: tuple[Tally, ...]
    total: Tally
    to_visit: tuple[RecipientView, ...]
    sample: tuple[RecipientView, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "round": self.round.id,
            "planned": self.total.planned,
            "handed_over": self.total.handed_over,
            "by_proxy": self.total.by_proxy,
            "not_collected": self.total.not_collected,
            "to_visit": len(self.to_visit),
            "sample": [line.nik for line in self.sample],
        }


def tally(view: RoundView, lines: Sequence[RecipientView], proxies: set[str]) -> RoundReport:
    """Group the list by RW and by category (a family in two categories counts in both)."""
    groups: dict[str, list[RecipientView]] = defaultdict(list)
    categories: dict[Category, list[RecipientView]] = defaultdict(list)
    for line in lines:
        groups[line.rw or "-"].append(line)
        for category in line.categories:
            categories[category].append(line)

    def count(name: str, members: Sequence[RecipientView]) -> Tally:
        served = [line for line in members if line.handed_at is not None]
        return Tally(name, len(members), len(served), sum(1 for line in served if line.unit_key in proxies))

    served = sorted((line for line in lines if line.handed_at is not None), key=lambda line: line.unit_key)
    size = min(len(served), max(SAMPLE_MIN, min(SAMPLE_MAX, round(len(served) * SAMPLE_SHARE))))
    sample = sorted(random.Random(view.id).sample(served, size), key=lambda line: (line.rw, line.full_name))
    return RoundReport(
        round=view,
        by_rw=tuple(count(f"RW {rw}", members) for rw, members in sorted(groups.items())),
        by_category=tuple(count(category.label, categories[category]) for category in view.categories),
        total=count("Jumlah", lines),
        to_visit=tuple(line for line in lines if line.handed_at is None),
        sample=tuple(sample),
    )


COLUMNS = (
    ReportColumn("Kelompok", 3.0),
    ReportColumn("Daftar", 1.0, align="right"),
    ReportColumn("Sudah terima", 1.2, align="right"),
    ReportColumn("Diwakilkan", 1.1, align="right"),
    ReportColumn("Belum ambil", 1.1, align="right"),
)
PEOPLE = (
    ReportColumn("No", 0.5, align="right"),
    ReportColumn("Nama", 2.6),
    ReportColumn("NIK", 1.9),
    ReportColumn("No. KK", 1.9),
    ReportColumn("Alamat", 3.2),
    ReportColumn("RT/RW", 0.9),
)


def _people_rows(lines: Sequence[RecipientView]) -> list[list[str | int | None]]:
    return [
        [number, line.full_name, line.nik, line.kk_number, line.address, f"{line.rt or '-'}/{line.rw or '-'}"]
        for number, line in enumerate(lines, start=1)
    ]


def report_data(report: RoundReport, *, office_name: str, printed_by: str) -> ReportData:
    view = report.round
    return ReportData(
        title="Laporan Pembagian Sembako",
        subtitle=f"{papers.program_name(view)} · {view.name} · {YearMonth.parse(view.month).label()}",
        office_name=office_name,
        columns=COLUMNS,
        rows=[tally.cells() for tally in report.by_rw],
        totals=tuple(report.total.cells()),
        printed_by=printed_by,
        printed_at=papers.printed_now(),
        landscape=True,
        sections=(
            ReportSection("Per kategori", COLUMNS, [tally.cells() for tally in report.by_category]),
            ReportSection(
                f"Belum mengambil paket ({len(report.to_visit)}): untuk dikunjungi",
                PEOPLE,
                _people_rows(report.to_visit),
            ),
            ReportSection(
                f"Sampel pemeriksaan pasca-pembagian ({len(report.sample)} keluarga): tanyakan apakah paket "
                "diterima lengkap",
                PEOPLE,
                _people_rows(report.sample),
            ),
        ),
        notes=(
            "Satu keluarga dalam dua kategori dihitung pada kedua kategorinya; jumlah memakai daftar per RW.",
            "Sampel diambil acak dengan kode putaran sebagai benih: cetak ulang memberi keluarga yang sama.",
        ),
    )


def write_sheets(workbook: object, report: RoundReport, *, office_name: str) -> None:
    header = [column.header for column in COLUMNS]
    for title, rows in (
        ("Per RW", [*report.by_rw, report.total]),
        ("Per kategori", list(report.by_category)),
    ):
        sheet = add_sheet(workbook, title, header, (28, 10, 13, 12, 12))
        for number, tally in enumerate(rows, start=1):
            write_cells(sheet, number, tally.cells())
    for title, lines in (("Belum mengambil", report.to_visit), ("Sampel pemeriksaan", report.sample)):
        sheet = add_sheet(workbook, title, [column.header for column in PEOPLE], (5, 30, 19, 19, 40, 9))
        for number, values in enumerate(_people_rows(lines), start=1):
            write_cells(sheet, number, values)
    about = add_sheet(workbook, "Keterangan", ("Keterangan", "Nilai"), (30, 60))
    facts = (("Kantor", office_name), ("Putaran", report.round.name), ("Bulan", report.round.month))
    for number, fact in enumerate(facts, start=1):
        write_cells(about, number, fact)


class SembakoRoundReports:
    def __init__(
        self, database: Database, office: OfficeService, today: Callable[[], date] = date.today
    ) -> None:
        self._db = database
        self._office = office
        self._today = today

    def build(self, *, actor: Actor, round_id: str) -> RoundReport:
        actor.require(Role.OPERATOR, "melihat laporan putaran sembako")
        with self._db.read() as tx:
            row = find_round(tx, round_id)
            view = round_view(tx, row)
            ledger = handover_store.handovers(tx, row.id, include_voided=False)
            handed = {h.unit_key: h for h in ledger}
            lines = [
                recipient_view(line, handed.get(line.unit_key)) for line in round_store.recipients(tx, row.id)
            ]
        proxies = {h.unit_key for h in ledger if h.proxy_name}
        return tally(view, lines, proxies)

    @exports("Laporan putaran sembako")
    def save(self, *, actor: Actor, round_id: str, target: Path) -> tuple[RoundReport, ChangeSummary]:
        """The report as a PDF or an Excel workbook (supervisors: it lists families by name and NIK)."""
        actor.require(Role.SUPERVISOR, "menyimpan laporan putaran sembako")
        target = check_output_path(target, PDF_OR_XLSX, store_file=self._db.file, what="Laporan")
        office = self._office.require()
        office_name = office.name
        with self._db.read() as tx:
            document_settings.printable_details(tx, office)  # an official report: contact and head known
        report = self.build(actor=actor, round_id=round_id)
        save_report_file(
            self._db,
            actor,
            target,
            pdf=lambda: report_data(report, office_name=office_name, printed_by=actor.full_name),
            sheets=lambda workbook: write_sheets(workbook, report, office_name=office_name),
            event=AuditEvent(
                "export", "sembako_report", report.round.id, after={"file": target.name, **report.as_json()}
            ),
        )
        log.info("sembako round report %s saved to %s", report.round.id, target.name)
        return report, ChangeSummary.AUDIT_LOG
