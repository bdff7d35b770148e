"""The case list model: all matching ids in memory, the rows fetched lazily.

After Anki's browser ``DataModel``: one query gets the ids that match the
filter, in the order chosen by clicking a header (sorted by SQL, never by a
proxy), and ``data()`` fills a cache of frozen ``CaseRow`` snapshots in
batches of ``BATCH`` around the row asked for. Only the rows on screen are
ever loaded, so 200,000 cases cost one id list (about 2 MB).

The id query runs on a worker thread: on a large database it takes a good
part of a second, and search-as-you-type must not freeze the window while it
does. Each query carries a generation number, so a slow answer to an old
keystroke never replaces the answer to a newer one.
"""

from __future__ import annotations

import logging
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor

from mediator.domain.money import format_amount
from mediator.gui.widgets import bold_font
from mediator.persistence.caselist import CaseFilter, CaseRow, SortKey
from mediator.persistence.services import Services

log = logging.getLogger("mediator.gui")

BATCH = 200
MAX_CACHED_ROWS = 5000
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = QColor("#c62828")

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    RECEIVED = 1
    STATUS = 2
    CATEGORY = 3
    APPLICANTS = 4
    RESPONDENTS = 5
    CLAIMED = 6
    MEDIATOR = 7
    DUE = 8


SORT_KEYS: dict[Column, SortKey] = {
    Column.NUMBER: SortKey.NUMBER,
    Column.RECEIVED: SortKey.RECEIVED,
    Column.STATUS: SortKey.STATUS,
    Column.CATEGORY: SortKey.CATEGORY,
    Column.APPLICANTS: SortKey.APPLICANTS,
    Column.RESPONDENTS: SortKey.RESPONDENTS,
    Column.CLAIMED: SortKey.CLAIMED,
    Column.DUE: SortKey.MEDIATION_DUE,
}


class _Relay(QObject):
    """Carries a worker thread's answer back to the GUI thread (queued signal)."""

    done = Signal(int, object)


class CaseListModel(QAbstractTableModel):
    loaded = Signal(int)
    """A query finished; the argument is the number of matching cases."""
    failed = Signal(object)
    """A query raised; the argument is the exception."""

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ids: list[int] = []
        self._rows: dict[int, CaseRow | None] = {}
        self._filter = CaseFilter()
        self._sort = SortKey.RECEIVED
        self._descending = True
        self._today = services.today()
        self._generation = 0
        self._pending = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_query_done)

    # -- querying ------------------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[SortKey, bool]:
        return self._sort, self._descending

    @property
    def is_loading(self) -> bool:
        return self._pending

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Ask for the ids again (filter, sort or data changed); answers arrive later."""
        self._generation += 1
        self._pending = True
        generation = self._generation
        flt, sort, descending = self._filter, self._sort, self._descending
        # Queries queued behind the running one are out of date: drop them.
        self._pool.clear()
        self._pool.start(lambda: self._query(generation, flt, sort, descending))

    def _query(self, generation: int, flt: CaseFilter, sort: SortKey, descending: bool) -> None:
        """Runs on the worker thread."""
        try:
            result: object = self._services.case_ids(flt, sort, descending)
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            result = exc
        self._relay.done.emit(generation, result)

    def _on_query_done(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        self._pending = False
        if isinstance(result, Exception):
            self.failed.emit(result)
            return
        assert isinstance(result, list)
        self.beginResetModel()
        self._ids = result
        self._rows.clear()
        self._today = self._services.today()
        self.endResetModel()
        self.loaded.emit(len(self._ids))

    def wait(self) -> None:
        """Block until the running query is done (shutdown and tests)."""
        self._pool.waitForDone()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """QAbstractItemModel::sort: re-query in SQL order; unsortable columns are ignored."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # -- rows ----------------------------------------------------------------------------

    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def case_row(self, row: int) -> CaseRow | None:
        case_id = self.case_id(row)
        if case_id is None:
            return None
        if case_id not in self._rows:
            self._fetch_around(row)
        return self._rows.get(case_id)

    def _fetch_around(self, row: int) -> None:
        if len(self._rows) > MAX_CACHED_ROWS:
            self._rows.clear()
        start = row - row % BATCH
        wanted = [i for i in self._ids[start : start + BATCH] if i not in self._rows]
        fetched = self._services.case_rows(wanted)
        for case_id in wanted:
            # None marks a case deleted since the id query, so it is not refetched.
            self._rows[case_id] = fetched.get(case_id)

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.CLAIMED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Case number"),
            self.tr("Received"),
            self.tr("Status"),
            self.tr("Dispute type"),
            self.tr("Applicants"),
            self.tr("Respondents"),
            self.tr("Amount claimed"),
            self.tr("Lead mediator"),
            self.tr("Mediation due"),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if role == CASE_ID_ROLE:
            return self.case_id(index.row())
        row = self.case_row(index.row())
        if row is None:
            return self.tr("(deleted)") if role == Qt.ItemDataRole.DisplayRole else None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.CLAIMED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == Column.DUE and row.is_overdue(self._today):
            return self._overdue_style(row, role)
        return None

    def _display(self, row: CaseRow, column: Column) -> str:
        match column:
            case Column.NUMBER:
                return row.number
            case Column.RECEIVED:
                return row.received_on.isoformat()
            case Column.STATUS:
                return row.status.label
            case Column.CATEGORY:
                return row.category.label
            case Column.APPLICANTS:
                return row.applicant_summary
            case Column.RESPONDENTS:
                return row.respondent_summary
            case Column.CLAIMED:
                return format_amount(row.claimed_total)
            case Column.MEDIATOR:
                return row.lead_mediator
            case Column.DUE:
                return row.mediation_due.isoformat()

    def _overdue_style(self, row: CaseRow, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.FontRole:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.acceptance_overdue(self._today):
                return self.tr("Overdue: not accepted by {date}").format(
                    date=row.acceptance_due.isoformat()
                )
            return self.tr("Overdue: mediation was due on {date}").format(
                date=row.mediation_due.isoformat()
            )
        return None
