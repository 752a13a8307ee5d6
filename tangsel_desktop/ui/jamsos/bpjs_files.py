"""The file questions and folder opening of the BPJS exchange, in one place that tests replace."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_export_target(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where the list for BPJS goes (the dialog blocks, so tests replace this)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BpjsFiles", "Save the list for BPJS as"),
        str(suggested),
        QCoreApplication.translate("BpjsFiles", "Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def choose_answer_file(parent: QWidget) -> Path | None:
    """Ask which answer file from BPJS to read (tests replace this)."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BpjsFiles", "Choose BPJS's answer"),
        str(Path.home()),
        QCoreApplication.translate("BpjsFiles", "Excel or CSV (*.xlsx *.csv)"),
    )
    return Path(chosen) if chosen else None


def open_folder(folder: Path) -> bool:
    """Show a folder in the system's file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
