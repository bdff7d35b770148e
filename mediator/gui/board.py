"""The to-do board (首页): what needs attention today, grouped, each item one click from its case."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.workflow_enums import TodoKind
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.widgets import bold_font, list_table
from mediator.persistence.todo import TodoItem

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOR = QColor("#c62828")
VISIBLE_ROWS = 5
"""Rows each group shows at least before the board scrolls."""


GROUP_OF = {TodoKind.REFERRAL_PENDING: TodoKind.CONFIRMATION_WINDOW}
"""Kinds shown in another kind's group: referrals awaiting an outcome join the windows."""


class TodoModel(ListModel):
    """Items of one group of the board; overdue rows are red and bold."""

    show_tooltips = True

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Case number"), self.tr("What to do")]

    def cells(self, item: TodoItem) -> list[str]:
        due = item.due.isoformat()
        if item.overdue:
            due = self.tr("{date} (overdue)").format(date=due)
        return [due, item.case_number, item.title]

    def style(self, item: TodoItem, role: int) -> Any:
        if not item.overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.FontRole:
            return bold_font()
        return None

    def case_id(self, row: int) -> int | None:
        return self.items[row].case_id if 0 <= row < len(self.items) else None


class TodoGroup(QGroupBox):
    """One kind of item: a heading with the count and a table."""

    open_case = Signal(int)

    def __init__(self, kind: TodoKind, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._title = title
        self.model = TodoModel(self)
        self.view = list_table(self.model, self, fit_columns=False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._activated)
        # Room for a heading and VISIBLE_ROWS rows: the board scrolls rather than squeezing
        # every group down to two rows on a 768-pixel office screen.
        self.view.setMinimumHeight(
            self.view.horizontalHeader().sizeHint().height()
            + VISIBLE_ROWS * self.view.verticalHeader().defaultSectionSize()
            + 2 * self.view.frameWidth()
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.set_items([])

    def set_items(self, items: Iterable[TodoItem]) -> None:
        self.model.set_items(items)
        overdue = sum(1 for i in self.model.items if i.overdue)
        count = self.model.rowCount()
        if overdue:
            text = self.tr("{title} ({n}, {overdue} overdue)")
            self.setTitle(text.format(title=self._title, n=count, overdue=overdue))
        else:
            self.setTitle(self.tr("{title} ({n})").format(title=self._title, n=count))

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.open_case.emit(case_id)


class TodoBoard(QWidget):
    """The home page: a group per kind of item, refreshed after every change."""

    open_case = Signal(int)
    agenda_requested = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.heading = QLabel(self)
        self.heading.setStyleSheet("QLabel { font-size: 13pt; font-weight: bold; }")
        self.agenda_button = QPushButton(self.tr("Session agenda…"), self)
        self.agenda_button.clicked.connect(self.agenda_requested)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.agenda_button)
        top.addWidget(self.refresh_button)
        titles = {
            TodoKind.ACCEPTANCE: self.tr("Acceptance decisions"),
            TodoKind.MEDIATION_DUE: self.tr("Mediation time limits"),
            TodoKind.SESSION: self.tr("Sessions today and this week"),
            TodoKind.FOLLOW_UP: self.tr("Follow-up visits"),
            TodoKind.INSTALMENT: self.tr("Performance (instalments)"),
            TodoKind.EMPLOYER_WARNING: self.tr("Employer early warning"),
            TodoKind.LIMITATION: self.tr("Arbitration limitation (advice)"),
            TodoKind.CONFIRMATION_WINDOW: self.tr("Confirmation windows and referrals"),
        }
        self.groups: dict[TodoKind, TodoGroup] = {}
        grid = QGridLayout()
        for position, (kind, title) in enumerate(titles.items()):
            group = TodoGroup(kind, title, self)
            group.open_case.connect(self.open_case)
            self.groups[kind] = group
            grid.addWidget(group, position // 2, position % 2)
        groups = QWidget(self)
        groups.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(groups)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        ops.changed.connect(self._on_changed)
        self.refresh()

    def today(self) -> date:
        return self.ops.services.today()

    def refresh(self) -> None:
        today = self.today()
        items = self.ops.read(self, lambda _s: self.ops.workflow.todo(today)) or []
        for kind, group in self.groups.items():
            group.set_items(i for i in items if GROUP_OF.get(i.kind, i.kind) is kind)
        overdue = sum(1 for i in items if i.overdue)
        self.heading.setText(
            self.tr("To do on {date}: {n} items, {overdue} overdue").format(
                date=today.isoformat(), n=len(items), overdue=overdue
            )
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.cases or changes.calendar:
            self.refresh()
