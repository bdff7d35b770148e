"""The intake form (收案登记): a new case, or an edit of a saved one.

Keyboard first: fields in reading order, Tab moves on, Ctrl+S saves, Esc
asks before throwing input away. Problems appear where they are: a red line
under a simple field; for a table, a red (or yellow) cell with the message
as tooltip and a list of messages under the table naming row and problem.
The domain's ``validate_case`` runs shortly after each edit; the service's
``check_intake`` (which also looks for open cases of the same people) runs
before saving. Warnings never block.

Unsaved input is written to a draft file every few seconds (``drafts``), so
a crash or a power cut loses at most those seconds.
"""

from __future__ import annotations

import logging
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.enums import (
    COLLECTIVE_THRESHOLD,
    AgentSide,
    ApplicationForm,
    Category,
    Channel,
)
from mediator.domain.errors import Issue, ValidationFailed
from mediator.domain.intake import normalize_case, validate_case
from mediator.domain.model import CaseData
from mediator.domain.money import format_amount, parse_amount
from mediator.gui.drafts import Draft, DraftStore
from mediator.gui.intakedata import (
    Row,
    agent_fields,
    applicant_fields,
    blank_row,
    case_from_state,
    claim_fields,
    date_text,
    fill_sex_from_id,
    pasted_applicants,
    respondent_fields,
    state_from_case,
    totals_text,
)
from mediator.gui.ops import CASES, Changes, Ops
from mediator.gui.records import Choices, TablePanel
from mediator.gui.widgets import ERROR_COLOR, ChoiceCombo, FieldMessage, enum_choices
from mediator.persistence.cases import CaseDetail
from mediator.persistence.db import Operator
from mediator.persistence.errors import StaleEdit
from mediator.persistence.services import Services

log = logging.getLogger("mediator.gui")

VALIDATE_DELAY_MS = 400
AUTOSAVE_DELAY_MS = 3000
SIMPLE_FIELDS = (
    "received_on",
    "application_form",
    "channel",
    "category",
    "external_ref",
    "lead_mediator_id",
    "facts",
)


class IntakeForm(QDialog):
    """New case, or edit of ``detail``; ``draft`` restores unsaved input."""

    saved = Signal(int)

    def __init__(
        self,
        ops: Ops,
        drafts: DraftStore,
        operator: Operator,
        *,
        detail: CaseDetail | None = None,
        draft: Draft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._services: Services = ops.services
        self._drafts = drafts
        self._operator = operator
        self._case_id = detail.id if detail else (draft.case_id if draft else None)
        self._case_version = detail.version if detail else (draft.case_version if draft else None)
        self._case_number = detail.number if detail else (draft.case_number if draft else "")
        self._draft_path = draft.path if draft else None
        self._dirty = False
        self._loading = False
        self._live_issues: list[Issue] = []
        self._issue_counts: dict[str, tuple[int, int]] = {}
        self._build()
        self._wire()
        if draft is not None:
            self._load_state(draft.state)
            self._dirty = True  # restored input is unsaved until saved
        elif detail is not None:
            self._load_state(state_from_case(detail.data))
        else:
            self._load_state(self._new_state())
        self._validate_now()
        self.received_on.setFocus()

    # -- construction --------------------------------------------------------------------

    @property
    def case_id(self) -> int | None:
        return self._case_id

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def draft_path(self) -> Path | None:
        return self._draft_path

    def _build(self) -> None:
        if self._case_id is None:
            self.setWindowTitle(self.tr("New case"))
        else:
            self.setWindowTitle(self.tr("Edit case {number}").format(number=self._case_number))
        self.resize(1180, 740)
        self.messages: dict[str, FieldMessage] = {
            name: FieldMessage(self) for name in SIMPLE_FIELDS
        }
        self.received_on = QDateEdit(self)
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.application_form = ChoiceCombo(enum_choices(ApplicationForm), self)
        self.channel = ChoiceCombo(enum_choices(Channel), self)
        self.category = ChoiceCombo(enum_choices(Category, self.tr("— choose —")), self)
        self.external_ref = QLineEdit(self)
        self.external_ref.setPlaceholderText(self.tr("Serial number of an online application"))
        self._users = self._ops.read(self, lambda s: s.users()) or []
        self.lead_mediator = ChoiceCombo(self._mediator_choices(None), self)
        self.facts = QPlainTextEdit(self)
        self.facts.setTabChangesFocus(True)
        self.facts.setPlaceholderText(
            self.tr("What happened and what the applicants ask for, in their words")
        )
        self.facts.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        grid = QGridLayout()
        placed = [
            ("received_on", self.tr("Received on"), self.received_on, 0, 0),
            ("application_form", self.tr("Application form"), self.application_form, 0, 1),
            ("channel", self.tr("Source"), self.channel, 0, 2),
            ("category", self.tr("Dispute type"), self.category, 1, 0),
            ("external_ref", self.tr("External no."), self.external_ref, 1, 1),
            ("lead_mediator_id", self.tr("Lead mediator"), self.lead_mediator, 1, 2),
        ]
        for name, text, widget, row, column in placed:
            self._place(grid, name, text, widget, row, column)
        facts_label = QLabel(self.tr("Facts and reasons"), self)
        facts_label.setBuddy(self.facts)
        grid.addWidget(facts_label, 4, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.facts, 4, 1, 1, 5)
        grid.addWidget(self.messages["facts"], 5, 1, 1, 5)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        self._build_tables()
        self.draft_label = QLabel(self)
        self.draft_label.setStyleSheet("QLabel { color: #555; }")
        self.summary_label = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label)
        bottom.addWidget(self.draft_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _place(
        self, grid: QGridLayout, name: str, text: str, widget: QWidget, row: int, column: int
    ) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        grid.addWidget(label, row * 2, column * 2)
        grid.addWidget(widget, row * 2, column * 2 + 1)
        grid.addWidget(self.messages[name], row * 2 + 1, column * 2 + 1)

    def _build_tables(self) -> None:
        self.applicants = TablePanel("applicants", applicant_fields(), parent=self)
        self.paste_button = QPushButton(self.tr("Paste from Excel"), self)
        self.paste_button.setToolTip(
            self.tr(
                "Copy rows in Excel and paste them here (Ctrl+V). Columns: name, sex, ID number,"
                " phone, migrant worker, joined, left, job, monthly wage."
            )
        )
        self.applicants.buttons.insertWidget(2, self.paste_button)
        self.respondents = TablePanel("respondents", respondent_fields(), parent=self)
        self.agents = TablePanel(
            "agents", agent_fields(), {"principal_index": self._principal_choices}, self
        )
        self.claims = TablePanel(
            "claims", claim_fields(), {"applicant_index": self._applicant_choices}, self
        )
        self.panels = [self.applicants, self.respondents, self.agents, self.claims]
        self.tabs = QTabWidget(self)
        for panel in self.panels:
            self.tabs.addTab(panel, "")
        self._representative_column = self.applicants.model.column_of("is_representative")

    def _mediator_choices(self, lead_id: int | None) -> Choices:
        choices: Choices = [(self.tr("(not assigned)"), None)]
        # Staff who left stay listed only on the cases they already lead.
        return choices + [(u.name, u.id) for u in self._users if u.active or u.id == lead_id]

    def _applicant_choices(self, _row: Row) -> Choices:
        return [
            (f"{i + 1}. {r.get('name') or '—'}", i)
            for i, r in enumerate(self.applicants.model.rows)
        ]

    def _principal_choices(self, row: Row) -> Choices:
        side_rows = (
            self.applicants.model.rows
            if row.get("side") is AgentSide.APPLICANT
            else self.respondents.model.rows
        )
        everyone: Choices = [(self.tr("(whole side)"), None)]
        return everyone + [(f"{i + 1}. {r.get('name') or '—'}", i) for i, r in enumerate(side_rows)]

    def _wire(self) -> None:
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._validate_now)
        self._autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.write_draft)
        self.received_on.dateChanged.connect(self._on_changed)
        for combo in (self.application_form, self.channel, self.category, self.lead_mediator):
            combo.currentIndexChanged.connect(self._on_changed)
        self.external_ref.textChanged.connect(self._on_changed)
        self.facts.textChanged.connect(self._on_changed)
        for panel in self.panels:
            panel.model.edited.connect(self._on_changed)
            panel.remove_button.clicked.connect(lambda _=False, p=panel: self._remove_rows(p))
            if panel is not self.applicants:
                panel.view.paste_requested.connect(lambda p=panel: self._paste_cell(p))
        # Applicants take whole rows from a spreadsheet.
        self.applicants.view.paste_requested.connect(self.paste_applicants)
        self.paste_button.clicked.connect(self.paste_applicants)
        self.applicants.model.edited.connect(self._on_applicants_edited)
        self.applicants.model.dataChanged.connect(self._on_applicant_cells)
        self.respondents.model.edited.connect(self.agents.model.refresh)
        self.claims.model.edited.connect(self._update_totals)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

    # -- state ---------------------------------------------------------------------------

    def _new_state(self) -> dict[str, Any]:
        active = {u.id for u in self._users if u.active}
        lead = self._operator.id if self._operator.id in active else None
        return {
            "fields": {
                "received_on": date_text(self._services.today()),
                "application_form": ApplicationForm.WRITTEN,
                "channel": Channel.WALK_IN,
                "category": None,
                "external_ref": "",
                "lead_mediator_id": lead,
                "facts": "",
            },
            "applicants": [blank_row(applicant_fields())],
            "respondents": [blank_row(respondent_fields())],
            "agents": [],
            "claims": [],
        }

    def _load_state(self, state: dict[str, Any]) -> None:
        self._loading = True
        try:
            fields = state["fields"]
            day = QDate.fromString(str(fields.get("received_on") or ""), "yyyy-MM-dd")
            self.received_on.setDate(day if day.isValid() else QDate.currentDate())
            self.application_form.set_value(fields.get("application_form"))
            self.channel.set_value(fields.get("channel"))
            self.category.set_value(fields.get("category"))
            self.external_ref.setText(str(fields.get("external_ref") or ""))
            lead = fields.get("lead_mediator_id")
            self.lead_mediator.set_choices(self._mediator_choices(lead))
            self.lead_mediator.set_value(lead)
            self.facts.setPlainText(str(fields.get("facts") or ""))
            for panel in self.panels:
                panel.model.set_rows(state.get(panel.table_name, []))
        finally:
            self._loading = False
        self._on_applicants_edited()
        self._update_totals()
        self._update_tab_titles({})

    def state(self) -> dict[str, Any]:
        """The form as a JSON-ready dict (what a draft stores)."""
        for panel in self.panels:
            panel.commit_editor()
        return {
            "fields": {
                "received_on": self.received_on.date().toString("yyyy-MM-dd"),
                "application_form": self.application_form.value(),
                "channel": self.channel.value(),
                "category": self.category.value(),
                "external_ref": self.external_ref.text(),
                "lead_mediator_id": self.lead_mediator.value(),
                "facts": self.facts.toPlainText(),
            },
            **{panel.table_name: [dict(r) for r in panel.model.rows] for panel in self.panels},
        }

    def case_data(self) -> tuple[CaseData, list[Issue]]:
        return case_from_state(self.state())

    # -- editing -------------------------------------------------------------------------

    def _on_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_tab_titles(self._issue_counts)  # row counts now, markers after validation
        self._validate_timer.start()
        if not self._autosave_timer.isActive():
            self._autosave_timer.start()

    def _on_applicants_edited(self) -> None:
        count = len(self.applicants.model.rows)
        collective = count >= COLLECTIVE_THRESHOLD
        self.applicants.view.setColumnHidden(self._representative_column, not collective)
        self.applicants.note.setVisible(collective)
        if collective:
            self.applicants.note.setText(
                self.tr(
                    "Collective dispute: {n} applicants. Tick the representatives they elected"
                    " in the column “Representative”."
                ).format(n=count)
            )
            self.applicants.note.setStyleSheet(
                "QLabel { background: #e3f0ff; border: 1px solid #90b8e8; padding: 4px;"
                " font-weight: bold; }"
            )
        self.claims.model.refresh()
        self.agents.model.refresh()
        self._update_totals()

    def _on_applicant_cells(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] | None = None
    ) -> None:
        """A typed resident ID number tells the sex: fill it in if still empty."""
        column = self.applicants.model.column_of("id_number")
        if self._loading or not top_left.column() <= column <= bottom_right.column():
            return
        if roles and Qt.ItemDataRole.DisplayRole not in roles:
            return  # a repaint of validation marks, not an edit
        today = self._services.today()
        for row in range(top_left.row(), bottom_right.row() + 1):
            record = self.applicants.model.rows[row]
            if record.get("sex") is None:
                probe = dict(record)
                fill_sex_from_id(probe, today)
                if probe.get("sex") is not None:
                    self.applicants.model.set_value(row, "sex", probe["sex"])

    def _remove_rows(self, panel: TablePanel) -> None:
        selected = panel.view.selected_rows()
        filled = [r for r in selected if not panel.model.is_blank(r)]
        if filled and not self._confirm_removal(len(selected)):
            return
        removed = panel.model.remove_rows(selected)
        if not removed:
            return
        if panel is self.applicants:
            self.claims.model.update_rows(
                lambda r: r.update(applicant_index=_shifted(r.get("applicant_index"), removed))
            )
            self._shift_principals(AgentSide.APPLICANT, removed)
        elif panel is self.respondents:
            self._shift_principals(AgentSide.RESPONDENT, removed)

    def _confirm_removal(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove rows"),
            self.tr("Remove the {count} selected row(s) and what was typed in them?").format(
                count=count
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _shift_principals(self, side: AgentSide, removed: list[int]) -> None:
        def fix(row: Row) -> None:
            if row.get("side") is side:
                row["principal_index"] = _shifted(row.get("principal_index"), removed)

        self.agents.model.update_rows(fix)

    def paste_applicants(self) -> None:
        """Ctrl+V / the paste button on the applicants table."""
        text = QGuiApplication.clipboard().text()
        if "\t" not in text and "\n" not in text.strip():
            self._paste_cell(self.applicants)
            return
        rows = pasted_applicants(text, self._services.today())
        if not rows:
            return
        model = self.applicants.model
        # Rows added with "Add row" and left empty are replaced by the pasted ones.
        model.remove_rows([i for i in range(len(model.rows)) if model.is_blank(i)])
        first = model.append_rows(rows)
        self.applicants.view.setCurrentIndex(model.index(first, 0))
        self.draft_label.setText(self.tr("Pasted {n} applicants").format(n=len(rows)))

    def _paste_cell(self, panel: TablePanel) -> None:
        """Paste one value into the current cell of any table."""
        index = panel.view.currentIndex()
        text = QGuiApplication.clipboard().text().strip().split("\t")[0].split("\n")[0]
        if index.isValid():
            panel.model.setData(index, text)

    def _update_totals(self) -> None:
        names = [r.get("name") or "—" for r in self.applicants.model.rows]
        per: dict[int, Decimal] = {}
        for claim in self.claims.model.rows:
            try:
                amount = parse_amount(str(claim.get("amount") or ""))
            except ValueError:
                continue  # reported by validation; the total counts what can be read
            index = claim.get("applicant_index")
            if isinstance(index, int) and 0 <= index < len(names):
                per[index] = per.get(index, Decimal(0)) + amount
        total = sum(per.values(), Decimal(0))
        self.claims.note.setVisible(bool(self.claims.model.rows))
        self.claims.note.setText(totals_text(total, [(names[i], per[i]) for i in sorted(per)]))
        self.summary_label.setText(
            self.tr("{applicants} applicants · claimed {total} yuan").format(
                applicants=len(names), total=format_amount(total)
            )
        )

    # -- validation ----------------------------------------------------------------------

    def _domain_issues(self) -> list[Issue]:
        """Unreadable cells and the domain's rules (no database)."""
        data, issues = self.case_data()
        today = self._services.today()
        return issues + validate_case(normalize_case(data, today), today)

    def _validate_now(self) -> list[Issue]:
        issues = self._domain_issues()
        self._live_issues = issues
        self.show_issues(issues)
        return issues

    def show_issues(self, issues: list[Issue]) -> None:
        for name, label in self.messages.items():
            label.show_issues([i for i in issues if i.field == name])
        counts: dict[str, tuple[int, int]] = {}
        for panel in self.panels:
            prefix = panel.table_name
            mine = [i for i in issues if i.field == prefix or i.field.startswith(prefix + ".")]
            counts[prefix] = panel.show_issues(mine)
        self._update_tab_titles(counts)

    def _update_tab_titles(self, counts: dict[str, tuple[int, int]]) -> None:
        self._issue_counts = counts
        titles = {
            "applicants": self.tr("Applicants ({n})"),
            "respondents": self.tr("Respondents ({n})"),
            "agents": self.tr("Agents ({n})"),
            "claims": self.tr("Claims ({n})"),
        }
        for position, panel in enumerate(self.panels):
            errors, warnings = counts.get(panel.table_name, (0, 0))
            title = titles[panel.table_name].format(n=len(panel.model.rows))
            self.tabs.setTabText(position, title)
            icon = None
            if errors:
                icon = QStyle.StandardPixmap.SP_MessageBoxCritical
            elif warnings:
                icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            self.tabs.setTabIcon(position, self.style().standardIcon(icon) if icon else QIcon())

    def issues(self) -> list[Issue]:
        """What is shown now (for tests and the save decision)."""
        return list(self._live_issues)

    # -- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Check and save; on success the draft is deleted and the form closes."""
        data, parse_issues = self.case_data()
        checked = self._ops.read(self, lambda s: s.check_intake(data, self._case_id))
        if checked is None:
            return False
        issues = parse_issues + checked
        self._live_issues = issues
        self.show_issues(issues)
        errors = [i for i in issues if i.is_error]
        if errors:
            self._report_errors(errors)
            return False
        if not self._confirm_new_warnings(issues):
            return False
        return self._store(data)

    def _report_errors(self, errors: list[Issue]) -> None:
        self.draft_label.setStyleSheet(f"QLabel {{ color: {ERROR_COLOR}; font-weight: bold; }}")
        self.draft_label.setText(
            self.tr("Not saved: {n} problems to correct (marked in red)").format(n=len(errors))
        )
        first = errors[0].field.split(".")[0]
        for position, panel in enumerate(self.panels):
            if panel.table_name == first:
                self.tabs.setCurrentIndex(position)

    def _confirm_new_warnings(self, issues: list[Issue]) -> bool:
        """Warnings only the database knows (same person already has an open case) are
        shown once more before saving; the form already shows the others."""
        seen = {(i.field, i.message) for i in self._domain_issues()}
        fresh = [i for i in issues if not i.is_error and (i.field, i.message) not in seen]
        if not fresh:
            return True
        text = "\n".join(f"• {i.message}" for i in fresh)
        answer = QMessageBox.question(
            self,
            self.tr("Please check"),
            self.tr("Please note:\n{warnings}\n\nSave anyway?").format(warnings=text),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return answer == QMessageBox.StandardButton.Save

    def _store(self, data: CaseData) -> bool:
        case_id, version = self._case_id, self._case_version
        try:
            if case_id is None:
                ref = self._ops.run(
                    self, lambda s: s.create_case(data), CASES, (ValidationFailed, StaleEdit)
                )
            else:
                assert version is not None
                ref = self._ops.run(
                    self,
                    lambda s: s.update_case(case_id, version, data),
                    Changes(cases=True, case_id=case_id),
                    (ValidationFailed, StaleEdit),
                )
        except ValidationFailed as exc:
            self.show_issues(exc.issues)
            self._report_errors([i for i in exc.issues if i.is_error])
            return False
        except StaleEdit as exc:
            # Keep every character on screen (and in the draft): the other
            # person's save stays as it is, and this input is not lost.
            self.write_draft()
            QMessageBox.warning(self, self.tr("Saved by someone else"), exc.message)
            self.draft_label.setText(exc.message)
            return False
        if ref is None:
            return False
        self._case_id, self._case_version, self._case_number = ref.id, ref.version, ref.number
        self._dirty = False
        self._drop_draft()
        self.saved.emit(ref.id)
        self.accept()
        return True

    # -- drafts and closing ----------------------------------------------------------------

    def write_draft(self) -> None:
        if not self._dirty:
            return
        if self._draft_path is None:
            self._draft_path = self._drafts.new_path()
        try:
            self._drafts.write(
                self._draft_path,
                self.state(),
                case_id=self._case_id,
                case_version=self._case_version,
                case_number=self._case_number,
                operator=self._operator.name,
            )
        except OSError as exc:
            log.warning("could not write draft %s: %s", self._draft_path, exc)
            self.draft_label.setText(self.tr("Could not save a draft: {error}").format(error=exc))
            return
        self.draft_label.setStyleSheet("QLabel { color: #555; }")
        self.draft_label.setText(
            self.tr("Draft kept automatically at {time}").format(
                time=datetime.now().strftime("%H:%M:%S")
            )
        )

    def _drop_draft(self) -> None:
        self._autosave_timer.stop()
        if self._draft_path is not None:
            self._drafts.delete(self._draft_path)

    def reject(self) -> None:
        """Esc, Close and the window's ✕ all come here: ask before losing input."""
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved input"),
                self.tr("This form has input that is not saved. Save it now?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._dirty = False
        self._drop_draft()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # QDialog turns a close into reject(); if reject() kept the form open, stay open.
        self.reject()
        if self.isVisible():
            event.ignore()
        else:
            event.accept()


def _shifted(index: Any, removed: list[int]) -> int | None:
    """An index into a table after the rows in ``removed`` were taken out."""
    if not isinstance(index, int) or index in removed:
        return None
    return index - sum(1 for r in removed if r < index)
