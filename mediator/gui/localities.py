"""Settings page 地区标准: the locality table the calculators read.

One row per place and year: the 上年度职工月平均工资 published for use in that
year and that year's monthly minimum wage (``domain/localfigures.py`` says
which row a rule reads). The services check a row as ``mediator locality set``
does; the dialog shows their messages beside the fields. Changes are saved at
once, like the committees page; the calculator reads the table each time it
opens.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.errors import Issue, ValidationFailed
from mediator.domain.money import format_amount, parse_amount
from mediator.gui.listmodel import Index, ListModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.widgets import FieldMessage, list_table
from mediator.gui.workflowdialogs import FormDialog
from mediator.persistence.performance import LocalityInfo
from mediator.persistence.performance_services import LOCALITY_YEARS

_NUMBER_COLUMNS = (1, 2, 3)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _money(value: Decimal | None) -> str:
    return "—" if value is None else format_amount(value)


def _amount_text(value: Decimal | None) -> str:
    """An amount as the edit shows it: parse_amount reads it back exactly."""
    return "" if value is None else format_amount(value)


class LocalitiesModel(ListModel):
    show_tooltips = True

    def headers(self) -> list[str]:
        return [
            self.tr("Locality"),
            self.tr("Year"),
            self.tr("Previous year's average monthly wage"),
            self.tr("Minimum wage (monthly)"),
            self.tr("Note"),
        ]

    def cells(self, item: LocalityInfo) -> list[str]:
        return [
            item.locality,
            str(item.year),
            _money(item.average_monthly_wage),
            _money(item.minimum_wage),
            item.note,
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            return _RIGHT if index.column() in _NUMBER_COLUMNS else None
        return super().data(index, role)


class LocalityDialog(FormDialog):
    """Add a row, or change the figures and note of one (place and year stay as they are)."""

    def __init__(
        self, ops: Ops, row: LocalityInfo | None, taken: set[tuple[str, int]], parent: QWidget
    ) -> None:
        title = self.tr("Add local figures") if row is None else self.tr("Edit local figures")
        super().__init__(title, parent)
        self.ops = ops
        self.row = row
        self.taken = taken
        self.saved: LocalityInfo | None = None
        self.locality = QLineEdit(row.locality if row else "", self)
        self.locality.setPlaceholderText(self.tr("e.g. 某市"))
        self.year = QSpinBox(self)
        self.year.setRange(LOCALITY_YEARS.start, LOCALITY_YEARS.stop - 1)
        self.year.setValue(row.year if row else ops.services.today().year)
        self.average = QLineEdit(_amount_text(row.average_monthly_wage if row else None), self)
        self.minimum = QLineEdit(_amount_text(row.minimum_wage if row else None), self)
        self.note = QLineEdit(row.note if row else "", self)
        self.note.setPlaceholderText(self.tr("e.g. source: the city's statistical bulletin"))
        for edit in (self.average, self.minimum):
            edit.setAlignment(_RIGHT)
            edit.setPlaceholderText(self.tr("yuan; leave blank if unknown"))
        if row is not None:  # the place and year name the row; change them by adding a new one
            self.locality.setEnabled(False)
            self.year.setEnabled(False)
        rows: tuple[tuple[str, QWidget, str], ...] = (
            (self.tr("Locality"), self.locality, "locality"),
            (self.tr("Year"), self.year, "year"),
            (self.tr("Previous year's average monthly wage"), self.average, "average_monthly_wage"),
            (self.tr("Minimum wage (monthly)"), self.minimum, "minimum_wage"),
        )
        self.messages = {key: FieldMessage(self) for _label, _field, key in rows}
        for label, field, key in rows:
            self.form.addRow(label, field)
            self.form.addRow("", self.messages[key])
        self.form.addRow(self.tr("Note"), self.note)
        explain = QLabel(
            self.tr(
                "The row of a year holds the figures in force that year: the previous year's"
                " average as published for use in that year, and that year's minimum wage."
            ),
            self,
        )
        explain.setWordWrap(True)
        explain.setStyleSheet("QLabel { color: #555; }")
        self.form.addRow(explain)

    def _amounts(self) -> tuple[dict[str, Decimal | None], list[Issue]]:
        """The typed amounts read as the command line reads them (blank is "not given")."""
        values: dict[str, Decimal | None] = {}
        issues: list[Issue] = []
        for key, edit in (("average_monthly_wage", self.average), ("minimum_wage", self.minimum)):
            text = edit.text().strip()
            try:
                values[key] = parse_amount(text) if text else None
            except ValueError as exc:
                issues.append(Issue(key, str(exc)))
        return values, issues

    def show_issues(self, issues: list[Issue]) -> None:
        for key, message in self.messages.items():
            message.show_issues([i for i in issues if i.field == key])

    def accept(self) -> None:
        values, issues = self._amounts()
        place, year = self.locality.text().strip(), self.year.value()
        if self.row is None and (place, year) in self.taken:
            message = self.tr("{place} already has figures for {year}; select that row to edit it.")
            issues.append(Issue("year", message.format(place=place, year=year)))
        self.show_issues(issues)
        if issues:
            return
        note = self.note.text()

        def save(_services: object) -> LocalityInfo:
            average, minimum = values["average_monthly_wage"], values["minimum_wage"]
            return self.ops.performance.set_locality(place, year, average, minimum, note)

        try:
            self.saved = self.ops.run(self, save, Changes(settings=True), (ValidationFailed,))
        except ValidationFailed as exc:
            self.show_issues(exc.issues)
            return
        if self.saved is not None:
            super().accept()


class LocalitiesTab(QWidget):
    """The locality table with Add, Edit and Delete; Enter edits, the Delete key deletes."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = LocalitiesModel(self)
        self.view = list_table(self.model, self)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.view.installEventFilter(self)
        add = QPushButton(self.tr("Add…"), self)
        edit = QPushButton(self.tr("Edit…"), self)
        delete = QPushButton(self.tr("Delete…"), self)
        add.clicked.connect(lambda _c=False: self.add())
        edit.clicked.connect(lambda _c=False: self.edit())
        delete.clicked.connect(lambda _c=False: self.delete())
        buttons = QHBoxLayout()
        for button in (add, edit, delete):
            button.setAutoDefault(False)  # Enter in the table edits the row, not this button
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "The calculators (Ctrl+K) fill the average and minimum wage from this table:"
                " severance reads the row of the year of the last working day. Figures typed"
                " in the calculator win."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #555; }")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Handled here so Enter never reaches the settings dialog's default button (Save).
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete()
                return True
        return super().eventFilter(watched, event)

    def reload(self, select: tuple[str, int] | None = None) -> None:
        rows = self.ops.read(self, lambda _s: self.ops.performance.localities()) or []
        self.model.set_items(rows)
        for index, row in enumerate(rows):
            if (row.locality, row.year) == select:
                self.view.selectRow(index)

    def selected(self) -> LocalityInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def dialog(self, row: LocalityInfo | None) -> LocalityDialog:
        taken = {(r.locality, r.year) for r in self.model.items}
        return LocalityDialog(self.ops, row, taken, self)

    def add(self) -> LocalityInfo | None:
        return self._open(self.dialog(None))

    def edit(self) -> LocalityInfo | None:
        row = self.selected()
        return None if row is None else self._open(self.dialog(row))

    def _open(self, dialog: LocalityDialog) -> LocalityInfo | None:
        if dialog.exec() and dialog.saved is not None:
            self.reload((dialog.saved.locality, dialog.saved.year))
        return dialog.saved

    def delete(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        question = self.tr("Delete the figures of {place} for {year}?").format(
            place=row.locality, year=row.year
        )
        answer = QMessageBox.question(self, self.tr("Delete local figures"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def remove(_services: object) -> bool:
            self.ops.performance.delete_locality(row.locality, row.year)
            return True

        done = bool(self.ops.run(self, remove, Changes(settings=True)))
        self.reload()
        return done
