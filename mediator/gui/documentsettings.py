"""The 文书 tab of the settings dialog: how the office's documents print.

Stored in the database settings table (``OfficeSettings``), so every
computer of the office prints the same way; ``DocumentOptions.from_settings``
turns them into the options of ``generate``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QWidget

from mediator.domain.errors import ValidationFailed
from mediator.gui.ops import Changes, Ops
from mediator.gui.widgets import ChoiceCombo
from mediator.persistence.officesettings import OfficeSettings


class DocumentSettingsTab(QWidget):
    """Signature strips, roster threshold, signature-date style, font search list."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.sign_every_page = QCheckBox(
            self.tr("Signature lines for all present on every page of a session record"), self
        )
        self.roster_threshold = QSpinBox(self)
        self.roster_threshold.setRange(1, 100)
        self.roster_threshold.setSuffix(self.tr(" applicants"))
        self.date_style = ChoiceCombo(
            [
                (self.tr("Arabic figures (2026年3月5日)"), False),
                (self.tr("Chinese numerals (二〇二六年三月五日)"), True),
            ],
            self,
        )
        self.fonts = QPlainTextEdit(self)
        self.fonts.setTabChangesFocus(True)
        self.fonts.setPlaceholderText(
            self.tr(
                "Empty: the built-in list (simfang.ttf, simsun.ttc, SimSun-ExtB, AR PL UMing, WenQuanYi, HanaMin …)"
            )
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #c62828; }")
        help_text = QLabel(
            self.tr(
                "One font file a line, by name (simsun.ttc) or full path, in the order they are"
                " tried. A character no listed font can draw is reported before printing."
            ),
            self,
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet("QLabel { color: #555; }")
        form = QFormLayout(self)
        form.addRow(self.tr("Session records"), self.sign_every_page)
        form.addRow(self.tr("Roster annex above"), self.roster_threshold)
        form.addRow(self.tr("Signature dates"), self.date_style)
        form.addRow(self.tr("Font search list"), self.fonts)
        form.addRow("", help_text)
        form.addRow("", self.message)
        self.load()

    def load(self) -> None:
        settings = self._ops.read(self, lambda s: s.settings()) or OfficeSettings()
        self.sign_every_page.setChecked(settings.sign_every_page)
        self.roster_threshold.setValue(settings.roster_threshold)
        self.date_style.set_value(settings.chinese_signature_date)
        self.fonts.setPlainText(settings.pdf_fonts)

    def settings(self, current: OfficeSettings) -> OfficeSettings:
        lines = [line.strip() for line in self.fonts.toPlainText().splitlines()]
        return replace(
            current,
            sign_every_page=self.sign_every_page.isChecked(),
            roster_threshold=self.roster_threshold.value(),
            chinese_signature_date=bool(self.date_style.value()),
            pdf_fonts="\n".join(line for line in lines if line),
        )

    def save(self) -> bool:
        def call(services: object) -> bool:
            current = self._ops.services.settings()
            self._ops.services.save_settings(self.settings(current))
            return True

        try:
            done = self._ops.run(self, call, Changes(settings=True), (ValidationFailed,))
        except ValidationFailed as exc:
            self.message.setText("\n".join(i.message for i in exc.issues))
            return False
        self.message.setText("")
        return done is not None
