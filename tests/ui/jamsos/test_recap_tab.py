"""The Recap tab driven as a clerk does: the month's figures, the roles, saving the signed PDF and Excel."""

import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos import recap_tab
from tangsel_desktop.ui.jamsos.recap_tab import RecapTab
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import OFFICE_CODE
from tests.services.jamsos_recap_fixtures import Worker, insert_workers

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SEPTEMBER = date(2025, 9, 15)


@pytest.fixture
def members(services: Services) -> int:
    """Members of Kelurahan Sawah over two RWs, one occupation typed like a formula, one ended in June."""
    workers = [Worker(OFFICE_CODE, "003", "pemulung", "2025-01")] * 4
    workers += [Worker(OFFICE_CODE, "007", "ojek pangkalan", "2024-06")] * 3
    workers += [Worker(OFFICE_CODE, "007", "=1+1 <b>", "2025-03")]
    workers += [Worker(OFFICE_CODE, "003", "pemulung", "2025-01", "2025-06", status="ended")]
    return insert_workers(services.database.file, workers)


@pytest.fixture
def open_tab(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], members: int
) -> Iterator[Callable[[Actor], RecapTab]]:
    tabs: list[RecapTab] = []

    def open_for(actor: Actor) -> RecapTab:
        tab = RecapTab(make_ctx(actor), today=lambda: SEPTEMBER)
        qtbot.addWidget(tab)
        tab.resize(1366, 700)
        tab.show()
        qtbot.waitUntil(lambda: not tab.loading, timeout=10_000)
        tabs.append(tab)
        return tab

    yield open_for
    for tab in tabs:
        if tab.preview is not None:
            tab.preview.reject()


def test_the_figures_of_this_month_are_shown(open_tab: Callable[[Actor], RecapTab], operator: Actor) -> None:
    tab = open_tab(operator)
    assert tab.month_picker.month() == YearMonth(2025, 9)
    assert tab.month_picker.month_combo.currentText() == "September"
    assert tab.members_value.text() == "8 orang"
    assert tab.amount_value.text() == "Rp134.400"
    assert tab.words_value.text() == "Seratus tiga puluh empat ribu empat ratus rupiah"
    assert tab.rate_value.text().startswith("Rp16.800 per peserta per bulan (JKK Rp10.000 + JKM Rp6.800)")
    assert tab.year_to_date_label.text() == "Januari – September 2025:"
    # 4 x 9 months, 3 x 9, the formula-like one from March (7), the ended one January-June (6).
    assert tab.year_to_date_value.text() == f"Rp{(36 + 27 + 7 + 6) * 16_800:,}".replace(",", ".")
    assert tab.projection_value.text() == f"Rp{8 * 16_800 * 12:,}".replace(",", ".")
    lines = tab.lines_model
    shown = [[lines.index(row, column).data() for column in range(5)] for row in range(lines.rowCount())]
    assert shown == [
        ["Sawah", "003", "pemulung", "4", "Rp67.200"],
        ["Sawah", "007", "=1+1 <b>", "1", "Rp16.800"],
        ["Sawah", "007", "ojek pangkalan", "3", "Rp50.400"],
    ]
    assert [lines.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Kelurahan",
        "RW",
        "Pekerjaan",
        "Peserta",
        "Iuran",
    ]
    totals = tab.kelurahan_model
    assert [totals.index(0, column).data() for column in range(3)] == ["Sawah", "8", "Rp134.400"]


def test_another_month_is_computed_when_chosen(
    open_tab: Callable[[Actor], RecapTab], operator: Actor, qtbot: QtBot
) -> None:
    tab = open_tab(operator)
    tab.month_picker.month_combo.setCurrentIndex(4)  # Mei: the member who ended in June still counts
    qtbot.waitUntil(lambda: not tab.loading, timeout=10_000)
    assert tab.members_value.text() == "9 orang"
    tab.month_picker.year_spin.setValue(2023)
    qtbot.waitUntil(lambda: not tab.loading, timeout=10_000)
    assert tab.members_value.text() == "0 orang"
    assert tab.amount_value.text() == "Rp0"
    assert tab.lines_model.rowCount() == 0
    assert tab.message_label.text() == "Tidak ada peserta yang ditanggung pada Mei 2023."


def test_an_operator_sees_the_figures_but_cannot_save(
    open_tab: Callable[[Actor], RecapTab], operator: Actor
) -> None:
    tab = open_tab(operator)
    for button in (tab.save_pdf_button, tab.save_xlsx_button):
        assert not button.isEnabled()
        assert (
            button.toolTip() == "Hanya supervisor dan administrator yang boleh menandatangani dan menyimpan"
        )
    assert tab.save("pdf") is None


def test_a_supervisor_saves_the_signed_pdf_and_sees_its_preview(
    open_tab: Callable[[Actor], RecapTab],
    supervisor: Actor,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(supervisor)
    assert tab.save_pdf_button.isEnabled()
    asked: list[tuple[Path, str]] = []

    def choose(_parent: object, suggested: Path, kind: str) -> Path:
        asked.append((suggested, kind))
        return tmp_path / "rekap-september.pdf"

    monkeypatch.setattr(recap_tab, "choose_recap_file", choose)
    published: list[ChangeSummary] = []
    tab._ctx.bus.changed.connect(published.append)
    tab.save_pdf_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=20_000)
    target = tmp_path / "rekap-september.pdf"
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Rekapitulasi Iuran Jamsosnaker" in text
    assert "SPV" in text  # the signed-in supervisor's full name under the signature
    assert tab.message_label.text() == f"Rekap September 2025 disimpan: {target}"
    assert tab.preview is not None
    assert tab.preview.path == target
    assert published == [ChangeSummary.AUDIT_LOG]
    assert asked == [(Path.home() / "rekap-jamsosnaker-2025-09.pdf", "pdf")]
    assert tab.save_pdf_button.isEnabled()
    assert not tab.progress.isVisible()


def test_a_supervisor_saves_excel_without_typing_the_ending(
    open_tab: Callable[[Actor], RecapTab],
    supervisor: Actor,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(supervisor)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "rekap"), "Excel (*.xlsx)")
    )
    tab.save_xlsx_button.click()
    target = tmp_path / "rekap.xlsx"
    qtbot.waitUntil(lambda: "disimpan" in tab.message_label.text(), timeout=20_000)
    workbook = CalamineWorkbook.from_path(str(target))
    try:
        rows = workbook.get_sheet_by_name("Rincian").to_python()
    finally:
        workbook.close()
    assert rows[-1][4:] == [8, 134_400]
    assert rows[2][3] == "=1+1 <b>"
    assert tab.preview is None


def test_a_refused_save_says_why_and_the_tab_stays_usable(
    open_tab: Callable[[Actor], RecapTab],
    supervisor: Actor,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_tab(supervisor)
    monkeypatch.setattr(recap_tab, "choose_recap_file", lambda *_args: tmp_path / "tidak-ada" / "r.pdf")
    tab.save_pdf_button.click()
    qtbot.waitUntil(lambda: "tidak ada" in tab.message_label.text(), timeout=20_000)
    assert tab.save_pdf_button.isEnabled()
    assert tab.preview is None


def test_a_change_to_the_members_refreshes_the_figures(
    open_tab: Callable[[Actor], RecapTab], operator: Actor, services: Services, qtbot: QtBot
) -> None:
    tab = open_tab(operator)
    insert_workers(
        services.database.file, [Worker(OFFICE_CODE, "009", "nelayan", "2025-09")], first_number=500
    )
    tab._ctx.bus.publish(ChangeSummary.PERSON)
    qtbot.wait(50)
    assert tab.members_value.text() == "8 orang"
    tab._ctx.bus.publish(ChangeSummary.JAMSOS)
    qtbot.waitUntil(lambda: tab.members_value.text() == "9 orang", timeout=10_000)
