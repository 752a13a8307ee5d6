# mypy: disable-error-code="no-untyped-call"
# (pytest-qt generates QtBot's key and mouse helpers, so they carry no types.)
"""What the import dialog says besides counts: refused rows, other kelurahan, where the report is."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tangsel_desktop.paths import resources_dir
from tangsel_desktop.ui.people import import_dialog
from tangsel_desktop.ui.people.people_page import PeoplePage
from tests.ui.people.test_import_export import BAD, GOOD, choose, open_import, write_csv

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)
SCREENS = [(1366, 768), (1280, 720)]


def screen_id(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_the_refused_rows_are_listed_with_their_reasons(
    qtbot: QtBot, page: PeoplePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, screen: tuple[int, int]
) -> None:
    choose(monkeypatch, write_csv(tmp_path / "warga.csv", GOOD + BAD))
    dialog = open_import(qtbot, page)
    width, height = screen
    # It fits the screen with the window's title bar and a taskbar to spare.
    assert dialog.width() <= width - 20
    assert dialog.height() <= height - 80
    assert not dialog.rejected_box.isVisible()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None)

    table = dialog.rejected_table
    assert dialog.rejected_box.isVisible()
    assert dialog.rejected_box.title() == "Baris yang ditolak (2)"
    headers = [table.horizontalHeaderItem(column).text() for column in range(3)]  # type: ignore[union-attr]
    assert headers == ["Baris", "NIK / nama", "Alasan"]
    rows = [[table.item(row, column).text() for column in range(3)] for row in range(table.rowCount())]  # type: ignore[union-attr]
    assert [row[0] for row in rows] == ["4", "5"]
    assert rows[0][1] == "367404140378000 · NIK Pendek"
    assert "16 angka" in rows[0][2]
    assert rows[1][1] == "3674040211690022"
    assert "Nama lengkap wajib diisi" in rows[1][2]
    assert dialog.rejected_note.text() == "Perbaiki baris-baris ini di berkas, lalu impor lagi."
    # Every row and the reason column are on screen, not scrolled away below the buttons.
    assert table.viewport().height() >= table.rowViewportPosition(1) + table.rowHeight(1)
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(2) + header.sectionSize(2) <= table.viewport().width()
    assert dialog.close_button.isVisible()
    dialog.close()


def test_residents_of_other_kelurahan_are_counted_and_named(
    qtbot: QtBot, page: PeoplePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, resources_dir() / "samples" / "contoh-impor-penduduk.xlsx")
    dialog = open_import(qtbot, page)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None)

    assert dialog.count_labels["other_kelurahan"].text() == "17"
    assert dialog.elsewhere_label.isVisible()
    assert dialog.elsewhere_label.text().startswith(
        "17 baris adalah warga kelurahan lain. Baris itu akan disimpan,"
    )
    assert not dialog.rejected_box.isVisible()  # the sample has no bad rows
    dialog.close()


def test_where_no_program_opens_the_report_the_dialog_says_where_it_is(
    qtbot: QtBot, page: PeoplePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, write_csv(tmp_path / "warga.csv", GOOD))
    asked: list[Path] = []

    def no_launcher(path: Path) -> bool:
        asked.append(path)
        return False  # what QDesktopServices.openUrl answers where no file launcher exists

    monkeypatch.setattr(import_dialog, "open_local_file", no_launcher)
    dialog = open_import(qtbot, page)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None)
    result = dialog.import_result
    assert result is not None
    assert not dialog.copy_path_button.isVisible()

    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    assert asked == [result.report_path]
    assert dialog.report_place.isVisible()
    assert dialog.report_place.text() == (
        "Tidak ada program di komputer ini yang dapat membuka laporan. Laporan tersimpan di:\n"
        f"{result.report_path}"
    )
    assert dialog.copy_path_button.isVisible()
    assert dialog.copy_path_button.text() == "Salin lokasi"
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_path_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(result.report_path)
    assert dialog.copy_path_button.text() == "Lokasi tersalin"
    dialog.close()
