"""The 履行 tab of the case detail: the instalment schedule, receipts, figures and routes.

Shown meaningfully once the case has a signed agreement with payment terms;
otherwise it says so. Receipts, corrections, deletions and splits go through
``Ops.performance``; the domain refuses what is wrong (an over-payment without
a reason, a split that does not add up) with a Chinese message. The tab
registers itself in ``DETAIL_TABS``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediator.domain import performance as perf
from mediator.domain.enums import CaseStatus
from mediator.domain.errors import ValidationFailed
from mediator.domain.money import format_amount, parse_amount
from mediator.gui.casedetail import DETAIL_TABS, CaseView, DetailTab
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Ops
from mediator.gui.widgets import bold_font, list_table
from mediator.gui.workflowdialogs import FormDialog, date_edit
from mediator.persistence.performance import (
    InstalmentInfo,
    ReceiptData,
    ReceiptInfo,
    WorkerFigures,
)
from mediator.persistence.performance_services import CaseFigures

OVERDUE_COLOR = QColor("#c62828")
EXCESS_WORD = "超出"
"""The domain's over-payment message says the amount "超出" what is owed."""


def _red_bold(role: int) -> Any:
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(OVERDUE_COLOR)
    if role == Qt.ItemDataRole.FontRole:
        return bold_font()
    return None


def _money(amount: Decimal) -> str:
    return format_amount(amount)


def figure_cells(figures: perf.Figures) -> list[str]:
    """Agreed, paid, outstanding, overdue: the money columns of every performance table."""
    return [_money(v) for v in (figures.agreed, figures.paid, figures.outstanding, figures.overdue)]


class ScheduleModel(ListModel):
    """The instalments: due date, last day to pay, payer, amount, paid, outstanding."""

    show_tooltips = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Due date"),
            self.tr("Last day to pay"),
            self.tr("Payer"),
            self.tr("Payee"),
            self.tr("Amount"),
            self.tr("Paid"),
            self.tr("Outstanding"),
            self.tr("State"),
        ]

    def set_schedule(self, items: list[InstalmentInfo], today: date) -> None:
        self.today = today
        self.set_items(items)

    def state(self, item: InstalmentInfo) -> str:
        if item.outstanding <= 0:
            return self.tr("Paid in full")
        if item.is_overdue(self.today):
            return self.tr("Overdue")
        if item.paid > 0:
            return self.tr("Partly paid")
        return self.tr("Not yet due")

    def cells(self, item: InstalmentInfo) -> list[str]:
        return [
            str(item.seq),
            item.due_on.isoformat(),
            item.pay_by.isoformat(),
            item.payer,
            item.payee,
            _money(item.amount),
            _money(item.paid),
            _money(item.outstanding),
            self.state(item),
        ]

    def style(self, item: InstalmentInfo, role: int) -> Any:
        return _red_bold(role) if item.is_overdue(self.today) else None


class WorkerFiguresModel(ListModel):
    """Per worker: agreed, paid, outstanding and overdue."""

    def headers(self) -> list[str]:
        return [
            self.tr("Worker"),
            self.tr("Agreed"),
            self.tr("Paid"),
            self.tr("Outstanding"),
            self.tr("Overdue"),
        ]

    def cells(self, item: WorkerFigures) -> list[str]:
        return [item.worker, *figure_cells(item.figures)]

    def style(self, item: WorkerFigures, role: int) -> Any:
        return _red_bold(role) if item.figures.overdue > 0 else None


class ReceiptsModel(ListModel):
    show_tooltips = True

    def headers(self) -> list[str]:
        return [
            self.tr("Received on"),
            self.tr("Amount"),
            self.tr("Method"),
            self.tr("Voucher no."),
            self.tr("Scan"),
            self.tr("Recorded by"),
            self.tr("Note"),
        ]

    def cells(self, item: ReceiptInfo) -> list[str]:
        note = item.note
        if item.override_reason:
            extra = self.tr("Over-payment recorded: {reason}").format(reason=item.override_reason)
            note = f"{note}；{extra}" if note else extra
        return [
            item.received_on.isoformat(),
            _money(item.amount),
            item.method,
            item.voucher_no,
            item.scan_name if item.has_scan else "",
            item.operator,
            note,
        ]


class ReceiptDialog(FormDialog):
    """登记收款 / 更正收款: date, amount, method, voucher, optional scan, note (and a reason)."""

    def __init__(
        self,
        today: date,
        receipt: ReceiptInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Record a payment") if receipt is None else self.tr("Correct a payment")
        super().__init__(title, parent)
        self.today = today
        self.received = date_edit(receipt.received_on if receipt else today, self)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("e.g. 64000 or 64,000.00"))
        self.method = QComboBox(self)
        self.method.setEditable(True)
        self.method.addItems(list(perf.PAYMENT_METHODS))
        self.voucher = QLineEdit(self)
        self.note = QLineEdit(self)
        self.scan: bytes | None = None
        self.scan_name = ""
        self.scan_label = QLabel(self.tr("No scan"), self)
        scan_button = QPushButton(self.tr("Choose scan…"), self)
        scan_button.clicked.connect(self.choose_scan)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(scan_button)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the record is corrected (required)"))
        self.error = QLabel(self)
        self.error.setStyleSheet("QLabel { color: #c62828; }")
        self.error.setWordWrap(True)
        self.form.addRow(self.tr("Received on"), self.received)
        self.form.addRow(self.tr("Amount (yuan)"), self.amount)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Voucher no."), self.voucher)
        self.form.addRow(self.tr("Voucher scan"), scan_row)
        self.form.addRow(self.tr("Note"), self.note)
        if receipt is None:
            self.reason.hide()
        else:
            self.form.addRow(self.tr("Reason for correction"), self.reason)
            self.amount.setText(_money(receipt.amount))
            self.method.setCurrentText(receipt.method)
            self.voucher.setText(receipt.voucher_no)
            self.note.setText(receipt.note)
            if receipt.has_scan:
                self.scan_label.setText(receipt.scan_name)
        self.override_reason = receipt.override_reason if receipt else ""
        self.form.addRow(self.error)

    def choose_scan(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Voucher scan"), "", self.tr("Scans (*.pdf *.jpg *.jpeg *.png)")
        )
        if path:
            self.set_scan(Path(path))

    def set_scan(self, path: Path) -> None:
        self.scan = path.read_bytes()
        self.scan_name = path.name
        self.scan_label.setText(path.name)

    def accept(self) -> None:
        try:
            parse_amount(self.amount.text())
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def receipt_data(self) -> ReceiptData:
        return ReceiptData(
            received_on=self.received.date().toPython(),  # type: ignore[arg-type]
            amount=parse_amount(self.amount.text()),
            method=self.method.currentText(),
            voucher_no=self.voucher.text(),
            override_reason=self.override_reason,
            note=self.note.text(),
            scan=self.scan,
            scan_name=self.scan_name,
        )


class SplitDialog(FormDialog):
    """How one instalment is split among the workers; the difference shows as you type."""

    def __init__(
        self,
        instalment: InstalmentInfo,
        workers: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Split of instalment {n}").format(n=instalment.seq), parent)
        self.setMinimumSize(520, 420)
        self.instalment = instalment
        shares = {s.applicant_id: s.amount for s in instalment.shares}
        self.ids = [i for i, _name in workers]
        self.table = QTableWidget(len(workers), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Worker"), self.tr("Amount (yuan)")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (applicant_id, name) in enumerate(workers):
            cell = QTableWidgetItem(name)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, cell)
            amount = shares.get(applicant_id, perf.ZERO)
            self.table.setItem(row, 1, QTableWidgetItem(_money(amount)))
        self.total = QLabel(self)
        self.total.setWordWrap(True)
        self.form.addRow(self.table)
        self.form.addRow(self.total)
        self.table.itemChanged.connect(lambda _item: self.update_total())
        self.update_total()

    def amounts(self) -> dict[int, Decimal] | None:
        """Applicant id → amount; None while a cell is not a valid amount."""
        out = {}
        for row, applicant_id in enumerate(self.ids):
            item = self.table.item(row, 1)
            text = item.text().strip() if item is not None else ""
            try:
                out[applicant_id] = parse_amount(text) if text else perf.ZERO
            except ValueError:
                return None
        return out

    def difference(self) -> Decimal | None:
        amounts = self.amounts()
        if amounts is None:
            return None
        return sum(amounts.values(), perf.ZERO) - self.instalment.amount

    def update_total(self) -> None:
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        diff = self.difference()
        if diff is None:
            self.total.setText(self.tr("An amount is not a valid number."))
            ok.setEnabled(False)
            return
        due = _money(self.instalment.amount)
        if diff == 0:
            text = self.tr("Adds up to the {due} yuan due.").format(due=due)
        else:
            text = self.tr("Total differs from the {due} yuan due by {diff} yuan.").format(
                due=due, diff=("+" if diff > 0 else "") + _money(diff)
            )
        self.total.setText(text)
        self.total.setStyleSheet("" if diff == 0 else "QLabel { color: #c62828; }")
        ok.setEnabled(diff == 0)


class PerformanceTab(DetailTab):
    """履行: what was agreed, what was paid, and what to do when a payment is late."""

    order = 70

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.case: CaseView | None = None
        self.case_id: int | None = None
        self.today = date.today()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.schedule = ScheduleModel(self)
        self.workers = WorkerFiguresModel(self)
        self.receipts = ReceiptsModel(self)
        self.schedule_view = list_table(self.schedule, self)
        self.workers_view = list_table(self.workers, self)
        self.receipts_view = list_table(self.receipts, self)
        self.record_button = self._button(self.tr("Record payment…"), self.record_receipt)
        self.correct_button = self._button(self.tr("Correct payment…"), self.correct_receipt)
        self.delete_button = self._button(self.tr("Delete payment…"), self.delete_receipt)
        self.split_button = self._button(self.tr("Split among workers…"), self.edit_split)
        self.routes_box = QGroupBox(self.tr("Overdue: routes open to the workers"), self)
        self.routes_layout = QHBoxLayout(self.routes_box)
        self.route_buttons: dict[str, QPushButton] = {}
        self.routes: dict[str, perf.Route] = {}
        self.body = QWidget(self)
        self._build()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        schedule_box = QGroupBox(self.tr("Instalments"), self)
        schedule_layout = QVBoxLayout(schedule_box)
        schedule_layout.addWidget(self.schedule_view)
        schedule_buttons = QHBoxLayout()
        schedule_buttons.addStretch(1)
        schedule_buttons.addWidget(self.split_button)
        schedule_layout.addLayout(schedule_buttons)
        workers_box = QGroupBox(self.tr("Per worker"), self)
        QVBoxLayout(workers_box).addWidget(self.workers_view)
        receipts_box = QGroupBox(self.tr("Payments received"), self)
        receipts_layout = QVBoxLayout(receipts_box)
        receipts_layout.addWidget(self.receipts_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        receipts_layout.addLayout(buttons)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(workers_box)
        lower.addWidget(receipts_box)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(schedule_box)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.summary)
        body.addWidget(self.routes_box)
        body.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.body, 1)

    def title(self) -> str:
        return self.tr("Performance")

    # -- loading ----------------------------------------------------------------------------

    def show_case(self, case: CaseView) -> None:
        self.case = case
        self.case_id = case.detail.id
        self.today = case.today
        self.reload()

    def reload(self) -> None:
        if self.case is None or self.case_id is None:
            return
        case_id = self.case_id
        detail = self.case.detail
        service = self.ops.performance
        if detail.status is CaseStatus.AGREED and detail.voided_on is None:
            # Terms of an agreement signed since the last visit join the schedule.
            self.ops.read(self, lambda _s: service.build_schedule(case_id))
        loaded = self.ops.read(
            self,
            lambda _s: (
                service.schedule_of(case_id),
                service.worker_figures(case_id),
                service.receipts_of(case_id),
                service.case_figures(case_id) if detail.voided_on is None else None,
                service.overdue_of(case_id),
            ),
        )
        schedule, workers, receipts, figures, overdue = loaded or ([], [], [], None, [])
        self.schedule.set_schedule(schedule, self.today)
        self.workers.set_items(workers)
        self.receipts.set_items(receipts)
        has_schedule = bool(schedule)
        self.body.setVisible(has_schedule)
        self.hint.setVisible(not has_schedule)
        self.hint.setText(
            self.tr(
                "The schedule of payments appears here once the case has a signed "
                "agreement with payment terms (sign it on the Handling tab)."
            )
        )
        self.summary.setText(self._summary_html(figures))
        self._show_routes(overdue)
        editable = detail.voided_on is None and has_schedule
        for button in (
            self.record_button,
            self.correct_button,
            self.delete_button,
            self.split_button,
        ):
            button.setEnabled(editable)

    def _summary_html(self, figures: CaseFigures | None) -> str:
        if figures is None:
            return ""
        f = figures.figures
        text = self.tr(
            "Agreed {agreed} yuan, paid {paid} yuan, outstanding {outstanding} yuan; "
            "fulfilment rate {rate}"
        ).format(
            agreed=_money(f.agreed),
            paid=_money(f.paid),
            outstanding=_money(f.outstanding),
            rate=perf.rate_text(f.rate),
        )
        html = f"<b>{text}</b>"
        if f.overdue > 0:
            late = self.tr("overdue {amount} yuan").format(amount=_money(f.overdue))
            html += f'；<span style="color:#c62828; font-weight:bold">{late}</span>'
        return html

    def _show_routes(self, overdue: list[Any]) -> None:
        for button in self.route_buttons.values():
            self.routes_layout.removeWidget(button)
            button.deleteLater()
        self.route_buttons = {}
        self.routes = {}
        for entry in overdue:
            for route in entry.routes:
                self.routes.setdefault(route.code, route)
        for code, route in self.routes.items():
            button = QPushButton(route.title, self.routes_box)
            button.setToolTip(route.explanation)
            button.clicked.connect(lambda _checked=False, c=code: self.show_route(c))
            self.routes_layout.addWidget(button)
            self.route_buttons[code] = button
        self.routes_box.setVisible(bool(self.routes))

    # -- hooks replaced in tests ------------------------------------------------------------

    def ask(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    # -- selection --------------------------------------------------------------------------

    def selected_receipt(self) -> ReceiptInfo | None:
        rows = self.receipts_view.selectionModel().selectedRows()
        if rows:
            return self.receipts.items[rows[0].row()]
        return None

    def selected_instalment(self) -> InstalmentInfo | None:
        rows = self.schedule_view.selectionModel().selectedRows()
        if rows:
            return self.schedule.items[rows[0].row()]
        if len(self.schedule.items) == 1:
            return self.schedule.items[0]
        return None

    # -- receipts ---------------------------------------------------------------------------

    def record_receipt(self) -> ReceiptInfo | None:
        if self.case_id is None:
            return None
        dialog = ReceiptDialog(self.today, None, self)
        if not self.ask(dialog):
            return None
        case_id = self.case_id
        service = self.ops.performance
        return self._save(dialog.receipt_data(), lambda d: service.record_receipt(case_id, d))

    def correct_receipt(self) -> ReceiptInfo | None:
        receipt = self.selected_receipt()
        if receipt is None:
            QMessageBox.information(
                self, self.tr("Correct payment"), self.tr("Select a payment first.")
            )
            return None
        dialog = ReceiptDialog(self.today, receipt, self)
        if not self.ask(dialog):
            return None
        reason = dialog.reason.text().strip()
        if not reason:
            QMessageBox.warning(
                self, self.tr("Correct payment"), self.tr("Please give the reason.")
            )
            return None
        question = self.tr("Correct the payment of {amount} yuan received on {day}?").format(
            amount=_money(receipt.amount), day=receipt.received_on.isoformat()
        )
        if not self._confirm(self.tr("Correct payment"), question):
            return None
        service = self.ops.performance
        return self._save(
            dialog.receipt_data(), lambda d: service.correct_receipt(receipt.id, d, reason)
        )

    def _save(
        self, data: ReceiptData, call: Callable[[ReceiptData], ReceiptInfo]
    ) -> ReceiptInfo | None:
        """Save a receipt; an over-payment needs a confirmation and a typed reason."""
        try:
            result = self.ops.run(self, lambda _s: call(data), self._changes(), (ValidationFailed,))
        except ValidationFailed as exc:
            excess = any(i.field == "amount" and EXCESS_WORD in i.message for i in exc.issues)
            if not excess or data.override_reason:
                self.ops.show_error(self, exc)
                return None
            question = exc.message + "\n\n" + self.tr("Record the over-payment anyway?")
            if not self._confirm(self.tr("Over-payment"), question):
                return None
            reason = self.ask_text(
                self.tr("Over-payment"), self.tr("Why is more than what is owed recorded?")
            )
            if not reason or not reason.strip():
                return None
            data = ReceiptData(**{**data.__dict__, "override_reason": reason.strip()})
            result = self.ops.run(self, lambda _s: call(data), self._changes())
        if result is not None:
            self._after_change()
        return result

    def delete_receipt(self) -> bool:
        receipt = self.selected_receipt()
        if receipt is None:
            QMessageBox.information(
                self, self.tr("Delete payment"), self.tr("Select a payment first.")
            )
            return False
        reason = self.ask_text(self.tr("Delete payment"), self.tr("Why is this record deleted?"))
        if reason is None or not reason.strip():
            return False
        question = self.tr("Delete the payment of {amount} yuan received on {day}?").format(
            amount=_money(receipt.amount), day=receipt.received_on.isoformat()
        )
        if not self._confirm(self.tr("Delete payment"), question):
            return False
        service = self.ops.performance

        def delete(_services: object) -> bool:
            service.delete_receipt(receipt.id, reason)
            return True

        done = self.ops.run(self, delete, self._changes())
        if done:
            self._after_change()
        return bool(done)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # -- split ------------------------------------------------------------------------------

    def edit_split(self) -> InstalmentInfo | None:
        instalment = self.selected_instalment()
        if instalment is None:
            QMessageBox.information(
                self, self.tr("Split among workers"), self.tr("Select an instalment first.")
            )
            return None
        workers = [(w.applicant_id, w.worker) for w in self.workers.items]
        known = {i for i, _n in workers}
        workers += [
            (s.applicant_id, s.worker) for s in instalment.shares if s.applicant_id not in known
        ]
        dialog = SplitDialog(instalment, workers, self)
        if not self.ask(dialog):
            return None
        amounts = dialog.amounts()
        if amounts is None:
            return None
        service = self.ops.performance
        result = self.ops.run(
            self, lambda _s: service.set_split(instalment.id, amounts), self._changes()
        )
        if result is not None:
            self._after_change()
        return result

    # -- enforcement routes -----------------------------------------------------------------

    def show_route(self, code: str) -> None:
        route = self.routes.get(code)
        if route is None:
            return
        text = f"{route.explanation}\n\n" + self.tr("Legal basis: {basis}").format(
            basis=route.basis
        )
        if code != "payment_order":
            QMessageBox.information(self, route.title, text)
            return
        text += "\n\n" + self.tr(
            "The application needs the mediation agreement. Print it on the Documents tab now?"
        )
        if self._confirm(route.title, text):
            self.open_agreement_document()

    def open_agreement_document(self) -> bool:
        """Switch the case window to its 文书 tab with the agreement selected."""
        from mediator.documents.kinds import DocumentKind
        from mediator.gui.casedocuments import DocumentsTab

        window = self.window()
        tabs = getattr(window, "tabs", None)
        for tab in getattr(window, "detail_tabs", []):
            if not isinstance(tab, DocumentsTab):
                continue
            if tabs is not None:
                tabs.setCurrentWidget(tab)
            for row in range(tab.available.count()):
                item = tab.available.item(row)
                printable = item.data(Qt.ItemDataRole.UserRole)
                if getattr(printable, "kind", None) is DocumentKind.AGREEMENT:
                    tab.available.setCurrentRow(row)
                    return True
            return False
        return False


def _register() -> None:
    if PerformanceTab not in DETAIL_TABS:
        DETAIL_TABS.append(PerformanceTab)


_register()
