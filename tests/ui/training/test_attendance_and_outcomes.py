# mypy: disable-error-code="no-untyped-call"
"""Attendance marked on the grid by keyboard alone (read back through the service), at the door by NIK, with a
companion; certificates printed: issued and refused with reasons on screen and in the PDF, SALINAN on reprint;
the kit with its logo on the participant's panel."""

import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tangsel_desktop.domain.training.participation import Mark
from tangsel_desktop.domain.training.training_rules import Session
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.training.training_views import BatchView
from tangsel_desktop.ui.training import outcomes_tab
from tangsel_desktop.ui.training.training_page import TrainingPage
from tests.services.training_fixtures import ANI, JOKO, SITI
from tests.ui.training.conftest import DAYS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def selected(services: Services, operator: Actor, supervisor: Actor, course: BatchView) -> BatchView:
    for number in (SITI, ANI):
        services.training_participants.enroll(actor=operator, batch_id=course.id, nik=number)
        services.training_participants.select(actor=supervisor, batch_id=course.id, nik=number)
    return course


def _marks(services: Services, actor: Actor, batch: BatchView) -> dict[str, tuple[Mark | None, ...]]:
    grid = services.training_attendance.grid(actor=actor, batch_id=batch.id)
    return {row.participant.nik: row.marks for row in grid.rows}


def test_the_grid_is_marked_by_keyboard_alone(
    qtbot: QtBot, open_page: Callable[[Actor], TrainingPage], operator: Actor, services: Services,
    selected: BatchView,
) -> None:  # fmt: skip
    page = open_page(operator)
    page.tabs.setCurrentWidget(page.attendance_tab)
    tab = page.attendance_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    assert tab.model.columnCount() == 1 + 3 + 2
    assert tab.view.hasFocus()
    rows = [tab.model.row_of(r).participant.nik for r in range(2)]
    assert tab.view.currentIndex().row() == 0
    assert tab.view.currentIndex().column() == 1
    view = tab.view
    # H on the first row steps down; A on the second; right, up, I; right, H; down, right... by keys only.
    for key in (Qt.Key.Key_H, Qt.Key.Key_A, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_I):
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert tab.model.data(tab.model.index(0, 1)) == "H"  # shown at once, before the store answers
    qtbot.waitUntil(lambda: tab.pending == 0, timeout=10_000)
    marks = _marks(services, operator, selected)
    first, second = rows
    assert marks[first] == (Mark.PRESENT, Mark.EXCUSED, Mark.PRESENT)
    assert marks[second] == (Mark.ABSENT, None, None)
    assert tab.model.data(tab.model.index(0, 4)) == "16"
    assert tab.model.data(tab.model.index(0, 5)) == "66%"
    # At the door: the NIK typed, the day chosen, a companion named for a blind participant.
    tab.day_combo.setCurrentIndex(2)
    tab.companion_field.setText("Wati")
    tab.relation_field.setText("istri")
    qtbot.keyClicks(tab.door_field, second)
    qtbot.keyClick(tab.door_field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: tab.pending == 0 and tab.model.data(tab.model.index(1, 3)) == "H†", timeout=10_000
    )
    tip = Qt.ItemDataRole.ToolTipRole
    assert tab.model.data(tab.model.index(1, 3), tip) == "Didampingi Wati (istri)"
    assert tab.model.data(tab.model.index(1, 1), tip) is None  # his own mark, no companion
    assert _marks(services, operator, selected)[second] == (Mark.ABSENT, None, Mark.PRESENT)
    assert "8 dari 24 JP" in tab.message.text()
    # A NIK not on the batch is refused on screen; nothing is written.
    qtbot.keyClicks(tab.door_field, "3674045708851099")
    qtbot.keyClick(tab.door_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.pending == 0 and "3674045708851099" in tab.message.text(), timeout=10_000)


def test_the_day_sheet_prints(
    qtbot: QtBot, open_page: Callable[[Actor], TrainingPage], operator: Actor, selected: BatchView
) -> None:
    page = open_page(operator)
    page.tabs.setCurrentWidget(page.attendance_tab)
    tab = page.attendance_tab
    qtbot.waitUntil(lambda: tab.day_combo.count() == 3, timeout=10_000)
    tab.day_combo.setCurrentIndex(0)
    tab.sheet_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=20_000)
    path = Path(tab.message.text().rsplit(": ", 1)[1])
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Siti Aminah" in text
    assert "Ani Lestari" in text
    assert "02-11-2026" in text or "2 November 2026" in text


def test_certificates_show_who_got_one_and_who_did_not(
    qtbot: QtBot, open_page: Callable[[Actor], TrainingPage], operator: Actor, supervisor: Actor,
    services: Services, selected: BatchView,
) -> None:  # fmt: skip
    attendance = services.training_attendance
    for day in DAYS:
        attendance.attend(actor=operator, batch_id=selected.id, day=day, nik=SITI, mark="hadir")
    attendance.attend(actor=operator, batch_id=selected.id, day=DAYS[0], nik=ANI, mark="hadir")
    page = open_page(supervisor)
    page.tabs.setCurrentWidget(page.outcomes_tab)
    tab = page.outcomes_tab
    qtbot.waitUntil(lambda: tab.people_model.rowCount() == 2, timeout=10_000)
    assert "umum" in tab.kind_hint.text()
    # A result for a general course is refused, and the refusal is on screen.
    siti_row = next(r for r in range(2) if tab.people_model.text(r, 0) == "Siti Aminah")
    tab.people_view.clicked.emit(tab.people_model.index(siti_row, 0))
    assert tab.nik_field.text() == SITI
    tab.lsp_field.setText("LSP-001")
    tab.date_field.setText("20-11-2026")
    tab.result_button.click()
    qtbot.waitUntil(tab.message.isVisible, timeout=10_000)
    assert "BNSP" in tab.message.text()
    tab.print_button.click()
    qtbot.waitUntil(lambda: tab.run is not None, timeout=20_000)
    run = tab.run
    assert run is not None
    (issued,) = run.issued
    (refused,) = run.refused
    shown = {
        tab.printed_model.text(r, 0): tab.printed_model.text(r, 1)
        for r in range(tab.printed_model.rowCount())
    }
    assert shown["Siti Aminah"] == issued.number
    assert shown["Ani Lestari"].startswith("Tidak ada: ")
    assert refused.reason in shown["Ani Lestari"]
    assert "8" in refused.reason
    assert tab.summary.text().startswith("1 sertifikat")
    text = subprocess.run(
        ["pdftotext", str(run.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Siti Aminah" in text
    assert issued.number in text
    assert "Ani Lestari" not in text
    assert "SALINAN" not in text
    qtbot.waitUntil(
        lambda: tab.people_model.text(0, 2) == issued.number or tab.people_model.text(1, 2) == issued.number,
        timeout=10_000,
    )
    # Printed again, large: the same number, now a copy.
    if tab.preview is not None:
        tab.preview.reject()
    tab.run = None
    tab.large_print.setChecked(True)
    tab.print_button.click()
    qtbot.waitUntil(lambda: tab.run is not None, timeout=20_000)
    again = tab.run
    assert again is not None
    assert again.issued[0].number == issued.number
    assert again.issued[0].copy
    assert "SALINAN" in tab.printed_model.text(0, 1) or "SALINAN" in tab.printed_model.text(1, 1)
    text = subprocess.run(
        ["pdftotext", str(again.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "SALINAN" in text


def test_the_kit_logo_shows_on_the_participant_panel(
    qtbot: QtBot, open_page: Callable[[Actor], TrainingPage], supervisor: Actor, services: Services,
    selected: BatchView, tmp_path: Path,
) -> None:  # fmt: skip
    logo = QImage(120, 80, QImage.Format.Format_RGB32)
    logo.fill(QColor("#c0392b"))
    assert logo.save(str(tmp_path / "logo.png"))
    page = open_page(supervisor)
    page.tabs.setCurrentWidget(page.aftercare_tab)
    tab = page.aftercare_tab
    qtbot.waitUntil(lambda: tab.people_model.rowCount() == 2, timeout=10_000)
    row = next(r for r in range(2) if tab.people_model.text(r, 1) == SITI)
    tab.choose(tab.people_model.value(row))
    tab.items_field.setText("Oven listrik, Mixer")
    tab.brand_field.setText("Kue Siti")
    tab.logo_path = tmp_path / "logo.png"
    tab.kit_button.click()
    qtbot.waitUntil(lambda: "tanda terima" in tab.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: tab.logo.isVisible() and "Kue Siti" in tab.story.text(), timeout=10_000)
    assert "Oven listrik, Mixer" in tab.story.text()
    pixmap = tab.logo.pixmap()
    assert pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2).name() == "#c0392b"
    assert tab.chosen is not None
    (kit,) = services.training_history.of_person(actor=supervisor, person_id=tab.chosen.person_id)
    # The receipt, printed through the register under the number taken when the kit was recorded.
    tab.receipts_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=20_000)
    path = Path(tab.message.text().rsplit(": ", 1)[1])
    printed = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Siti Aminah" in printed
    assert "Oven listrik" in printed
    assert kit.brand_name == "Kue Siti"


def test_a_card_scanned_at_the_door_marks_the_blind_participant_with_his_companion(
    qtbot: QtBot, open_page: Callable[[Actor], TrainingPage], operator: Actor, supervisor: Actor,
    services: Services, course: BatchView, tmp_path: Path,
) -> None:  # fmt: skip
    services.training_participants.enroll(actor=operator, batch_id=course.id, nik=JOKO)
    services.training_participants.select(actor=supervisor, batch_id=course.id, nik=JOKO)
    joko = services.people.find_by_nik(actor=operator, nik=JOKO)
    assert joko is not None
    services.documents.print_cards(actor=supervisor, person_ids=[joko.id], target=tmp_path / "kartu.pdf")
    # What the door's scanner reads: the QR code of the printed card, decoded from the page.
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "300",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "kartu.pdf"),
            str(tmp_path / "card"),
        ],
        check=True,
    )
    (image,) = tmp_path.glob("card*.png")
    scanned = subprocess.run(
        ["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True, check=True
    )
    payload = next(line for line in scanned.stdout.splitlines() if line.startswith("TS1*"))
    page = open_page(operator)
    page.tabs.setCurrentWidget(page.attendance_tab)
    tab = page.attendance_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.day_combo.count() == 3, timeout=10_000)
    tab.day_combo.setCurrentIndex(1)
    tab.companion_field.setText("Wati")
    tab.relation_field.setText("istri")
    qtbot.keyClicks(tab.door_field, payload)
    qtbot.keyClick(tab.door_field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: tab.pending == 0 and tab.model.data(tab.model.index(0, 2)) == "H†", timeout=10_000
    )
    assert tab.door_field.text() == ""
    # Read afresh (another day, another clerk): the grid still says who accompanied him.
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.data(tab.model.index(0, 2)) == "H†", timeout=10_000)
    assert tab.model.data(tab.model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == "Didampingi Wati (istri)"
    assert "Joko Netra" in tab.message.text()
    assert "Pendamping: Wati (istri)" in tab.message.text()
    assert _marks(services, operator, course)[JOKO] == (None, Mark.PRESENT, None)
    with services.database.read() as tx:
        stored = tx.session.execute(
            text("SELECT mark, companion_name, companion_relation FROM training_attendance")
        ).all()
    assert [tuple(row) for row in stored] == [("hadir", "Wati", "istri")]


def test_the_batch_report_is_saved_as_a_workbook_and_a_pdf(
    qtbot: QtBot, open_page: Callable[[Actor], TrainingPage], operator: Actor, supervisor: Actor,
    services: Services, selected: BatchView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    for day in DAYS:
        services.training_attendance.attend(
            actor=operator, batch_id=selected.id, day=day, nik=SITI, mark="hadir"
        )
    page = open_page(supervisor)
    page.tabs.setCurrentWidget(page.outcomes_tab)
    tab = page.outcomes_tab
    qtbot.waitUntil(lambda: tab.people_model.rowCount() == 2, timeout=10_000)
    monkeypatch.setattr(
        outcomes_tab, "choose_report_file", lambda _parent, _suggested, kind: tmp_path / f"laporan.{kind}"
    )
    tab.report_xlsx_button.click()
    qtbot.waitUntil(lambda: "disimpan" in tab.message.text(), timeout=15_000)
    workbook = openpyxl.load_workbook(tmp_path / "laporan.xlsx", read_only=True)
    cells = {
        str(c) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True) for c in row if c
    }
    workbook.close()
    assert {"Siti Aminah", "Ani Lestari"} <= cells
    tab.message.clear_message()
    tab.report_pdf_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=15_000)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "laporan.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Siti Aminah" in text
    assert "Pelatihan Membuat Kue Angkatan 1" in text


def test_a_mark_for_a_session_not_yet_held_is_refused_and_the_cell_restored(
    qtbot: QtBot, open_page: Callable[[Actor], TrainingPage], operator: Actor, supervisor: Actor,
    services: Services, course: BatchView,
) -> None:  # fmt: skip
    today = date.today()
    running, _ = services.training_courses.add_batch(
        actor=supervisor, training_id=course.training.id, starts_on=today - timedelta(days=1),
        ends_on=today + timedelta(days=1), quota=5, place="Aula",
        sessions=[Session(today + timedelta(days=shift), 8) for shift in (-1, 0, 1)],
    )  # fmt: skip
    services.training_participants.enroll(actor=operator, batch_id=running.id, nik=SITI)
    services.training_participants.select(actor=supervisor, batch_id=running.id, nik=SITI)
    page = open_page(operator)
    page.chooser.choose(running.id)
    page.tabs.setCurrentWidget(page.attendance_tab)
    tab = page.attendance_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.grid is not None, timeout=10_000)
    assert tab.model.grid is not None
    assert tab.model.grid.batch.id == running.id
    tab.view.setCurrentIndex(tab.model.index(0, 3))  # tomorrow's session
    qtbot.keyClick(tab.view, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: tab.pending == 0, timeout=10_000)
    assert "belum berlangsung" in tab.message.text()
    assert tab.model.data(tab.model.index(0, 3)) == ""
    assert _marks(services, operator, running)[SITI] == (None, None, None)


def test_an_internship_is_shown_as_recorded_and_completed_with_one_date(
    qtbot: QtBot, open_page: Callable[[Actor], TrainingPage], supervisor: Actor, services: Services,
    selected: BatchView,
) -> None:  # fmt: skip
    start = selected.starts_on + timedelta(days=7)
    services.training_aftercare.internship(
        actor=supervisor, batch_id=selected.id, nik=SITI, host="Toko Kue Melati", starts_on=start,
        supervisor_name="Bu Rina",
    )  # fmt: skip
    page = open_page(supervisor)
    page.tabs.setCurrentWidget(page.aftercare_tab)
    tab = page.aftercare_tab
    qtbot.waitUntil(lambda: tab.people_model.rowCount() == 2, timeout=10_000)
    ani = next(r for r in range(2) if tab.people_model.text(r, 1) == ANI)
    siti = next(r for r in range(2) if tab.people_model.text(r, 1) == SITI)
    tab.choose(tab.people_model.value(siti))
    qtbot.waitUntil(lambda: tab.host_field.text() == "Toko Kue Melati", timeout=10_000)
    assert (tab.intern_start.text(), tab.mentor_field.text(), tab.intern_done.text()) == (
        f"{start:%d-%m-%Y}",
        "Bu Rina",
        "",
    )
    tab.intern_done.setText(f"{start - timedelta(days=1):%d-%m-%Y}")  # before it began: refused
    tab.intern_button.click()
    qtbot.waitUntil(lambda: "sebelum tanggal mulainya" in tab.message.text(), timeout=10_000)
    done = start + timedelta(days=30)
    tab.intern_done.setText(f"{done:%d-%m-%Y}")
    tab.intern_button.click()
    qtbot.waitUntil(lambda: "selesai pada" in tab.message.text(), timeout=10_000)
    recorded = services.training_aftercare.internship_of(actor=supervisor, batch_id=selected.id, nik=SITI)
    assert recorded is not None
    assert (recorded.host, recorded.completed_on) == ("Toko Kue Melati", done)
    tab.choose(tab.people_model.value(ani))  # no internship yet: the form is empty again
    qtbot.waitUntil(lambda: tab.host_field.text() == "", timeout=10_000)
    assert tab.intern_done.text() == ""
