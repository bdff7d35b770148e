"""The 转介 tab of the case detail: the routes open to the case, its referrals and their outcomes.

The routes come from ``domain.routes.route_options`` through
``ReferralServices``: each with whether it is open today, its last day (the
15- and 30-day windows after an agreement) and why, in plain Chinese. A
referral is recorded in ``ReferralDialog`` (the competent committee is
preselected with the reason shown; the enclosures are prefilled from what the
packet contains); the services refuse what the rules do not allow and the
dialog shows the message beside the field. The tab registers itself in
``DETAIL_TABS``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mediator.domain import routes
from mediator.domain.enums import CaseStatus
from mediator.domain.errors import Issue, ValidationFailed
from mediator.domain.routes import DeliveryMethod, OutcomeKind, RouteKind, RouteOption
from mediator.gui import performancetab  # noqa: F401  (registers 履行 before 转介)
from mediator.gui.casedetail import DETAIL_TABS, CaseView, DetailTab
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Ops
from mediator.gui.sessioneditor import to_qdate
from mediator.gui.widgets import FieldMessage, bold_font, list_table
from mediator.gui.workflowdialogs import FormDialog, date_edit
from mediator.persistence.referral_services import CommitteeSuggestion
from mediator.persistence.referrals import (
    CommitteeInfo,
    OutcomeData,
    ReferralData,
    ReferralInfo,
)

CLOSED_COLOR = QColor("#777777")
OPEN_COLOR = QColor("#1b5e20")
COMMITTEE_ROUTES = (RouteKind.ARBITRATION, RouteKind.ARBITRAL_REVIEW)
"""Routes whose receiving body is an arbitration committee from the settings list."""


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _qdate(edit: Any) -> date:
    value: date = edit.date().toPython()
    return value


class RoutesModel(ListModel):
    """Every route: open or not, the last day, why."""

    show_tooltips = True

    def headers(self) -> list[str]:
        return [self.tr("Route"), self.tr("Open now"), self.tr("Last day"), self.tr("Why")]

    def cells(self, item: RouteOption) -> list[str]:
        return [
            item.kind.label,
            self.tr("Yes") if item.available else self.tr("No"),
            _day(item.deadline),
            f"{item.reason}（{item.basis}）",
        ]

    def style(self, item: RouteOption, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OPEN_COLOR if item.available else CLOSED_COLOR)
        if role == Qt.ItemDataRole.FontRole and item.available:
            return bold_font()
        return None


class ReferralsModel(ListModel):
    """The referrals of the case with what became of them."""

    show_tooltips = True

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Date"),
            self.tr("Route"),
            self.tr("Receiving body"),
            self.tr("How"),
            self.tr("Outcome"),
            self.tr("Enclosures"),
            self.tr("Receipt"),
        ]

    def cells(self, item: ReferralInfo) -> list[str]:
        outcomes = "；".join(
            f"{o.decided_on.isoformat()} {o.kind.label}"
            + (f"（{o.body_case_number}）" if o.body_case_number else "")
            for o in item.outcomes
        )
        return [
            str(item.id),
            item.referred_on.isoformat(),
            item.route.label,
            item.body,
            item.method.label,
            outcomes or self.tr("Awaiting outcome"),
            "、".join(item.enclosures),
            item.receipt,
        ]


class ReferralDialog(FormDialog):
    """登记转介: route, date, committee or body, method, enclosures, receipt, applicants."""

    def __init__(
        self,
        options: list[RouteOption],
        committees: list[CommitteeInfo],
        suggestion: CommitteeSuggestion | None,
        applicants: list[tuple[int, str]],
        status: CaseStatus,
        today: date,
        parent: QWidget | None = None,
        session_records: bool = True,
    ) -> None:
        super().__init__(self.tr("Record a referral"), parent)
        self.setMinimumWidth(620)
        self.status = status
        self.session_records = session_records
        self.save: Callable[[ReferralData], object] | None = None
        self.route = QComboBox(self)
        for option in options:
            if option.available:
                self.route.addItem(option.kind.label, option.kind.value)
        self.route_message = FieldMessage(self)
        self.referred_on = date_edit(today, self)
        self.date_message = FieldMessage(self)
        self.committee = QComboBox(self)
        self.committee.addItem(self.tr("(not chosen)"), None)
        for committee in committees:
            self.committee.addItem(committee.name, committee.id)
        self.suggestion = QLabel(self)
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet("QLabel { color: #555; }")
        if suggestion is not None:
            self.committee.setCurrentIndex(self.committee.findData(suggestion.committee.id))
            self.suggestion.setText(self.tr("Suggested: {reason}").format(reason=suggestion.reason))
        elif committees:
            self.suggestion.setText(
                self.tr("No committee's places match the case; please choose one.")
            )
        else:
            self.suggestion.setText(
                self.tr("No committees yet: add them under Settings → Arbitration committees.")
            )
        self.body = QLineEdit(self)
        self.body.setPlaceholderText(self.tr("e.g. 城南区人民法院"))
        self.body_message = FieldMessage(self)
        self.method = QComboBox(self)
        for method in DeliveryMethod:
            self.method.addItem(method.label, method.value)
        self.enclosures = QListWidget(self)
        self.enclosures.setMaximumHeight(130)
        self.extra = QLineEdit(self)
        self.extra.setPlaceholderText(self.tr("Other enclosures, separated by 、"))
        self.receipt = QLineEdit(self)
        self.receipt.setPlaceholderText(self.tr("e.g. received by 张三, receipt no. 123"))
        self.all_applicants = QRadioButton(self.tr("All applicants"), self)
        self.chosen_applicants = QRadioButton(self.tr("Only those ticked:"), self)
        self.all_applicants.setChecked(True)
        self.applicants = QListWidget(self)
        self.applicants.setMaximumHeight(110)
        for applicant_id, name in applicants:
            item = QListWidgetItem(name, self.applicants)
            item.setData(Qt.ItemDataRole.UserRole, applicant_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.applicants.setEnabled(False)
        self.chosen_applicants.toggled.connect(self.applicants.setEnabled)
        self.applicants_message = FieldMessage(self)
        self.note = QLineEdit(self)
        self._layout(len(applicants) > 1)
        self.route.currentIndexChanged.connect(lambda _i: self.route_changed())
        self.route_changed()

    def _layout(self, several: bool) -> None:
        self.form.addRow(self.tr("Route"), self.route)
        self.form.addRow("", self.route_message)
        self.form.addRow(self.tr("Date referred"), self.referred_on)
        self.form.addRow("", self.date_message)
        self.form.addRow(self.tr("Arbitration committee"), self.committee)
        self.form.addRow("", self.suggestion)
        self.form.addRow(self.tr("Receiving body"), self.body)
        self.form.addRow("", self.body_message)
        self.form.addRow(self.tr("How"), self.method)
        self.form.addRow(self.tr("Enclosures"), self.enclosures)
        self.form.addRow("", self.extra)
        self.form.addRow(self.tr("Receipt"), self.receipt)
        if several:
            choice = QHBoxLayout()
            choice.addWidget(self.all_applicants)
            choice.addWidget(self.chosen_applicants)
            choice.addStretch(1)
            self.form.addRow(self.tr("For"), choice)
            self.form.addRow("", self.applicants)
        else:
            self.all_applicants.hide()
            self.chosen_applicants.hide()
            self.applicants.hide()
        self.form.addRow("", self.applicants_message)
        self.form.addRow(self.tr("Note"), self.note)

    def load(self, referral: ReferralInfo) -> None:
        """Fill the form with a recorded referral, to correct it."""
        self.setWindowTitle(self.tr("Correct a referral"))
        if self.route.findData(referral.route.value) < 0:
            # A window may have closed since; the recorded route stays choosable.
            self.route.addItem(referral.route.label, referral.route.value)
        self.route.setCurrentIndex(self.route.findData(referral.route.value))
        self.route_changed()
        self.referred_on.setDate(to_qdate(referral.referred_on))
        if referral.committee is not None:
            self.committee.setCurrentIndex(self.committee.findData(referral.committee.id))
        else:
            self.body.setText(referral.body)
        self.method.setCurrentIndex(self.method.findData(referral.method.value))
        listed = set()
        for row in range(self.enclosures.count()):
            item = self.enclosures.item(row)
            listed.add(item.text())
            ticked = item.text() in referral.enclosures
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.extra.setText("、".join(e for e in referral.enclosures if e not in listed))
        self.receipt.setText(referral.receipt)
        self.note.setText(referral.note)
        if referral.applicant_ids:
            self.chosen_applicants.setChecked(True)
            for row in range(self.applicants.count()):
                item = self.applicants.item(row)
                chosen = int(item.data(Qt.ItemDataRole.UserRole)) in referral.applicant_ids
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def kind(self) -> RouteKind | None:
        # Qt hands enum members back as plain strings: store and read the codes.
        code = self.route.currentData()
        return RouteKind.by_code(code) if code else None

    def route_changed(self) -> None:
        kind = self.kind()
        by_committee = kind in COMMITTEE_ROUTES
        for widget in (self.committee, self.suggestion):
            self.form.setRowVisible(widget, by_committee)
        self.form.setRowVisible(self.body, not by_committee)
        self.enclosures.clear()
        if kind is not None:
            for name in routes.default_enclosures(kind, self.status, self.session_records):
                item = QListWidgetItem(name, self.enclosures)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)

    def referral_data(self) -> ReferralData:
        kind = self.kind() or RouteKind.ARBITRATION
        by_committee = kind in COMMITTEE_ROUTES
        enclosures = [
            self.enclosures.item(row).text()
            for row in range(self.enclosures.count())
            if self.enclosures.item(row).checkState() == Qt.CheckState.Checked
        ]
        enclosures += [e.strip() for e in self.extra.text().split("、") if e.strip()]
        chosen: tuple[int, ...] = ()
        if self.chosen_applicants.isChecked():
            chosen = tuple(
                int(self.applicants.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.applicants.count())
                if self.applicants.item(row).checkState() == Qt.CheckState.Checked
            )
        return ReferralData(
            route=kind,
            referred_on=_qdate(self.referred_on),
            method=DeliveryMethod.by_code(self.method.currentData()),
            committee_id=self.committee.currentData() if by_committee else None,
            body="" if by_committee else self.body.text(),
            enclosures=tuple(enclosures),
            receipt=self.receipt.text(),
            applicant_ids=chosen,
            note=self.note.text(),
        )

    def show_issues(self, issues: list[Issue]) -> None:
        places = {
            "route": self.route_message,
            "referred_on": self.date_message,
            "committee": self.body_message,
            "body": self.body_message,
            "applicants": self.applicants_message,
        }
        for message in set(places.values()):
            mine = [i for i in issues if places.get(i.field, self.route_message) is message]
            message.show_issues(mine)

    def accept(self) -> None:
        if self.save is None:
            super().accept()
            return
        if self.chosen_applicants.isChecked() and not self.referral_data().applicant_ids:
            self.show_issues([Issue("applicants", self.tr("Tick at least one applicant."))])
            return
        try:
            saved = self.save(self.referral_data())
        except ValidationFailed as exc:
            self.show_issues(exc.issues)
            return
        if saved is not None:  # otherwise Ops has shown why
            super().accept()


class OutcomeDialog(FormDialog):
    """登记结果: what became of a referral, with the receiving body's case number."""

    def __init__(self, referral: ReferralInfo, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the outcome"), parent)
        self.save: Callable[[OutcomeData], object] | None = None
        heading = QLabel(
            self.tr("{route} of {day}, {body}").format(
                route=referral.route.label, day=referral.referred_on.isoformat(), body=referral.body
            ),
            self,
        )
        heading.setWordWrap(True)
        self.kind = QComboBox(self)
        for kind in routes.OUTCOMES_OF[referral.route]:
            self.kind.addItem(kind.label, kind.value)
        if any(o.kind is OutcomeKind.ACCEPTED for o in referral.outcomes):
            # Once accepted, what comes next is the decision (an award, a mediation, ...).
            after = (OutcomeKind.ACCEPTED, OutcomeKind.NOT_ACCEPTED)
            nxt = next(k for k in routes.OUTCOMES_OF[referral.route] if k not in after)
            self.kind.setCurrentIndex(self.kind.findData(nxt.value))
        self.kind_message = FieldMessage(self)
        self.decided_on = date_edit(today, self)
        self.date_message = FieldMessage(self)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("e.g. 城劳人仲案〔2026〕12号"))
        self.number_message = FieldMessage(self)
        self.note = QLineEdit(self)
        self.form.addRow(heading)
        self.form.addRow(self.tr("Outcome"), self.kind)
        self.form.addRow("", self.kind_message)
        self.form.addRow(self.tr("Date"), self.decided_on)
        self.form.addRow("", self.date_message)
        self.form.addRow(self.tr("Case number there"), self.number)
        self.form.addRow("", self.number_message)
        self.form.addRow(self.tr("Note"), self.note)

    def outcome_data(self) -> OutcomeData:
        return OutcomeData(
            OutcomeKind.by_code(self.kind.currentData()),
            _qdate(self.decided_on),
            self.number.text(),
            self.note.text(),
        )

    def show_issues(self, issues: list[Issue]) -> None:
        self.kind_message.show_issues([i for i in issues if i.field == "kind"])
        self.date_message.show_issues([i for i in issues if i.field == "decided_on"])
        self.number_message.show_issues([i for i in issues if i.field == "number"])

    def accept(self) -> None:
        if self.save is not None:
            try:
                saved = self.save(self.outcome_data())
            except ValidationFailed as exc:
                self.show_issues(exc.issues)
                return
            if saved is None:  # Ops has shown why
                return
        super().accept()


class ReferralTab(DetailTab):
    """转介: where the case can go next, where it went, and what became of it."""

    order = 80

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.service = ops.referrals
        self.case: CaseView | None = None
        self.case_id: int | None = None
        self.today = date.today()
        self.routes = RoutesModel(self)
        self.referrals = ReferralsModel(self)
        self.routes_view = list_table(self.routes, self)
        self.route_detail = QLabel(self)
        self.route_detail.setWordWrap(True)
        self.route_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.routes_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_route(current.row())
        )
        self.referrals_view = list_table(self.referrals, self)
        # Enter or a double-click on a referral records its outcome.
        self.referrals_view.activated.connect(lambda _i: self.record_outcome())
        self.refer_button = self._button(self.tr("Record referral…"), self.record_referral)
        self.edit_button = self._button(self.tr("Correct referral…"), self.edit_referral)
        self.outcome_button = self._button(self.tr("Record outcome…"), self.record_outcome)
        self.delete_outcome_button = self._button(
            self.tr("Delete last outcome…"), self.delete_outcome
        )
        self.delete_button = self._button(self.tr("Delete referral…"), self.delete_referral)
        self._build()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        routes_box = QGroupBox(self.tr("Routes open to this case"), self)
        routes_layout = QVBoxLayout(routes_box)
        routes_layout.addWidget(self.routes_view, 1)
        routes_layout.addWidget(self.route_detail)
        referrals_box = QGroupBox(self.tr("Referrals and outcomes"), self)
        referrals_layout = QVBoxLayout(referrals_box)
        referrals_layout.addWidget(self.referrals_view)
        buttons = QHBoxLayout()
        for button in (
            self.refer_button,
            self.edit_button,
            self.outcome_button,
            self.delete_outcome_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        referrals_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(routes_box)
        split.addWidget(referrals_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Referral")

    # -- loading ----------------------------------------------------------------------------

    def show_case(self, case: CaseView) -> None:
        self.case = case
        self.case_id = case.detail.id
        self.today = case.today
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        loaded = self.ops.read(
            self, lambda _s: (self.service.route_options(case_id), self.service.referrals(case_id))
        )
        options, made = loaded or ([], [])
        self.routes.set_items(options)
        self.referrals.set_items(made)
        first_open = next((i for i, o in enumerate(options) if o.available), 0)
        if options:
            self.routes_view.selectRow(first_open)
        self.show_route(first_open)
        live = self.case is not None and self.case.detail.voided_on is None
        self.refer_button.setEnabled(live and any(o.available for o in options))
        for button in (
            self.edit_button,
            self.outcome_button,
            self.delete_outcome_button,
            self.delete_button,
        ):
            button.setEnabled(live and bool(made))

    def show_route(self, row: int) -> None:
        """The whole explanation of the selected route (the table cell may be cut short)."""
        if not 0 <= row < len(self.routes.items):
            self.route_detail.clear()
            return
        option: RouteOption = self.routes.items[row]
        basis = self.tr("Legal basis: {basis}").format(basis=option.basis)
        self.route_detail.setText(f"<b>{option.kind.label}</b>：{option.reason}<br>{basis}")

    # -- hooks replaced in tests ------------------------------------------------------------

    def ask(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    # -- actions ----------------------------------------------------------------------------

    def selected(self) -> ReferralInfo | None:
        rows = self.referrals_view.selectionModel().selectedRows()
        if rows:
            return self.referrals.items[rows[0].row()]
        if len(self.referrals.items) == 1:
            return self.referrals.items[0]
        return None

    def referral_dialog(self) -> ReferralDialog | None:
        if self.case_id is None or self.case is None:
            return None
        case_id = self.case_id
        loaded = self.ops.read(
            self,
            lambda _s: (
                self.service.committees(),
                self.service.committee_suggestion(case_id),
                self.service.applicants(case_id),
                any(not s.draft for s in self.ops.workflow.sessions_of(case_id)),
            ),
        )
        if loaded is None:
            return None
        committees, suggestion, applicants, session_records = loaded
        dialog = ReferralDialog(
            list(self.routes.items),
            committees,
            suggestion,
            applicants,
            self.case.detail.status,
            self.today,
            self,
            session_records=session_records,
        )
        dialog.save = lambda data: self._run(lambda: self.service.record_referral(case_id, data))
        return dialog

    def edit_dialog(self) -> ReferralDialog | None:
        referral = self.selected()
        if referral is None:
            QMessageBox.information(
                self, self.tr("Correct referral"), self.tr("Select a referral first.")
            )
            return None
        dialog = self.referral_dialog()
        if dialog is None:
            return None
        dialog.load(referral)
        dialog.save = lambda data: self._run(lambda: self.service.edit_referral(referral.id, data))
        return dialog

    def edit_referral(self) -> bool:
        dialog = self.edit_dialog()
        if dialog is None or not self.ask(dialog):
            return False
        self._after_change()
        return True

    def record_referral(self) -> bool:
        dialog = self.referral_dialog()
        if dialog is None or not self.ask(dialog):
            return False
        self._after_change()
        return True

    def outcome_dialog(self) -> OutcomeDialog | None:
        referral = self.selected()
        if referral is None:
            QMessageBox.information(
                self, self.tr("Record outcome"), self.tr("Select a referral first.")
            )
            return None
        dialog = OutcomeDialog(referral, self.today, self)
        dialog.save = lambda data: self._run(lambda: self.service.record_outcome(referral.id, data))
        return dialog

    def record_outcome(self) -> bool:
        dialog = self.outcome_dialog()
        if dialog is None or not self.ask(dialog):
            return False
        self._after_change()
        return True

    def delete_referral(self) -> bool:
        referral = self.selected()
        if referral is None:
            QMessageBox.information(
                self, self.tr("Delete referral"), self.tr("Select a referral first.")
            )
            return False
        question = self.tr(
            "Delete the referral of {day} to {body} and its {n} recorded outcomes?"
        ).format(day=referral.referred_on.isoformat(), body=referral.body, n=len(referral.outcomes))
        if not self.confirm(self.tr("Delete referral"), question):
            return False

        def delete(_services: object) -> bool:
            self.service.delete_referral(referral.id)
            return True

        done = self.ops.run(self, delete, self._changes())
        if done:
            self._after_change()
        return bool(done)

    def delete_outcome(self) -> bool:
        """Remove the latest outcome of the selected referral (recorded by mistake)."""
        referral = self.selected()
        outcome = referral.latest_outcome if referral else None
        if referral is None or outcome is None:
            QMessageBox.information(
                self, self.tr("Delete outcome"), self.tr("Select a referral with an outcome first.")
            )
            return False
        question = self.tr("Delete the outcome “{outcome}” of {day}?").format(
            outcome=outcome.kind.label, day=outcome.decided_on.isoformat()
        )
        if not self.confirm(self.tr("Delete outcome"), question):
            return False
        done = self.ops.run(
            self, lambda _s: self.service.delete_outcome(outcome.id), self._changes()
        )
        if done is not None:
            self._after_change()
        return done is not None

    def _run(self, call: Callable[[], object]) -> object:
        """Save through ``Ops``; validation problems go back to the dialog's fields."""
        return self.ops.run(self, lambda _s: call(), self._changes(), (ValidationFailed,))


def _register() -> None:
    if ReferralTab not in DETAIL_TABS:
        DETAIL_TABS.append(ReferralTab)


_register()
