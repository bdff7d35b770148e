"""The 办理 tab of the case detail: deadlines, workflow actions, sessions, extensions, visits.

Every action button stays available: the domain's state machine is the
authority and refuses a forbidden move with a Chinese message saying why,
which ``Ops`` shows. The tab registers itself in ``DETAIL_TABS``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediator.domain import performance as perf
from mediator.domain.enums import CaseStatus, MediatorRole
from mediator.domain.workflow import allowed_actions, closure_label
from mediator.domain.workflow_enums import (
    Action,
    Consent,
    FailureReason,
    NotAcceptedReason,
    RecusalDecision,
)
from mediator.gui.casedetail import DETAIL_TABS, OVERDUE_HTML, CaseView, DetailTab
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.sessioneditor import SessionEditor, from_qdate
from mediator.gui.widgets import list_table
from mediator.gui.workflowdialogs import (
    AcceptanceDialog,
    CloseDialog,
    DatedNoteDialog,
    ExtendDialog,
    FollowUpDialog,
    MediatorsDialog,
    RecusalDialog,
    ReopenDialog,
)
from mediator.persistence.workflow import (
    ExtensionInfo,
    FollowUpInfo,
    SessionData,
    SessionInfo,
    StaffEntry,
    StatusChangeInfo,
)

T = TypeVar("T")
DRAFT_COLOR = QColor("#8a6100")


class SessionsModel(ListModel):
    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Place"),
            self.tr("Turns"),
            self.tr("Outcome"),
            self.tr("State"),
        ]

    def cells(self, item: SessionInfo) -> list[str]:
        d = item.data
        clock = f"{d.starts_at:%H:%M}" if d.starts_at else ""
        if d.ends_at:
            clock += f"–{d.ends_at:%H:%M}"
        state = self.tr("Draft") if item.draft else self.tr("Finished")
        outcome = d.outcome.label if d.outcome else ""
        if d.continue_on:
            outcome += f"（{d.continue_on.isoformat()}）"
        turns = str(len(d.turns))
        return [str(item.seq), d.held_on.isoformat(), clock, d.place, turns, outcome, state]

    def style(self, item: SessionInfo, role: int) -> Any:
        if item.draft and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(DRAFT_COLOR)
        return None


class ExtensionsModel(ListModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Parties agreed on"),
            self.tr("Previous due date"),
            self.tr("New due date"),
            self.tr("Note"),
        ]

    def cells(self, item: ExtensionInfo) -> list[str]:
        return [
            item.agreed_on.isoformat(),
            item.previous_due.isoformat(),
            item.new_due.isoformat(),
            item.note,
        ]


class FollowUpsModel(ListModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Visited on"),
            self.tr("Person contacted"),
            self.tr("Finding"),
            self.tr("Note"),
            self.tr("Next visit"),
        ]

    def cells(self, item: FollowUpInfo) -> list[str]:
        d = item.data
        following = d.next_visit_on.isoformat() if d.next_visit_on else ""
        return [d.visited_on.isoformat(), d.contact, d.finding.label, d.note, following]


class StatusChangesModel(ListModel):
    """Every move of the state machine, with its reason (a reopening's reason included)."""

    show_tooltips = True

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Action"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Reason"),
        ]

    def cells(self, item: StatusChangeInfo) -> list[str]:
        reason = REASON_LABELS.get(item.reason, item.reason)
        text = "；".join(t for t in (reason, item.note) if t)
        return [
            item.changed_on.isoformat(),
            item.action.label,
            item.from_status.label,
            item.to_status.label,
            text,
        ]


REASON_LABELS = {r.value: r.label for enum in (FailureReason, NotAcceptedReason) for r in enum}


class HandlingTab(DetailTab):
    """办理: what the mediator does with the case, from acceptance to follow-up visits."""

    order = 50

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.case: CaseView | None = None
        self.editors: dict[int, SessionEditor] = {}
        self.agreement_window: QDialog | None = None
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.state.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self.sessions = SessionsModel(self)
        self.extensions = ExtensionsModel(self)
        self.follow_ups = FollowUpsModel(self)
        self.changes = StatusChangesModel(self)
        self.recusals = QLabel(self)
        self.recusals.setWordWrap(True)
        self.sessions_view = list_table(self.sessions, self)
        self.sessions_view.activated.connect(lambda index: self.open_session(index.row()))
        self._build()

    def title(self) -> str:
        return self.tr("Handling")

    # -- construction -----------------------------------------------------------------------

    def _button(self, key: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons[key] = button
        return button

    def _build(self) -> None:
        actions = QGridLayout()
        row_one = [
            self._button("accept", self.tr("Accept…"), self.accept_case),
            self._button("not_accept", self.tr("Refuse to accept…"), self.refuse_case),
            self._button("refuses", self.tr("Respondent refuses…"), self.respondent_refuses),
            self._button("mediators", self.tr("Mediators…"), self.assign_mediators),
            self._button("recusal", self.tr("Recusal request…"), self.record_recusal),
        ]
        row_two = [
            self._button("extend", self.tr("Extend time limit…"), self.extend),
            self._button("agreement", self.tr("Agreement…"), self.open_agreement),
            self._button("close", self.tr("Close case…"), self.close_case),
            self._button("reopen", self.tr("Reopen…"), self.reopen),
            self._button("follow_up", self.tr("Follow-up visit…"), self.add_follow_up),
        ]
        for column, button in enumerate(row_one):
            actions.addWidget(button, 0, column)
        for column, button in enumerate(row_two):
            actions.addWidget(button, 1, column)
        sessions_box = QGroupBox(self.tr("Sessions"), self)
        session_buttons = QHBoxLayout()
        session_buttons.addWidget(
            self._button("new_session", self.tr("New session record"), self.new_session)
        )
        session_buttons.addWidget(
            self._button("open_session", self.tr("Open record"), self.open_selected_session)
        )
        session_buttons.addStretch(1)
        box = QVBoxLayout(sessions_box)
        box.addWidget(self.sessions_view)
        box.addLayout(session_buttons)
        lower = QHBoxLayout()
        for title, model in (
            (self.tr("Extensions of the time limit"), self.extensions),
            (self.tr("Follow-up visits"), self.follow_ups),
            (self.tr("Status changes"), self.changes),
        ):
            group = QGroupBox(title, self)
            QVBoxLayout(group).addWidget(list_table(model, group))
            lower.addWidget(group)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.recusals)
        layout.addLayout(actions)
        layout.addWidget(sessions_box, 2)
        layout.addLayout(lower, 1)

    # -- showing ----------------------------------------------------------------------------

    def show_case(self, case: CaseView) -> None:
        self.case = case
        flow = self.ops.workflow
        loaded = self.ops.read(
            self,
            lambda _s: (
                flow.sessions_of(case.detail.id),
                flow.extensions_of(case.detail.id),
                flow.follow_ups_of(case.detail.id),
                flow.mediators_of(case.detail.id),
                flow.acceptance_of(case.detail.id),
                flow.status_changes_of(case.detail.id),
                flow.recusals_of(case.detail.id),
            ),
        )
        if loaded is None:
            return
        sessions, extensions, follow_ups, mediators, acceptance, changes, recusals = loaded
        self.changes.set_items(changes)
        self.recusals.setText(self._recusals_text(recusals))
        self.recusals.setVisible(bool(recusals))
        self.sessions.set_items(sessions)
        self.extensions.set_items(extensions)
        self.follow_ups.set_items(follow_ups)
        self.mediators = mediators
        self.state.setText(self._state_html(case, mediators, acceptance))
        allowed = {a.value for a in allowed_actions(case.detail.status)}
        for key, button in self.buttons.items():
            button.setProperty("allowed", key in allowed)

    def _state_html(self, case: CaseView, mediators: list[Any], acceptance: Any) -> str:
        d, row, today = case.detail, case.row, case.today
        parts = [self.tr("Status: {status}").format(status=self._status_text(case))]
        acc_overdue = bool(row and row.acceptance_overdue(today))
        med_overdue = bool(row and row.mediation_overdue(today))
        if d.status is CaseStatus.RECEIVED:
            parts.append(self._due(self.tr("Acceptance due"), d.acceptance_due, acc_overdue))
        parts.append(self._due(self.tr("Mediation due"), d.mediation_due, med_overdue))
        names = "、".join(f"{m.name}（{m.role.label}）" for m in mediators)
        parts.append(self.tr("Mediators: {names}").format(names=names or "—"))
        if acceptance is not None and acceptance.respondent_consent is not Consent.UNKNOWN:
            parts.append(acceptance.respondent_consent.label)
        return " ｜ ".join(parts)

    def _recusals_text(self, recusals: list[Any]) -> str:
        lines = []
        for r in recusals:
            d = r.data
            who = d.requester_name or d.requested_by.label
            decided = d.decision.label
            if d.decision is not RecusalDecision.PENDING and d.decided_on:
                decided += f" {d.decided_on.isoformat()}"
            lines.append(
                self.tr("Recusal: {who} asked on {date} that {name} withdraw ({decision})").format(
                    who=who, date=d.requested_on.isoformat(), name=r.against_name, decision=decided
                )
            )
        return "\n".join(lines)

    def _status_text(self, case: CaseView) -> str:
        d = case.detail
        if d.status.is_open:
            return d.status.label
        return closure_label(d.status, d.closure_reason)

    def _due(self, label: str, due: date, overdue: bool) -> str:
        text = f"{label}：{due.isoformat()}"
        if overdue:
            return OVERDUE_HTML.format(text=self.tr("{date} (overdue)").format(date=text))
        return text

    # -- running ----------------------------------------------------------------------------

    def ask(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when confirmed (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _run(self, call: Callable[[], T]) -> T | None:
        assert self.case is not None
        case_id = self.case.detail.id
        return self.ops.run(self, lambda _s: call(), Changes(cases=True, case_id=case_id))

    @property
    def _ids(self) -> tuple[int, int]:
        assert self.case is not None
        return self.case.detail.id, self.case.detail.version

    # -- actions ----------------------------------------------------------------------------

    def accept_case(self, accepted: bool = True) -> None:
        if self.case is None:
            return
        dialog = AcceptanceDialog(accepted, self.case.today, self)
        if not self.ask(dialog):
            return
        case_id, version = self._ids
        values = dialog.values()
        self._run(lambda: self.ops.workflow.decide_acceptance(case_id, version, **values))  # type: ignore[arg-type]

    def refuse_case(self) -> None:
        self.accept_case(accepted=False)

    def respondent_refuses(self) -> None:
        if self.case is None:
            return
        dialog = DatedNoteDialog(self.tr("Respondent refuses mediation"), self.case.today, self)
        if not self.ask(dialog):
            return
        case_id, version = self._ids
        day, note = dialog.chosen_day(), dialog.note_text()
        self._run(lambda: self.ops.workflow.record_respondent_refusal(case_id, version, day, note))

    def assign_mediators(self) -> None:
        users = self.ops.read(self, lambda s: s.users(active_only=True)) or []
        dialog = MediatorsDialog(users, getattr(self, "mediators", []), self)
        if not self.ask(dialog):
            return
        case_id, version = self._ids
        chosen = dialog.assignments()
        self._run(lambda: self.ops.workflow.assign_mediators(case_id, version, chosen))

    def record_recusal(self) -> None:
        if self.case is None:
            return
        dialog = RecusalDialog(getattr(self, "mediators", []), self.case.today, self)
        if not self.ask(dialog):
            return
        case_id, version = self._ids
        data = dialog.data()
        self._run(lambda: self.ops.workflow.record_recusal(case_id, version, data))

    def extend(self) -> None:
        if self.case is None:
            return
        dialog = ExtendDialog(self.case.today, self.case.detail.mediation_due, self)
        if not self.ask(dialog):
            return
        case_id, version = self._ids
        agreed = from_qdate(dialog.agreed_on.date())
        new_due = from_qdate(dialog.new_due.date())
        note = dialog.note.toPlainText().strip()
        self._run(
            lambda: self.ops.workflow.extend_deadline(case_id, version, agreed, new_due, note)
        )

    def close_case(self) -> None:
        if self.case is None:
            return
        d = self.case.detail
        dialog = CloseDialog(d.status, self.case.today, d.mediation_due, self)
        if not self.ask(dialog):
            return
        case_id, version = self._ids
        action: Action = dialog.action.value()
        reason, day, note = dialog.reason_value(), dialog.chosen_day(), dialog.note_text()
        self._run(lambda: self.ops.workflow.close_case(case_id, version, action, day, reason, note))

    def reopen(self) -> None:
        dialog = ReopenDialog(self)
        if not self.ask(dialog):
            return
        case_id, version = self._ids
        reason = dialog.reason_text()
        self._run(lambda: self.ops.workflow.reopen_case(case_id, version, reason))

    def add_follow_up(self) -> None:
        if self.case is None:
            return
        case_id = self.case.detail.id
        figures = self.ops.read(self, lambda _s: self.ops.performance.case_figures(case_id))
        finding = perf.follow_up_finding(figures.figures) if figures is not None else None
        dialog = FollowUpDialog(self.case.today, finding, self)
        if not self.ask(dialog):
            return
        case_id, version = self._ids
        data = dialog.data()
        self._run(lambda: self.ops.workflow.add_follow_up(case_id, version, data))

    # -- sessions ---------------------------------------------------------------------------

    def new_session(self) -> SessionEditor | None:
        if self.case is None:
            return None
        case_id, version = self._ids
        staff = tuple(StaffEntry(m.user_id, m.role) for m in getattr(self, "mediators", []))
        operator = self.ops.services.db.operator
        if not staff and operator is not None and operator.id:
            staff = (StaffEntry(operator.id, MediatorRole.LEAD),)  # the person typing
        data = SessionData(held_on=self.case.today, staff=staff)
        info = self._run(lambda: self.ops.workflow.create_session(case_id, version, data))
        return self.show_session(info) if info is not None else None

    def open_selected_session(self) -> SessionEditor | None:
        rows = self.sessions_view.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.sessions.rowCount() - 1
        return self.open_session(row)

    def open_session(self, row: int) -> SessionEditor | None:
        if not 0 <= row < self.sessions.rowCount():
            return None
        info = self.ops.read(
            self, lambda _s: self.ops.workflow.session(self.sessions.items[row].id)
        )
        return self.show_session(info) if info is not None else None

    def show_session(self, info: SessionInfo) -> SessionEditor:
        editor = self.editors.get(info.id)
        if editor is None:
            # Owned by the main window: closing the case window leaves it open and saving.
            owner = self.window().parentWidget() or self.window()
            editor = SessionEditor(self.ops, info, owner)
            editor.setWindowFlag(Qt.WindowType.Window)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.editors[info.id] = editor
            editor.destroyed.connect(lambda _o=None, i=info.id: self.editors.pop(i, None))
        editor.show()
        editor.raise_()
        return editor

    # -- agreement --------------------------------------------------------------------------

    def open_agreement(self) -> QDialog | None:
        if self.case is None:
            return None
        from mediator.gui.agreementeditor import AgreementEditor

        if self.agreement_window is not None and self.agreement_window.isVisible():
            self.agreement_window.raise_()
            return self.agreement_window
        editor = AgreementEditor(self.ops, self.case.detail, self.window())
        editor.setWindowFlag(Qt.WindowType.Window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda _o=None: setattr(self, "agreement_window", None))
        self.agreement_window = editor
        editor.show()
        return editor


if HandlingTab not in DETAIL_TABS:
    DETAIL_TABS.append(HandlingTab)
