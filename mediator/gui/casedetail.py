"""The case detail window: a tab per aspect of the case.

Later features (sessions, agreements, payments, documents) add a tab by
writing a ``DetailTab`` subclass and appending it to ``DETAIL_TABS``; every
tab gets the same ``CaseView`` snapshot whenever the case is (re)loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.enums import COLLECTIVE_THRESHOLD, AgentSide
from mediator.domain.money import format_amount
from mediator.domain.workflow import closure_label
from mediator.gui.intakedata import (
    agent_fields,
    applicant_fields,
    claim_fields,
    respondent_fields,
    state_from_case,
    totals_text,
)
from mediator.gui.labels import (
    action_label,
    entity_label,
    field_label,
    snapshot_label,
    snapshot_name,
    value_label,
)
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.records import RecordsModel, apply_widths
from mediator.gui.widgets import BANNER_STYLE
from mediator.persistence.caselist import CaseRow
from mediator.persistence.cases import CaseDetail
from mediator.persistence.services import HistoryEntry, Services

Index = QModelIndex | QPersistentModelIndex
OVERDUE_HTML = '<span style="color:#c62828; font-weight:bold">{text}</span>'


@dataclass(frozen=True)
class CaseView:
    """Everything the tabs show, loaded once per refresh."""

    detail: CaseDetail
    row: CaseRow | None
    """The case-list row: lead mediator's name and the overdue rules."""
    history: list[HistoryEntry]
    today: date


class DetailTab(QWidget):
    """Base of the detail tabs; each gets the ``Ops`` of its case window."""

    order = 100
    """Place among the tabs, left to right: the case, the work on it, its history last."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops

    def title(self) -> str:
        raise NotImplementedError

    def show_case(self, case: CaseView) -> None:
        raise NotImplementedError

    # For tabs that change their case: what the change touched, and showing it again.
    case_id: int | None = None

    def reload(self) -> None:
        raise NotImplementedError

    def _changes(self) -> Changes:
        return Changes(cases=True, case_id=self.case_id)

    def _after_change(self) -> None:
        # The case window reloads every tab on ``changed``; a tab shown on its own reloads here.
        if self.window() is self or not hasattr(self.window(), "reload"):
            self.reload()


def _readonly_table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    apply_widths(view)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class OverviewTab(DetailTab):
    order = 10

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        for key, text in self._rows():
            label = QLabel(self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.values[key] = label
            self.form.addRow(text, label)

    def _rows(self) -> list[tuple[str, str]]:
        return [
            ("number", self.tr("Case number")),
            ("status", self.tr("Status")),
            ("received_on", self.tr("Received on")),
            ("category", self.tr("Dispute type")),
            ("application_form", self.tr("Application form")),
            ("channel", self.tr("Source")),
            ("external_ref", self.tr("External no.")),
            ("lead", self.tr("Lead mediator")),
            ("acceptance_due", self.tr("Acceptance due")),
            ("mediation_due", self.tr("Mediation due")),
            ("accepted_on", self.tr("Accepted on")),
            ("closed_on", self.tr("Closed on")),
            ("claimed", self.tr("Amount claimed")),
            ("facts", self.tr("Facts and reasons")),
            ("updated", self.tr("Last saved")),
        ]

    def title(self) -> str:
        return self.tr("Overview")

    def show_case(self, case: CaseView) -> None:
        d, row = case.detail, case.row
        data = d.data
        texts = {
            "number": d.number,
            "status": closure_label(d.status, d.closure_reason),
            "received_on": data.received_on.isoformat(),
            "category": data.category.label,
            "application_form": data.application_form.label,
            "channel": data.channel.label,
            "external_ref": data.external_ref,
            "lead": row.lead_mediator if row else "",
            "accepted_on": d.accepted_on.isoformat() if d.accepted_on else "",
            "closed_on": d.closed_on.isoformat() if d.closed_on else "",
            "claimed": self.tr("{amount} yuan").format(amount=format_amount(data.claimed_total())),
            "facts": data.facts,
            "updated": f"{d.updated_at:%Y-%m-%d %H:%M}",
        }
        for key, text in texts.items():
            self.values[key].setTextFormat(Qt.TextFormat.PlainText)
            self.values[key].setText(text)
        overdue_acceptance = bool(row and row.acceptance_overdue(case.today))
        overdue_mediation = bool(row and row.mediation_overdue(case.today))
        self._show_due("acceptance_due", d.acceptance_due, overdue_acceptance)
        self._show_due("mediation_due", d.mediation_due, overdue_mediation)

    def _show_due(self, key: str, due: date, overdue: bool) -> None:
        label = self.values[key]
        if overdue:
            label.setTextFormat(Qt.TextFormat.RichText)
            text = self.tr("{date} (overdue)").format(date=due.isoformat())
            label.setText(OVERDUE_HTML.format(text=text))
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(due.isoformat())


class PartiesTab(DetailTab):
    order = 20

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.applicants = RecordsModel(applicant_fields(), dict, editable=False, parent=self)
        self.respondents = RecordsModel(respondent_fields(), dict, editable=False, parent=self)
        self.agents = RecordsModel(
            agent_fields(), dict, {"principal_index": self._principal}, False, self
        )
        layout = QVBoxLayout(self)
        self.applicant_view = _readonly_table(self.applicants, self)
        self.applicant_title = QLabel(self)
        # Applicants get the room: a collective case lists ten or more.
        for title, view, stretch in (
            (self.applicant_title, self.applicant_view, 3),
            (QLabel(self.tr("Respondents"), self), _readonly_table(self.respondents, self), 1),
            (QLabel(self.tr("Agents"), self), _readonly_table(self.agents, self), 1),
        ):
            title.setStyleSheet("QLabel { font-weight: bold; }")
            layout.addWidget(title)
            layout.addWidget(view, stretch)

    def _principal(self, row: dict[str, Any]) -> list[tuple[str, Any]]:
        rows = (
            self.applicants.rows
            if row.get("side") is AgentSide.APPLICANT
            else self.respondents.rows
        )
        return [(self.tr("(whole side)"), None)] + [
            (r.get("name", ""), i) for i, r in enumerate(rows)
        ]

    def title(self) -> str:
        return self.tr("Parties")

    def show_case(self, case: CaseView) -> None:
        state = state_from_case(case.detail.data)
        self.applicants.set_rows(state["applicants"])
        self.respondents.set_rows(state["respondents"])
        self.agents.set_rows(state["agents"])
        count = len(state["applicants"])
        self.applicant_view.setColumnHidden(
            self.applicants.column_of("is_representative"), count < COLLECTIVE_THRESHOLD
        )
        title = self.tr("Applicants ({n})").format(n=count)
        if count >= COLLECTIVE_THRESHOLD:
            title += self.tr(" — collective dispute")
        self.applicant_title.setText(title)


class ClaimsTab(DetailTab):
    order = 30

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._names: list[str] = []
        self.claims = RecordsModel(
            claim_fields(), dict, {"applicant_index": self._applicant}, False, self
        )
        self.view = _readonly_table(self.claims, self)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.detail: CaseDetail | None = None
        self.calculator_button = QPushButton(self.tr("Calculator…"), self)
        self.calculator_button.clicked.connect(lambda: self.open_calculator())
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.calculator_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def open_calculator(self) -> QDialog | None:
        """The calculators, prefilled from this case; results can become its claims."""
        from mediator.gui.calculator import CalculatorDialog  # the dialog is only built on demand

        if self.detail is None:
            return None
        dialog = CalculatorDialog(self.ops, self.detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _applicant(self, _row: dict[str, Any]) -> list[tuple[str, Any]]:
        return [(name, i) for i, name in enumerate(self._names)]

    def title(self) -> str:
        return self.tr("Claims")

    def show_case(self, case: CaseView) -> None:
        data = case.detail.data
        self.detail = case.detail
        self._names = [a.name for a in data.applicants]
        self.claims.set_rows(state_from_case(data)["claims"])
        per = [
            (a.name, data.claimed_by_applicant(i))
            for i, a in enumerate(data.applicants)
            if any(c.applicant_index == i for c in data.claims)
        ]
        self.totals.setText(totals_text(data.claimed_total(), per))


class HistoryModel(ListModel):
    """The audit trail of one case, oldest first, as display strings."""

    show_tooltips = True

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Operator"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
        ]

    def cells(self, item: tuple[str, ...]) -> list[str]:
        return list(item)

    def set_entries(self, entries: list[HistoryEntry], names: dict[tuple[str, int], str]) -> None:
        self.set_items(self._display(e, names) for e in entries)

    def _display(self, e: HistoryEntry, names: dict[tuple[str, int], str]) -> tuple[str, ...]:
        what = entity_label(e.entity)
        who = names.get((e.entity, e.entity_id or 0)) or snapshot_name(e.new_value or e.old_value)
        if who and e.entity != "case":
            what = f"{what} {who}"
        if e.action == "update":
            field = field_label(e.entity, e.field)
            old = value_label(e.entity, e.field, e.old_value)
            new = value_label(e.entity, e.field, e.new_value)
        else:
            field = ""
            old = snapshot_label(e.entity, e.old_value)
            new = snapshot_label(e.entity, e.new_value)
        return (
            f"{e.at:%Y-%m-%d %H:%M:%S}",
            e.user_name,
            action_label(e.action),
            what,
            field,
            old,
            new,
        )


class HistoryTab(DetailTab):
    order = 1000

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.model = HistoryModel(self)
        self.view = _readonly_table(self.model, self)
        header = self.view.horizontalHeader()
        for column, width in enumerate((140, 70, 50, 130, 100, 160)):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.empty = QLabel(
            self.tr(
                "No changes recorded for this case (cases imported in bulk start without history)."
            )
        )
        self.empty.setStyleSheet("QLabel { color: #555; }")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)

    def title(self) -> str:
        return self.tr("History")

    def show_case(self, case: CaseView) -> None:
        data = case.detail.data
        names: dict[tuple[str, int], str] = {}
        for kind, items in (
            ("applicant", data.applicants),
            ("respondent", data.respondents),
            ("agent", data.agents),
        ):
            for item in items:
                if item.id is not None:
                    names[(kind, item.id)] = item.name
        for n, claim in enumerate(data.claims, start=1):
            if claim.id is not None:
                names[("claim", claim.id)] = f"#{n}"
        self.model.set_entries(case.history, names)
        self.empty.setVisible(not case.history)
        self.view.scrollToBottom()


DETAIL_TABS: list[type[DetailTab]] = [OverviewTab, PartiesTab, ClaimsTab, HistoryTab]


class VoidDialog(QDialog):
    """Asks for the reason to void a case."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Void case"))
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("For example: registered twice by mistake"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        explain = QLabel(
            self.tr(
                "Case {number} will leave the case list. Its number stays used and is never"
                " given to another case. Why is it voided?"
            ).format(number=number),
            self,
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class CaseDetailDialog(QDialog):
    """One case; refreshes itself whenever an operation touches it."""

    def __init__(
        self,
        ops: Ops,
        case_id: int,
        open_editor: Callable[[CaseDetail], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.case_id = case_id
        self._open_editor = open_editor
        self.view: CaseView | None = None
        self.resize(1000, 640)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("QLabel { font-size: 15pt; font-weight: bold; }")
        self.void_banner = QLabel(self)
        self.void_banner.setStyleSheet(BANNER_STYLE)
        self.void_banner.setWordWrap(True)
        self.void_banner.hide()
        self.tabs = QTabWidget(self)
        self.detail_tabs: list[DetailTab] = [
            cls(self._ops, self) for cls in sorted(DETAIL_TABS, key=lambda cls: cls.order)
        ]
        for tab in self.detail_tabs:
            self.tabs.addTab(tab, tab.title())
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.void_button = QPushButton(self.tr("Void…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.edit_button.clicked.connect(self.edit)
        self.void_button.clicked.connect(self.void)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.void_banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        ops.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        view = self._ops.read(self, self._load)
        if view is None:
            self.close()
            return
        self.view = view
        d = view.detail
        self.setWindowTitle(self.tr("Case {number}").format(number=d.number))
        self.heading.setText(f"{d.number}　{d.status.label}")
        voided = d.voided_on is not None
        self.void_banner.setVisible(voided)
        if voided:
            assert d.voided_on is not None
            self.void_banner.setText(
                self.tr("Voided on {date}: {reason}").format(
                    date=d.voided_on.isoformat(), reason=d.void_reason
                )
            )
        self.edit_button.setEnabled(not voided)
        self.void_button.setEnabled(not voided)
        for tab in self.detail_tabs:
            tab.show_case(view)

    def _load(self, services: Services) -> CaseView:
        detail = services.get_case(self.case_id)
        rows = services.case_rows([self.case_id])
        return CaseView(
            detail, rows.get(self.case_id), services.history(self.case_id), services.today()
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.cases and changes.case_id in (None, self.case_id):
            self.reload()

    def edit(self) -> None:
        if self.view is not None:
            self._open_editor(self.view.detail)

    def void(self) -> None:
        if self.view is None:
            return
        detail = self.view.detail
        ask = VoidDialog(detail.number, self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        confirm = QMessageBox.question(
            self,
            self.tr("Void case"),
            self.tr("Really void case {number}? This cannot be undone.").format(
                number=detail.number
            ),
        )
        if confirm != QMessageBox.StandardButton.Yes:
            return
        self._ops.run(
            self,
            lambda s: s.void_case(detail.id, detail.version, ask.reason_text()),
            Changes(cases=True, case_id=detail.id),
        )

    def done(self, result: int) -> None:
        try:
            self._ops.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)


# The 文书, 办理, 履行, 欠薪, 仲裁时效 and 转介 tabs register themselves in DETAIL_TABS (they import
# this module); their ``order`` places them.
from mediator.gui import (  # noqa: E402, F401
    arrearstab,
    casedocuments,
    limitationtab,
    performancetab,
    referraltab,
    workflowtab,
)
