"""The Sinkronisasi area's file choosers (tests replace them: the dialogs block)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

SUFFIX = ".tsync"
PACKAGE_FILTER = "Paket sinkronisasi (*.tsync)"


def _with_suffix(chosen: str) -> Path:
    path = Path(chosen)
    # A name typed without its ending still becomes a package file.
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def choose_package_target(parent: QWidget, suggested: Path) -> Path | None:
    """Where the office's package (or the centre's answer) is written."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("SyncFiles", "Save the package as"), str(suggested), PACKAGE_FILTER
    )
    return _with_suffix(chosen) if chosen else None


def choose_packages(parent: QWidget, folder: Path) -> list[Path]:
    """The offices' packages to read at the centre: as many as the stick holds, at once."""
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("SyncFiles", "Read the offices' packages"),
        str(folder),
        PACKAGE_FILTER,
    )
    return [Path(name) for name in chosen]


def choose_answer(parent: QWidget, folder: Path) -> Path | None:
    """The centre's answer, read at the office."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SyncFiles", "Read the answer of Dinas Sosial"),
        str(folder),
        PACKAGE_FILTER,
    )
    return Path(chosen) if chosen else None
