"""Employer early warning in the GUI: the board group and the thresholds in the settings dialog."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from mediator.domain.enums import ChainRole
from mediator.domain.model import RespondentData
from mediator.domain.workflow_enums import TodoKind
from mediator.gui.board import TodoBoard
from mediator.gui.ops import Ops
from mediator.gui.prefs import Prefs
from mediator.gui.settingsdialog import SettingsDialog
from mediator.persistence.cases import CaseRef
from tests.helpers.factories import single_case

pytestmark = pytest.mark.gui


def foreman_case(ops: Ops, name: str, received: date) -> CaseRef:
    data = single_case(name, received)
    data.respondents = [RespondentData("赵大包", chain_role=ChainRole.TEAM_LEADER)]
    return ops.services.create_case(data)


def test_board_shows_the_warning_and_opens_the_latest_case(qtbot: QtBot, ops: Ops) -> None:
    foreman_case(ops, "张伟", date(2026, 10, 25))
    latest = foreman_case(ops, "李娜", date(2026, 11, 20))
    foreman_case(ops, "王喆", date(2026, 11, 2))
    board = TodoBoard(ops)
    qtbot.addWidget(board)
    group = board.groups[TodoKind.EMPLOYER_WARNING]
    assert group.title() == "单位预警（1项）"
    model = group.model
    assert model.index(0, 0).data() == "2026-11-20"
    assert model.index(0, 1).data() == latest.number
    assert "赵大包：近30日（10月25日至11月24日）收案3件" in model.index(0, 2).data()
    with qtbot.waitSignal(board.open_case) as opened:
        group.view.activated.emit(model.index(0, 2))
    assert opened.args == [latest.id]


def test_thresholds_are_edited_in_the_settings_and_move_the_board(
    qtbot: QtBot, ops: Ops, prefs: Prefs
) -> None:
    foreman_case(ops, "张伟", date(2026, 10, 1))
    foreman_case(ops, "李娜", date(2026, 11, 20))
    board = TodoBoard(ops)
    qtbot.addWidget(board)
    assert board.groups[TodoKind.EMPLOYER_WARNING].model.rowCount() == 0
    dialog = SettingsDialog(ops, prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.office.warning_box
    assert (box.case_count.value(), box.window_days.value()) == (3, 30)
    assert box.collective.isChecked()
    assert box.title() == "单位预警（首页待办）"
    box.case_count.setValue(2)
    box.window_days.setValue(60)
    box.collective.click()
    dialog.save()
    saved = ops.services.settings()
    assert (saved.warning_case_count, saved.warning_window_days) == (2, 60)
    assert saved.warning_collective is False
    # Saving announces the change; the board follows it.
    items = board.groups[TodoKind.EMPLOYER_WARNING].model.items
    assert [i.title for i in items][0].startswith("赵大包：近60日")
