"""The agreement editor: numbered terms, payment instalments typed quickly, signing.

A payment term is typed in the row of fields under the table; Enter in the
amount adds it and keeps payer, payee, item, method and place while the due
date moves on a month, so three instalments are three amounts and three
Enters. Once signed, the agreement is read-only; "Supplementary agreement"
starts a new one that refers to it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.enums import ClaimCategory
from mediator.domain.errors import MediatorError
from mediator.domain.money import format_amount, parse_amount
from mediator.domain.performance import ALL_APPLICANTS
from mediator.domain.workflow import default_copies
from mediator.domain.workflow_enums import TermKind
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.sessioneditor import from_qdate, to_qdate
from mediator.gui.widgets import BANNER_STYLE, ChoiceCombo, enum_choices
from mediator.gui.workflowdialogs import FormDialog, date_edit
from mediator.persistence.cases import CaseDetail
from mediator.persistence.workflow import AgreementInfo, TermData

METHODS = ("银行转账", "现金", "微信转账", "支付宝转账")


def term_text(term: TermData) -> str:
    """One line of a term as it reads in the agreement."""
    if term.kind is TermKind.TEXT:
        return term.text
    amount = format_amount(term.amount) if term.amount is not None else "?"
    item = term.item.label if term.item else ""
    due = f"{term.due_on.year}年{term.due_on.month}月{term.due_on.day}日前" if term.due_on else ""
    how = "、".join(p for p in (term.method, term.place) if p)
    how = f"（{how}）" if how else ""
    return f"{term.payer}于{due}向{term.payee}支付{item}{amount}元{how}"


class TermsModel(ListModel):
    show_tooltips = True

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Kind"), self.tr("Term")]

    def cells(self, item: TermData) -> list[str]:
        return [f"第{self.items.index(item) + 1}条", item.kind.label, term_text(item)]


class SignDialog(FormDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign the agreement"), parent)
        self.signed_on = date_edit(today, self)
        self.form.addRow(self.tr("Signed on"), self.signed_on)
        note = QLabel(self.tr("Once signed, the agreement is effective and cannot be edited."))
        note.setWordWrap(True)
        self.form.addRow(note)


class TermForm(QGroupBox):
    """The fields of one term: payment fields, or a text."""

    def __init__(self, payers: list[str], payees: list[str], today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = ChoiceCombo(enum_choices(TermKind), self)
        self.payer = QComboBox(self)
        self.payer.setEditable(True)
        self.payer.addItems(payers)
        self.payee = QComboBox(self)
        self.payee.setEditable(True)
        self.payee.addItems(payees)
        self.item = ChoiceCombo(enum_choices(ClaimCategory), self)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("Amount in yuan"))
        self.due_on = date_edit(today, self)
        self.method = QComboBox(self)
        self.method.setEditable(True)
        self.method.addItems(METHODS)
        self.place = QLineEdit(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(
            self.tr("For example: the respondent issues a leaving certificate within 3 days")
        )
        grid = QGridLayout(self)
        pairs: list[tuple[str, QWidget]] = [
            (self.tr("Kind"), self.kind),
            (self.tr("Payer"), self.payer),
            (self.tr("Payee"), self.payee),
            (self.tr("Item"), self.item),
            (self.tr("Amount"), self.amount),
            (self.tr("Pay by"), self.due_on),
            (self.tr("Method"), self.method),
            (self.tr("Place"), self.place),
        ]
        for position, (label, widget) in enumerate(pairs):
            grid.addWidget(QLabel(label, self), position // 4, 2 * (position % 4))
            grid.addWidget(widget, position // 4, 2 * (position % 4) + 1)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)
        grid.addWidget(QLabel(self.tr("Text"), self), 2, 0)
        grid.addWidget(self.text, 2, 1, 1, 7)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        payment = self.kind.value() is TermKind.PAYMENT
        for widget in (self.payer, self.payee, self.item, self.amount, self.due_on):
            widget.setEnabled(payment)
        for widget in (self.method, self.place):
            widget.setEnabled(payment)
        self.text.setEnabled(not payment)

    def term(self) -> TermData:
        """The term typed, or MediatorError with what is wrong."""
        if self.kind.value() is TermKind.TEXT:
            return TermData(TermKind.TEXT, text=self.text.text().strip())
        try:
            amount: Decimal | None = parse_amount(self.amount.text())
        except (ValueError, ArithmeticError, MediatorError):
            raise MediatorError("金额格式不正确，请输入数字，例如 3000 或 3,000.50。") from None
        return TermData(
            TermKind.PAYMENT,
            payer=self.payer.currentText().strip(),
            payee=self.payee.currentText().strip(),
            item=self.item.value(),
            amount=amount,
            due_on=from_qdate(self.due_on.date()),
            method=self.method.currentText().strip(),
            place=self.place.text().strip(),
        )

    def show_term(self, term: TermData) -> None:
        self.kind.set_value(term.kind)
        self.text.setText(term.text)
        if term.kind is TermKind.PAYMENT:
            self.payer.setCurrentText(term.payer)
            self.payee.setCurrentText(term.payee)
            self.item.set_value(term.item)
            self.amount.setText(str(term.amount) if term.amount is not None else "")
            if term.due_on:
                self.due_on.setDate(to_qdate(term.due_on))
            self.method.setCurrentText(term.method)
            self.place.setText(term.place)

    def next_instalment(self) -> None:
        """After adding a payment: same parties and item, due a month later, amount cleared."""
        self.amount.clear()
        self.text.clear()
        self.due_on.setDate(self.due_on.date().addMonths(1))


class AgreementEditor(QDialog):
    """The case's mediation agreement (and its supplements)."""

    def __init__(self, ops: Ops, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.case_id = detail.id
        self.version = detail.version
        self.today = ops.services.today()
        self.agreement: AgreementInfo | None = None
        self.original: AgreementInfo | None = None
        """The signed agreement a new supplementary agreement refers to."""
        self.setWindowTitle(self.tr("Mediation agreement {number}").format(number=detail.number))
        self.resize(1100, 700)
        payers = [r.name for r in detail.data.respondents]
        payees = [a.name for a in detail.data.applicants]
        self.parties = len(payers) + len(payees)
        if detail.data.is_collective or len(payees) > 1:
            # A collective case's instalments are for every worker: the default payee.
            payees.insert(0, ALL_APPLICANTS)
        self._build(payers, payees)
        self.reload()

    # -- construction -----------------------------------------------------------------------

    def _build(self, payers: list[str], payees: list[str]) -> None:
        self.heading = QLabel(self)
        self.chooser = ChoiceCombo([], self)
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.agreements: list[AgreementInfo] = []
        self.heading.setStyleSheet("QLabel { font-size: 13pt; font-weight: bold; }")
        self.banner = QLabel(self)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.preamble = QPlainTextEdit(self)
        self.preamble.setTabChangesFocus(True)
        self.preamble.setMaximumHeight(60)
        self.preamble.setPlaceholderText(self.tr("Preamble (optional)"))
        self.copies = QSpinBox(self)
        self.copies.setRange(1, 99)
        self.model = TermsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.term_form = TermForm(payers, payees, self.today, self)
        self.view.clicked.connect(lambda index: self.term_form.show_term(self.terms()[index.row()]))
        self.term_form.amount.returnPressed.connect(self.add_term)
        self.term_form.text.returnPressed.connect(self.add_term)
        self.add_button = self._button(self.tr("Add term"), self.add_term)
        self.replace_button = self._button(self.tr("Replace selected"), self.replace_term)
        self.remove_button = self._button(self.tr("Remove"), self.remove_term)
        self.up_button = self._button(self.tr("Move up"), lambda: self.move_term(-1))
        self.save_button = self._button(self.tr("Save"), self.save)
        self.sign_button = self._button(self.tr("Sign…"), self.sign)
        self.supplement_button = self._button(
            self.tr("Supplementary agreement"), self.start_supplement
        )
        close = self._button(self.tr("Close"), self.close)
        term_buttons = QHBoxLayout()
        for button in (self.add_button, self.replace_button, self.remove_button, self.up_button):
            term_buttons.addWidget(button)
        term_buttons.addStretch(1)
        copies = QHBoxLayout()
        copies.addWidget(QLabel(self.tr("Copies"), self))
        copies.addWidget(self.copies)
        copies.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.supplement_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.chooser)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.preamble)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.term_form)
        layout.addLayout(term_buttons)
        layout.addLayout(copies)
        layout.addLayout(buttons)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # -- state ------------------------------------------------------------------------------

    def terms(self) -> list[TermData]:
        return list(self.model.items)

    def reload(self) -> None:
        found = self.ops.read(self, lambda _s: self.ops.workflow.agreements_of(self.case_id))
        self.agreements = found or []
        pending = [a for a in self.agreements if a.signed_on is None]
        latest = self.agreements[-1] if self.agreements else None
        self._fill_chooser()
        self.show_agreement(pending[-1] if pending else latest)

    def reload_keeping(self, agreement_id: int) -> None:
        """Reload the list after a change and show ``agreement_id``."""
        found = self.ops.read(self, lambda _s: self.ops.workflow.agreements_of(self.case_id))
        self.agreements = found or []
        self._fill_chooser()
        self.show_agreement(next((a for a in self.agreements if a.id == agreement_id), None))

    def _fill_chooser(self) -> None:
        choices = [(self._describe(a), a.id) for a in self.agreements]
        self.chooser.set_choices(choices)
        self.chooser.setVisible(len(choices) > 1)

    def _describe(self, a: AgreementInfo) -> str:
        kind = (
            self.tr("Mediation agreement")
            if a.supplements_id is None
            else self.tr("Supplementary agreement no. {seq}").format(seq=a.seq)
        )
        if a.signed_on is None:
            return self.tr("{kind} (not signed)").format(kind=kind)
        return self.tr("{kind} (signed {date})").format(kind=kind, date=a.signed_on.isoformat())

    def _chosen(self) -> None:
        chosen = next((a for a in self.agreements if a.id == self.chooser.value()), None)
        if chosen is not None and chosen is not self.agreement:
            self.show_agreement(chosen)

    def show_agreement(self, agreement: AgreementInfo | None) -> None:
        self.agreement = agreement
        self.original = None
        if agreement is not None:
            self.version = max(self.version, agreement.case_version)
            self.model.set_items(agreement.terms)
            self.preamble.setPlainText(agreement.preamble)
            self.copies.setValue(agreement.copies)
            self.chooser.blockSignals(True)
            self.chooser.set_value(agreement.id)
            self.chooser.blockSignals(False)
        else:
            self.model.set_items([])
            self.copies.setValue(default_copies(self.parties))
        self._show_state()

    def signed(self) -> bool:
        return self.agreement is not None and self.agreement.signed_on is not None

    def _show_state(self) -> None:
        signed = self.signed()
        a = self.agreement
        if self.original is not None:
            title = self.tr("Supplementary agreement (new, not saved)")
        elif a is None:
            title = self.tr("Mediation agreement (new, not saved)")
        elif a.supplements_id is not None:
            title = self.tr("Supplementary agreement no. {seq}").format(seq=a.seq)
        else:
            title = self.tr("Mediation agreement")
        self.heading.setText(title)
        if signed and a is not None and a.signed_on is not None:
            self.banner.setText(
                self.tr(
                    "Signed on {date}: the agreement is effective and its terms cannot be "
                    "edited. Changes go into a supplementary agreement."
                ).format(date=a.signed_on.isoformat())
            )
        self.banner.setVisible(signed)
        for widget in (
            self.term_form,
            self.add_button,
            self.replace_button,
            self.remove_button,
            self.up_button,
            self.save_button,
            self.sign_button,
            self.copies,
        ):
            widget.setEnabled(not signed)
        self.preamble.setReadOnly(signed)
        self.supplement_button.setEnabled(signed)

    # -- terms ------------------------------------------------------------------------------

    def _typed_term(self) -> TermData | None:
        try:
            return self.term_form.term()
        except MediatorError as exc:
            self.ops.show_error(self, exc)
            return None

    def add_term(self) -> None:
        if self.signed():
            return
        term = self._typed_term()
        if term is None:
            return
        self.model.set_items([*self.terms(), term])
        self.view.scrollToBottom()
        if term.kind is TermKind.PAYMENT:
            self.term_form.next_instalment()
            self.term_form.amount.setFocus()
        else:
            self.term_form.text.clear()

    def _selected(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def replace_term(self) -> None:
        row, term = self._selected(), self._typed_term()
        if row is None or term is None:
            return
        terms = self.terms()
        terms[row] = term
        self.model.set_items(terms)

    def remove_term(self) -> None:
        row = self._selected()
        if row is not None:
            terms = self.terms()
            del terms[row]
            self.model.set_items(terms)

    def move_term(self, step: int) -> None:
        row = self._selected()
        if row is None or not 0 <= row + step < self.model.rowCount():
            return
        terms = self.terms()
        terms[row], terms[row + step] = terms[row + step], terms[row]
        self.model.set_items(terms)
        self.view.selectRow(row + step)

    # -- saving and signing -----------------------------------------------------------------

    def save(self) -> bool:
        terms, preamble, copies = self.terms(), self.preamble.toPlainText(), self.copies.value()
        flow, version, changes = self.ops.workflow, self.version, Changes(True, self.case_id)
        if self.original is not None:
            original = self.original.id
            call = lambda: flow.create_supplementary_agreement(original, version, terms, preamble)  # noqa: E731
        elif self.agreement is None:
            case_id = self.case_id
            call = lambda: flow.create_agreement(case_id, version, terms, preamble, copies)  # noqa: E731
        else:
            agreement = self.agreement.id
            call = lambda: flow.update_agreement_terms(agreement, version, terms, preamble, copies)  # noqa: E731
        info = self.ops.run(self, lambda _s: call(), changes)
        if info is None:
            return False
        self.version = info.case_version
        self.reload_keeping(info.id)
        return True

    def ask(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when confirmed (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def sign(self) -> None:
        dialog = SignDialog(self.today, self)
        if not self.ask(dialog) or not self.save() or self.agreement is None:
            return
        agreement, version = self.agreement.id, self.version
        day = from_qdate(dialog.signed_on.date())
        info = self.ops.run(
            self,
            lambda _s: self.ops.workflow.sign_agreement(agreement, version, day),
            Changes(True, self.case_id),
        )
        if info is not None:
            self.version = info.case_version
            self.reload_keeping(info.id)

    def start_supplement(self) -> None:
        if not self.signed() or self.agreement is None:
            return
        self.original = self.agreement
        self.agreement = None
        self.model.set_items([])
        self.preamble.setPlainText(f"双方经协商，对第{self.original.seq}号调解协议补充约定如下：")
        self._show_state()
        self.term_form.due_on.setDate(to_qdate(self.today))
