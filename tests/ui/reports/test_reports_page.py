"""The Laporan page driven as a clerk does: choose a report, see its preview and chart, save PDF and Excel."""

import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.reports import report_files
from tangsel_desktop.ui.reports.reports_page import ReportsPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import OFFICE_CODE, make_draft
from tests.services.jamsos_recap_fixtures import Worker, insert_workers

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SEPTEMBER = date(2025, 9, 15)


@pytest.fixture
def residents(services: Services, operator: Actor) -> None:
    """Two in RW 1 (a man, a blind girl), one woman of 70 in RW 2, and Jamsosnaker members in RW 3 and 7."""
    for number, extra in (
        (1, {"sex": "L", "birth_date": "1985-01-02", "rw": "1"}),
        (2, {"sex": "P", "birth_date": "2015-03-04", "rw": "1", "disability": "netra"}),
        (3, {"sex": "P", "birth_date": "1955-05-06", "rw": "2", "kk_number": "3674041203150009"}),
    ):
        services.people.register(
            actor=operator,
            draft=make_draft(nik=f"36740457088599{number:02d}", full_name=f"Warga {number}", **extra),
        )
    workers = [Worker(OFFICE_CODE, "003", "pemulung", "2025-01")] * 4
    workers += [Worker(OFFICE_CODE, "007", "ojek pangkalan", "2025-06")] * 3
    insert_workers(services.database.file, workers, first_number=100)


@pytest.fixture
def open_page(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], residents: None
) -> Iterator[Callable[[Actor], ReportsPage]]:
    pages: list[ReportsPage] = []

    def open_for(actor: Actor) -> ReportsPage:
        page = ReportsPage(make_ctx(actor), today=lambda: SEPTEMBER)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.waitExposed(page)
        pages.append(page)
        return page

    yield open_for
    for page in pages:
        if page.pdf_preview is not None:
            page.pdf_preview.reject()


def _wait_preview(qtbot: QtBot, page: ReportsPage) -> None:
    qtbot.waitUntil(
        lambda: page.preview is not None and not page.loading and not page.progress.running, timeout=15_000
    )


def _column(page: ReportsPage, column: int) -> list[object]:
    return [page.model.cell(row, column) for row in range(page.model.rowCount())]


def test_the_list_groups_the_reports_and_greys_those_the_role_may_not_make(
    open_page: Callable[[Actor], ReportsPage], operator: Actor
) -> None:
    page = open_page(operator)
    tops = [page.reports.topLevelItem(i) for i in range(page.reports.topLevelItemCount())]
    groups = [item.text(0) for item in tops if item is not None]
    assert groups == ["Penduduk", "Jamsosnaker", "Sembako", "Pelatihan"]
    people = page.item_of("penduduk")
    assert people.flags() & Qt.ItemFlag.ItemIsEnabled
    for key in ("jamsosnaker", "sembako", "pelatihan"):
        item = page.item_of(key)
        assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
        assert "Supervisor" in item.toolTip(0)
    assert not page.save_pdf_button.isEnabled()
    assert page.title_label.text() == "Laporan"
    assert page.description_label.text() == "Pilih laporan di sebelah kiri."


def test_choosing_the_people_report_shows_its_rows_and_chart_and_the_area_filter(
    qtbot: QtBot, open_page: Callable[[Actor], ReportsPage], operator: Actor
) -> None:
    page = open_page(operator)
    page.choose("penduduk")
    _wait_preview(qtbot, page)
    assert page.title_label.text() == "Ringkasan data penduduk"
    assert page.area_combo.isVisible()
    assert not page.period_combo.isVisible()
    assert page.model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "L"
    assert _column(page, 1)[:2] == ["001", "002"]
    assert page.chart.isVisible()
    assert page.chart.shown is not None
    assert page.chart.shown.categories[:2] == ("001", "002")
    assert len(page.chart.chart().series()) == 1
    # One RW only: the preview follows the filter.
    page.area_combo.setCurrentIndex(page.area_combo.findData(f"{OFFICE_CODE}:002"))
    page.area_combo.activated.emit(page.area_combo.currentIndex())
    qtbot.waitUntil(
        lambda: page.preview is not None and "RW 002" in page.subtitle_label.text(), timeout=15_000
    )
    _wait_preview(qtbot, page)
    assert _column(page, 1)[0] == "002"
    assert _column(page, 0)[1] == "Jumlah"


def test_saving_pdf_and_excel_writes_the_files_and_previews_the_pdf(
    qtbot: QtBot,
    open_page: Callable[[Actor], ReportsPage],
    supervisor: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(supervisor)
    page.choose("jamsosnaker")
    _wait_preview(qtbot, page)
    assert page.period_combo.isVisible()
    assert page.period_combo.currentData() == "2025-09"
    assert page.period_combo.currentText() == "September 2025"
    assert page.chart.shown is not None
    assert page.chart.shown.series[0][1] == (4, 4, 4, 4, 4, 7, 7, 7, 7)
    asked: list[tuple[Path, str]] = []

    def choose(_parent: object, suggested: Path, kind: str) -> Path:
        asked.append((suggested, kind))
        return tmp_path / f"rekap.{kind}"

    monkeypatch.setattr(report_files, "choose_report_file", choose)
    page.save_xlsx_button.click()
    qtbot.waitUntil(lambda: "disimpan" in page.message_label.text(), timeout=20_000)
    assert asked[0][0].name == "laporan-jamsosnaker-2025-09.xlsx"
    workbook = openpyxl.load_workbook(tmp_path / "rekap.xlsx", read_only=True)
    assert workbook["Per kelurahan"]["C2"].value == 7
    workbook.close()
    assert page.pdf_preview is None
    qtbot.waitUntil(page.save_pdf_button.isEnabled, timeout=10_000)
    page.save_pdf_button.click()
    qtbot.waitUntil(lambda: page.pdf_preview is not None, timeout=20_000)
    words = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "rekap.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Rekapitulasi Iuran Jamsosnaker" in words
    assert "September 2025" in words


def test_a_report_with_no_period_recorded_says_so(
    qtbot: QtBot, open_page: Callable[[Actor], ReportsPage], supervisor: Actor
) -> None:
    page = open_page(supervisor)
    page.choose("sembako")
    qtbot.waitUntil(lambda: "belum ada" in page.message_label.text().lower(), timeout=15_000)
    assert page.preview is None
    assert not page.save_pdf_button.isEnabled()
    assert not page.chart.isVisible()


def test_an_operator_saves_the_people_summary_of_one_rw(
    qtbot: QtBot,
    open_page: Callable[[Actor], ReportsPage],
    operator: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(operator)
    page.choose("penduduk")
    _wait_preview(qtbot, page)
    page.area_combo.setCurrentIndex(page.area_combo.findData(f"{OFFICE_CODE}:001"))
    page.area_combo.activated.emit(page.area_combo.currentIndex())
    qtbot.waitUntil(
        lambda: page.preview is not None and "RW 001" in page.subtitle_label.text(), timeout=15_000
    )
    _wait_preview(qtbot, page)
    monkeypatch.setattr(report_files, "choose_report_file", lambda _p, _s, kind: tmp_path / f"warga.{kind}")
    page.save_xlsx_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "warga.xlsx").exists() and not page.progress.running, timeout=20_000)
    workbook = openpyxl.load_workbook(tmp_path / "warga.xlsx", read_only=True)
    rows = list(workbook["Per RW"].iter_rows(values_only=True))
    workbook.close()
    assert [row[1] for row in rows[1:-1]] == ["001"]
    assert rows[-1][-1] == 2
    page.save_pdf_button.click()
    qtbot.waitUntil(lambda: page.pdf_preview is not None, timeout=20_000)
    assert "Laporan disimpan" in page.message_label.text()
