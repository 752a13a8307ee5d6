# mypy: disable-error-code="no-untyped-call"
"""Verifikasi for every role, the public key for supervisors, and what an operator sees on Cetak."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.printing import print_page
from tangsel_desktop.ui.printing.print_page import PrintPage
from tangsel_desktop.ui.printing.verify_panel import VerifyPanel
from tests.conftest import OFFICE_CODE
from tests.ui.printing.conftest import QT_OFFSCREEN_NOISE, OpenPage, payloads

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)


@pytest.fixture
def printed(services: Services, supervisor: Actor, demo_people: int, tmp_path: Path) -> dict[str, str]:
    """Two cards printed by the supervisor: number -> QR payload, from the store."""
    people = services.documents.people_for_cards(actor=supervisor)[:2]
    services.documents.print_cards(
        actor=supervisor, person_ids=[person.id for person in people], target=tmp_path / "kartu.pdf"
    )
    found = payloads(services)
    assert len(found) == 2
    return found


def scan(qtbot: QtBot, panel: VerifyPanel, text: str) -> None:
    """As a USB scanner does: the characters, then Enter (text a keyboard cannot type is pasted)."""
    panel.payload_edit.setFocus()
    panel.payload_edit.selectAll()
    before = panel._generation
    if text.isascii() and text.isprintable():
        qtbot.keyClicks(panel.payload_edit, text)
    else:
        panel.payload_edit.insert(text)
    qtbot.keyClick(panel.payload_edit, Qt.Key.Key_Return)
    assert panel._generation == before + 1
    qtbot.waitUntil(lambda: not panel.checking, timeout=10_000)


def test_a_real_payload_is_valid_and_a_tampered_one_is_not(
    qtbot: QtBot, open_page: OpenPage, printed: dict[str, str]
) -> None:
    page = open_page("spv")
    page.tabs.setCurrentIndex(PrintPage.VERIFY)
    panel = page.verify
    assert panel.payload_edit.hasFocus()  # ready for the scanner
    number, payload = next(iter(printed.items()))

    scan(qtbot, panel, payload)
    assert panel.result is not None
    assert panel.result.valid
    assert panel.outcome.isVisible()
    assert panel.verdict_label.text() == "✔ SAH: dokumen ini asli dan isinya tidak diubah."
    assert panel.kind_label.text() == "Kartu"
    assert panel.number_label.text() == number
    assert panel.office_label.text() == f"Kelurahan Sawah, Kecamatan Ciputat ({OFFICE_CODE})"
    assert panel.copy_label.text() == "Tidak, dokumen asli"
    assert "1b6e35" in panel.verdict_label.styleSheet()  # green
    assert panel.payload_edit.selectedText() == payload  # the next scan replaces it

    # One character of the number changed: the signature no longer matches.
    last = number[-1]
    tampered = payload.replace(number, number[:-1] + ("1" if last != "1" else "2"))
    scan(qtbot, panel, tampered)
    assert panel.result is not None
    assert not panel.result.valid
    assert panel.verdict_label.text() == "✘ TIDAK SAH: keaslian dokumen ini tidak dapat dipastikan."
    assert panel.reason_label.text().startswith("Tanda tangan tidak cocok")
    assert "b3261e" in panel.verdict_label.styleSheet()  # red
    assert not panel.number_label.isVisible()


def test_garbage_never_crashes_the_check(qtbot: QtBot, open_page: OpenPage, printed: dict[str, str]) -> None:
    page = open_page("spv")
    page.tabs.setCurrentIndex(PrintPage.VERIFY)
    panel = page.verify
    payload = next(iter(printed.values()))
    for garbage in (
        "hello",
        "<b>bold</b> & more",
        "TS1*K*0*",
        "TS1*K*0*36.74.04.1004*X*Y*Z",
        "*" * 500,
        "é中文🙂",
        "\tTS1",
        payload[:-5],
        payload + "A",
    ):
        scan(qtbot, panel, garbage)
        assert panel.result is None or not panel.result.valid, garbage
        assert panel.verdict_label.text().startswith("✘ TIDAK SAH"), garbage
        assert panel.reason_label.text(), garbage
        assert "tak terduga" not in panel.message_label.text()
    # Nothing typed: a hint, not a verdict.
    panel.payload_edit.clear()
    qtbot.keyClick(panel.payload_edit, Qt.Key.Key_Return)
    assert not panel.outcome.isVisible()
    assert panel.message_label.text() == "Pindai atau tempel isi kode QR terlebih dahulu."
    # A scanner with Caps Lock on types the code in lower case; it is still the same code.
    scan(qtbot, panel, payload.lower())
    assert panel.result is not None
    assert panel.result.valid


def test_an_operator_is_told_printing_needs_a_supervisor_but_can_verify(
    qtbot: QtBot, open_page: OpenPage, services: Services, operator: Actor, printed: dict[str, str]
) -> None:
    page = open_page("ops")
    assert not page.may_print
    assert page.role_notice.isVisible()
    assert page.role_notice.text().startswith("Mencetak kartu dan dokumen memerlukan supervisor")
    assert "Operator" in page.role_notice.text()
    assert page.tabs.currentIndex() == PrintPage.VERIFY
    assert not page.key_button.isEnabled()
    cards = page.cards
    assert not cards.make_button.isEnabled()
    assert not cards.selection.isEnabled()
    assert cards.make_button.toolTip() == "Hanya supervisor dan administrator yang boleh mencetak kartu"
    assert cards.note_label.text() == cards.make_button.toolTip()
    people = services.documents.people_for_cards(actor=operator)[:2]
    assert cards.add_people(people) == 0
    assert cards.make_cards() is None
    # The register is readable, but nothing in it can be printed again.
    page.tabs.setCurrentIndex(PrintPage.REGISTER)
    assert page.register.model.rowCount() == 2
    page.register.table.selectRow(0)
    assert not page.register.reprint_button.isEnabled()
    assert page.register.reprint_selected() is None
    assert page.export_public_key() is None
    # Verifying works for everyone.
    page.tabs.setCurrentIndex(PrintPage.VERIFY)
    scan(qtbot, page.verify, next(iter(printed.values())))
    assert page.verify.result is not None
    assert page.verify.result.valid


def test_a_supervisor_exports_the_public_key(
    qtbot: QtBot, open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb" / "kunci.txt"
    target.parent.mkdir()
    suggested: list[Path] = []

    def choose(_parent: object, offered: Path) -> Path:
        suggested.append(offered)
        return target

    monkeypatch.setattr(print_page, "choose_key_file", choose)
    page = open_page("spv")
    assert page.key_button.isEnabled()
    qtbot.keyClick(page.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.key_message.isVisible(), timeout=10_000)
    assert suggested[0].name == f"kunci-publik-{OFFICE_CODE}.txt"
    assert target.read_text(encoding="ascii").startswith(f"TANGSEL-ED25519 {OFFICE_CODE} ")
    assert page.key_message.text().startswith(f"Kunci publik disimpan: {target}")


def test_an_unwritable_key_file_is_explained_in_indonesian(
    qtbot: QtBot, open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(print_page, "choose_key_file", lambda _parent, _offered: tmp_path / "no" / "k.txt")
    page = open_page("admin")
    page.export_public_key()
    qtbot.waitUntil(lambda: page.key_message.isVisible(), timeout=10_000)
    # Refused by the output-path check before anything is written (issue 9, finding 1).
    assert page.key_message.text().startswith(f"Folder {str(tmp_path / 'no')!r} tidak ada")
    assert page.key_button.isEnabled()


def test_labels_that_carry_names_paths_or_payload_text_are_plain_text(open_page: OpenPage) -> None:
    page = open_page("spv")
    verify = page.verify
    labels = [
        page.role_notice,
        page.key_message,
        page.cards.message_label,
        page.cards.selection.results_label,
        page.cards.selection.chosen_label,
        page.cards.selection.message_label,
        page.register.count_label,
        page.register.message_label,
        verify.verdict_label,
        verify.kind_label,
        verify.number_label,
        verify.office_label,
        verify.copy_label,
        verify.reason_label,
        verify.message_label,
    ]
    assert [label.textFormat() for label in labels] == [Qt.TextFormat.PlainText] * len(labels)
