"""Where a report is saved: the one file chooser of the Laporan page (tests replace it; the dialog blocks)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}


def choose_report_file(parent: QWidget, suggested: Path, kind: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportFiles", "Save the report as"),
        str(suggested),
        FILTERS[kind],
    )
    if not chosen:
        return None
    path = Path(chosen)
    # The clerk may type a name without its ending: the button pressed says which file it is.
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")
