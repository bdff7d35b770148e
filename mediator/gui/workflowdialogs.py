"""The small dialogs of the 办理 tab: acceptance, closing, mediators, extension, reopening, visits."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.enums import CaseStatus, MediatorRole
from mediator.domain.workflow import FAIL_REASONS
from mediator.domain.workflow_enums import (
    Action,
    Consent,
    FailureReason,
    FollowUpFinding,
    NotAcceptedReason,
    RecusalDecision,
    RecusalRequester,
)
from mediator.gui.sessioneditor import from_qdate, to_qdate
from mediator.gui.widgets import ChoiceCombo, enum_choices
from mediator.persistence.services import UserInfo
from mediator.persistence.workflow import (
    FollowUpData,
    MediatorAssignment,
    MediatorInfo,
    RecusalData,
)


def date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(day))
    return edit


class FormDialog(QDialog):
    """A titled form with OK and Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def text_box(self, placeholder: str = "") -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setMaximumHeight(80)
        box.setPlaceholderText(placeholder)
        return box


class AcceptanceDialog(FormDialog):
    """受理 or 不予受理 (with a reason from domain.md 2.2), and the respondent's consent."""

    def __init__(self, accepted: bool, today: date, parent: QWidget | None = None) -> None:
        title = self.tr("Accept the application") if accepted else self.tr("Refuse to accept")
        super().__init__(title, parent)
        self.accepted_case = accepted
        self.decided_on = date_edit(today, self)
        self.form.addRow(self.tr("Decided on"), self.decided_on)
        self.reason = ChoiceCombo(enum_choices(NotAcceptedReason, blank=""), self)
        self.reason_text = self.text_box()
        if not accepted:
            self.form.addRow(self.tr("Reason"), self.reason)
            self.form.addRow(self.tr("Explanation"), self.reason_text)
        else:
            # Not in the form: left visible they sit at the dialog's corner over "决定日期".
            self.reason.hide()
            self.reason_text.hide()
        self.consent = ChoiceCombo(enum_choices(Consent), self)
        self.consent_on = date_edit(today, self)
        self.form.addRow(self.tr("Respondent's consent"), self.consent)
        self.form.addRow(self.tr("Consent given on"), self.consent_on)

    def values(self) -> dict[str, object]:
        consent = self.consent.value()
        return {
            "accepted": self.accepted_case,
            "decided_on": from_qdate(self.decided_on.date()),
            "reason": None if self.accepted_case else self.reason.value(),
            "reason_text": self.reason_text.toPlainText().strip(),
            "respondent_consent": consent,
            "consent_on": None
            if consent is Consent.UNKNOWN
            else from_qdate(self.consent_on.date()),
        }


class DatedNoteDialog(FormDialog):
    """A date and a note: the respondent refuses mediation."""

    def __init__(self, title: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.day = date_edit(today, self)
        self.note = self.text_box()
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Note"), self.note)

    def chosen_day(self) -> date:
        return from_qdate(self.day.date())

    def note_text(self) -> str:
        return self.note.toPlainText().strip()


class CloseDialog(DatedNoteDialog):
    """Close as withdrawn or as failed with a reason; 逾期 only once the limit has passed."""

    def __init__(
        self,
        status: CaseStatus,
        today: date,
        mediation_due: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Close the case"), today, parent)
        self.action = ChoiceCombo(
            [
                (self.tr("Mediation failed"), Action.FAIL),
                (Action.WITHDRAW.label, Action.WITHDRAW),
            ],
            self,
        )
        reasons = FAIL_REASONS.get(status, FAIL_REASONS[CaseStatus.MEDIATING])
        offered = [
            r
            for r in FailureReason
            if r in reasons and (r is not FailureReason.OVERDUE or today > mediation_due)
        ]
        self.reason = ChoiceCombo([(r.label, r) for r in offered], self)
        self.form.insertRow(0, self.tr("How it ends"), self.action)
        self.form.insertRow(1, self.tr("Reason"), self.reason)
        self.action.currentIndexChanged.connect(self._action_changed)

    def _action_changed(self) -> None:
        self.reason.setEnabled(self.action.value() is Action.FAIL)

    def reason_value(self) -> FailureReason | None:
        return self.reason.value() if self.action.value() is Action.FAIL else None


class ReopenDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reopen the case"), parent)
        self.reason = self.text_box(self.tr("Why is the case reopened? (required)"))
        self.form.addRow(self.tr("Reason"), self.reason)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class ExtendDialog(FormDialog):
    """Both parties agreed to extend: the agreement date and the new due date."""

    def __init__(self, today: date, due: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Extend the mediation time limit"), parent)
        self.form.addRow(self.tr("Current due date"), QLabel(due.isoformat(), self))
        self.agreed_on = date_edit(today, self)
        self.new_due = date_edit(max(due, today) + timedelta(days=15), self)
        self.note = self.text_box()
        self.form.addRow(self.tr("Parties agreed on"), self.agreed_on)
        self.form.addRow(self.tr("New due date"), self.new_due)
        self.form.addRow(self.tr("Note"), self.note)


class FollowUpDialog(FormDialog):
    """A follow-up visit; ``finding`` is the likely 履行情况 from the payments recorded."""

    def __init__(
        self, today: date, finding: FollowUpFinding | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Follow-up visit"), parent)
        self.visited_on = date_edit(today, self)
        self.contact = QLineEdit(self)
        self.finding = ChoiceCombo(enum_choices(FollowUpFinding), self)
        if finding is not None:
            self.finding.set_value(finding)
        self.note = self.text_box()
        self.has_next = QCheckBox(self.tr("Visit again on"), self)
        self.next_on = date_edit(today + timedelta(days=30), self)
        self.has_next.setChecked(True)
        self.has_next.toggled.connect(self.next_on.setEnabled)
        self.form.addRow(self.tr("Visited on"), self.visited_on)
        self.form.addRow(self.tr("Person contacted"), self.contact)
        self.form.addRow(self.tr("Finding"), self.finding)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow(self.has_next, self.next_on)

    def data(self) -> FollowUpData:
        return FollowUpData(
            visited_on=from_qdate(self.visited_on.date()),
            finding=self.finding.value(),
            contact=self.contact.text().strip(),
            note=self.note.toPlainText().strip(),
            next_visit_on=from_qdate(self.next_on.date()) if self.has_next.isChecked() else None,
        )


class MediatorsDialog(FormDialog):
    """Lead, assistants and recorder from the active users; chosen by the parties or not."""

    def __init__(
        self, users: list[UserInfo], current: list[MediatorInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Mediators of the case"), parent)
        people = [(u.name, u.id) for u in users]
        roles = {m.role: m.user_id for m in current}
        self.lead = ChoiceCombo([("", None), *people], self)
        self.lead.set_value(roles.get(MediatorRole.LEAD))
        self.assistants = QListWidget(self)
        self.assistants.setMaximumHeight(120)
        helping = {m.user_id for m in current if m.role is MediatorRole.ASSISTANT}
        for user in users:
            item = QListWidgetItem(user.name, self.assistants)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            checked = Qt.CheckState.Checked if user.id in helping else Qt.CheckState.Unchecked
            item.setCheckState(checked)
        self.recorder = ChoiceCombo([("", None), *people], self)
        self.recorder.set_value(roles.get(MediatorRole.RECORDER))
        self.chosen = QCheckBox(self.tr("Chosen by the parties"), self)
        self.chosen.setChecked(any(m.chosen_by_parties for m in current))
        self.form.addRow(self.tr("Mediator in charge"), self.lead)
        self.form.addRow(self.tr("Assisting mediators"), self.assistants)
        self.form.addRow(self.tr("Recorder"), self.recorder)
        self.form.addRow("", self.chosen)

    def assignments(self) -> list[MediatorAssignment]:
        chosen = self.chosen.isChecked()
        found = []
        if self.lead.value() is not None:
            found.append(MediatorAssignment(self.lead.value(), MediatorRole.LEAD, chosen))
        for row in range(self.assistants.count()):
            item = self.assistants.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                user_id = item.data(Qt.ItemDataRole.UserRole)
                found.append(MediatorAssignment(user_id, MediatorRole.ASSISTANT, chosen))
        if self.recorder.value() is not None:
            found.append(MediatorAssignment(self.recorder.value(), MediatorRole.RECORDER, False))
        return found


class RecusalDialog(FormDialog):
    """A recusal request (回避) against one of the case's mediators, and its decision."""

    def __init__(
        self, mediators: list[MediatorInfo], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Recusal request"), parent)
        self.requested_by = ChoiceCombo(enum_choices(RecusalRequester), self)
        self.requester_name = QLineEdit(self)
        self.against = ChoiceCombo(
            [(f"{m.name}（{m.role.label}）", m.user_id) for m in mediators], self
        )
        self.requested_on = date_edit(today, self)
        self.reason = self.text_box()
        self.decision = ChoiceCombo(enum_choices(RecusalDecision), self)
        self.form.addRow(self.tr("Requested by"), self.requested_by)
        self.form.addRow(self.tr("Name of the requester"), self.requester_name)
        self.form.addRow(self.tr("Against"), self.against)
        self.form.addRow(self.tr("Requested on"), self.requested_on)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Decision"), self.decision)
        self.today = today

    def data(self) -> RecusalData:
        decision = self.decision.value()
        return RecusalData(
            requested_by=self.requested_by.value(),
            against_user_id=self.against.value(),
            requested_on=from_qdate(self.requested_on.date()),
            requester_name=self.requester_name.text().strip(),
            reason=self.reason.toPlainText().strip(),
            decision=decision,
            decided_on=None if decision is RecusalDecision.PENDING else self.today,
        )
