"""The registry summary: residents per kelurahan and RW by sex and age group, disability kinds, households."""

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tangsel_desktop.documents.document_models import ReportColumn, ReportData, ReportSection
from tangsel_desktop.domain.enums import Disability, Role, Sex, disability_label
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import PDF_OR_XLSX, check_output_path
from tangsel_desktop.services.published_files import exports
from tangsel_desktop.services.report_files import save_report_file
from tangsel_desktop.services.tabular_files import add_sheet, write_cells
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.people import people_tally

log = logging.getLogger(__name__)

TITLE = "Ringkasan Data Penduduk"
# The bands the social programmes ask about: toddlers, children, working age, elderly (lansia from 60).
AGE_BANDS = ((0, 5, "0–5"), (6, 17, "6–17"), (18, 59, "18–59"), (60, 200, "60+"))
AREA_HEADERS = (
    "Kelurahan",
    "RW",
    "Laki-laki",
    "Perempuan",
    *(f"Usia {label}" for _low, _high, label in AGE_BANDS),
    "Penyandang disabilitas",
    "Keluarga (KK)",
    "Jumlah penduduk",
)


@dataclass(frozen=True)
class AreaLine:
    """One kelurahan and RW: residents by sex and age band, with a disability, and households."""

    kelurahan: str
    rw: str
    male: int
    female: int
    ages: tuple[int, ...]
    disabled: int
    households: int

    @property
    def people(self) -> int:
        return self.male + self.female

    def cells(self) -> list[str | int | None]:
        return [
            self.kelurahan,
            self.rw,
            self.male,
            self.female,
            *self.ages,
            self.disabled,
            self.households,
            self.people,
        ]


@dataclass(frozen=True)
class DisabilityLine:
    kind: str
    male: int
    female: int

    def cells(self) -> list[str | int | None]:
        return [self.kind, self.male, self.female, self.male + self.female]


@dataclass(frozen=True)
class PeopleSummary:
    """What the summary says, before it is drawn or written as a workbook."""

    area_label: str  # "Semua wilayah", or the kelurahan (and RW) filtered on
    as_of: date
    lines: tuple[AreaLine, ...]
    total: AreaLine
    disabilities: tuple[DisabilityLine, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "area": self.area_label,
            "as_of": self.as_of.isoformat(),
            "people": self.total.people,
            "households": self.total.households,
            "disabled": self.total.disabled,
        }


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def band_of(age: int) -> int:
    for index, (low, high, _label) in enumerate(AGE_BANDS):
        if low <= age <= high:
            return index
    return 0  # a birth date in the future is refused on entry; count a stray one as a child


def tally(
    groups: Sequence[people_tally.PeopleGroup],
    households: Sequence[people_tally.HouseholdCount],
    *,
    as_of: date,
    area_label: str,
) -> PeopleSummary:
    """Add the SQL groups up per kelurahan and RW, and per disability kind."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for group in groups:
        key = (group.kelurahan_code, group.rw or "-")
        tally_ = counts[key]
        tally_[group.sex] += group.count
        tally_[f"age{band_of(age_on(group.birth_date, as_of))}"] += group.count
        if group.disability != Disability.NONE.value:
            tally_["disabled"] += group.count
            kinds[group.disability][group.sex] += group.count
    homes = {(h.kelurahan_code, h.rw or "-"): h.count for h in households}
    lines = tuple(
        AreaLine(
            kelurahan_name(code),
            rw,
            tally_[Sex.MALE.value],
            tally_[Sex.FEMALE.value],
            tuple(tally_[f"age{index}"] for index in range(len(AGE_BANDS))),
            tally_["disabled"],
            homes.get((code, rw), 0),
        )
        for (code, rw), tally_ in sorted(counts.items())
    )
    total = AreaLine(
        "Jumlah",
        "",
        sum(line.male for line in lines),
        sum(line.female for line in lines),
        tuple(sum(line.ages[index] for line in lines) for index in range(len(AGE_BANDS))),
        sum(line.disabled for line in lines),
        sum(line.households for line in lines),
    )
    disabilities = tuple(
        DisabilityLine(disability_label(kind), count[Sex.MALE.value], count[Sex.FEMALE.value])
        for kind, count in sorted(kinds.items())
    )
    return PeopleSummary(area_label, as_of, lines, total, disabilities)


AREA_COLUMNS = (
    ReportColumn("Kelurahan", 2.2),
    ReportColumn("RW", 0.6, "center"),
    ReportColumn("L", 0.8, "right"),
    ReportColumn("P", 0.8, "right"),
    *(ReportColumn(f"Usia {label}", 0.9, "right") for _low, _high, label in AGE_BANDS),
    ReportColumn("Disabilitas", 1.0, "right"),
    ReportColumn("KK", 0.8, "right"),
    ReportColumn("Jumlah", 0.9, "right"),
)
DISABILITY_COLUMNS = (
    ReportColumn("Jenis disabilitas", 3.0),
    ReportColumn("Laki-laki", 1.0, "right"),
    ReportColumn("Perempuan", 1.0, "right"),
    ReportColumn("Jumlah", 1.0, "right"),
)


def subtitle(summary: PeopleSummary) -> str:
    # The explanations ride in the subtitle: a notes block would often spill onto a page of its own.
    return (
        f"{summary.area_label} · keadaan {format_date(summary.as_of)} (usia pada tanggal itu) · "
        "KK: keluarga yang punya anggota di RW itu"
    )


def report_data(
    summary: PeopleSummary, *, office_name: str, printed_by: str, printed_at: datetime
) -> ReportData:
    return ReportData(
        title=TITLE,
        office_name=office_name,
        subtitle=subtitle(summary),
        columns=AREA_COLUMNS,
        rows=[line.cells() for line in summary.lines],
        totals=tuple(summary.total.cells()),
        printed_by=printed_by,
        printed_at=printed_at,
        landscape=True,
        sections=(
            ReportSection(
                "Penyandang disabilitas menurut jenis",
                DISABILITY_COLUMNS,
                [line.cells() for line in summary.disabilities] or [["Tidak ada", 0, 0, 0]],
            ),
        ),
    )


def write_sheets(workbook: Any, summary: PeopleSummary, *, office_name: str) -> None:
    per_area = add_sheet(workbook, "Per RW", AREA_HEADERS, (26, 6, 10, 10, 9, 9, 9, 9, 12, 12, 12))
    for number, line in enumerate((*summary.lines, summary.total), start=1):
        write_cells(per_area, number, line.cells())
    kinds = add_sheet(workbook, "Disabilitas", [c.header for c in DISABILITY_COLUMNS], (30, 12, 12, 12))
    for number, kind in enumerate(summary.disabilities, start=1):
        write_cells(kinds, number, kind.cells())
    about = add_sheet(workbook, "Keterangan", ("Keterangan", "Nilai"), (30, 60))
    facts = (
        ("Judul", TITLE),
        ("Kantor", office_name),
        ("Wilayah", summary.area_label),
        ("Keadaan tanggal", format_date(summary.as_of)),
    )
    for number, fact in enumerate(facts, start=1):
        write_cells(about, number, fact)


class PeopleReports:
    """The registry summary holds counts only, no names: an operator may view and save it."""

    def __init__(
        self, database: Database, office: OfficeService, today: Callable[[], date] = date.today
    ) -> None:
        self._db = database
        self._office = office
        self._today = today

    def areas(self, *, actor: Actor) -> list[tuple[str, str]]:
        actor.require(Role.OPERATOR, "melihat ringkasan data penduduk")
        with self._db.read() as tx:
            return list(people_tally.areas(tx))

    def build(self, *, actor: Actor, kelurahan_code: str = "", rw: str = "") -> PeopleSummary:
        actor.require(Role.OPERATOR, "melihat ringkasan data penduduk")
        if rw and not kelurahan_code:
            raise UserError("Pilih kelurahannya dulu: nomor RW yang sama ada di banyak kelurahan.")
        with self._db.read() as tx:
            groups = people_tally.people_groups(tx, kelurahan_code=kelurahan_code, rw=rw)
            homes = people_tally.household_counts(tx, kelurahan_code=kelurahan_code, rw=rw)
        label = "Semua wilayah"
        if kelurahan_code:
            label = f"Kelurahan {kelurahan_name(kelurahan_code)}" + (f" · RW {rw}" if rw else "")
        return tally(groups, homes, as_of=self._today(), area_label=label)

    @exports("Ringkasan data penduduk")
    def save(
        self, *, actor: Actor, target: Path, kelurahan_code: str = "", rw: str = ""
    ) -> tuple[PeopleSummary, ChangeSummary]:
        """The summary as a PDF or an Excel workbook, audited like every export."""
        actor.require(Role.OPERATOR, "menyimpan ringkasan data penduduk")
        target = check_output_path(target, PDF_OR_XLSX, store_file=self._db.file, what="Laporan")
        office_name = self._office.require().name
        summary = self.build(actor=actor, kelurahan_code=kelurahan_code, rw=rw)
        save_report_file(
            self._db,
            actor,
            target,
            pdf=lambda: report_data(
                summary,
                office_name=office_name,
                printed_by=actor.full_name,
                printed_at=datetime.now().astimezone(),
            ),
            sheets=lambda workbook: write_sheets(workbook, summary, office_name=office_name),
            event=AuditEvent(
                "export", "people_summary", "", after={"file": target.name, **summary.as_json()}
            ),
        )
        log.info("people summary saved to %s (%s people)", target.name, summary.total.people)
        return summary, ChangeSummary.AUDIT_LOG
