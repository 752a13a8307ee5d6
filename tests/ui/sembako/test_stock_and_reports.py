# mypy: disable-error-code="no-untyped-call"
"""Stock and reports through their tabs: packages received and written off with the balance in view, and the
BAST, stock report, receipts, signing sheet and round report (PDF and Excel) made and read back."""

import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.sembako.round_rules import Proxy
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.sembako import reports_tab
from tangsel_desktop.ui.sembako.sembako_page import SembakoPage
from tests.ui.sembako.conftest import Running

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
WHO_MAY = "Hanya supervisor dan administrator yang boleh melakukan ini"


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_stock_received_and_written_off_adds_up_and_the_papers_print(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], supervisor: Actor, services: Services,
    running: Running,
) -> None:  # fmt: skip
    page = open_page(supervisor)
    page.tabs.setCurrentWidget(page.stock_tab)
    tab = page.stock_tab
    qtbot.waitUntil(lambda: tab.figures["stock_on_hand"].text() == "5", timeout=10_000)
    tab.bast_field.setText("BAST/DINSOS/2026/11/002")
    tab.receive_count.setValue(7)
    tab.receive_button.click()
    qtbot.waitUntil(lambda: tab.figures["stock_on_hand"].text() == "12", timeout=10_000)
    assert tab.figures["stock_received"].text() == "12"
    assert tab.moves_model.rowCount() == 2
    # More than on hand is refused, loudly, and nothing changes.
    tab.out_count.setValue(13)
    tab.out_reason.setText("karung sobek")
    tab.out_button.click()
    qtbot.waitUntil(lambda: "Stok di tangan hanya 12" in tab.message.text(), timeout=10_000)
    assert services.sembako_stock.status(actor=supervisor, round_id=running.round.id).stock_damaged == 0
    tab.out_kind.setCurrentIndex(1)  # damaged
    tab.out_count.setValue(2)
    tab.out_button.click()
    qtbot.waitUntil(lambda: tab.figures["stock_on_hand"].text() == "10", timeout=10_000)
    assert tab.figures["stock_damaged"].text() == "2"

    tab.report_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=15_000)
    (stock_pdf,) = (services.paths.root / "cetak").glob("stok-sembako-*.pdf")
    assert "BAST/DINSOS/2026/11/002" in _pdf_text(stock_pdf)
    assert tab.preview is not None
    tab.preview.reject()
    tab.preview = None
    tab.bast_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=15_000)
    (bast_pdf,) = (services.paths.root / "cetak").glob("bast-sembako-*.pdf")
    assert "Dinas Sosial" in _pdf_text(bast_pdf)


def test_an_operator_sees_the_balance_but_may_not_move_stock_or_print_reports(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, running: Running
) -> None:
    page = open_page(operator)
    page.tabs.setCurrentWidget(page.stock_tab)
    qtbot.waitUntil(lambda: page.stock_tab.figures["stock_on_hand"].text() == "5", timeout=10_000)
    stock, reports = page.stock_tab, page.reports_tab
    for button in (
        stock.receive_button, stock.out_button, stock.bast_button, stock.report_button,
        reports.receipts_button, reports.sheet_button, reports.pdf_button, reports.xlsx_button,
        page.evidence_tab.remote_button, page.evidence_tab.not_remote_button,
    ):  # fmt: skip
        assert not button.isEnabled()
        assert button.toolTip() == WHO_MAY
    page.tabs.setCurrentWidget(reports)
    qtbot.waitUntil(lambda: reports.report is not None, timeout=10_000)
    assert reports.summary.text() == "Rencana 3 · diserahkan 0 · diwakilkan 0 · belum diambil 3"
    assert page.evidence_tab.record_button.isEnabled()


def test_receipts_signing_sheet_and_the_round_report_as_pdf_and_excel(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], supervisor: Actor, operator: Actor,
    services: Services, running: Running, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    handovers = services.sembako_handovers
    first, _ = handovers.hand_over(actor=operator, round_id=running.round.id, who=Who(nik=running.village.tb))
    handovers.hand_over(
        actor=operator, round_id=running.round.id, who=Who(nik=running.village.blind),
        proxy=Proxy("Wati Tetangga", "", "tetangga"),
    )  # fmt: skip
    page = open_page(supervisor)
    page.tabs.setCurrentWidget(page.reports_tab)
    tab = page.reports_tab
    qtbot.waitUntil(lambda: tab.report is not None, timeout=10_000)
    assert tab.summary.text() == "Rencana 3 · diserahkan 2 · diwakilkan 1 · belum diambil 1"
    assert [tab.visit_model.text(r, 0) for r in range(tab.visit_model.rowCount())] == ["Sari Wulandari"]

    tab.rw_field.setText("4")
    tab.receipts_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=15_000)
    (receipts,) = (services.paths.root / "cetak").glob("tanda-terima-*.pdf")
    text = _pdf_text(receipts)
    assert first.receipt_number in text
    assert "Joko Netra" not in text  # RW 007: not on RW 004's receipts
    assert tab.preview is not None
    tab.preview.reject()
    tab.preview = None

    tab.rw_field.setText("7")
    tab.sheet_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=15_000)
    (sheet,) = (services.paths.root / "cetak").glob("daftar-ttd-*.pdf")
    assert "Joko Netra" in _pdf_text(sheet)
    assert tab.preview is not None
    tab.preview.reject()
    tab.preview = None

    chosen = {"xlsx": tmp_path / "laporan", "pdf": tmp_path / "laporan.pdf"}
    monkeypatch.setattr(
        reports_tab,
        "choose_report_file",
        lambda _parent, _suggested, kind: chosen[kind].with_suffix(f".{kind}"),
    )
    tab.save_report("xlsx")
    workbook_path = tmp_path / "laporan.xlsx"
    qtbot.waitUntil(lambda: "disimpan" in tab.message.text(), timeout=15_000)
    workbook = openpyxl.load_workbook(workbook_path, read_only=True)
    cells = {
        str(c)
        for sheet_ in workbook.worksheets
        for row in sheet_.iter_rows(values_only=True)
        for c in row
        if c
    }
    workbook.close()
    assert "RW 004" in cells
    assert "Sari Wulandari" in cells
    tab.save_report("pdf")
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=15_000)
    assert "Sari Wulandari" in _pdf_text(tmp_path / "laporan.pdf")
