"""The 欠薪 tab of the case detail: what is owed to each worker, the evidence, the chain.

Top: every worker with owed, paid, outstanding, claimed, confirmed and the
evidence held, and the case totals; 导入名册… brings in a foreman's roster
(checked in full first: a report lists every row problem and nothing is
imported until the file is clean) and 按台账更新请求事项… sets the wage
claims from the ledger. Below, on two pages: the selected worker's periods
(Tab through the cells, Enter on the last row adds one, the first one starts
from the intake record, Ctrl+S saves; problems show under the grid as you
type) with the evidence checklist and its files; and who in the
subcontracting chain answers for what. Ledger edits do not touch the case
record, so they reload only this tab; a roster import or a claims update
changes the case and reloads the whole window. A voided case is read-only.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.arrears import (
    LIABILITY_BASES,
    EvidenceKind,
    LiabilityData,
    PeriodData,
    RateUnit,
    range_text,
    validate_liabilities,
)
from mediator.domain.enums import ChainRole
from mediator.domain.errors import Issue, MediatorError, ValidationFailed
from mediator.domain.money import format_amount, parse_amount
from mediator.exchange.records import Problem
from mediator.exchange.roster import RosterRefused, RosterResult, import_roster, parse_month
from mediator.gui.casedetail import DETAIL_TABS, CaseView, DetailTab
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.widgets import FieldMessage, list_table
from mediator.persistence.arrears import CaseLedger, LiabilityInfo, WorkerArrears

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = "#ffd7d7"


def _money(amount: Decimal | None) -> str:
    return "" if amount is None else format_amount(amount)


def _number(text: str, what: str) -> Decimal | None:
    """A typed amount or quantity; None for an empty cell."""
    text = text.strip()
    if not text:
        return None
    try:
        return parse_amount(text)
    except ValueError as exc:
        raise ValueError(f"{what}：{exc}") from None


class WorkersModel(ListModel):
    """One line per worker: the money of the ledger and the evidence held."""

    def headers(self) -> list[str]:
        return [
            self.tr("Worker"),
            self.tr("ID number"),
            self.tr("Work period"),
            self.tr("Owed"),
            # The ledger's "paid" is what was paid before mediation, part of the arrears
            # record; the Performance tab's is what was paid under the agreement.
            self.tr("Paid before mediation"),
            self.tr("Unpaid before mediation"),
            self.tr("Claimed"),
            self.tr("Confirmed by employer"),
            self.tr("Evidence held"),
        ]

    def cells(self, item: WorkerArrears) -> list[str]:
        t = item.totals
        first, last = item.first_month, item.last_month
        span = range_text(first, last) if first and last else self.tr("(no period)")
        kinds = set(item.evidence) | {f.kind for f in item.files}
        evidence = "、".join(k.label for k in EvidenceKind if k in kinds)
        return [
            item.name,
            item.id_number,
            span,
            _money(t.owed),
            _money(t.paid),
            _money(t.outstanding),
            _money(t.claimed),
            _money(t.confirmed),
            evidence,
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= index.column() <= 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor over fixed labels (editable: free text allowed too)."""

    def __init__(self, labels: list[str], editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.editable = editable

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self.editable)
        combo.addItems(self.labels)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class EntryGrid(QTableWidget):
    """A grid for typing rows: Enter on the last row adds a row, elsewhere moves down."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.add_row_hook: Callable[[], None] = self.append_row

    def append_row(self) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column in range(self.columnCount()):
            self.setItem(row, column, QTableWidgetItem(""))
        self.setCurrentCell(row, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.state() != QAbstractItemView.State.EditingState:
            self.next_row()
            return
        super().keyPressEvent(event)

    def closeEditor(  # noqa: N802
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        super().closeEditor(editor, hint)
        # Enter inside a cell editor ends the edit with SubmitModelCache: go on as Enter does.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.next_row()

    def next_row(self) -> None:
        """Enter: a new row after the last one, else the first cell of the next row."""
        row = self.currentRow()
        if row < 0 or row == self.rowCount() - 1:
            self.add_row_hook()
        else:
            self.setCurrentCell(row + 1, 0)

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_text(self, row: int, column: int, text: str, editable: bool = True) -> None:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, column, item)


# -- the period grid ----------------------------------------------------------------------------

P_FROM, P_TO, P_UNIT, P_RATE, P_DAYS, P_HOURS, P_PIECES, P_COMPUTED = range(8)
P_OWED, P_PAID, P_CLAIMED, P_CONFIRMED, P_NOTE = range(8, 13)
_PERIOD_FIELDS = {
    "from_month": P_FROM,
    "to_month": P_TO,
    "rate": P_RATE,
    "days_worked": P_DAYS,
    "hours_worked": P_HOURS,
    "pieces": P_PIECES,
    "owed": P_OWED,
    "paid": P_PAID,
    "claimed": P_CLAIMED,
    "confirmed": P_CONFIRMED,
}


class PeriodGrid(EntryGrid):
    """A worker's periods, one row each; the computed amount shows as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(13, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("From (month)"),
                self.tr("To (month)"),
                self.tr("Rate per"),
                self.tr("Rate"),
                self.tr("Days"),
                self.tr("Hours"),
                self.tr("Pieces"),
                self.tr("Computed"),
                self.tr("Owed"),
                self.tr("Paid before mediation"),
                self.tr("Claimed"),
                self.tr("Confirmed"),
                self.tr("Note"),
            ]
        )
        self.setItemDelegateForColumn(
            P_UNIT, ChoiceDelegate([u.label for u in RateUnit], False, self)
        )
        self.setToolTip(
            self.tr(
                "Months as 2026-03. Leave Owed empty to use the computed amount. "
                "Enter on the last row adds a period; Ctrl+S saves."
            )
        )

    def append_row(self) -> None:
        super().append_row()
        row = self.rowCount() - 1
        self.blockSignals(True)
        self.set_text(row, P_UNIT, RateUnit.MONTHLY.label)
        self.set_text(row, P_COMPUTED, "", editable=False)
        self.blockSignals(False)

    def show_periods(self, periods: tuple[PeriodData, ...]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for period in periods:
            row = self.rowCount()
            self.insertRow(row)
            owed = period.owed if period.owed != period.computed_owed() else None
            values = [
                f"{period.from_month:%Y-%m}",
                f"{period.to_month:%Y-%m}",
                period.rate_unit.label,
                _money(period.rate),
                _plain(period.days_worked),
                _plain(period.hours_worked),
                _plain(period.pieces),
                _money(period.computed_owed()),
                _money(owed),
                _money(period.paid),
                _money(period.claimed),
                _money(period.confirmed),
                period.note,
            ]
            for column, text in enumerate(values):
                self.set_text(row, column, text, editable=column != P_COMPUTED)
            item = self.item(row, P_FROM)
            if item is not None:
                item.setData(Qt.ItemDataRole.UserRole, period.id)
        self.blockSignals(False)

    def read(self) -> tuple[list[PeriodData], list[Issue]]:
        """The periods typed so far and the problems of cells that could not be read."""
        periods, issues = [], []
        for row in range(self.rowCount()):
            if all(not self.text(row, c) for c in range(self.columnCount()) if c != P_UNIT):
                continue
            try:
                periods.append(self._period(row))
            except ValueError as exc:
                issues.append(Issue(f"periods.{row}", f"第{row + 1}段期间的{exc}"))
        return periods, issues

    def _period(self, row: int) -> PeriodData:
        def month(column: int, what: str) -> date:
            text = self.text(row, column)
            if not text:
                raise ValueError(f"{what}未填写，请写成2026-03")
            try:
                return parse_month(text)
            except ValueError as exc:
                raise ValueError(f"{what}：{exc}") from None

        item = self.item(row, P_FROM)
        period_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        first = month(P_FROM, "开始月份")
        last = month(P_TO, "结束月份") if self.text(row, P_TO) else first
        try:
            unit = RateUnit.from_label(self.text(row, P_UNIT) or RateUnit.MONTHLY.label)
        except ValueError:
            raise ValueError("计薪方式应为月薪、日薪、时薪或计件") from None
        return PeriodData(
            from_month=first,
            to_month=last,
            rate_unit=RateUnit.by_code(unit.value),
            rate=_number(self.text(row, P_RATE), "工资标准"),
            days_worked=_number(self.text(row, P_DAYS), "出勤天数"),
            hours_worked=_number(self.text(row, P_HOURS), "工作小时数"),
            pieces=_number(self.text(row, P_PIECES), "计件数量"),
            owed=_number(self.text(row, P_OWED), "应付金额"),
            paid=_number(self.text(row, P_PAID), "已付金额") or Decimal("0"),
            claimed=_number(self.text(row, P_CLAIMED), "主张金额"),
            confirmed=_number(self.text(row, P_CONFIRMED), "单位确认金额"),
            note=self.text(row, P_NOTE),
            id=period_id if isinstance(period_id, int) else None,
        )

    def mark(self, issues: list[Issue]) -> None:
        """Colour the cells named by errors; show the computed amounts."""
        self.blockSignals(True)
        bad = set()
        for issue in issues:
            parts = issue.field.split(".")
            if issue.is_error and len(parts) >= 2 and parts[1].isdigit():
                column = _PERIOD_FIELDS.get(parts[2], P_FROM) if len(parts) > 2 else P_FROM
                bad.add((int(parts[1]), column))
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None:
                    colour = ERROR_BACKGROUND if (row, column) in bad else None
                    item.setBackground(_brush(colour))
            try:
                computed = self._period(row).computed_owed()
            except ValueError:
                computed = None
            self.set_text(row, P_COMPUTED, _money(computed), editable=False)
        self.blockSignals(False)


def _plain(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}"


def _brush(colour: str | None) -> QBrush:
    return QBrush(QColor(colour)) if colour else QBrush()


# -- the chain ----------------------------------------------------------------------------------

L_PARTY, L_ROLE, L_BASIS, L_AMOUNT, L_SHARE, L_ANSWERS, L_NOTE = range(7)


class LiabilityGrid(EntryGrid):
    """Who answers for what: party, role, basis, amount or share, note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(7, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Party"),
                self.tr("Role in the chain"),
                self.tr("Basis of liability"),
                self.tr("Amount"),
                self.tr("Share %"),
                self.tr("Answers for"),
                self.tr("Note"),
            ]
        )
        self.setItemDelegateForColumn(
            L_ROLE, ChoiceDelegate([r.label for r in ChainRole], False, self)
        )
        self.bases = ChoiceDelegate(list(LIABILITY_BASES), True, self)
        self.setItemDelegateForColumn(L_BASIS, self.bases)
        self.total_owed = Decimal("0")

    def append_row(self) -> None:
        super().append_row()
        self.blockSignals(True)
        self.set_text(self.rowCount() - 1, L_ANSWERS, "", editable=False)
        self.blockSignals(False)

    def add(self, data: LiabilityData, answers: Decimal | None = None) -> None:
        self.blockSignals(True)
        row = self.rowCount()
        self.insertRow(row)
        values = [
            data.party,
            data.role.label,
            data.basis,
            _money(data.amount),
            _plain(data.share),
            _money(answers),
            data.note,
        ]
        for column, text in enumerate(values):
            self.set_text(row, column, text, editable=column != L_ANSWERS)
        item = self.item(row, L_PARTY)
        if item is not None:
            item.setData(Qt.ItemDataRole.UserRole, (data.id, data.respondent_id))
        self.blockSignals(False)

    def show_rows(self, rows: list[LiabilityInfo], total_owed: Decimal) -> None:
        self.total_owed = total_owed
        self.setRowCount(0)
        for info in rows:
            self.add(info.data, info.amount_of(total_owed))

    def read(self) -> tuple[list[LiabilityData], list[Issue]]:
        rows, issues = [], []
        for row in range(self.rowCount()):
            if all(not self.text(row, c) for c in range(self.columnCount())):
                continue
            item = self.item(row, L_PARTY)
            ids = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            row_id, respondent_id = ids if isinstance(ids, tuple) else (None, None)
            try:
                role = ChainRole.from_label(self.text(row, L_ROLE) or ChainRole.EMPLOYER.label)
                rows.append(
                    LiabilityData(
                        party=self.text(row, L_PARTY),
                        role=ChainRole.by_code(role.value),
                        basis=self.text(row, L_BASIS),
                        amount=_number(self.text(row, L_AMOUNT), "金额"),
                        share=_number(self.text(row, L_SHARE), "比例"),
                        note=self.text(row, L_NOTE),
                        respondent_id=respondent_id,
                        id=row_id,
                    )
                )
            except ValueError as exc:
                issues.append(Issue(f"liabilities.{row}", f"第{row + 1}行责任主体的{exc}"))
        return rows, issues


class BasesDialog(QDialog):
    """The office's wording of the bases of liability, one per line."""

    def __init__(self, bases: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bases of liability"))
        self.resize(620, 360)
        hint = QLabel(
            self.tr(
                "One basis per line, offered in the chain table. Line 1 is suggested for "
                "the employer and the actual builder, line 2 for a subcontractor, line 3 for "
                "the general contractor, line 4 for the client and line 6 for a team leader. "
                "Leave the list empty to restore the built-in wording."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(bases), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return self.text.toPlainText().splitlines()


# -- the roster report --------------------------------------------------------------------------


class RosterReportDialog(QDialog):
    """Every problem of a roster, by row and column; nothing was imported."""

    def __init__(
        self, message: str, problems: list[Problem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roster not imported"))
        self.resize(760, 460)
        self.summary = QLabel(message, self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("QLabel { color: #b71c1c; font-weight: bold; }")
        self.table = QTableWidget(len(problems), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Kind"), self.tr("Problem")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for row, problem in enumerate(problems):
            kind = self.tr("Error") if problem.is_error else self.tr("Note")
            for column, text in enumerate(
                (problem.where or self.tr("File"), kind, problem.message)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Rows follow the wrapped message as the dialog is resized, not the width at start.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        copy = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.report_text()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.problems = problems

    def report_text(self) -> str:
        return "\n".join(str(p) for p in self.problems)


# -- the tab ------------------------------------------------------------------------------------


class ArrearsTab(DetailTab):
    """欠薪: per-worker ledger, evidence, the subcontracting chain, roster import."""

    order = 40

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.service = ops.arrears
        self.case: CaseView | None = None
        self.ledger: CaseLedger | None = None
        self.dirty = False
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.import_button = self._button(self.tr("Import roster…"), self.import_roster)
        self.claims_button = self._button(
            self.tr("Update claims from the ledger…"), self.claims_from_ledger
        )
        self.workers = WorkersModel(self)
        self.workers_view = list_table(self.workers, self)
        self.workers_view.selectionModel().currentRowChanged.connect(
            lambda current, previous: self._worker_changed(current.row(), previous.row())
        )
        self.grid = PeriodGrid(self)
        self.grid.itemChanged.connect(lambda _item: self._periods_edited())
        self.messages = FieldMessage(self)
        self.grid.add_row_hook = self.add_period
        self.add_period_button = self._button(self.tr("Add period"), self.add_period)
        self.remove_period_button = self._button(self.tr("Remove period"), self.remove_period)
        self.save_button = self._button(self.tr("Save periods"), self.save_periods)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_periods)
        self.checks: dict[EvidenceKind, QCheckBox] = {}
        self.files = QListWidget(self)
        self.files.itemActivated.connect(lambda _item: self.open_file())
        self.attach_button = self._button(self.tr("Attach file…"), self.attach_file)
        self.open_button = self._button(self.tr("Open"), self.open_file)
        self.remove_file_button = self._button(self.tr("Remove file…"), self.remove_file)
        self.chain = LiabilityGrid(self)
        self.chain.itemChanged.connect(lambda _item: self._chain_edited())
        self.chain_messages = FieldMessage(self)
        self.suggest_button = self._button(self.tr("Fill in from respondents"), self.suggest)
        self.add_party_button = self._button(self.tr("Add party"), self.chain.append_row)
        self.remove_party_button = self._button(self.tr("Remove party"), self.remove_party)
        self.save_chain_button = self._button(self.tr("Save liability"), self.save_chain)
        self.bases_button = self._button(self.tr("Wording of the bases…"), self.edit_bases)
        self._build()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.claims_button)
        top.addWidget(self.import_button)
        workers_box = QGroupBox(self.tr("Workers"), self)
        QVBoxLayout(workers_box).addWidget(self.workers_view)
        periods_box = QGroupBox(self.tr("Periods of the selected worker"), self)
        periods = QVBoxLayout(periods_box)
        periods.addWidget(self.grid, 1)
        periods.addWidget(self.messages)
        row = QHBoxLayout()
        for button in (self.add_period_button, self.remove_period_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        periods.addLayout(row)
        evidence_box = QGroupBox(self.tr("Evidence held"), self)
        evidence = QVBoxLayout(evidence_box)
        checks = QGridLayout()
        for n, kind in enumerate(EvidenceKind):
            box = QCheckBox(kind.label, evidence_box)
            box.clicked.connect(lambda checked, k=kind: self.set_evidence(k, checked))
            self.checks[kind] = box
            checks.addWidget(box, n // 2, n % 2)
        evidence.addLayout(checks)
        evidence.addWidget(self.files, 1)
        file_buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.remove_file_button):
            file_buttons.addWidget(button)
        evidence.addLayout(file_buttons)
        middle = QSplitter(Qt.Orientation.Horizontal, self)
        middle.addWidget(periods_box)
        middle.addWidget(evidence_box)
        middle.setStretchFactor(0, 4)
        middle.setStretchFactor(1, 1)
        chain_page = QWidget(self)
        chain = QVBoxLayout(chain_page)
        chain.addWidget(QLabel(self.tr("Who in the subcontracting chain answers for what"), self))
        chain.addWidget(self.chain, 1)
        chain.addWidget(self.chain_messages)
        chain_buttons = QHBoxLayout()
        for button in (
            self.suggest_button,
            self.add_party_button,
            self.remove_party_button,
            self.bases_button,
        ):
            chain_buttons.addWidget(button)
        chain_buttons.addStretch(1)
        chain_buttons.addWidget(self.save_chain_button)
        chain.addLayout(chain_buttons)
        # Pages rather than a third pane: on a 1366×768 office screen three panes left
        # the worker list two rows high.
        self.pages = QTabWidget(self)
        self.pages.addTab(middle, self.tr("Periods and evidence"))
        self.pages.addTab(chain_page, self.tr("Subcontracting chain"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(workers_box)
        split.addWidget(self.pages)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        rows = self.workers_view.verticalHeader().defaultSectionSize()
        header = self.workers_view.horizontalHeader().sizeHint().height()
        self.workers_view.setMinimumHeight(header + 5 * rows + 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Arrears")

    # -- loading ----------------------------------------------------------------------------

    def show_case(self, case: CaseView) -> None:
        self.case = case
        self.reload()

    def reload(self) -> None:
        if self.case is None:
            return
        case_id = self.case.detail.id
        loaded = self.ops.read(
            self,
            lambda _s: (
                self.service.ledger(case_id),
                self.service.liabilities(case_id),
                self.service.liability_bases(),
            ),
        )
        if loaded is None:
            return
        keep = self.current_worker()
        self.ledger, liabilities, self.chain.bases.labels = loaded
        self.workers.set_items(self.ledger.workers)
        self.summary.setText(self._summary_html(self.ledger))
        self.chain.show_rows(liabilities, self.ledger.totals.owed)
        self.chain_messages.show_issues([])
        ids = [w.applicant_id for w in self.ledger.workers]
        row = ids.index(keep.applicant_id) if keep and keep.applicant_id in ids else 0
        if ids:
            self.workers_view.selectRow(row)
        self._show_worker(self.current_worker())
        for widget in (
            self.import_button,
            self.claims_button,
            self.save_button,
            self.chain,
            self.suggest_button,
            self.add_party_button,
            self.remove_party_button,
            self.save_chain_button,
            self.remove_file_button,
        ):
            widget.setEnabled(self._live())

    def _live(self) -> bool:
        """A voided case's ledger is shown as it was, read-only."""
        return self.case is not None and self.case.detail.voided_on is None

    def _summary_html(self, ledger: CaseLedger) -> str:
        t = ledger.totals
        text = self.tr(
            "{n} workers: owed {owed} yuan, paid before mediation {paid} yuan, unpaid before "
            "mediation {outstanding} yuan, claimed {claimed} yuan, confirmed by the employer "
            "{confirmed} yuan (payments under the agreement: see the Performance tab)"
        ).format(
            n=len(ledger.workers),
            owed=_money(t.owed),
            paid=_money(t.paid),
            outstanding=_money(t.outstanding),
            claimed=_money(t.claimed),
            confirmed=_money(t.confirmed),
        )
        return f"<b>{text}</b>"

    def current_worker(self) -> WorkerArrears | None:
        index = self.workers_view.currentIndex()
        if index.isValid() and 0 <= index.row() < len(self.workers.items):
            return self.workers.items[index.row()]
        return None

    def _worker_changed(self, row: int, previous: int) -> None:
        if self.dirty and 0 <= previous < len(self.workers.items):
            if not self._settle_edits(self.workers.items[previous]):
                self.workers_view.selectionModel().blockSignals(True)
                self.workers_view.selectRow(previous)
                self.workers_view.selectionModel().blockSignals(False)
                return
        self._show_worker(self.workers.items[row] if 0 <= row < len(self.workers.items) else None)

    def _settle_edits(self, worker: WorkerArrears) -> bool:
        """Unsaved periods of ``worker``: save, discard or stay (False)."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved periods"),
            self.tr("Save the changed periods of {name}?").format(name=worker.name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self._save_for(worker)
        return answer == QMessageBox.StandardButton.Discard

    def _show_worker(self, worker: WorkerArrears | None) -> None:
        self.dirty = False
        self.grid.show_periods(worker.periods if worker else ())
        self.grid.mark([])
        self.messages.show_issues([])
        held = set(worker.evidence) if worker else set()
        for kind, box in self.checks.items():
            box.setChecked(kind in held)
            box.setEnabled(worker is not None and self._live())
        self.files.clear()
        for info in worker.files if worker else ():
            size = f"{max(1, round(info.size / 1024))} KB"
            item = QListWidgetItem(f"{info.kind.label}：{info.filename}（{size}）", self.files)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
        for widget in (
            self.grid,
            self.add_period_button,
            self.remove_period_button,
            self.attach_button,
        ):
            widget.setEnabled(worker is not None and self._live())

    # -- periods ----------------------------------------------------------------------------

    def _periods_edited(self) -> None:
        self.dirty = True
        self.check_periods()

    def check_periods(self) -> list[Issue]:
        periods, issues = self.grid.read()
        issues += self.service.check_periods(periods) if not issues else []
        self.grid.mark(issues)
        self.messages.show_issues(issues)
        return issues

    def add_period(self) -> None:
        """A new period; a worker's first one starts from what intake recorded."""
        first = self.grid.rowCount() == 0
        self.grid.append_row()
        worker = self.current_worker()
        if not first or worker is None or self.case is None:
            return
        applicant = next(
            (a for a in self.case.detail.data.applicants if a.id == worker.applicant_id), None
        )
        if applicant is None or applicant.employment_start is None:
            return
        end = applicant.employment_end or self.case.today
        values = {
            P_FROM: f"{applicant.employment_start:%Y-%m}",
            P_TO: f"{end:%Y-%m}",
            P_RATE: _money(applicant.monthly_wage),
        }
        for column, text in values.items():
            item = self.grid.item(0, column)
            if item is not None:
                item.setText(text)  # itemChanged: checked and computed as if typed
        self.grid.setCurrentCell(0, P_PAID)

    def remove_period(self) -> None:
        row = self.grid.currentRow()
        if row >= 0:
            self.grid.removeRow(row)
            self._periods_edited()

    def save_periods(self) -> bool:
        worker = self.current_worker()
        return worker is not None and self._save_for(worker)

    def _save_for(self, worker: WorkerArrears) -> bool:
        if self.case is None:
            return False
        issues = self.check_periods()
        if any(i.is_error for i in issues):
            return False
        periods, _ = self.grid.read()
        case_id = self.case.detail.id
        saved = self.ops.run(
            self, lambda _s: self.service.save_periods(case_id, worker.applicant_id, periods)
        )
        if saved is None:
            return False
        self.dirty = False
        self.reload()
        return True

    # -- evidence ---------------------------------------------------------------------------

    def set_evidence(self, kind: EvidenceKind, held: bool) -> None:
        worker = self.current_worker()
        if worker is None or self.case is None:
            return
        case_id = self.case.detail.id
        done = self.ops.run(
            self,
            lambda _s: self.service.set_evidence(case_id, worker.applicant_id, kind, held),
        )
        if done is None:
            self.checks[kind].setChecked(not held)
            return
        self._refresh_keeping_edits()

    def _refresh_keeping_edits(self) -> None:
        """Reload the ledger without losing periods being typed."""
        if self.dirty:
            rows = [
                [self.grid.text(r, c) for c in range(self.grid.columnCount())]
                for r in range(self.grid.rowCount())
            ]
            ids = [self.grid.item(r, P_FROM) for r in range(self.grid.rowCount())]
            id_values = [i.data(Qt.ItemDataRole.UserRole) if i else None for i in ids]
            self.reload()
            self.grid.blockSignals(True)
            self.grid.setRowCount(0)
            for values, period_id in zip(rows, id_values, strict=True):
                row = self.grid.rowCount()
                self.grid.insertRow(row)
                for column, text in enumerate(values):
                    self.grid.set_text(row, column, text, editable=column != P_COMPUTED)
                first = self.grid.item(row, P_FROM)
                if first is not None:
                    first.setData(Qt.ItemDataRole.UserRole, period_id)
            self.grid.blockSignals(False)
            self.dirty = True
            self.check_periods()
        else:
            self.reload()

    def choose_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach evidence"))
        return Path(path) if path else None

    def choose_kind(self) -> EvidenceKind | None:
        labels = [k.label for k in EvidenceKind]
        label, ok = QInputDialog.getItem(
            self, self.tr("Attach evidence"), self.tr("What is this file?"), labels, 0, False
        )
        return EvidenceKind.by_code(EvidenceKind.from_label(label).value) if ok else None

    def attach_file(self) -> bool:
        worker = self.current_worker()
        if worker is None or self.case is None:
            return False
        path = self.choose_file()
        if path is None:
            return False
        kind = self.choose_kind()
        if kind is None:
            return False
        case_id = self.case.detail.id
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.ops.show_error(
                self, MediatorError(f"无法读取文件“{path.name}”（{exc.strerror}）。")
            )
            return False
        done = self.ops.run(
            self,
            lambda _s: self.service.attach_evidence(
                case_id, worker.applicant_id, kind, path.name, data
            ),
        )
        if done is not None:
            self._refresh_keeping_edits()
        return done is not None

    def _selected_file(self) -> int | None:
        item = self.files.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, int) else None

    def open_file(self) -> Path | None:
        """Write the file to a temporary folder and open it with the system's viewer."""
        file_id = self._selected_file()
        if file_id is None:
            return None
        loaded = self.ops.read(self, lambda _s: self.service.evidence_file(file_id))
        if loaded is None:
            return None
        name, data = loaded
        folder = Path(tempfile.mkdtemp(prefix="mediator-evidence-"))
        path = folder / Path(name).name
        path.write_bytes(data)
        self.launch(path)
        return path

    def launch(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_file(self) -> bool:
        file_id = self._selected_file()
        item = self.files.currentItem()
        if file_id is None or item is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove file"),
            self.tr("Remove {file} from the evidence? This cannot be undone.").format(
                file=item.text()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def remove(_services: object) -> bool:
            self.service.remove_evidence_file(file_id)
            return True

        done = self.ops.run(self, remove)
        if done:
            self._refresh_keeping_edits()
        return bool(done)

    # -- the chain --------------------------------------------------------------------------

    def _chain_edited(self) -> None:
        rows, issues = self.chain.read()
        if not issues:
            issues = validate_liabilities(rows)
        self.chain_messages.show_issues(issues)

    def suggest(self) -> None:
        """Add a row for each respondent not yet in the table, with its suggested basis."""
        if self.case is None:
            return
        case_id = self.case.detail.id
        suggested = self.ops.read(self, lambda _s: self.service.suggested_liabilities(case_id))
        rows, _issues = self.chain.read()
        listed = {r.respondent_id for r in rows} | {r.party for r in rows}
        for data in suggested or []:
            if data.respondent_id not in listed and data.party not in listed:
                self.chain.add(data)
        self._chain_edited()

    def remove_party(self) -> None:
        row = self.chain.currentRow()
        if row >= 0:
            self.chain.removeRow(row)
            self._chain_edited()

    def save_chain(self) -> bool:
        if self.case is None:
            return False
        rows, issues = self.chain.read()
        if issues:
            self.chain_messages.show_issues(issues)
            return False
        case_id = self.case.detail.id
        try:
            saved = self.ops.run(
                self,
                lambda _s: self.service.save_liabilities(case_id, rows),
                passthrough=(ValidationFailed,),
            )
        except ValidationFailed as exc:
            self.chain_messages.show_issues(exc.issues)
            return False
        if saved is not None:
            self._refresh_keeping_edits()
        return saved is not None

    # -- claims -----------------------------------------------------------------------------

    def claims_from_ledger(self) -> int | None:
        """Set each worker's wage claim (拖欠工资) to what the ledger shows, after asking."""
        if self.case is None:
            return None
        if self.dirty and not self.save_periods():
            return None
        question = self.tr(
            "Set each worker's wage claim to the amount claimed in the ledger (or, where "
            "none is entered, to what is outstanding)? Workers without periods and other "
            "claims stay as they are."
        )
        answer = QMessageBox.question(self, self.tr("Update claims"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        detail = self.case.detail
        result = self.ops.run(
            self,
            lambda _s: self.service.claims_from_ledger(detail.id, detail.version),
            Changes(cases=True, case_id=detail.id),
        )
        if result is None:
            return None
        _ref, changed = result
        QMessageBox.information(
            self,
            self.tr("Update claims"),
            self.tr("{n} wage claims updated or added.").format(n=changed),
        )
        return changed

    def edit_bases(self) -> list[str] | None:
        """Reword the suggested bases of liability for the whole office."""
        dialog = BasesDialog(self.chain.bases.labels, self)
        if not self.ask(dialog):
            return None
        lines = dialog.lines()
        saved = self.ops.run(self, lambda _s: self.service.save_liability_bases(lines))
        if saved is not None:
            self.chain.bases.labels = saved
        return saved

    # -- roster import ----------------------------------------------------------------------

    def choose_roster(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import roster"), "", self.tr("Rosters (*.xlsx *.csv)")
        )
        return Path(path) if path else None

    def ask(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def import_roster(self) -> RosterResult | None:
        """Check the whole file first; import only a clean one, after a confirmation."""
        if self.case is None:
            return None
        path = self.choose_roster()
        if path is None:
            return None
        checked = self._run_roster(path, dry_run=True)
        if checked is None:
            return None
        question = self.tr("Add {n} workers owed {total} yuan in all to case {number}?").format(
            n=checked.workers, total=_money(checked.total), number=self.case.detail.number
        )
        if checked.matched:
            question += "\n" + self.tr(
                "{added} of them are new; {matched} are applicants already registered in the "
                "case, whose ledger and wage claim are updated from the roster."
            ).format(added=checked.added, matched=checked.matched)
        if checked.warnings:
            notes = "\n".join(str(w) for w in checked.warnings[:10])
            question += "\n\n" + self.tr("Please note:") + "\n" + notes
        answer = QMessageBox.question(self, self.tr("Import roster"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self._run_roster(path, dry_run=False)

    def _run_roster(self, path: Path, dry_run: bool) -> RosterResult | None:
        assert self.case is not None
        detail = self.case.detail
        services = self.ops.services
        progress = QProgressDialog(self.tr("Reading the roster…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setMinimumDuration(400)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()

        def run(_s: object) -> RosterResult:
            return import_roster(
                services.db,
                detail.id,
                path,
                services.today(),
                services.now(),
                dry_run=dry_run,
                expected_version=None if dry_run else detail.version,
                progress=step,
            )

        changes = None if dry_run else Changes(cases=True, case_id=detail.id)
        try:
            return self.ops.run(self, run, changes, passthrough=(RosterRefused,))
        except RosterRefused as refused:
            self.ask(RosterReportDialog(refused.message, refused.problems, self))
            return None
        finally:
            progress.close()


def _register() -> None:
    if ArrearsTab not in DETAIL_TABS:
        DETAIL_TABS.append(ArrearsTab)


_register()
