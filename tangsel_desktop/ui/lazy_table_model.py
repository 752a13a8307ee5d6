"""The one lazy table mechanism: keyset pages fetched through a query function, cached, grown on scroll.

The first page is read by the page that owns the model (off the GUI thread) and handed to set_query;
every further page is read by an Operation the model starts in fetchMore, so scrolling never touches
the store on the GUI thread. One page is read at a time, and a page that answers for a listing that
has been replaced since (the clerk typed on) is dropped.
"""

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.ui.operations import Operation, TaskRunner

PAGE_SIZE = 200

AnyIndex = QModelIndex | QPersistentModelIndex


class PagedQuery(Protocol):
    """What a listing reads through: fetch(after_key, limit) -> rows; the model never opens a session."""

    @property
    def fetch(self) -> Callable[[Any, int], Sequence[Any]]: ...


class LazyTableModel(QAbstractTableModel):
    """A listing's rows, a page at a time; subclasses say the headers, the cells and the keyset key."""

    # A page could not be read (the message is for the clerk); the listing stops growing.
    fetch_failed = Signal(str)
    # A further page has answered (its rows, if any, inserted): for counts that also say "scroll for more".
    page_arrived = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        parent: QObject | None = None,
        *,
        runner: TaskRunner,
        page_size: int = PAGE_SIZE,
    ):
        super().__init__(parent)
        self.page_size = page_size
        self._runner = runner
        self._headers = tuple(headers)
        self._query: Any = None
        self._rows: list[Any] = []
        self._exhausted = True
        # Each set_query starts a new listing; a page read for an older one is dropped when it answers.
        self._listing = 0
        self._fetching = False

    # -- what subclasses say ------------------------------------------------------------------

    def after_key(self, last_row: Any) -> Any:
        """The keyset value the next page starts after."""
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    # -- what pages use -------------------------------------------------------------------------

    @property
    def query(self) -> Any:
        return self._query

    @property
    def exhausted(self) -> bool:
        """True when the last page came back short: every matching row is loaded."""
        return self._exhausted

    @property
    def fetching(self) -> bool:
        """True while the next page is being read (fetchMore's Operation has not answered yet)."""
        return self._fetching

    @property
    def fetch_size(self) -> int:
        """Rows to ask for: one more than a page, so a full last page is known to be the last."""
        return self.page_size + 1

    def set_query(self, query: PagedQuery, first_page: Sequence[Any]) -> None:
        """Show a new listing whose first fetch_size rows were already read (perhaps off the GUI thread)."""
        self.beginResetModel()
        self._listing += 1
        self._fetching = False
        self._query = query
        self._rows = list(first_page[: self.page_size])
        self._exhausted = len(first_page) <= self.page_size
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def position_of(self, matches: Callable[[Any], bool]) -> int | None:
        for position, row in enumerate(self._rows):
            if matches(row):
                return position
        return None

    # -- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        # True while a page is being read too: the view asks again when the rows arrive, and
        # fetchMore ignores the call meanwhile.
        return not parent.isValid() and self._query is not None and not self._exhausted

    def fetchMore(self, parent: AnyIndex) -> None:
        """Read the next page off the GUI thread; its rows are inserted when it answers."""
        if not self.canFetchMore(parent) or self._fetching:
            return
        query, listing, fetch_size = self._query, self._listing, self.fetch_size
        after = self.after_key(self._rows[-1]) if self._rows else None
        self._fetching = True

        def work(_handle: object) -> list[Any]:
            # Worker thread: the query function (a service call) and plain rows only.
            return list(query.fetch(after, fetch_size))

        Operation(self._runner, self, work).success(lambda rows: self._page_arrived(listing, rows)).failure(
            lambda error: self._page_failed(listing, error)
        ).run()

    def _page_arrived(self, listing: int, fetched: list[Any]) -> None:
        if listing != self._listing:
            return  # read for a listing that has been replaced since
        self._fetching = False
        self._exhausted = len(fetched) <= self.page_size
        page = fetched[: self.page_size]
        if page:
            first = len(self._rows)
            # Qt's range is inclusive: n rows occupy first .. first + n - 1.
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.page_arrived.emit()

    def _page_failed(self, listing: int, error: BaseException) -> None:
        if listing != self._listing:
            return
        # Stop growing rather than retrying on every scroll; the page shows the message. A bug has
        # already been logged and shown in the crash dialog by the task runner.
        self._fetching = False
        self._exhausted = True
        if isinstance(error, UserError):
            self.fetch_failed.emit(error.message)
        else:
            self.fetch_failed.emit(
                QCoreApplication.translate(
                    "LazyTableModel", "The next rows could not be read; see the log file."
                )
            )
