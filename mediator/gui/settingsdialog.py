"""Settings: the office (printed on documents), operators, and the holiday table.

Office settings are saved with the Save button; operators and holiday
entries are saved one action at a time, as they are made, because each
changes other people's screens (a new holiday moves deadlines at once).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.enums import DayKind
from mediator.domain.errors import Issue, ValidationFailed
from mediator.domain.numbering import pattern_problem, render_case_number
from mediator.domain.workdays import fallback_warning
from mediator.gui.calcsettings import CalculatorRulesBox
from mediator.gui.committees import CommitteesTab
from mediator.gui.documentsettings import DocumentSettingsTab
from mediator.gui.i18n import LANGUAGES
from mediator.gui.limitationsettings import LimitationSettingsTab
from mediator.gui.listmodel import ListModel
from mediator.gui.localities import LocalitiesTab
from mediator.gui.operators import UserDialog, UsersModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.prefs import Prefs
from mediator.gui.warningsettings import EarlyWarningBox
from mediator.gui.widgets import ChoiceCombo, FieldMessage, banner, enum_choices
from mediator.persistence.officesettings import OfficeSettings
from mediator.persistence.services import CalendarEntry, UserInfo

Index = QModelIndex | QPersistentModelIndex


class OfficeTab(QWidget):
    """Office name, short name, case-number pattern (with a live preview), time limits."""

    def __init__(self, ops: Ops, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._prefs = prefs
        self.office_name = QLineEdit(self)
        self.short_name = QLineEdit(self)
        self.office_address = QLineEdit(self)
        self.office_phone = QLineEdit(self)
        self.office_phone.setPlaceholderText(self.tr("Printed on letters, e.g. 0571-87654321"))
        self.number_pattern = QLineEdit(self)
        self.preview = QLabel(self)
        self.acceptance_days = QSpinBox(self)
        self.acceptance_days.setRange(1, 30)
        self.acceptance_days.setSuffix(self.tr(" working days"))
        self.mediation_days = QSpinBox(self)
        self.mediation_days.setRange(1, 90)
        self.mediation_days.setSuffix(self.tr(" days"))
        self.language = ChoiceCombo([("简体中文", "zh_CN"), ("English", "en")], self)
        self.month_boundary = ChoiceCombo(
            [
                (self.tr("Calendar month (1st to last day)"), "calendar"),
                (self.tr("21st of the previous month to the 20th"), "day21"),
            ],
            self,
        )
        self.messages = {
            key: FieldMessage(self)
            for key in (
                "office_name",
                "short_name",
                "office_address",
                "office_phone",
                "number_pattern",
                "acceptance_working_days",
                "mediation_days",
            )
        }
        form = QFormLayout(self)
        help_text = QLabel(
            self.tr("Placeholders: {简称} short name, {年} year, {n} running number."), self
        )
        help_text.setStyleSheet("QLabel { color: #555; }")
        for label, widget, key in (
            (self.tr("Name of the mediation committee"), self.office_name, "office_name"),
            (self.tr("Short name"), self.short_name, "short_name"),
            (self.tr("Address"), self.office_address, "office_address"),
            (self.tr("Telephone"), self.office_phone, "office_phone"),
            (self.tr("Case number pattern"), self.number_pattern, "number_pattern"),
        ):
            form.addRow(label, widget)
            if key == "number_pattern":
                form.addRow("", help_text)
                form.addRow(self.tr("Next number"), self.preview)
            form.addRow("", self.messages[key])
        form.addRow(self.tr("Time to accept"), self.acceptance_days)
        form.addRow("", self.messages["acceptance_working_days"])
        form.addRow(self.tr("Time to mediate"), self.mediation_days)
        form.addRow("", self.messages["mediation_days"])
        form.addRow(self.tr("Statistics month"), self.month_boundary)
        form.addRow(self.tr("Interface language (this computer)"), self.language)
        self.warning_box = EarlyWarningBox(self)
        self.calc_box = CalculatorRulesBox(self)
        boxes = QHBoxLayout()
        boxes.addWidget(self.warning_box)
        boxes.addWidget(self.calc_box)
        form.addRow(boxes)
        for edit in (self.number_pattern, self.short_name):
            edit.textChanged.connect(self.update_preview)
        self.load()

    def load(self) -> None:
        settings = self._ops.read(self, lambda s: s.settings()) or OfficeSettings()
        self.office_name.setText(settings.office_name)
        self.short_name.setText(settings.short_name)
        self.office_address.setText(settings.office_address)
        self.office_phone.setText(settings.office_phone)
        self.number_pattern.setText(settings.number_pattern)
        self.acceptance_days.setValue(settings.acceptance_working_days)
        self.mediation_days.setValue(settings.mediation_days)
        self.month_boundary.set_value(settings.report_month_boundary)
        self.warning_box.load(settings)
        self.calc_box.load(settings)
        self.language.set_value(self._prefs.language)
        self.update_preview()

    def settings(self) -> OfficeSettings:
        current = self._ops.read(self, lambda s: s.settings()) or OfficeSettings()
        edited = replace(
            current,
            office_name=self.office_name.text().strip(),
            short_name=self.short_name.text().strip(),
            office_address=self.office_address.text().strip(),
            office_phone=self.office_phone.text().strip(),
            number_pattern=self.number_pattern.text().strip(),
            acceptance_working_days=self.acceptance_days.value(),
            mediation_days=self.mediation_days.value(),
            report_month_boundary=self.month_boundary.value(),
        )
        return self.calc_box.apply(self.warning_box.apply(edited))

    def update_preview(self) -> None:
        pattern = self.number_pattern.text().strip()
        problem = pattern_problem(pattern)
        self.messages["number_pattern"].show_issues(
            [Issue("number_pattern", problem)] if problem else []
        )
        if problem:
            self.preview.setText("—")
            return
        # The running number depends on the pattern: with {年} it restarts each year.
        seq = self._ops.read(self, lambda s: s.next_case_seq(pattern)) or 1
        year = self._ops.services.today().year
        self.preview.setText(
            render_case_number(
                pattern, short_name=self.short_name.text().strip(), year=year, seq=seq
            )
        )

    def save(self) -> bool:
        settings = self.settings()
        try:
            done = self._ops.run(
                self,
                lambda s: _saved(s.save_settings, settings),
                Changes(settings=True, cases=True),
                (ValidationFailed,),
            )
        except ValidationFailed as exc:
            for key, label in self.messages.items():
                label.show_issues([i for i in exc.issues if i.field == key])
            self.warning_box.show_issues(exc.issues)
            self.calc_box.show_issues(exc.issues)
            return False
        if done is None:
            return False
        for label in self.messages.values():
            label.show_issues([])
        self.warning_box.show_issues([])
        self.calc_box.show_issues([])
        language = self.language.value()
        if language in LANGUAGES and language != self._prefs.language:
            self._prefs.language = language
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("The new language is used from the next start of the program."),
            )
        return True


class OperatorsTab(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.model = UsersModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        for column, width in enumerate((100, 80, 180, 120)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        add = QPushButton(self.tr("Add…"), self)
        edit = QPushButton(self.tr("Edit…"), self)
        self.toggle = QPushButton(self.tr("Deactivate"), self)
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        self.toggle.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (add, edit, self.toggle):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "Deactivated operators stay in the history and on their cases, but can no"
                " longer be chosen at start-up or as lead mediator."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #555; }")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        self.view.selectionModel().currentRowChanged.connect(self._update_toggle)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_items(self._ops.read(self, lambda s: s.users()) or [])
        for row, user in enumerate(self.model.items):
            if user.id == select_id:
                self.view.selectRow(row)
        self._update_toggle()

    def selected(self) -> UserInfo | None:
        row = self.view.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _update_toggle(self) -> None:
        user = self.selected()
        self.toggle.setEnabled(user is not None)
        self.toggle.setText(
            self.tr("Reactivate") if user and not user.active else self.tr("Deactivate")
        )

    def add(self) -> None:
        dialog = UserDialog(self._ops, parent=self)
        if dialog.exec() and dialog.saved_user:
            self.reload(dialog.saved_user.id)

    def edit(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(self._ops, user, self)
        if dialog.exec() and dialog.saved_user:
            self.reload(user.id)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        changed = UserInfo(
            user.name, user.role, user.certificate_no, user.phone, not user.active, user.id
        )
        self._ops.run(self, lambda s: s.save_user(changed), Changes(users=True))
        self.reload(user.id)


class CalendarModel(ListModel):
    """The holiday overrides of one year."""

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("Note")]

    def cells(self, entry: CalendarEntry) -> list[str]:
        weekday = QLocale().dayName(entry.day.isoweekday(), QLocale.FormatType.ShortFormat)
        return [f"{entry.day.isoformat()} {weekday}", entry.kind.label, entry.note]

    def style(self, entry: CalendarEntry, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind is DayKind.WORKDAY:
            return Qt.GlobalColor.darkBlue
        return None


class HolidaysTab(QWidget):
    """Statutory holidays and make-up working days (调休) the library does not know."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        today = ops.services.today()
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.warning = banner(self)
        self.model = CalendarModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 150)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.kind = ChoiceCombo(enum_choices(DayKind), self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. Spring Festival"))
        add = QPushButton(self.tr("Add"), self)
        remove = QPushButton(self.tr("Remove selected"), self)
        self.result = QLabel(self)
        add.clicked.connect(self.add_entry)
        remove.clicked.connect(self.remove_selected)
        self.year.valueChanged.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        top.addStretch(1)
        entry = QHBoxLayout()
        for widget in (self.day, self.kind, self.note, add):
            entry.addWidget(widget)
        entry.setStretch(2, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(remove)
        bottom.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.view, 1)
        layout.addLayout(entry)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        if self.day.date().year() != year:
            self.day.setDate(QDate(year, 1, 1))
        self.model.set_items(self._ops.read(self, lambda s: s.calendar_entries(year)) or [])
        calendar = self._ops.read(self, lambda s: s.workday_calendar())
        unknown = calendar is not None and not calendar.year_is_known(year)
        self.warning.setVisible(unknown)
        self.warning.setText(fallback_warning([year]) if unknown else "")

    def add_entry(self) -> None:
        qdate = self.day.date()
        day = date(qdate.year(), qdate.month(), qdate.day())
        kind = self.kind.value()
        note = self.note.text().strip()
        self._apply(day, kind, note)
        self.note.clear()
        if day.year != self.year.value():
            self.year.setValue(day.year)
        else:
            self.reload()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        for row in rows:
            self._apply(self.model.items[row].day, None, "")
        self.reload()

    def _apply(self, day: date, kind: DayKind | None, note: str) -> None:
        changed = self._ops.run(
            self,
            lambda s: s.set_calendar_day(day, kind, note),
            Changes(calendar=True, cases=True),
        )
        if changed is not None:
            self.result.setText(
                self.tr("Deadlines of {n} open cases were recalculated.").format(n=changed)
            )


class SettingsDialog(QDialog):
    def __init__(self, ops: Ops, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(720, 560)
        self.office = OfficeTab(ops, prefs, self)
        self.operators = OperatorsTab(ops, self)
        self.holidays = HolidaysTab(ops, self)
        self.documents = DocumentSettingsTab(ops, self)
        self.committees = CommitteesTab(ops, self)
        self.limitation = LimitationSettingsTab(ops, self)
        self.localities = LocalitiesTab(ops, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.office, self.tr("Office"))
        self.tabs.addTab(self.operators, self.tr("Operators"))
        self.tabs.addTab(self.holidays, self.tr("Holidays"))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.tabs.addTab(self.committees, self.tr("Arbitration committees"))
        self.tabs.addTab(self.limitation, self.tr("Arbitration limitation"))
        self.tabs.addTab(self.localities, self.tr("Local figures"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Operators, holidays, committees and local figures are saved as soon as you change them."
            ),
            self,
        )
        note.setStyleSheet("QLabel { color: #555; }")
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def show_holidays(self, year: int | None = None) -> None:
        self.tabs.setCurrentWidget(self.holidays)
        if year is not None:
            self.holidays.year.setValue(year)

    def save(self) -> None:
        if self.office.save() and self.documents.save() and self.limitation.save():
            self.accept()


def _saved(save: Callable[[OfficeSettings], None], settings: OfficeSettings) -> bool:
    """Run a save that returns nothing and report success to ``Ops.run``."""
    save(settings)
    return True
