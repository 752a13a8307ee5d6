# mypy: disable-error-code="no-untyped-call"
"""Qt's own dialogs in Indonesian: message-box buttons, the file and print dialogs, a text field's menu."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tangsel_desktop.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
QT_TS = resources_dir() / "translations" / "qtbase_id.ts"
TOOLS = Path(sys.executable).parent
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _qt_messages() -> list[tuple[str, str, str]]:
    # Our own committed file, not untrusted input.
    root = ET.parse(QT_TS).getroot()  # noqa: S314
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.findtext("translation", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _shown_texts(dialog: QWidget) -> set[str]:
    texts: set[str] = set()
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisibleTo(dialog) and widget.text():
            texts.add(widget.text())
        if isinstance(widget, QGroupBox) and widget.isVisibleTo(dialog):
            texts.add(widget.title())
        if widget.toolTip() and widget.isVisibleTo(dialog):
            texts.add(widget.toolTip())
    return texts


def test_qt_ships_no_indonesian_catalogue_so_we_ship_our_own() -> None:
    """Should a Qt release bring qtbase_id.qm, install_translations takes it too; this says when."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert not (Path(folder) / "qtbase_id.qm").exists()
    assert QT_TS.with_suffix(".qm").exists()


def test_every_source_text_is_one_qt_really_shows() -> None:
    """A source text Qt does not use would translate nothing: each is checked against Qt's own German
    catalogue, which holds every text of qtbase under its context."""
    german = QTranslator()
    assert german.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    unknown = [
        (context, source) for context, source, _ in _qt_messages() if not german.translate(context, source)
    ]
    assert not unknown
    assert all(translation for _, _, translation in _qt_messages())


def test_the_qt_qm_file_is_compiled_from_its_ts_file(tmp_path: Path) -> None:
    tool = shutil.which("pyside6-lrelease", path=str(TOOLS)) or shutil.which("pyside6-lrelease")
    assert tool is not None
    fresh = tmp_path / "qtbase_id.qm"
    subprocess.run([tool, "-silent", str(QT_TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QT_TS.with_suffix(".qm").read_bytes(), "run pyside6-lrelease on qtbase_id.ts"


def test_message_box_standard_buttons_speak_indonesian(qtbot: QtBot) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Yes | buttons.No | buttons.Cancel | buttons.Save | buttons.Close)
    texts = {button: box.button(button).text() for button in (buttons.Yes, buttons.No, buttons.Cancel)}
    assert texts == {buttons.Yes: "&Ya", buttons.No: "&Tidak", buttons.Cancel: "Batal"}
    assert box.button(buttons.Save).text() == "Simpan"
    assert box.button(buttons.Close).text() == "Tutup"
    button_box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Apply
    )
    qtbot.addWidget(button_box)
    assert button_box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    assert button_box.button(QDialogButtonBox.StandardButton.Apply).text() == "Terapkan"


def test_qt_file_dialog_speaks_indonesian_where_no_native_one_exists(qtbot: QtBot, tmp_path: Path) -> None:
    """Windows (and a GTK desktop) show their own dialog; where the platform has none, Qt's own shows."""
    dialog = QFileDialog(None, "Simpan daftar", str(tmp_path), "Excel (*.xlsx)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.resize(900, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = _shown_texts(dialog)
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:", "&Simpan", "Batal"} <= shown
    assert {"Kembali", "Buat Folder Baru", "Tampilan Rinci"} <= shown
    english = {source for context, source, _ in _qt_messages() if context == "QFileDialog"} | {"Cancel"}
    assert not shown & english


def test_qt_print_dialog_speaks_indonesian(qtbot: QtBot) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    (options,) = [b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Pilihan >>"]
    qtbot.mouseClick(options, Qt.MouseButton.LeftButton)
    shown = _shown_texts(dialog)
    assert dialog.windowTitle() == "Cetak"
    assert {"&Cetak", "Batal", "Rentang cetak", "Cetak semua", "Pengaturan Hasil"} <= shown
    assert not shown & {"Print", "&Print", "Cancel", "Print range", "Print all", "Output Settings"}


def test_no_window_code_turns_the_native_dialogs_off() -> None:
    """Qt's static file dialogs use the platform's own (in the platform's language) unless told not to."""
    offenders = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "tangsel_desktop").rglob("*.py"))
        if "DontUseNativeDialog" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
