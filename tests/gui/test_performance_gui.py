"""The 履行 tab, the employer view and instalments on the board (today 2026-11-24).

The case: a collective wage case, three instalments due 2026-10-20, 10-31 and
11-15 (all overdue today), signed on 2026-10-10 as in tests/unit/performance.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from mediator.domain import performance as perf
from mediator.domain.enums import ClaimCategory
from mediator.domain.workflow_enums import TermKind, TodoKind
from mediator.gui.board import TodoBoard
from mediator.gui.casedetail import CaseDetailDialog
from mediator.gui.drafts import DraftStore
from mediator.gui.employers import EmployersDialog
from mediator.gui.mainwindow import MainWindow
from mediator.gui.ops import Changes, Ops
from mediator.gui.performancetab import (
    PerformanceTab,
    ReceiptDialog,
    ReceiptsModel,
    ScheduleModel,
    SplitDialog,
    WorkerFiguresModel,
)
from mediator.gui.prefs import Prefs
from mediator.persistence.cases import CaseRef
from mediator.persistence.db import Operator
from mediator.persistence.performance import ReceiptData
from mediator.persistence.workflow import TermData
from tests.gui.conftest import MessageBoxes, type_text
from tests.helpers.factories import SUBCONTRACTOR_USCC, collective_case

pytestmark = pytest.mark.gui

PAYER = "某劳务分包有限公司"
RECEIVED = date(2026, 9, 30)
SIGNED = date(2026, 10, 10)
DUE = (date(2026, 10, 20), date(2026, 10, 31), date(2026, 11, 15))
YES = QMessageBox.StandardButton.Yes


def signed_case(ops: Ops, workers: int = 3, amounts: tuple[str, ...] = ()) -> CaseRef:
    """A collective case with a signed agreement paying the claims in three instalments."""
    flow = ops.workflow
    ref = ops.services.create_case(collective_case(workers, RECEIVED))
    ref = flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=RECEIVED)
    detail = ops.services.get_case(ref.id)
    total = sum((c.amount or Decimal(0) for c in detail.data.claims), Decimal(0))
    if amounts:
        parts = [Decimal(a) for a in amounts]
    else:
        first = (total / 3).quantize(Decimal("0.01"))
        parts = [first, first, total - 2 * first]
    terms = [
        TermData(
            TermKind.PAYMENT,
            payer=PAYER,
            payee=f"申请人等{workers}人",
            item=ClaimCategory.WAGES,
            amount=a,
            due_on=d,
            method="银行转账",
        )
        for a, d in zip(parts, DUE, strict=True)
    ]
    draft = flow.create_agreement(ref.id, ref.version, terms)
    flow.sign_agreement(draft.id, draft.case_version, SIGNED)
    ops.performance.build_schedule(ref.id)
    return ref


def open_tab(qtbot: QtBot, ops: Ops, case_id: int) -> tuple[CaseDetailDialog, PerformanceTab]:
    dialog = CaseDetailDialog(ops, case_id, lambda _d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = next(t for t in dialog.detail_tabs if isinstance(t, PerformanceTab))
    dialog.tabs.setCurrentWidget(tab)
    return dialog, tab


def fill_receipt(tab: PerformanceTab, amount: str, voucher: str = "") -> None:
    def ask(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReceiptDialog)
        dialog.amount.clear()
        type_text(dialog.amount, amount)
        type_text(dialog.voucher, voucher)
        return True

    tab.ask = ask  # type: ignore[method-assign]


def _set(item: QTableWidgetItem | None, text: str) -> None:
    assert item is not None
    item.setText(text)


def column(model: Any, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def column_row(model: Any, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_models_pass_the_model_tester(qtmodeltester: Any, ops: Ops) -> None:
    ref = signed_case(ops)
    schedule, workers, receipts = ScheduleModel(), WorkerFiguresModel(), ReceiptsModel()
    schedule.set_schedule(ops.performance.schedule_of(ref.id), date(2026, 11, 24))
    workers.set_items(ops.performance.worker_figures(ref.id))
    for model in (schedule, workers, receipts):
        qtmodeltester.check(model)
    qtmodeltester.check(ScheduleModel())


def test_a_case_without_agreement_shows_a_hint(qtbot: QtBot, ops: Ops) -> None:
    ref = ops.services.create_case(collective_case(3, RECEIVED))
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    assert tab.body.isHidden()
    assert "签订" in tab.hint.text()
    assert tab.title() == "履行"


def test_three_instalments_show_each_workers_outstanding(qtbot: QtBot, ops: Ops) -> None:
    ref = signed_case(ops)
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    assert not tab.body.isHidden()
    assert tab.schedule.rowCount() == 3
    assert column(tab.schedule, 8) == ["逾期"] * 3
    red = tab.schedule.data(tab.schedule.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color().name() == "#c62828"
    figures = ops.performance.worker_figures(ref.id)
    assert len(figures) == 3
    expected = [f"{f.figures.outstanding:,.2f}" for f in figures]
    assert column(tab.workers, 3) == expected
    assert column(tab.workers, 0) == [f.worker for f in figures]
    # Nothing paid: outstanding is the agreed amount, all overdue.
    assert column(tab.workers, 1) == expected == column(tab.workers, 4)
    assert "履行率" in tab.summary.text()
    assert "申请支付令" in tab.route_buttons["payment_order"].text()


def test_recording_a_receipt_updates_the_figures(qtbot: QtBot, ops: Ops) -> None:
    ref = signed_case(ops, amounts=("3000", "3000", "3000"))
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    before = ops.performance.case_figures(ref.id).figures
    fill_receipt(tab, "3000", "HX-001")
    assert tab.record_receipt() is not None
    after = ops.performance.case_figures(ref.id).figures
    assert after.paid == before.paid + Decimal("3000")
    assert column(tab.receipts, 1) == ["3,000.00"]
    assert column(tab.receipts, 3) == ["HX-001"]
    assert column(tab.schedule, 6)[0] == "3,000.00"
    assert column(tab.schedule, 8)[0] == "已付清"
    paid = sum(Decimal(t.replace(",", "")) for t in column(tab.workers, 2))
    assert paid == Decimal("3000")
    assert "3,000.00" in tab.summary.text()


def test_over_payment_is_refused_without_an_override(
    qtbot: QtBot, ops: Ops, boxes: MessageBoxes
) -> None:
    ref = signed_case(ops, amounts=("3000", "3000", "3000"))
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    fill_receipt(tab, "10000")
    boxes.answers = [QMessageBox.StandardButton.No]
    assert tab.record_receipt() is None
    assert ops.performance.receipts_of(ref.id) == []
    assert "超出尚欠金额1,000.00元" in boxes.texts("question")[0]
    # Confirmed, but no reason typed: still refused.
    boxes.answers = [YES]
    tab.ask_text = lambda _t, _l: ""  # type: ignore[method-assign, assignment]
    assert tab.record_receipt() is None
    assert ops.performance.receipts_of(ref.id) == []
    # Confirmed with a reason: recorded, the reason kept.
    boxes.answers = [YES]
    tab.ask_text = lambda _t, _l: "单位多付一千元，约定下月退回"  # type: ignore[method-assign, assignment]
    receipt = tab.record_receipt()
    assert receipt is not None and receipt.override_reason == "单位多付一千元，约定下月退回"
    assert "单位多付一千元" in column(tab.receipts, 6)[0]


def test_correct_and_delete_need_a_reason_and_a_confirmation(
    qtbot: QtBot, ops: Ops, boxes: MessageBoxes
) -> None:
    ref = signed_case(ops, amounts=("3000", "3000", "3000"))
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    fill_receipt(tab, "2000")
    tab.record_receipt()
    tab.receipts_view.selectRow(0)

    def correct(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReceiptDialog)
        dialog.amount.clear()
        type_text(dialog.amount, "2500")
        type_text(dialog.reason, "凭证金额看错")
        return True

    tab.ask = correct  # type: ignore[method-assign]
    boxes.answers = [YES]
    assert tab.correct_receipt() is not None
    assert column(tab.receipts, 1) == ["2,500.00"]
    tab.receipts_view.selectRow(0)
    tab.ask_text = lambda _t, _l: "重复登记"  # type: ignore[method-assign, assignment]
    boxes.answers = [QMessageBox.StandardButton.No]
    assert not tab.delete_receipt()
    assert tab.receipts.rowCount() == 1
    boxes.answers = [YES]
    assert tab.delete_receipt()
    assert tab.receipts.rowCount() == 0
    assert ops.performance.case_figures(ref.id).figures.paid == 0


def test_split_shows_the_difference_and_saves(qtbot: QtBot, ops: Ops) -> None:
    ref = signed_case(ops, amounts=("3000", "3000", "3000"))
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    tab.schedule_view.selectRow(0)
    seen: list[str] = []

    def split(dialog: QDialog) -> bool:
        assert isinstance(dialog, SplitDialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert ok.isEnabled()
        cell = dialog.table.item
        _set(cell(0, 1), "2000")
        seen.append(dialog.total.text())
        assert not ok.isEnabled()
        _set(cell(1, 1), "500")
        _set(cell(2, 1), "500")
        seen.append(dialog.total.text())
        assert ok.isEnabled()
        return True

    tab.ask = split  # type: ignore[method-assign]
    assert tab.edit_split() is not None
    assert "相差" in seen[0] and "元" in seen[0]
    first = ops.performance.schedule_of(ref.id)[0]
    assert sorted(s.amount for s in first.shares) == [500, 500, 2000]


def test_routes_explain_and_payment_order_opens_the_documents_tab(
    qtbot: QtBot, ops: Ops, boxes: MessageBoxes
) -> None:
    ref = signed_case(ops)
    dialog, tab = open_tab(qtbot, ops, ref.id)
    assert set(tab.route_buttons) >= {"payment_order", "arbitration", "labour_inspection"}
    tab.route_buttons["labour_inspection"].click()
    assert "第二百七十六条之一" in boxes.texts("information")[-1]
    boxes.answers = [YES]
    tab.route_buttons["payment_order"].click()
    assert "支付令" in boxes.texts("question")[-1]
    current = dialog.tabs.currentWidget()
    assert type(current).__name__ == "DocumentsTab"


def test_employer_view_totals_match_the_service(qtbot: QtBot, ops: Ops, qtmodeltester: Any) -> None:
    first = signed_case(ops, amounts=("3000", "3000", "3000"))
    signed_case(ops, workers=2, amounts=("1000", "1000", "1000"))
    ops.performance.record_receipt(first.id, ReceiptData(date(2026, 10, 20), Decimal("4000")))
    opened: list[int] = []
    dialog = EmployersDialog(ops, opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    expected = ops.performance.employer_figures(SUBCONTRACTOR_USCC)
    f = expected.figures
    assert f.agreed == Decimal("12000") and f.paid == Decimal("4000")
    row = column_row(dialog.model, 0)
    assert row == [
        PAYER,
        SUBCONTRACTOR_USCC,
        "2",
        "5",
        f"{expected.claimed:,.2f}",
        "12,000.00",
        "4,000.00",
        "8,000.00",
        f"{f.overdue:,.2f}",
        perf.rate_text(f.rate),
    ]
    dialog.view.doubleClicked.emit(dialog.model.index(0, 0))
    qtmodeltester.check(dialog.cases)
    assert dialog.cases.rowCount() == 2
    numbers = [ops.services.get_case(c).number for c in expected.case_ids]
    assert column(dialog.cases, 0) == numbers
    dialog.cases_view.doubleClicked.emit(dialog.cases.index(1, 0))
    assert opened == [expected.case_ids[1]]
    # A receipt recorded elsewhere refreshes the view.
    ops.run(
        None,
        lambda _s: ops.performance.record_receipt(
            first.id, ReceiptData(date(2026, 10, 21), Decimal("500"))
        ),
        Changes(cases=True, case_id=first.id),
    )
    assert column_row(dialog.model, 0)[6] == "4,500.00"


def test_main_window_opens_the_employer_view(
    qtbot: QtBot, ops: Ops, drafts: DraftStore, prefs: Prefs, operator: Operator
) -> None:
    window = MainWindow(ops, drafts, prefs, operator)
    qtbot.addWidget(window)
    assert window.employers_action.text() == "单位"
    dialog = window.open_employers()
    assert dialog.windowTitle() == "单位"
    dialog.close()


def test_board_shows_an_overdue_instalment_in_its_group(qtbot: QtBot, ops: Ops) -> None:
    ref = signed_case(ops, amounts=("3000", "3000", "3000"))
    ops.performance.record_receipt(ref.id, ReceiptData(date(2026, 10, 20), Decimal("3000")))
    board = TodoBoard(ops)
    qtbot.addWidget(board)
    group = board.groups[TodoKind.INSTALMENT]
    assert group.title() == "履行（分期付款）（2项，其中逾期2项）"
    rows = [column_row(group.model, r) for r in range(group.model.rowCount())]
    assert all("协议履行逾期" in r[2] for r in rows)
    assert all(i.case_id == ref.id and i.overdue for i in group.model.items)
    assert not any("协议" in i.title for i in board.groups[TodoKind.FOLLOW_UP].model.items)
