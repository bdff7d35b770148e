"""The settings dialog: office and numbering, operators, holidays."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from mediator.domain.enums import DayKind
from mediator.gui.drafts import DraftStore
from mediator.gui.mainwindow import MainWindow
from mediator.gui.operators import UsersModel
from mediator.gui.ops import Ops
from mediator.gui.prefs import Prefs
from mediator.gui.settingsdialog import CalendarModel, SettingsDialog
from mediator.persistence.db import Operator
from mediator.persistence.services import CalendarEntry, Services
from tests.gui.conftest import type_text
from tests.helpers.factories import single_case

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot, ops: Ops, prefs: Prefs) -> SettingsDialog:
    settings = SettingsDialog(ops, prefs)
    qtbot.addWidget(settings)
    settings.show()
    return settings


def test_number_pattern_preview_and_problem(dialog: SettingsDialog, services: Services) -> None:
    services.create_case(single_case())
    office = dialog.office
    office.update_preview()
    assert office.preview.text() == "城南劳调字〔2026〕第2号"
    office.number_pattern.setText("{简称}调〔{年}〕{n}号")
    assert office.preview.text() == "城南调〔2026〕2号"
    office.number_pattern.setText("{简称}调〔{年}〕号")
    message = office.messages["number_pattern"]
    assert message.isVisible() and "缺少序号" in message.text()
    assert not dialog.office.save()
    office.number_pattern.setText("{简称}{n}")  # no year: one running series, new counter
    assert office.preview.text() == "城南1"
    type_text(office.office_name, "（试用）")
    dialog.save()
    assert services.settings().office_name == "城南街道劳动人事争议调解委员会（试用）"
    assert services.settings().number_pattern == "{简称}{n}"


def test_unknown_holiday_year_is_warned_until_entered(
    dialog: SettingsDialog, services: Services
) -> None:
    holidays = dialog.holidays
    dialog.show_holidays(2026)
    assert not holidays.warning.isVisible()
    holidays.year.setValue(2027)
    assert holidays.warning.isVisible()
    assert holidays.warning.text().startswith("2027年的法定节假日和调休安排尚未录入")
    holidays.day.setDate(QDate(2027, 1, 1))
    holidays.kind.set_value(DayKind.HOLIDAY)
    type_text(holidays.note, "元旦")
    holidays.add_entry()
    assert not holidays.warning.isVisible()
    assert holidays.model.index(0, 1).data() == "放假"
    assert holidays.model.index(0, 2).data() == "元旦"
    assert holidays.result.text().startswith("已重新计算")
    assert [e.day for e in services.calendar_entries(2027)] == [date(2027, 1, 1)]
    holidays.view.selectRow(0)
    holidays.remove_selected()
    assert services.calendar_entries(2027) == []
    assert holidays.warning.isVisible()


def test_main_window_warns_about_next_years_holidays(
    qtbot: QtBot, ops: Ops, drafts: DraftStore, prefs: Prefs, operator: Operator
) -> None:
    window = MainWindow(ops, drafts, prefs, operator)
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible()
    assert "2027年" in window.banner.text()
    ops.services.set_calendar_day(date(2027, 1, 1), DayKind.HOLIDAY, "元旦")
    window.refresh()
    assert not window.banner.isVisible()


def test_operators_can_be_deactivated(dialog: SettingsDialog, services: Services) -> None:
    operators = dialog.operators
    dialog.tabs.setCurrentWidget(operators)
    assert operators.model.index(0, 0).data() == "李调解"
    operators.view.selectRow(0)
    assert operators.toggle.text() == "停用"
    operators.toggle_active()
    assert operators.model.index(0, 4).data() == "已停用"
    assert services.users(active_only=True) == []
    assert operators.toggle.text() == "重新启用"


def test_settings_models_pass_the_model_tester(qtmodeltester: object, services: Services) -> None:
    users = UsersModel()
    users.set_items(services.users())
    qtmodeltester.check(users)  # type: ignore[attr-defined]
    calendar = CalendarModel()
    calendar.set_items(
        [
            CalendarEntry(date(2027, 1, 1), DayKind.HOLIDAY, "元旦"),
            CalendarEntry(date(2027, 2, 6), DayKind.WORKDAY, "春节调休"),
        ]
    )
    qtmodeltester.check(calendar)  # type: ignore[attr-defined]
