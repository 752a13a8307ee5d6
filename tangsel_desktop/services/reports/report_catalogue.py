"""Every report the office makes, listed once: its title, filters, who may make it, its preview and its files.

The catalogue delegates: each entry calls the report service that already writes that report (the
Jamsosnaker recap, the sembako round report, the training batch report, the registry summary), and only
turns its figures into preview rows and a chart for the Laporan page.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.months import YearMonth, month_range
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.reports.people_summary import AREA_COLUMNS, PeopleReports
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.training.batch_report import COLUMNS as TRAINING_COLUMNS
from tangsel_desktop.services.training.training_views import BatchView
from tangsel_desktop.storage.jamsos import member_months

Cell = str | int | None
KINDS = ("pdf", "xlsx")
MONTHS_OFFERED = 24  # two budget years of Jamsosnaker recaps to choose from


@dataclass(frozen=True)
class Choice:
    """One value a filter offers: the key the service reads, the words the clerk sees."""

    key: str
    label: str


@dataclass(frozen=True)
class Chart:
    """Bars: one category per bar group, one series per colour; stacked when the parts make a whole."""

    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    stacked: bool = False
    axis_title: str = ""  # what the categories are ("RW"), so that a bar's label can be short ("001")


@dataclass(frozen=True)
class Preview:
    """What the page shows before saving: the report's summary rows and, where it helps, a chart."""

    title: str
    subtitle: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    chart: Chart | None = None


@dataclass(frozen=True)
class Selection:
    """The filters chosen: a period (month, round or batch key) and an area ("" or kelurahan[:RW])."""

    period: str = ""
    area: str = ""


Build = Callable[[Actor, Selection], Preview]
Save = Callable[[Actor, Selection, Path], ChangeSummary]


@dataclass(frozen=True)
class ReportEntry:
    key: str
    group: str  # Penduduk, Jamsosnaker, Sembako, Pelatihan
    title: str
    description: str
    role: Role  # the lowest role that may make it (view and save)
    period_label: str  # "Bulan", "Putaran", "Angkatan"; "" when the report has no period
    area_filter: bool
    choices: Callable[[Actor], list[Choice]]
    areas: Callable[[Actor], list[Choice]]
    build: Build
    save: Save

    def may_make(self, actor: Actor) -> bool:
        return actor.role.rank >= self.role.rank

    def who_may(self) -> str:
        return (
            f"Hanya pengguna dengan peran {self.role.label} atau lebih tinggi yang boleh membuat laporan ini."
        )


def _no_choices(_actor: Actor) -> list[Choice]:
    return []


def _rows(lines: Sequence[Sequence[Cell]]) -> tuple[tuple[Cell, ...], ...]:
    return tuple(tuple(line) for line in lines)


def _need(value: str, what: str) -> str:
    if not value:
        raise UserError(f"Pilih {what} laporan dulu.")
    return value


def _area_key(area: str) -> tuple[str, str]:
    """'' → all; 'CODE' → one kelurahan; 'CODE:RW' → one RW of it."""
    code, _sep, rw = area.partition(":")
    return code, rw


class ReportCatalogue:
    """The reports of this build, in the order the Laporan page lists them."""

    def __init__(self, services: Services, today: Callable[[], date] = date.today) -> None:
        self._services = services
        self._today = today
        self._people = PeopleReports(services.database, services.office, today)
        self._entries = (
            ReportEntry(
                "penduduk",
                "Penduduk",
                "Ringkasan data penduduk",
                "Penduduk per kelurahan dan RW menurut jenis kelamin dan kelompok usia, penyandang "
                "disabilitas menurut jenis, dan jumlah keluarga.",
                Role.OPERATOR,
                "",
                True,
                _no_choices,
                self._people_areas,
                self._people_preview,
                self._people_save,
            ),
            ReportEntry(
                "jamsosnaker",
                "Jamsosnaker",
                "Rekapitulasi iuran Jamsosnaker",
                "Peserta dan iuran sebulan per kelurahan, RW dan pekerjaan, ditandatangani supervisor.",
                Role.SUPERVISOR,
                "Bulan",
                False,
                self._months,
                _no_choices,
                self._jamsos_preview,
                self._jamsos_save,
            ),
            ReportEntry(
                "sembako",
                "Sembako",
                "Laporan pembagian sembako",
                "Daftar, sudah terima, diwakilkan dan belum ambil per RW dan kategori untuk satu putaran.",
                Role.SUPERVISOR,
                "Putaran",
                False,
                self._rounds,
                _no_choices,
                self._sembako_preview,
                self._sembako_save,
            ),
            ReportEntry(
                "pelatihan",
                "Pelatihan",
                "Laporan angkatan pelatihan",
                "Diusulkan, terpilih, hadir, sertifikat, kompeten, paket, magang dan bekerja per kelurahan "
                "dan jenis disabilitas untuk satu angkatan.",
                Role.SUPERVISOR,
                "Angkatan",
                False,
                self._batches,
                _no_choices,
                self._training_preview,
                self._training_save,
            ),
        )

    def entries(self) -> tuple[ReportEntry, ...]:
        return self._entries

    def entry(self, key: str) -> ReportEntry:
        for entry in self._entries:
            if entry.key == key:
                return entry
        raise UserError(
            f"Laporan {key!r} tidak dikenal. Pilih salah satu: {', '.join(e.key for e in self._entries)}."
        )

    def _require(self, actor: Actor, entry: ReportEntry) -> None:
        actor.require(entry.role, f"membuat {entry.title.lower()}")

    def choices(self, *, actor: Actor, key: str) -> tuple[list[Choice], list[Choice]]:
        """The period and the area choices of one report (empty where it has none)."""
        entry = self.entry(key)
        self._require(actor, entry)
        return entry.choices(actor), entry.areas(actor)

    def build(self, *, actor: Actor, key: str, selection: Selection) -> Preview:
        entry = self.entry(key)
        self._require(actor, entry)
        return entry.build(actor, selection)

    def save(self, *, actor: Actor, key: str, selection: Selection, target: Path, kind: str) -> ChangeSummary:
        """Write the report as kind ('pdf' or 'xlsx') to target, through the report's own service."""
        entry = self.entry(key)
        self._require(actor, entry)
        if kind not in KINDS:
            raise UserError(f"Laporan disimpan sebagai PDF atau Excel, bukan {kind!r}.")
        if Path(target).suffix.lower() != f".{kind}":
            raise UserError(
                f"Nama berkas {Path(target).name!r} harus berakhiran .{kind} untuk laporan {kind.upper()}."
            )
        return entry.save(actor, selection, Path(target))

    # -- Penduduk ----------------------------------------------------------------------------------

    def _people_areas(self, actor: Actor) -> list[Choice]:
        choices = [Choice("", "Semua wilayah")]
        seen: set[str] = set()
        for code, rw in self._people.areas(actor=actor):
            name = kelurahan_name(code)
            if code not in seen:
                seen.add(code)
                choices.append(Choice(code, f"Kel. {name}, semua RW"))
            if rw:
                choices.append(Choice(f"{code}:{rw}", f"Kel. {name}, RW {rw}"))
        return choices

    def _people_preview(self, actor: Actor, selection: Selection) -> Preview:
        code, rw = _area_key(selection.area)
        summary = self._people.build(actor=actor, kelurahan_code=code, rw=rw)
        lines = summary.lines
        several = len({line.kelurahan for line in lines}) > 1
        chart = Chart(
            "Penduduk per RW",
            tuple(f"{line.kelurahan} {line.rw}" if several else line.rw for line in lines),
            (
                ("Laki-laki", tuple(line.male for line in lines)),
                ("Perempuan", tuple(line.female for line in lines)),
            ),
            stacked=True,
            axis_title="Kelurahan dan RW" if several else "RW",
        )
        rows = [line.cells() for line in (*lines, summary.total)]
        rows += [
            [f"Disabilitas: {kind.kind}", "", kind.male, kind.female, *[""] * 6, kind.male + kind.female]
            for kind in summary.disabilities
        ]
        return Preview(
            "Ringkasan data penduduk",
            f"{summary.area_label} · {summary.as_of:%d-%m-%Y}",
            tuple(column.header for column in AREA_COLUMNS),
            _rows(rows),
            chart,
        )

    def _people_save(self, actor: Actor, selection: Selection, target: Path) -> ChangeSummary:
        code, rw = _area_key(selection.area)
        return self._people.save(actor=actor, target=target, kelurahan_code=code, rw=rw)[1]

    # -- Jamsosnaker -------------------------------------------------------------------------------

    def _months(self, _actor: Actor) -> list[Choice]:
        this = YearMonth.of(self._today())
        return [Choice(str(this.plus(-back)), this.plus(-back).label()) for back in range(MONTHS_OFFERED)]

    def _jamsos_preview(self, actor: Actor, selection: Selection) -> Preview:
        month = _month(_need(selection.period, "bulan"))
        jamsos = self._services.jamsos
        recap = jamsos.recap(actor=actor, month=month)
        year = month_range(YearMonth(month.year, 1), month)
        with self._services.database.read() as tx:
            members = tuple(member_months.members_per_month(tx, [str(each) for each in year]))
        chart = Chart(
            f"Peserta per bulan, {month.year}",
            tuple(each.short_label().split()[0] for each in year),  # "Jan": the title names the year
            (("Peserta", members),),
        )
        rows = [(line.kelurahan, line.rw, line.occupation, line.members, line.amount) for line in recap.lines]
        rows.append(("Jumlah", "", "", recap.members, recap.amount))
        return Preview(
            "Rekapitulasi iuran Jamsosnaker",
            f"Bulan {month.label()}",
            ("Kelurahan", "RW", "Pekerjaan", "Peserta", "Iuran (Rp)"),
            _rows(rows),
            chart,
        )

    def _jamsos_save(self, actor: Actor, selection: Selection, target: Path) -> ChangeSummary:
        month = _month(_need(selection.period, "bulan"))
        return self._services.jamsos_recap_files.save_recap(actor=actor, month=month, target=target).changed

    # -- Sembako -----------------------------------------------------------------------------------

    def _rounds(self, actor: Actor) -> list[Choice]:
        rounds = self._services.sembako_rounds.rounds(actor=actor)
        return [Choice(view.id, f"{view.name} · {YearMonth.parse(view.month).label()}") for view in rounds]

    def _sembako_preview(self, actor: Actor, selection: Selection) -> Preview:
        report = self._services.sembako_reports.build(
            actor=actor, round_id=_need(selection.period, "putaran")
        )
        by_rw = report.by_rw
        chart = Chart(
            "Paket per RW: sudah diterima dan belum diambil",
            tuple(tally.group.removeprefix("RW ") for tally in by_rw),
            (
                ("Sudah terima", tuple(tally.handed_over for tally in by_rw)),
                ("Belum ambil", tuple(tally.not_collected for tally in by_rw)),
            ),
            stacked=True,
            axis_title="RW",
        )
        rows = [t.cells() for t in (*by_rw, report.total)] + [
            [f"Kategori: {t.group}", *t.cells()[1:]] for t in report.by_category
        ]
        return Preview(
            "Laporan pembagian sembako",
            f"{report.round.name} · {YearMonth.parse(report.round.month).label()}",
            ("Kelompok", "Daftar", "Sudah terima", "Diwakilkan", "Belum ambil"),
            _rows(rows),
            chart,
        )

    def _sembako_save(self, actor: Actor, selection: Selection, target: Path) -> ChangeSummary:
        round_id = _need(selection.period, "putaran")
        return self._services.sembako_reports.save(actor=actor, round_id=round_id, target=target)[1]

    # -- Pelatihan ---------------------------------------------------------------------------------

    def _batches(self, actor: Actor) -> list[Choice]:
        batches = self._services.training_courses.batches(actor=actor)
        return [Choice(view.id, f"{_batch_name(view)} ({view.starts_on:%d-%m-%Y})") for view in batches]

    def _training_preview(self, actor: Actor, selection: Selection) -> Preview:
        report = self._services.training_reports.build(
            actor=actor, batch_id=_need(selection.period, "angkatan")
        )
        headers = tuple(column.header for column in TRAINING_COLUMNS)
        total = report.total.cells()
        # The way from proposal to work, stage by stage: where the participants are lost shows at a glance.
        stages = tuple(i for i, header in enumerate(headers) if i > 0 and header != "JP hadir")
        chart = Chart(
            "Dari usulan sampai bekerja",
            tuple(headers[i] for i in stages),
            (("Peserta", tuple(int(total[i] or 0) for i in stages)),),
        )
        rows = [report.total.cells()]
        rows += [[f"Kel. {t.group}", *t.cells()[1:]] for t in report.by_kelurahan]
        rows += [[f"Disabilitas: {t.group}", *t.cells()[1:]] for t in report.by_disability]
        return Preview(
            "Laporan angkatan pelatihan",
            f"{_batch_name(report.batch)} · {report.batch.place} · "
            f"{report.batch.starts_on:%d-%m-%Y} s.d. {report.batch.ends_on:%d-%m-%Y}",
            headers,
            _rows(rows),
            chart,
        )

    def _training_save(self, actor: Actor, selection: Selection, target: Path) -> ChangeSummary:
        batch_id = _need(selection.period, "angkatan")
        return self._services.training_reports.save(actor=actor, batch_id=batch_id, target=target)[1]


def _month(text: str) -> YearMonth:
    try:
        return YearMonth.parse(text)
    except (ValueError, UserError):
        raise UserError(f"Bulan {text!r} tidak dikenal. Tulis bulannya seperti 2026-09.") from None


def _batch_name(view: BatchView) -> str:
    """A batch is usually named after its training already ("Pelatihan Membuat Kue Angkatan 1")."""
    if view.training.name.lower() in view.name.lower():
        return view.name
    return f"{view.training.name} · {view.name}"
