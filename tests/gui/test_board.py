"""The to-do board (首页) and the printable agenda on a prepared database (today 2026-11-24)."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediator.domain.enums import MediatorRole
from mediator.domain.workflow_enums import TodoKind
from mediator.gui.agenda import AgendaDialog
from mediator.gui.board import TodoBoard, TodoModel
from mediator.gui.drafts import DraftStore
from mediator.gui.mainwindow import MainWindow
from mediator.gui.ops import CASES, Ops
from mediator.gui.prefs import Prefs
from mediator.persistence.cases import CaseRef
from mediator.persistence.db import Operator
from mediator.persistence.services import Services
from mediator.persistence.workflow import SessionData, StaffEntry
from tests.helpers.factories import single_case

pytestmark = pytest.mark.gui


def _accepted(ops: Ops, name: str, received: date) -> CaseRef:
    ref = ops.services.create_case(single_case(name, received))
    return ops.workflow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=received)


@pytest.fixture
def prepared(ops: Ops, services: Services) -> dict[str, CaseRef]:
    late = services.create_case(single_case("赵堃", date(2026, 11, 2)))
    fresh = services.create_case(single_case("王喆", date(2026, 11, 23)))
    due_soon = _accepted(ops, "张伟", date(2026, 11, 10))
    with_session = _accepted(ops, "李娜", date(2026, 11, 20))
    me = services.users()[0].id or 0
    data = SessionData(
        held_on=date(2026, 11, 24),
        starts_at=time(9, 30),
        place="第一调解室",
        staff=(StaffEntry(me, MediatorRole.LEAD),),
    )
    ops.workflow.create_session(with_session.id, with_session.version, data)
    return {"late": late, "fresh": fresh, "due_soon": due_soon, "session": with_session}


def test_board_groups_and_overdue(
    qtbot: QtBot, ops: Ops, prepared: dict[str, CaseRef], qtmodeltester: object
) -> None:
    board = TodoBoard(ops)
    qtbot.addWidget(board)
    acceptance = board.groups[TodoKind.ACCEPTANCE].model
    qtmodeltester.check(acceptance)  # type: ignore[attr-defined]
    numbers = {acceptance.index(r, 1).data() for r in range(acceptance.rowCount())}
    assert numbers == {prepared["late"].number, prepared["fresh"].number}
    late_row = next(
        r
        for r in range(acceptance.rowCount())
        if acceptance.items[r].case_id == prepared["late"].id
    )
    assert "已逾期" in acceptance.index(late_row, 0).data()
    brush = acceptance.index(late_row, 2).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == QColor("#c62828")
    due = board.groups[TodoKind.MEDIATION_DUE].model
    # Overdue first: the unaccepted case is past its mediation limit too.
    assert [i.case_id for i in due.items] == [prepared["late"].id, prepared["due_soon"].id]
    sessions = board.groups[TodoKind.SESSION].model
    assert [i.case_id for i in sessions.items] == [prepared["session"].id]
    assert "今日 09:30第1次调解 第一调解室" in sessions.index(0, 2).data()
    assert board.groups[TodoKind.ACCEPTANCE].title() == "受理决定（2项，其中逾期1项）"


def test_board_opens_a_case_and_refreshes(
    qtbot: QtBot, ops: Ops, prepared: dict[str, CaseRef]
) -> None:
    board = TodoBoard(ops)
    qtbot.addWidget(board)
    group = board.groups[TodoKind.MEDIATION_DUE]
    with qtbot.waitSignal(board.open_case) as opened:
        group.view.setCurrentIndex(group.model.index(1, 0))
        qtbot.keyClick(group.view, Qt.Key.Key_Return)
    assert opened.args == [prepared["due_soon"].id]
    ops.services.create_case(single_case("刘洋", date(2026, 11, 24)))
    ops.changed.emit(CASES)
    assert board.groups[TodoKind.ACCEPTANCE].model.rowCount() == 3


def test_model_tester_on_an_empty_board(qtbot: QtBot, qtmodeltester: object) -> None:
    qtmodeltester.check(TodoModel())  # type: ignore[attr-defined]


def test_agenda_lists_sessions_and_prints(
    qtbot: QtBot, ops: Ops, prepared: dict[str, CaseRef]
) -> None:
    agenda = AgendaDialog(ops)
    qtbot.addWidget(agenda)
    assert agenda.model.rowCount() == 1
    assert "第一调解室" in agenda.document().toPlainText()
    painted: list[bool] = []

    def close_preview() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QPrintPreviewDialog) and widget.isVisible():
                painted.append(True)
                widget.reject()

    timer = QTimer()
    timer.timeout.connect(close_preview)
    timer.start(100)
    agenda.print_preview()
    timer.stop()
    assert painted


def test_main_window_opens_on_the_board(
    qtbot: QtBot,
    ops: Ops,
    drafts: DraftStore,
    prefs: Prefs,
    operator: Operator,
    prepared: dict[str, CaseRef],
) -> None:
    window = MainWindow(ops, drafts, prefs, operator)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.case_list.model.loaded):
        pass
    assert window.pages.currentWidget() is window.board
    assert window.pages.tabText(0) == "首页"
    group = window.board.groups[TodoKind.ACCEPTANCE]
    group.view.setCurrentIndex(group.model.index(0, 0))
    qtbot.keyClick(group.view, Qt.Key.Key_Return)
    assert list(window.case_windows) == [group.model.items[0].case_id]
    agenda = window.open_agenda()
    assert agenda.model.rowCount() == 1
    agenda.close()
