"""What the Sinkronisasi panels share: the role gate, a results table, the folder files are offered in."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHeaderView, QPlainTextEdit, QTableView, QWidget

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.sync.sync_table import SyncRowsModel

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate


def is_supervisor(actor: Actor) -> bool:
    return actor.role.rank >= Role.SUPERVISOR.rank


def gate(widget: QWidget, allowed: bool, tooltip: str = "") -> None:
    """A control the role may not use stays visible but greyed out, its tooltip saying who may."""
    widget.setEnabled(allowed)
    widget.setToolTip(
        tooltip if allowed else translate("SyncCommon", "Only supervisors and administrators may do this")
    )


def results_table(parent: QWidget, model: SyncRowsModel, *, stretch: int) -> QTableView:
    table = QTableView(parent)
    set_up_listing(table, model, stretch=stretch)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def summary_box(parent: QWidget) -> QPlainTextEdit:
    """A read-only box in a fixed-width font: the package's figures line up as in the command line's JSON."""
    box = QPlainTextEdit(parent)
    box.setReadOnly(True)
    box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return box


def start_folder() -> Path:
    """Where the file choosers open: the home folder (a stick mounts under it on the offices' laptops)."""
    return Path.home()
