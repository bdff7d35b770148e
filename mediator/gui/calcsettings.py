"""The calculators' open rules (domain.md 8.2): a group box on the settings dialog's office page."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from mediator.domain.calculators import PartialMonthRule
from mediator.domain.errors import Issue
from mediator.gui.widgets import ChoiceCombo, FieldMessage
from mediator.persistence.officesettings import OfficeSettings

FIELDS = ("calc_partial_month", "calc_pay_days")


class CalculatorRulesBox(QGroupBox):
    """Part-year of severance, 月计薪天数, and the departure day in annual-leave pro-rating."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Calculators"))
        self.partial_month = ChoiceCombo([(r.label, r.value) for r in PartialMonthRule], self)
        self.pay_days = QLineEdit(self)
        self.pay_days.setPlaceholderText("21.75")
        self.departure_day = QCheckBox(
            self.tr("Annual leave: count the day of leaving as a day passed"), self
        )
        self.messages = {key: FieldMessage(self) for key in FIELDS}
        form = QFormLayout(self)
        form.addRow(self.tr("Severance, part of a year"), self.partial_month)
        form.addRow("", self.messages["calc_partial_month"])
        form.addRow(self.tr("Pay days per month"), self.pay_days)
        form.addRow("", self.messages["calc_pay_days"])
        form.addRow("", self.departure_day)

    def load(self, settings: OfficeSettings) -> None:
        self.partial_month.set_value(settings.calc_partial_month)
        self.pay_days.setText(settings.calc_pay_days)
        self.departure_day.setChecked(settings.calc_count_departure_day)

    def apply(self, settings: OfficeSettings) -> OfficeSettings:
        return replace(
            settings,
            calc_partial_month=self.partial_month.value() or PartialMonthRule.CALENDAR_MONTHS.value,
            calc_pay_days=self.pay_days.text().strip(),
            calc_count_departure_day=self.departure_day.isChecked(),
        )

    def show_issues(self, issues: list[Issue]) -> None:
        for key, label in self.messages.items():
            label.show_issues([i for i in issues if i.field == key])
