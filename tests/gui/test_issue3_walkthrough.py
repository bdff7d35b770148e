"""Issue 3 "Done when", tried as a new user would, with the real widgets and a moving today.

Two applications are received on 2026-09-30 (before National Day). Case A goes
the whole way: acceptance and mediation due dates in the 办理 tab, two session
records typed with the keyboard alone, an agreement in three instalments that
becomes read-only once signed. Case B runs past its deadline and is closed as
调解不成（逾期）, which is refused before the deadline. The to-do board shows
each of them when, and only while, they need attention.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from mediator.domain.enums import CaseStatus
from mediator.domain.workflow_enums import Action, FailureReason, SessionOutcome, TodoKind
from mediator.gui.agreementeditor import AgreementEditor
from mediator.gui.board import TodoBoard
from mediator.gui.casedetail import CaseDetailDialog
from mediator.gui.ops import CASES, Ops
from mediator.gui.sessioneditor import SessionEditor, to_qdate
from mediator.gui.workflowdialogs import CloseDialog
from mediator.gui.workflowtab import HandlingTab
from mediator.persistence.db import Database, Operator
from mediator.persistence.services import Services, UserInfo
from tests.gui.conftest import MessageBoxes, type_text
from tests.helpers.factories import single_case

pytestmark = pytest.mark.gui

RECEIVED = date(2026, 9, 30)


class Clock:
    """Today as the application sees it; the test moves it forward."""

    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2026, 10, 8))


@pytest.fixture
def ops(db: Database, clock: Clock) -> Ops:
    services = Services(
        db, today=clock, now=lambda: datetime.combine(clock.today, datetime.min.time())
    )
    user = services.save_user(UserInfo("李调解", certificate_no="调证-0001"))
    db.operator = Operator(user.id, user.name)
    return Ops(services)


def open_handling(qtbot: QtBot, ops: Ops, case_id: int) -> tuple[CaseDetailDialog, HandlingTab]:
    dialog = CaseDetailDialog(ops, case_id, lambda _d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = next(t for t in dialog.detail_tabs if isinstance(t, HandlingTab))
    dialog.tabs.setCurrentWidget(tab)
    return dialog, tab


def answer(target: Any, fill: Any) -> None:
    def ask(dialog: QDialog) -> bool:
        fill(dialog)
        return True

    target.ask = ask


def press(qtbot: QtBot, widget: Any, key: Qt.Key, ctrl: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(widget, key, mods)


def board_rows(board: TodoBoard, kind: TodoKind) -> list[list[str]]:
    model = board.groups[kind].model
    columns = model.columnCount()
    return [[model.index(r, c).data() for c in range(columns)] for r in range(model.rowCount())]


def numbers(board: TodoBoard, kind: TodoKind) -> set[str]:
    return {row[1] for row in board_rows(board, kind)}


def record_session(qtbot: QtBot, editor: SessionEditor, turns: list[str]) -> None:
    """Type the turns with the keyboard alone: Ctrl+1 for the mediator, Enter for the next."""
    line = editor.turns.line
    press(qtbot, line, Qt.Key.Key_1, ctrl=True)
    for text in turns:
        type_text(line, text)
        press(qtbot, line, Qt.Key.Key_Return)


def test_issue3_done_when(qtbot: QtBot, ops: Ops, clock: Clock, boxes: MessageBoxes) -> None:
    a = ops.services.create_case(single_case("吉𠮷", RECEIVED))
    b = ops.services.create_case(single_case("赵堃", RECEIVED))
    board = TodoBoard(ops)
    qtbot.addWidget(board)

    # 2026-10-08: both wait for the acceptance decision, due on the make-up workday.
    assert numbers(board, TodoKind.ACCEPTANCE) == {a.number, b.number}
    dialog, tab = open_handling(qtbot, ops, a.id)
    assert "受理期限：2026-10-10" in tab.state.text()
    assert "调解期限：2026-10-15" in tab.state.text()
    assert "已超期" not in tab.state.text()
    answer(tab, lambda _d: None)
    tab.buttons["accept"].click()
    assert dialog.heading.text().endswith("调解中")
    assert "受理期限" not in tab.state.text()
    assert "调解期限：2026-10-15" in tab.state.text()
    _dialog_b, tab_b = open_handling(qtbot, ops, b.id)
    answer(tab_b, lambda _d: None)
    tab_b.buttons["accept"].click()
    ops.changed.emit(CASES)
    assert board_rows(board, TodoKind.ACCEPTANCE) == []

    # Two sessions of case A, typed with the keyboard alone and finished.
    scripts = [
        ["请申请人陈述请求和理由。", "公司拖欠我三个月工资。", "被申请人意见？"],
        ["双方是否同意分三期支付？", "同意。"],
    ]
    outcomes = [SessionOutcome.CONTINUE, SessionOutcome.AGREEMENT]
    for seq, (script, outcome) in enumerate(zip(scripts, outcomes, strict=True), start=1):
        editor = tab.new_session()
        assert editor is not None
        assert editor.windowTitle() == f"第{seq}次调解笔录"
        record_session(qtbot, editor, script)
        assert editor.turns.model.rowCount() == len(script)
        assert editor.turns.model.index(0, 0).data() == "调解员"
        assert editor.turns.model.index(1, 0).data() == "申请人"  # picked by itself after Enter
        editor.outcome.set_value(outcome)
        if outcome is SessionOutcome.CONTINUE:
            editor.continue_on.setDate(to_qdate(date(2026, 10, 10)))
        editor.finish()
        assert editor.status.text() == "笔录已完成"
        assert not editor.finish_button.isEnabled()
        assert not editor.turns.line.isEnabled()
        editor.close()
    assert tab.sessions.rowCount() == 2
    assert "草稿" not in {tab.sessions.index(r, 6).data() for r in range(2)}

    # 2026-10-13: case B is due within three days and shows on the board, not yet overdue.
    clock.today = date(2026, 10, 13)
    ops.changed.emit(CASES)
    due = board_rows(board, TodoKind.MEDIATION_DUE)
    assert {row[1] for row in due} == {a.number, b.number}
    assert not any("已逾期" in row[0] for row in due)

    # Case A: an agreement of three instalments, signed, then read-only.
    agreement = AgreementEditor(ops, ops.services.get_case(a.id))
    qtbot.addWidget(agreement)
    form = agreement.term_form
    form.due_on.setDate(form.due_on.date().addDays(7))  # 2026-10-20
    for amount in ("6000", "5000", "5000"):
        form.amount.setFocus()
        qtbot.keyClicks(form.amount, amount)
        press(qtbot, form.amount, Qt.Key.Key_Return)
    assert [agreement.model.index(r, 0).data() for r in range(3)] == ["第1条", "第2条", "第3条"]
    assert [t.amount for t in agreement.terms()] == [Decimal(6000), Decimal(5000), Decimal(5000)]
    answer(agreement, lambda _d: None)
    agreement.sign_button.click()
    assert boxes.texts() == []
    assert not agreement.term_form.isEnabled()
    assert not agreement.save_button.isEnabled()
    assert not agreement.sign_button.isEnabled()
    assert agreement.preamble.isReadOnly()
    assert ops.services.get_case(a.id).status is CaseStatus.AGREED
    assert "达成协议" in tab.state.text()

    # Case B before its deadline: 逾期 is not offered, and the domain refuses it.
    _dialog_b, tab_b = open_handling(qtbot, ops, b.id)
    offered: list[list[str]] = []

    def fail_overdue(d: CloseDialog) -> None:
        d.action.set_value(Action.FAIL)
        offered.append([d.reason.itemText(i) for i in range(d.reason.count())])
        d.reason_value = lambda: FailureReason.OVERDUE  # type: ignore[method-assign]

    answer(tab_b, fail_overdue)
    tab_b.buttons["close"].click()
    assert not any("逾期" in text for text in offered[0])
    assert boxes.texts("warning") and "逾期" in boxes.texts("warning")[-1]
    assert ops.services.get_case(b.id).status is CaseStatus.MEDIATING

    # 2026-10-16: case B is overdue; A is no longer on the board.
    clock.today = date(2026, 10, 16)
    ops.changed.emit(CASES)
    due = board_rows(board, TodoKind.MEDIATION_DUE)
    assert [row[1] for row in due] == [b.number]
    assert "已逾期" in due[0][0]
    _dialog_b, tab_b = open_handling(qtbot, ops, b.id)
    assert "调解期限：2026-10-15（已超期）" in tab_b.state.text()

    def fail_late(d: CloseDialog) -> None:
        d.action.set_value(Action.FAIL)
        d.reason.set_value(FailureReason.OVERDUE)

    answer(tab_b, fail_late)
    tab_b.buttons["close"].click()
    assert "调解不成（逾期）" in tab_b.state.text()
    assert ops.services.get_case(b.id).status is CaseStatus.FAILED
    ops.changed.emit(CASES)
    assert board_rows(board, TodoKind.MEDIATION_DUE) == []
    assert board_rows(board, TodoKind.ACCEPTANCE) == []
