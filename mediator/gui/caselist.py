"""The case list with its search box and filters.

Typing in the search box narrows the list as you type (200 ms after the last
key, so a quick typist causes one query, not five); the other filters apply
at once. The query itself runs off the GUI thread (``CaseListModel``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import cast

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.enums import OPEN_STATUSES, CaseStatus, Category
from mediator.gui.caselistmodel import SORT_KEYS, CaseListModel, Column
from mediator.gui.widgets import ChoiceCombo
from mediator.persistence.caselist import CaseFilter
from mediator.persistence.services import Services

SEARCH_DELAY_MS = 200
COLUMN_WIDTHS = {
    Column.NUMBER: 180,
    Column.RECEIVED: 90,
    Column.STATUS: 70,
    Column.CATEGORY: 150,
    Column.APPLICANTS: 200,
    Column.RESPONDENTS: 220,
    Column.CLAIMED: 100,
    Column.MEDIATOR: 80,
}


class CaseListWidget(QWidget):
    open_case = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = CaseListModel(services, self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build_filters()
        self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filter_rows)
        layout.addWidget(self.table, 1)

    # -- construction --------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search: name, ID number, phone, employer, credit code or case number")
        )
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.status = ChoiceCombo(
            [
                (self.tr("All statuses"), None),
                (self.tr("Open cases"), frozenset(OPEN_STATUSES)),
                *[(s.label, frozenset({s})) for s in CaseStatus],
            ],
            self,
        )
        self.category = ChoiceCombo(
            [(self.tr("All dispute types"), None), *[(c.label, c) for c in Category]], self
        )
        self.mediator = ChoiceCombo([(self.tr("All mediators"), None)], self)
        self.reload_mediators()
        self.by_date = QCheckBox(self.tr("Received from"), self)
        today = self._services.today()
        start = today - timedelta(days=90)
        self.date_from = self._date_edit(start)
        self.date_to = self._date_edit(today)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.collective = QCheckBox(self.tr("Collective only"), self)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        for combo in (self.status, self.category, self.mediator):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.by_date, self.overdue, self.collective):
            box.toggled.connect(self.apply_filter)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_date_changed)
        self.by_date.toggled.connect(self.date_from.setEnabled)
        self.by_date.toggled.connect(self.date_to.setEnabled)
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.status)
        first.addWidget(self.category)
        first.addWidget(self.mediator)
        second = QHBoxLayout()
        second.addWidget(self.by_date)
        second.addWidget(self.date_from)
        second.addWidget(QLabel(self.tr("to"), self))
        second.addWidget(self.date_to)
        second.addSpacing(16)
        second.addWidget(self.overdue)
        second.addWidget(self.collective)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        self._filter_rows = QVBoxLayout()
        self._filter_rows.addLayout(first)
        self._filter_rows.addLayout(second)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(day.year, day.month, day.day))
        edit.setEnabled(False)
        return edit

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: Qt then never measures 200,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._on_header_clicked)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.activated.connect(self._on_activated)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.loaded.connect(self._restore_selection)
        self._selected_id: int | None = None

    # -- filtering -----------------------------------------------------------------------

    def reload_mediators(self) -> None:
        users = self._services.users(active_only=False)
        current = self.mediator.value()
        self.mediator.set_choices(
            [(self.tr("All mediators"), None), *[(u.name, u.id) for u in users]]
        )
        self.mediator.set_value(current)

    def current_filter(self) -> CaseFilter:
        statuses = self.status.value() or frozenset()
        category = self.category.value()
        received_from: date | None = None
        received_to: date | None = None
        if self.by_date.isChecked():
            received_from = cast(date, self.date_from.date().toPython())
            received_to = cast(date, self.date_to.date().toPython())
        return CaseFilter(
            text=self.search.text().strip(),
            statuses=statuses,
            categories=frozenset({category}) if category else frozenset(),
            received_from=received_from,
            received_to=received_to,
            mediator_id=self.mediator.value(),
            overdue_only=self.overdue.isChecked(),
            collective_only=self.collective.isChecked(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.case_filter:
            self.model.set_filter(flt)

    def _on_date_changed(self) -> None:
        if self.by_date.isChecked():
            self.apply_filter()

    def clear_filters(self) -> None:
        for widget in (self.search, self.status, self.category, self.mediator):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.status, self.category, self.mediator):
            combo.setCurrentIndex(0)
        for widget in (self.search, self.status, self.category, self.mediator):
            widget.blockSignals(False)
        for box in (self.by_date, self.overdue, self.collective):
            box.setChecked(False)
        self.apply_filter()

    # -- sorting and opening ---------------------------------------------------------------

    def _on_header_clicked(self, section: int) -> None:
        header = self.table.horizontalHeader()
        sort_key, descending = self.model.sort_key
        if Column(section) not in SORT_KEYS:
            # Not sortable in SQL: put the indicator back where the order really is.
            current = next(c for c, k in SORT_KEYS.items() if k is sort_key)
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(current, order)
            return
        self.model.sort(section, header.sortIndicatorOrder())

    def _on_activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.open_case.emit(case_id)

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def select_after_reload(self, case_id: int) -> None:
        """Select ``case_id`` once the running query has answered (a case just saved)."""
        self._selected_id = case_id

    def _remember_selection(self) -> None:
        if self._selected_id is None:
            self._selected_id = self.selected_case_id()

    def _restore_selection(self) -> None:
        if self._selected_id is None:
            return
        row = self.model.row_of(self._selected_id)
        self._selected_id = None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
