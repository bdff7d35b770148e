"""The employer early-warning thresholds: a group box on the settings dialog's office page."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QSpinBox, QWidget

from mediator.domain.earlywarning import MAX_CASE_COUNT, MAX_WINDOW_DAYS
from mediator.domain.errors import Issue
from mediator.gui.widgets import FieldMessage
from mediator.persistence.officesettings import OfficeSettings

FIELDS = ("warning_case_count", "warning_window_days")


class EarlyWarningBox(QGroupBox):
    """Cases within how many days flag an employer, and whether collective disputes do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Employer early warning (to-do board)"))
        self.case_count = QSpinBox(self)
        self.case_count.setRange(2, MAX_CASE_COUNT)
        self.case_count.setSuffix(self.tr(" cases or more"))
        self.window_days = QSpinBox(self)
        self.window_days.setRange(1, MAX_WINDOW_DAYS)
        self.window_days.setSuffix(self.tr(" days"))
        self.collective = QCheckBox(self.tr("Warn about every open collective dispute"), self)
        self.messages = {key: FieldMessage(self) for key in FIELDS}
        form = QFormLayout(self)
        form.addRow(self.tr("Cases against one employer"), self.case_count)
        form.addRow("", self.messages["warning_case_count"])
        form.addRow(self.tr("Received within the last"), self.window_days)
        form.addRow("", self.messages["warning_window_days"])
        form.addRow("", self.collective)

    def load(self, settings: OfficeSettings) -> None:
        self.case_count.setValue(settings.warning_case_count)
        self.window_days.setValue(settings.warning_window_days)
        self.collective.setChecked(settings.warning_collective)

    def apply(self, settings: OfficeSettings) -> OfficeSettings:
        return replace(
            settings,
            warning_case_count=self.case_count.value(),
            warning_window_days=self.window_days.value(),
            warning_collective=self.collective.isChecked(),
        )

    def show_issues(self, issues: list[Issue]) -> None:
        for key, label in self.messages.items():
            label.show_issues([i for i in issues if i.field == key])
