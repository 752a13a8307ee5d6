# mypy: disable-error-code="no-untyped-call"
"""The distribution desk driven from the keyboard alone, as on a day with a queue: scan, F12, next."""

import subprocess
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tangsel_desktop.domain.sembako.round_rules import StockMove
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.sembako.desk_tab import DeskTab
from tangsel_desktop.ui.sembako.sembako_page import SembakoPage
from tests.ui.sembako.conftest import Running

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TABLES = ("sembako_handover", "document_register", "sembako_stock_move", "audit_log")


def _counts(services: Services) -> dict[str, int]:
    with services.database.read() as tx:
        return {t: tx.session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def _desk(qtbot: QtBot, page: SembakoPage) -> DeskTab:
    page.tabs.setCurrentWidget(page.desk_tab)
    desk = page.desk_tab
    qtbot.waitUntil(lambda: desk.status is not None, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input, timeout=5_000)
    return desk


def _scan(qtbot: QtBot, desk: DeskTab, typed: str, state: str) -> None:
    """What a USB scanner does: the characters, then Enter, into whatever has the focus."""
    desk.state = ""
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.state == state, timeout=10_000)


def _count_reads(services: Services, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every read the page could make after a handover, noted by name."""
    reads: list[str] = []
    for service, name in (
        (services.sembako_rounds, "rounds"), (services.sembako_rounds, "recipients"),
        (services.sembako_stock, "status"), (services.sembako_stock, "moves"),
        (services.sembako_reports, "build"), (services.sembako_handovers, "lookup"),
        (services.person_photos, "get"),
    ):  # fmt: skip
        method = getattr(service, name)

        def noted(*args: object, _method: Any = method, _name: str = name, **kwargs: object) -> object:
            reads.append(_name)
            return _method(*args, **kwargs)

        monkeypatch.setattr(service, name, noted)
    return reads


def test_a_card_scanned_and_f12_hand_over_and_print_and_a_second_scan_is_loudly_refused(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, services: Services,
    running: Running, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    desk = _desk(qtbot, open_page(operator))
    assert "Diserahkan 0 dari 3" in desk.progress_label.text()
    assert "stok di tangan 5" in desk.progress_label.text()
    assert "Beras 10 kg" in desk.package_value.text()

    _scan(qtbot, desk, running.card_payload, "ready")
    assert desk.name_value.text() == "Joko Netra"
    assert desk.state_label.text() == "BELUM MENERIMA"
    reads = _count_reads(services, monkeypatch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: desk.state == "handed", timeout=10_000)
    handed = services.sembako_handovers.ledger(actor=operator, round_id=running.round.id)
    assert [(h.nik, h.clerk_name, h.by_proxy) for h in handed] == [(running.village.blind, "OPS", False)]
    receipt = handed[0].receipt_number
    assert receipt in desk.message_label.text()
    assert "Diserahkan 1 dari 3" in desk.progress_label.text()
    assert "stok di tangan 4" in desk.progress_label.text()
    # The receipt is printed through the register: its PDF carries the number, and the preview opens.
    qtbot.waitUntil(lambda: desk.preview is not None, timeout=15_000)
    assert desk.preview is not None
    pdf = desk.preview.path if hasattr(desk.preview, "path") else None
    printed = sorted((services.paths.root / "cetak").glob("tanda-terima-*.pdf"))
    assert len(printed) == 1
    words = subprocess.run(["pdftotext", str(printed[0]), "-"], capture_output=True, text=True, check=True)
    assert receipt in words.stdout
    assert pdf is None or pdf == printed[0]
    desk.preview.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input, timeout=5_000)
    # The handover and its receipt were the only service calls: nothing read back, no tab reloaded.
    assert reads == []
    assert desk.input.text() == ""

    # The same card again: loudly ALREADY COLLECTED with when, by whom and the receipt; F12 changes nothing.
    before = _counts(services)
    _scan(qtbot, desk, running.card_payload, "collected")
    assert desk.state_label.text() == "SUDAH MENERIMA"
    assert "SUDAH MENERIMA" in desk.message_label.text()
    assert receipt in desk.message_label.text()
    assert "OPS" in desk.message_label.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F12)
    qtbot.wait(200)
    assert desk.state == "collected"
    assert _counts(services) == before
    assert "Diserahkan 1 dari 3" in desk.progress_label.text()


def test_a_name_picked_with_the_arrows_collected_by_a_proxy_with_a_thumbprint_queued_for_the_batch(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, services: Services,
    running: Running,
) -> None:  # fmt: skip
    desk = _desk(qtbot, open_page(operator))
    qtbot.keyClick(desk.input, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(desk.queue_check.isChecked, timeout=2_000)  # a mnemonic clicks after a short press
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input, timeout=5_000)
    _scan(qtbot, desk, "a", "choose")
    assert desk.matches.isVisible()
    names = [desk.matches.item(row).text() for row in range(desk.matches.count())]
    assert len(names) >= 2
    qtbot.keyClick(desk.input, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is desk.matches
    desk.state = ""
    qtbot.keyClick(desk.matches, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.state == "ready", timeout=10_000)
    chosen = desk.name_value.text()
    assert names[0].startswith(chosen)
    # The proxy's fields and the thumbprint by their keys, then Ctrl+Enter.
    qtbot.keyClick(desk.input, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Wati Tetangga")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "tetangga")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(desk.thumbprint.isChecked, timeout=2_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.state == "handed", timeout=10_000)
    assert "Wati Tetangga" in desk.message_label.text()
    assert desk.proxy_name.text() == ""
    assert desk.signature.isChecked()
    assert QApplication.focusWidget() is desk.input
    (handed,) = services.sembako_handovers.ledger(actor=operator, round_id=running.round.id)
    assert (handed.full_name, handed.proxy_name, handed.proxy_relation, handed.mark.value) == (
        chosen, "Wati Tetangga", "tetangga", "thumbprint"
    )  # fmt: skip
    assert desk.queue == [handed.id]
    assert desk.print_queue_button.text() == "C&etak antrean (1)"
    assert desk.preview is None
    qtbot.keyClick(desk.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.preview is not None, timeout=15_000)
    assert desk.queue == []
    assert desk.preview is not None
    desk.preview.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input, timeout=5_000)
    # The same name typed again: the list says which family already collected, and only that one.
    _scan(qtbot, desk, "a", "choose")
    again = [desk.matches.item(row).text() for row in range(desk.matches.count())]
    collected = [text for text in again if "SUDAH MENERIMA" in text]
    assert len(collected) == 1
    assert collected[0].startswith("SUDAH MENERIMA")
    assert f"· {chosen} — NIK" in collected[0]
    assert "1 sudah menerima" in desk.message_label.text()


@pytest.mark.parametrize(
    ("typed", "proxy_relation", "words"),
    [
        ("3674045708859999", "", "tidak terdaftar"),
        ("Rina Pindah", "", "Tidak ada nama"),
        ("36740457088500", "", "16 angka"),
        ("Budi", "anak", "Nama wakil"),
    ],
    ids=["unknown-nik", "not-on-the-list", "short-nik", "proxy-without-a-name"],
)
def test_bad_inputs_are_loud_and_change_nothing(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, services: Services,
    running: Running, typed: str, proxy_relation: str, words: str,
) -> None:  # fmt: skip
    desk = _desk(qtbot, open_page(operator))
    before = _counts(services)
    expected = "ready" if proxy_relation else "error"
    _scan(qtbot, desk, typed, expected)
    if proxy_relation:
        desk.relation.setText(proxy_relation)
        desk.state = ""
        qtbot.keyClick(desk.input, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: desk.state == "error", timeout=10_000)
    else:
        qtbot.keyClick(desk.input, Qt.Key.Key_F12)
        qtbot.wait(100)
    assert desk.state == "error"
    assert desk.state_label.text() == "TIDAK DICATAT"
    assert words in desk.message_label.text()
    assert _counts(services) == before


def test_a_round_not_approved_refuses_at_the_desk(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, supervisor: Actor,
    services: Services, running: Running,
) -> None:  # fmt: skip
    services.sembako_rounds.close(actor=supervisor, round_id=running.round.id)
    desk = _desk(qtbot, open_page(operator))
    assert "ditutup" in desk.progress_label.text()
    before = _counts(services)
    _scan(qtbot, desk, running.village.tb, "ready")
    qtbot.keyClick(desk.input, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: desk.state == "error", timeout=10_000)
    assert "sudah ditutup" in desk.message_label.text()
    assert _counts(services) == before


def test_no_stock_left_refuses_loudly_and_changes_nothing(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, supervisor: Actor,
    services: Services, running: Running,
) -> None:  # fmt: skip
    services.sembako_stock.write_off(
        actor=supervisor, round_id=running.round.id, kind=StockMove.DAMAGED, count=5, reason="banjir"
    )
    desk = _desk(qtbot, open_page(operator))
    assert "stok di tangan 0" in desk.progress_label.text()
    before = _counts(services)
    _scan(qtbot, desk, running.village.sari, "ready")
    qtbot.keyClick(desk.input, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: desk.state == "error", timeout=10_000)
    assert "habis" in desk.message_label.text()
    assert _counts(services) == before


def test_a_supervisor_cancels_a_mistaken_handover_at_the_desk_and_the_family_may_collect_again(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, supervisor: Actor,
    services: Services, running: Running,
) -> None:  # fmt: skip
    handed, _ = services.sembako_handovers.hand_over(
        actor=operator, round_id=running.round.id, who=Who(nik=running.village.tb)
    )
    # The operator sees the row greyed out, saying who may.
    desk = _desk(qtbot, open_page(operator))
    _scan(qtbot, desk, running.village.tb, "collected")
    assert desk.void_row.isVisible()
    assert not desk.void_row.void_button.isEnabled()
    assert (
        desk.void_row.void_button.toolTip() == "Hanya supervisor dan administrator yang boleh melakukan ini"
    )

    desk = _desk(qtbot, open_page(supervisor))
    assert "Diserahkan 1 dari 3" in desk.progress_label.text()
    _scan(qtbot, desk, running.village.tb, "collected")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is desk.void_row.reason_field
    qtbot.keyClick(desk.void_row.reason_field, Qt.Key.Key_Return)  # no reason: refused, nothing changes
    qtbot.waitUntil(lambda: desk.state == "error", timeout=10_000)
    assert "alasan" in desk.message_label.text().lower()
    assert QApplication.focusWidget() is desk.void_row.reason_field
    qtbot.keyClicks(desk.void_row.reason_field, "salah orang")
    qtbot.keyClick(desk.void_row.reason_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.state == "voided", timeout=10_000)
    assert handed.receipt_number in desk.message_label.text()
    assert "Diserahkan 0 dari 3" in desk.progress_label.text()
    assert not desk.void_row.isVisible()
    assert QApplication.focusWidget() is desk.input
    (voided,) = services.sembako_handovers.ledger(actor=supervisor, round_id=running.round.id)
    assert (voided.voided_at is not None, voided.void_reason) == (True, "salah orang")
    _scan(qtbot, desk, running.village.tb, "ready")
