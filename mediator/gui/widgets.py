"""Small widgets shared by the screens."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from mediator.domain.enums import LabelledEnum
from mediator.domain.errors import Issue

ERROR_COLOR = "#b71c1c"
WARNING_COLOR = "#8a6100"
BANNER_STYLE = (
    "QLabel { background: #fff4c2; color: #5d4300; border: 1px solid #e0c060;"
    " border-radius: 3px; padding: 6px; }"
)


class ChoiceCombo(QComboBox):
    """A combo box over (label, value) pairs that returns the value itself.

    Items carry their position, not the value: Qt would turn a ``StrEnum``
    member into a plain string on the way through a QVariant.
    """

    def __init__(
        self,
        choices: Iterable[tuple[str, Any]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        current = self.value() if self._values else None
        self.blockSignals(True)
        try:
            self.clear()
            self._values = []
            for label, value in choices:
                self.addItem(label, len(self._values))
                self._values.append(value)
            self.set_value(current)
        finally:
            self.blockSignals(False)

    def value(self) -> Any:
        position = self.currentIndex()
        return self._values[position] if 0 <= position < len(self._values) else None

    def set_value(self, value: Any) -> None:
        for position, candidate in enumerate(self._values):
            if candidate == value and type(candidate) is type(value):
                self.setCurrentIndex(position)
                return
        self.setCurrentIndex(0 if self._values else -1)


def enum_choices(enum: type[LabelledEnum], blank: str | None = None) -> list[tuple[str, Any]]:
    """(label, member) pairs of an enum, optionally led by a blank entry."""
    choices: list[tuple[str, Any]] = [(m.label, m) for m in enum]
    return [(blank, None), *choices] if blank is not None else choices


class FieldMessage(QLabel):
    """Validation messages shown right under a field: red for errors, amber for warnings.

    The label keeps one line of room even when empty: a form whose buttons
    jump when a message comes or goes makes people click the wrong one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumHeight(self.fontMetrics().lineSpacing())

    def show_issues(self, issues: list[Issue]) -> None:
        if not issues:
            self.clear()
            return
        error = any(i.is_error for i in issues)
        color = ERROR_COLOR if error else WARNING_COLOR
        self.setStyleSheet(f"QLabel {{ color: {color}; }}")
        self.setText("\n".join(i.message for i in issues))


def banner(parent: QWidget | None = None) -> QLabel:
    """A yellow notice strip (hidden until it gets text)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE)
    label.hide()
    return label


def list_table(
    model: QAbstractItemModel, parent: QWidget | None = None, fit_columns: bool = True
) -> QTableView:
    """A read-only table of records: whole rows selected, one at a time, zebra stripes."""
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    if fit_columns:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def bold_font() -> QFont:
    """The font role of an emphasised cell (overdue rows, totals)."""
    font = QFont()
    font.setBold(True)
    return font
