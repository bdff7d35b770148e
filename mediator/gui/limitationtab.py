"""The 仲裁时效 tab of the case detail: each applicant's advisory last day to apply for arbitration.

One row per applicant and kind of claim (劳动报酬, 其他请求) with the last
day, the days left and the basis in plain words; a date that has passed or
is near is marked in words, bold type and a shaded row, so it also reads on a
grey-scale print or screen. Below, the interruption and suspension events
recorded by hand (添加事件… / 删除…), and the day the selected worker knew of
the infringement. Everything goes through ``LimitationServices``; the domain
refuses what is wrong with a Chinese message shown in the dialog. The tab
registers itself in ``DETAIL_TABS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mediator.domain import limitation as lim
from mediator.domain.errors import ValidationFailed
from mediator.gui import casedocuments, performancetab  # noqa: F401  (their tabs come first)
from mediator.gui.casedetail import DETAIL_TABS, CaseView, DetailTab
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Ops
from mediator.gui.widgets import bold_font, list_table
from mediator.gui.workflowdialogs import FormDialog, date_edit
from mediator.persistence.limitation import ApplicantClock, CaseClock, EventInfo
from mediator.persistence.limitation_services import EventData

OVERDUE_COLOR = QColor("#c62828")
OVERDUE_SHADE = QColor("#f3d6d6")
NEAR_COLOR = QColor("#8a4b00")
NEAR_SHADE = QColor("#f6ead2")


@dataclass(frozen=True)
class ClockRow:
    applicant: ApplicantClock
    clock: lim.LimitationClock


class LimitationClockModel(ListModel):
    """Applicant, kind of claim, last day, days left, basis."""

    show_tooltips = True

    def headers(self) -> list[str]:
        return [
            self.tr("Applicant"),
            self.tr("Claim kind"),
            self.tr("Last day"),
            self.tr("Days left"),
            self.tr("Basis"),
        ]

    def cells(self, item: ClockRow) -> list[str]:
        c = item.clock
        if item.applicant.referred_on is not None:
            left = self.tr("Referred to arbitration on {day}").format(
                day=item.applicant.referred_on.isoformat()
            )
        else:
            left = ("⚠ " if c.overdue or c.near else "") + c.summary
        return [
            item.applicant.name,
            c.kind.label,
            c.last_day.isoformat() if c.last_day else "—",
            left,
            c.basis,
        ]

    def style(self, item: ClockRow, role: int) -> Any:
        c = item.clock
        if not (c.overdue or c.near) or item.applicant.referred_on is not None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOR if c.overdue else NEAR_COLOR)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_SHADE if c.overdue else NEAR_SHADE)
        if role == Qt.ItemDataRole.FontRole:
            return bold_font()
        return None


class LimitationEventsModel(ListModel):
    """The events recorded by hand: date, kind, effect, who, note, recorded by."""

    show_tooltips = True

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Until"),
            self.tr("Event"),
            self.tr("Effect"),
            self.tr("Applicant"),
            self.tr("Note"),
            self.tr("Recorded by"),
        ]

    def cells(self, item: EventInfo) -> list[str]:
        effect = item.kind.effect
        if not item.counted:
            effect = self.tr("{effect} (not counted: settings)").format(effect=effect)
        return [
            item.occurred_on.isoformat(),
            item.ended_on.isoformat() if item.ended_on else "",
            item.kind.label,
            effect,
            item.applicant_name or self.tr("All applicants"),
            item.note,
            item.operator,
        ]


class LimitationEventDialog(FormDialog):
    """添加事件: who, what kind, when (and when a suspension ended), a note."""

    def __init__(
        self, applicants: list[tuple[int, str]], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Add a limitation event"), parent)
        self.applicant = QComboBox(self)
        self.applicant.addItem(self.tr("All applicants"), None)
        for applicant_id, name in applicants:
            self.applicant.addItem(name, applicant_id)
        self.kind = QComboBox(self)
        for kind in lim.EventKind:
            label = f"{kind.label}（{kind.effect}）"
            if not kind.confirmed:
                label += self.tr(" (basis to be checked)")
            self.kind.addItem(label, kind.value)
        self.occurred = date_edit(today, self)
        self.ended_known = QCheckBox(self.tr("The cause has ended on"), self)
        self.ended = date_edit(today, self)
        ended_row = QHBoxLayout()
        ended_row.addWidget(self.ended_known)
        ended_row.addWidget(self.ended, 1)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(
            self.tr("e.g. text message asking for the wages, with a photo")
        )
        self.error = QLabel(self)
        self.error.setStyleSheet("QLabel { color: #c62828; }")
        self.error.setWordWrap(True)
        self.form.addRow(self.tr("Applicant"), self.applicant)
        self.form.addRow(self.tr("Event"), self.kind)
        self.form.addRow(self.tr("Date"), self.occurred)
        self.form.addRow(self.tr("Suspension"), ended_row)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow(self.error)
        self.kind.currentIndexChanged.connect(lambda _i: self._update())
        self.ended_known.toggled.connect(lambda _on: self._update())
        self._update()

    def _update(self) -> None:
        suspends = self.selected_kind().suspends
        self.ended_known.setEnabled(suspends)
        self.ended.setEnabled(suspends and self.ended_known.isChecked())

    def selected_kind(self) -> lim.EventKind:
        return lim.EventKind.by_code(self.kind.currentData())

    def event_data(self) -> EventData:
        kind = self.selected_kind()
        ended = kind.suspends and self.ended_known.isChecked()
        return EventData(
            kind=kind,
            occurred_on=self.occurred.date().toPython(),  # type: ignore[arg-type]
            ended_on=self.ended.date().toPython() if ended else None,  # type: ignore[arg-type]
            applicant_id=self.applicant.currentData(),
            note=self.note.text(),
        )


class KnownDateDialog(FormDialog):
    """The day the worker knew or should have known of the infringement (or unknown)."""

    def __init__(
        self, applicant: ApplicantClock, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Known date of the infringement"), parent)
        self.applicant = applicant
        self.known = QCheckBox(self.tr("Known on"), self)
        self.known.setChecked(applicant.known_on is not None)
        self.day = date_edit(applicant.known_on or today, self)
        self.day.setEnabled(self.known.isChecked())
        self.known.toggled.connect(self.day.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.known)
        row.addWidget(self.day, 1)
        explain = QLabel(
            self.tr(
                "Other claims than pay run one year from the day {name} knew or should have"
                " known that the right was infringed (e.g. the day of dismissal)."
            ).format(name=applicant.name),
            self,
        )
        explain.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("QLabel { color: #c62828; }")
        self.error.setWordWrap(True)
        self.form.addRow(explain)
        self.form.addRow(self.tr("Date"), row)
        self.form.addRow(self.error)

    def known_on(self) -> date | None:
        return self.day.date().toPython() if self.known.isChecked() else None  # type: ignore[return-value]


class LimitationTab(DetailTab):
    """仲裁时效: the advisory last day per applicant, its basis, and the events behind it."""

    order = 90

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.service = ops.limitation
        self.case_id: int | None = None
        self.voided = False
        self.today = date.today()
        self.result: CaseClock | None = None
        self.advice = QLabel(
            self.tr("For reference only; the arbitration committee decides."), self
        )
        self.advice.setStyleSheet("QLabel { font-weight: bold; }")
        self.advice.setWordWrap(True)
        self.settled = QLabel(
            self.tr(
                "The agreement of this case has been performed; the dates are kept for the record."
            ),
            self,
        )
        self.settled.setWordWrap(True)
        self.clocks = LimitationClockModel(self)
        self.events = LimitationEventsModel(self)
        self.clocks_view = list_table(self.clocks, self)
        self.basis = QLabel(self)
        self.basis.setWordWrap(True)
        self.basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clocks_view.selectionModel().selectionChanged.connect(lambda *_a: self._show_basis())
        self.events_view = list_table(self.events, self)
        self.known_button = QPushButton(self.tr("Known date of the infringement…"), self)
        self.known_button.clicked.connect(lambda _checked=False: self.edit_known_date())
        self.add_button = QPushButton(self.tr("Add event…"), self)
        self.add_button.clicked.connect(lambda _checked=False: self.add_event())
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_event())
        self._build()

    def _build(self) -> None:
        clocks_box = QGroupBox(self.tr("Last day to apply for arbitration"), self)
        clocks_layout = QVBoxLayout(clocks_box)
        clocks_layout.addWidget(self.clocks_view, 1)
        clocks_layout.addWidget(self.basis)
        row = QHBoxLayout()
        derived = QLabel(
            self.tr(
                "The application for mediation, its end and a signed agreement are taken"
                " from the case."
            ),
            self,
        )
        derived.setWordWrap(True)
        row.addWidget(derived, 1)
        row.addWidget(self.known_button)
        clocks_layout.addLayout(row)
        events_box = QGroupBox(self.tr("Interruptions and suspensions recorded"), self)
        events_layout = QVBoxLayout(events_box)
        events_layout.addWidget(self.events_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        events_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(clocks_box)
        split.addWidget(events_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.advice)
        layout.addWidget(self.settled)
        layout.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Arbitration limitation")

    # -- loading ----------------------------------------------------------------------------

    def show_case(self, case: CaseView) -> None:
        self.case_id = case.detail.id
        self.voided = case.detail.voided_on is not None
        self.today = case.today
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self.result = self.ops.read(self, lambda _s: self.service.clock_of(case_id))
        result = self.result
        rows = [ClockRow(a, c) for a in result.applicants for c in a.clocks] if result else []
        self.clocks.set_items(rows)
        self.events.set_items(result.events if result else ())
        self.settled.setVisible(bool(result and result.settled))
        self._show_basis()
        for button in (self.known_button, self.add_button, self.delete_button):
            button.setEnabled(not self.voided)

    def _show_basis(self) -> None:
        """The whole basis of the selected row (the first when none is), which the column cuts."""
        rows = self.clocks_view.selectionModel().selectedRows()
        index = rows[0].row() if rows else 0
        if index >= len(self.clocks.items):
            self.basis.clear()
            return
        row: ClockRow = self.clocks.items[index]
        self.basis.setText(
            self.tr("{name}, {kind}: {basis}").format(
                name=row.applicant.name, kind=row.clock.kind.label, basis=row.clock.basis
            )
        )

    # -- hooks replaced in tests ------------------------------------------------------------

    def ask(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    # -- actions ----------------------------------------------------------------------------

    def selected_applicant(self) -> ApplicantClock | None:
        rows = self.clocks_view.selectionModel().selectedRows()
        if rows:
            row: ClockRow = self.clocks.items[rows[0].row()]
            return row.applicant
        if self.result and len(self.result.applicants) == 1:
            return self.result.applicants[0]
        return None

    def selected_event(self) -> EventInfo | None:
        rows = self.events_view.selectionModel().selectedRows()
        return self.events.items[rows[0].row()] if rows else None

    def add_event(self) -> EventInfo | None:
        if self.case_id is None or self.result is None:
            return None
        case_id = self.case_id
        applicants = [(a.applicant_id, a.name) for a in self.result.applicants]
        dialog = LimitationEventDialog(applicants, self.today, self)
        while self.ask(dialog):
            data = dialog.event_data()
            try:
                info = self.ops.run(
                    self,
                    partial(self._add, case_id, data),
                    self._changes(),
                    (ValidationFailed,),
                )
            except ValidationFailed as exc:
                dialog.error.setText("\n".join(i.message for i in exc.issues))
                continue
            if info is not None:
                self._after_change()
            return info
        return None

    def _add(self, case_id: int, data: EventData, _services: object) -> EventInfo:
        return self.service.add_event(case_id, data)

    def _set_known(self, applicant_id: int, known: date | None, _services: object) -> None:
        self.service.set_known_date(applicant_id, known)

    def delete_event(self) -> bool:
        event = self.selected_event()
        if event is None:
            QMessageBox.information(
                self, self.tr("Delete event"), self.tr("Select an event first.")
            )
            return False
        question = self.tr(
            "Delete the event “{what}” of {day}? The history keeps a record."
        ).format(what=event.kind.label, day=event.occurred_on.isoformat())
        if not self.confirm(self.tr("Delete event"), question):
            return False

        def delete(_services: object) -> bool:
            self.service.remove_event(event.id)
            return True

        done = bool(self.ops.run(self, delete, self._changes()))
        if done:
            self._after_change()
        return done

    def edit_known_date(self) -> bool:
        applicant = self.selected_applicant()
        if applicant is None:
            QMessageBox.information(
                self,
                self.tr("Known date of the infringement"),
                self.tr("Select an applicant in the table first."),
            )
            return False
        dialog = KnownDateDialog(applicant, self.today, self)
        while self.ask(dialog):
            known = dialog.known_on()
            try:
                self.ops.run(
                    self,
                    partial(self._set_known, applicant.applicant_id, known),
                    self._changes(),
                    (ValidationFailed,),
                )
            except ValidationFailed as exc:
                dialog.error.setText("\n".join(i.message for i in exc.issues))
                continue
            self._after_change()
            return True
        return False


def _register() -> None:
    if LimitationTab not in DETAIL_TABS:
        DETAIL_TABS.append(LimitationTab)


_register()
