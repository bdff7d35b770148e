"""The 仲裁时效 tab (today 2026-11-24).

The case: two workers who left on 2026-08-31 applied for mediation on
2026-09-30; the 15-day period ended on 2026-10-15, so each worker's wage
claim runs to 2027-10-15 unless an event moves it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mediator.domain.limitation import EventKind
from mediator.domain.routes import DeliveryMethod, RouteKind
from mediator.domain.workflow_enums import Action, FailureReason, TodoKind
from mediator.gui.board import TodoBoard
from mediator.gui.casedetail import CaseDetailDialog
from mediator.gui.limitationtab import (
    KnownDateDialog,
    LimitationClockModel,
    LimitationEventDialog,
    LimitationEventsModel,
    LimitationTab,
)
from mediator.gui.ops import Ops
from mediator.gui.prefs import Prefs
from mediator.gui.settingsdialog import SettingsDialog
from mediator.persistence import orm
from mediator.persistence.cases import CaseRef
from mediator.persistence.limitation_services import EventData, LimitationServices
from tests.gui.conftest import MessageBoxes, type_text
from tests.helpers.factories import collective_case

pytestmark = pytest.mark.gui

RECEIVED = date(2026, 9, 30)


def two_workers(ops: Ops) -> CaseRef:
    data = collective_case(2, RECEIVED)
    data.applicants[1].name = "王五"
    return ops.services.create_case(data)


def open_tab(qtbot: QtBot, ops: Ops, case_id: int) -> tuple[CaseDetailDialog, LimitationTab]:
    dialog = CaseDetailDialog(ops, case_id, lambda _d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = next(t for t in dialog.detail_tabs if isinstance(t, LimitationTab))
    dialog.tabs.setCurrentWidget(tab)
    return dialog, tab


def column(model: Any, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester: Any, ops: Ops, qtbot: QtBot) -> None:
    ref = two_workers(ops)
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    qtmodeltester.check(tab.clocks)
    qtmodeltester.check(tab.events)
    qtmodeltester.check(LimitationClockModel())
    qtmodeltester.check(LimitationEventsModel())


def test_the_tab_shows_each_worker_with_date_days_and_basis(ops: Ops, qtbot: QtBot) -> None:
    ref = two_workers(ops)
    dialog, tab = open_tab(qtbot, ops, ref.id)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "仲裁时效"
    assert tab.advice.text() == "仅供参考，以仲裁委员会认定为准。"
    assert column(tab.clocks, 0) == ["吉𠮷", "王五"]
    assert column(tab.clocks, 1) == ["劳动报酬", "劳动报酬"]
    assert column(tab.clocks, 2) == ["2027-10-15", "2027-10-15"]
    assert column(tab.clocks, 3) == ["剩余325天", "剩余325天"]
    assert "2026年9月30日申请调解（时效中断）" in column(tab.clocks, 4)[0]
    assert tab.clocks.headerData(3, Qt.Orientation.Horizontal) == "剩余天数"
    assert tab.clocks.data(tab.clocks.index(0, 0), Qt.ItemDataRole.FontRole) is None
    assert tab.basis.text().startswith("吉𠮷（劳动报酬）的计算依据：劳动报酬争议：")
    tab.clocks_view.selectRow(1)
    assert tab.basis.text().startswith("王五（劳动报酬）的计算依据：")
    assert tab.basis.text().endswith("→ 2027年10月15日")


def failed_last_year(ops: Ops) -> CaseRef:
    """Left 2025-10-31, mediation failed 2025-12-01: the wage claim runs to 2026-12-01."""
    data = collective_case(1, date(2025, 11, 20))
    data.applicants[0].employment_end = date(2025, 10, 31)
    ref = ops.services.create_case(data)
    flow = ops.workflow
    ref = flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=date(2025, 11, 20))
    return flow.close_case(
        ref.id, ref.version, Action.FAIL, date(2025, 12, 1), FailureReason.NO_AGREEMENT
    )


def test_a_near_date_is_marked_in_words_and_bold(ops: Ops, qtbot: QtBot) -> None:
    ref = failed_last_year(ops)
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    assert column(tab.clocks, 3) == ["⚠ 剩余7天"]
    font = tab.clocks.data(tab.clocks.index(0, 3), Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    assert tab.clocks.data(tab.clocks.index(0, 3), Qt.ItemDataRole.BackgroundRole) is not None


def test_add_an_event_for_one_worker(ops: Ops, qtbot: QtBot) -> None:
    ref = two_workers(ops)
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    seen: list[LimitationEventDialog] = []

    def ask(dialog: QDialog) -> bool:
        assert isinstance(dialog, LimitationEventDialog)
        seen.append(dialog)
        if len(seen) == 1:
            dialog.applicant.setCurrentIndex(dialog.applicant.findText("王五"))
            dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.DEMAND.value))
            dialog.occurred.setDate(QDate(2026, 12, 1))  # in the future: refused
            assert not dialog.ended_known.isEnabled()
            type_text(dialog.note, "短信催要")
            return True
        if len(seen) == 2:
            assert "不能晚于今天" in dialog.error.text()
            dialog.occurred.setDate(QDate(2026, 11, 2))
            return True
        return False

    tab.ask = ask  # type: ignore[method-assign]
    info = tab.add_event()
    assert info is not None and len(seen) == 2
    assert column(tab.clocks, 2) == ["2027-10-15", "2027-11-02"]
    assert column(tab.events, 2) == ["劳动者向用人单位主张权利"]
    assert column(tab.events, 4) == ["王五"] and column(tab.events, 5) == ["短信催要"]
    assert column(tab.events, 6) == ["李调解"]


def test_a_suspension_asks_when_the_cause_ended(ops: Ops, qtbot: QtBot) -> None:
    ref = two_workers(ops)
    _dialog, tab = open_tab(qtbot, ops, ref.id)

    def ask(dialog: QDialog) -> bool:
        assert isinstance(dialog, LimitationEventDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.SUSPENSION.value))
        assert dialog.ended_known.isEnabled()
        dialog.occurred.setDate(QDate(2026, 11, 1))
        return True

    tab.ask = ask  # type: ignore[method-assign]
    tab.add_event()
    assert column(tab.clocks, 3) == ["时效中止中", "时效中止中"]
    assert column(tab.events, 4) == ["全体申请人"]


def test_delete_asks_first(ops: Ops, qtbot: QtBot, boxes: MessageBoxes) -> None:
    ref = two_workers(ops)
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    tab.ask = lambda dialog: True  # type: ignore[method-assign]
    tab.add_event()
    tab.events_view.selectRow(0)
    boxes.answers = [QMessageBox.StandardButton.No]
    assert not tab.delete_event()
    assert tab.events.rowCount() == 1
    assert "操作记录中会保留" in boxes.texts("question")[0]
    boxes.answers = [QMessageBox.StandardButton.Yes]
    assert tab.delete_event()
    assert tab.events.rowCount() == 0


def test_edit_the_known_date(ops: Ops, qtbot: QtBot, boxes: MessageBoxes) -> None:
    ref = two_workers(ops)
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    assert not tab.edit_known_date()  # two workers: select one first
    assert boxes.texts("information") == ["请先在表格中选择一名申请人。"]
    tab.clocks_view.selectRow(1)
    answers = iter([QDate(2026, 10, 20), QDate(2026, 7, 1)])

    def ask(dialog: QDialog) -> bool:
        assert isinstance(dialog, KnownDateDialog)
        assert dialog.applicant.name == "王五"
        dialog.known.setChecked(True)
        if dialog.error.text():
            assert "不能晚于申请调解之日" in dialog.error.text()
        dialog.day.setDate(next(answers))
        return True

    tab.ask = ask  # type: ignore[method-assign]
    assert tab.edit_known_date()
    assert tab.result is not None and tab.result.applicants[1].known_on == date(2026, 7, 1)


def test_the_board_has_a_limitation_group(ops: Ops, qtbot: QtBot) -> None:
    ref = failed_last_year(ops)
    board = TodoBoard(ops)
    qtbot.addWidget(board)
    group = board.groups[TodoKind.LIMITATION]
    titles = [group.model.index(r, 2).data() for r in range(group.model.rowCount())]
    numbers = [group.model.index(r, 1).data() for r in range(group.model.rowCount())]
    assert numbers == [ref.number]
    assert any("仲裁时效将于2026年12月1日届满" in (t or "") for t in titles)


def test_a_worker_referred_to_arbitration_is_no_longer_warned(ops: Ops, qtbot: QtBot) -> None:
    ref = failed_last_year(ops)
    with ops.services.db.write() as session:
        session.add(
            orm.Referral(
                case_id=ref.id,
                route=RouteKind.ARBITRATION,
                referred_on=date(2026, 11, 20),
                method=DeliveryMethod.IN_PERSON,
                created_at=datetime(2026, 11, 20, 10, 0),
            )
        )
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    assert column(tab.clocks, 3) == ["已于2026-11-20移送仲裁"]
    assert tab.clocks.data(tab.clocks.index(0, 3), Qt.ItemDataRole.FontRole) is None


def test_settings_page_leaves_a_kind_out(ops: Ops, qtbot: QtBot, prefs: Prefs) -> None:
    ref = two_workers(ops)
    service = LimitationServices(ops.services.db, ops.services.today, ops.services.now)
    service.add_event(ref.id, EventData(EventKind.NEGOTIATION_REFUSED, date(2026, 11, 5)))
    settings = SettingsDialog(ops, prefs)
    qtbot.addWidget(settings)
    page = settings.limitation
    assert settings.tabs.tabText(settings.tabs.indexOf(page)) == "仲裁时效"
    box = page.boxes[EventKind.NEGOTIATION_REFUSED]
    assert box.isChecked() and "待与官方文本核对" in box.text()
    box.setChecked(False)
    assert page.save()
    assert EventKind.NEGOTIATION_REFUSED not in service.rules().counted
    _dialog, tab = open_tab(qtbot, ops, ref.id)
    assert column(tab.clocks, 2) == ["2027-10-15", "2027-10-15"]
    assert column(tab.events, 3) == ["时效中断（按设置不计入）"]
