"""Editable tables of records (applicants, respondents, agents, claims).

``RecordsModel`` holds plain dict rows described by ``FieldSpec`` columns
(see ``intakedata``) and paints the validation state of each cell: a red
background for an error, yellow for a warning, the message as tooltip.
``EditTable`` is the view: spreadsheet-like keys (Ctrl+V pastes, Delete
clears) and a combo-box editor for choice columns. ``TablePanel`` puts
the buttons above and the list of problems below.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.errors import Issue
from mediator.gui.intakedata import FieldSpec, Kind, Row, blank_row

Index = QModelIndex | QPersistentModelIndex
Choices = list[tuple[str, Any]]
ChoiceSource = Callable[[Row], Choices]

ERROR_BACKGROUND = QColor("#f9d4d4")
WARNING_BACKGROUND = QColor("#fff1bf")


def spec_choices(spec: FieldSpec) -> ChoiceSource:
    assert spec.enum is not None
    members: Choices = [(m.label, m) for m in spec.enum]
    if spec.blank_choice:
        members = [("", None), *members]
    return lambda _row: members


class RecordsModel(QAbstractTableModel):
    """Rows of dicts, one column per ``FieldSpec``."""

    edited = Signal()
    """The content changed (cells, rows added or removed); not for a repaint of issues."""

    def __init__(
        self,
        specs: list[FieldSpec],
        new_row: Callable[[], Row],
        choices: dict[str, ChoiceSource] | None = None,
        editable: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.specs = specs
        self._new_row = new_row
        self._editable = editable
        self._rows: list[Row] = []
        self._issues: dict[tuple[int, str], Issue] = {}
        self._choices: dict[str, ChoiceSource] = {
            s.key: spec_choices(s) for s in specs if s.kind is Kind.CHOICE and s.enum is not None
        }
        self._choices.update(choices or {})

    # -- rows ----------------------------------------------------------------------------

    @property
    def rows(self) -> list[Row]:
        return self._rows

    def column_of(self, key: str) -> int:
        return next(i for i, s in enumerate(self.specs) if s.key == key)

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self._issues.clear()
        self.endResetModel()
        self.edited.emit()

    def append_rows(self, rows: list[Row]) -> int:
        """Add rows at the end; returns the position of the first one."""
        first = len(self._rows)
        if rows:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(dict(r) for r in rows)
            self.endInsertRows()
            self.edited.emit()
        return first

    def append_blank(self) -> int:
        return self.append_rows([self._new_row()])

    def remove_rows(self, positions: Iterable[int]) -> list[int]:
        """Remove the given rows; returns them sorted, highest first."""
        removed = sorted({p for p in positions if 0 <= p < len(self._rows)}, reverse=True)
        for position in removed:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()
        if removed:
            self.edited.emit()
        return removed

    def is_blank(self, position: int) -> bool:
        """True if the user has typed nothing into this row."""
        blank = self._new_row()
        return all(self._rows[position].get(s.key) == blank.get(s.key) for s in self.specs)

    def update_rows(self, change: Callable[[Row], None]) -> None:
        """Apply ``change`` to every row (fixing indexes after a removal)."""
        for row in self._rows:
            change(row)
        self.refresh()
        self.edited.emit()

    def refresh(self, roles: list[int] | None = None) -> None:
        """Repaint every cell (labels of choice columns depend on other tables)."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.specs) - 1), roles or []
            )

    # -- validation display ------------------------------------------------------------

    def set_issues(self, issues: dict[tuple[int, str], Issue]) -> None:
        if issues == self._issues:
            return
        self._issues = dict(issues)
        self.refresh([Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    def issue_at(self, row: int, key: str) -> Issue | None:
        return self._issues.get((row, key))

    # -- choices -------------------------------------------------------------------------

    def choices(self, index: Index) -> Choices:
        spec = self.specs[index.column()]
        source = self._choices.get(spec.key)
        return source(self._rows[index.row()]) if source else []

    def _choice_label(self, row: Row, spec: FieldSpec) -> str:
        source = self._choices.get(spec.key)
        value = row.get(spec.key)
        for label, choice in source(row) if source else []:
            if choice == value and type(choice) is type(value):
                return label
        return "" if value is None else str(value)

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.specs)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.specs[section].header if 0 <= section < len(self.specs) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._editable:
            return flags
        if self.specs[index.column()].kind is Kind.BOOL:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self._rows[index.row()]
        spec = self.specs[index.column()]
        value = row.get(spec.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if spec.kind is Kind.BOOL:
                return None
            return self._choice_label(row, spec) if spec.kind is Kind.CHOICE else str(value or "")
        if role == Qt.ItemDataRole.EditRole:
            return None if spec.kind is Kind.CHOICE else value
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind is Kind.BOOL:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind is Kind.MONEY:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        issue = self._issues.get((index.row(), spec.key))
        if issue is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return ERROR_BACKGROUND if issue.is_error else WARNING_BACKGROUND
            if role == Qt.ItemDataRole.ToolTipRole:
                return issue.message
        return None

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or not self._editable:
            return False
        spec = self.specs[index.column()]
        if spec.kind is Kind.BOOL:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif spec.kind is not Kind.CHOICE:
            value = "" if value is None else str(value)
        return self.set_value(index.row(), spec.key, value)

    def set_value(self, row: int, key: str, value: Any) -> bool:
        """Set one cell by key (choices take the value itself, not its label)."""
        if self._rows[row].get(key) == value and type(self._rows[row].get(key)) is type(value):
            return True
        self._rows[row][key] = value
        index = self.index(row, self.column_of(key))
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


def _is_choice(model: object, index: Index) -> bool:
    return isinstance(model, RecordsModel) and model.specs[index.column()].kind is Kind.CHOICE


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over ``RecordsModel.choices`` for choice columns."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        model = index.model()
        if not _is_choice(model, index):
            return super().createEditor(parent, option, index)
        assert isinstance(model, RecordsModel)
        combo = QComboBox(parent)
        for position, (label, _value) in enumerate(model.choices(index)):
            # The position, not the value: Qt would turn a StrEnum into a plain str.
            combo.addItem(label or " ", position)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        model = index.model()
        if not isinstance(editor, QComboBox) or not isinstance(model, RecordsModel):
            super().setEditorData(editor, index)
            return
        current = model.rows[index.row()].get(model.specs[index.column()].key)
        for position, (_label, value) in enumerate(model.choices(index)):
            if value == current and type(value) is type(current):
                editor.setCurrentIndex(position)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if not isinstance(editor, QComboBox) or not isinstance(model, RecordsModel):
            super().setModelData(editor, model, index)
            return
        choices = model.choices(index)
        position = editor.currentData()
        if isinstance(position, int) and 0 <= position < len(choices):
            model.set_value(index.row(), model.specs[index.column()].key, choices[position][1])


def apply_widths(view: QTableView) -> None:
    """Each column as wide as its spec says, and never narrower than its header text
    (English headers are longer than Chinese ones)."""
    model = view.model()
    if not isinstance(model, RecordsModel):
        return
    header = view.horizontalHeader()
    for column, spec in enumerate(model.specs):
        view.setColumnWidth(column, max(spec.width, header.sectionSizeHint(column)))


class EditTable(QTableView):
    """Spreadsheet-like table: Ctrl+V asks to paste, Delete clears the selected cells."""

    paste_requested = Signal()

    def __init__(self, model: RecordsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ChoiceDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        apply_widths(self)
        self.horizontalHeader().setStretchLastSection(True)

    def records(self) -> RecordsModel:
        model = self.model()
        assert isinstance(model, RecordsModel)
        return model

    def selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.selectionModel().selectedIndexes()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._clear_selection():
            return
        super().keyPressEvent(event)

    def _clear_selection(self) -> bool:
        if self.state() == QAbstractItemView.State.EditingState:
            return False
        model = self.records()
        cleared = False
        for index in self.selectionModel().selectedIndexes():
            spec = model.specs[index.column()]
            if spec.kind in (Kind.TEXT, Kind.DATE, Kind.MONEY):
                model.set_value(index.row(), spec.key, "")
                cleared = True
        return cleared


class TablePanel(QWidget):
    """One intake table with its buttons and the list of its problems."""

    def __init__(
        self,
        table: str,
        specs: list[FieldSpec],
        choices: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table_name = table
        self.model = RecordsModel(specs, lambda: blank_row(specs), choices, parent=self)
        self.view = EditTable(self.model, self)
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.remove_button = QPushButton(self.tr("Remove selected rows"), self)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.messages = QListWidget(self)
        self.messages.setMaximumHeight(96)
        self.messages.setWordWrap(True)
        self.messages.hide()
        self.messages.itemActivated.connect(self._go_to_issue)
        self.messages.itemClicked.connect(self._go_to_issue)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.messages)
        self.add_button.clicked.connect(self.add_row)

    def add_row(self) -> None:
        row = self.model.append_blank()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def show_issues(self, issues: list[Issue]) -> tuple[int, int]:
        """Mark cells and list messages; returns (errors, warnings)."""
        cells: dict[tuple[int, str], Issue] = {}
        self.messages.clear()
        for issue in sorted(issues, key=self._row_of):
            where = self._cell_of(issue)
            if where is not None:
                cells[where] = _merge(cells.get(where), issue)
            item = QListWidgetItem(issue.message, self.messages)
            item.setForeground(
                Qt.GlobalColor.darkRed if issue.is_error else Qt.GlobalColor.darkYellow
            )
            item.setData(Qt.ItemDataRole.UserRole, where)
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical
            if not issue.is_error:
                icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            item.setIcon(self.style().standardIcon(icon))
        self.model.set_issues(cells)
        self.messages.setVisible(bool(issues))
        errors = sum(i.is_error for i in issues)
        return errors, len(issues) - errors

    @staticmethod
    def _row_of(issue: Issue) -> int:
        """Table-wide messages first, then by row (stable within a row)."""
        parts = issue.field.split(".")
        return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else -1

    def _cell_of(self, issue: Issue) -> tuple[int, str] | None:
        parts = issue.field.split(".")
        if len(parts) != 3 or not parts[1].isdigit():
            return None
        keys = {s.key for s in self.model.specs}
        return (int(parts[1]), parts[2]) if parts[2] in keys else None

    def _go_to_issue(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if where:
            row, key = where
            index = self.model.index(row, self.model.column_of(key))
            self.view.setCurrentIndex(index)
            self.view.setFocus()

    def commit_editor(self) -> None:
        """Write a cell being edited into the model (before save or draft)."""
        editor = QApplication.focusWidget()
        if (
            self.view.state() == QAbstractItemView.State.EditingState
            and editor is not None
            and self.view.isAncestorOf(editor)
        ):
            self.view.commitData(editor)


def _merge(first: Issue | None, second: Issue) -> Issue:
    """Two messages for one cell: shown together, red if either is an error."""
    if first is None:
        return second
    severity = first.severity if first.is_error else second.severity
    return Issue(first.field, f"{first.message}\n{second.message}", severity)
