"""The calculator dialog: every worked example of domain.md 4 typed in, and a result added as a claim."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from mediator.domain import calculators as calc
from mediator.domain.enums import ClaimCategory
from mediator.gui.calculator import CalculatorDialog
from mediator.gui.casedetail import CaseDetailDialog, ClaimsTab
from mediator.gui.drafts import DraftStore
from mediator.gui.mainwindow import MainWindow
from mediator.gui.ops import Ops
from mediator.gui.prefs import Prefs
from mediator.gui.settingsdialog import SettingsDialog
from mediator.persistence.db import Operator
from tests.gui.conftest import type_text
from tests.helpers.factories import collective_case

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot, ops: Ops) -> CalculatorDialog:
    """A dialog over a store whose locality table has 某市 2026 (average 10,000; minimum 2,490)."""
    ops.performance.set_locality("某市", 2026, Decimal(10000), Decimal(2490), "示例数据")
    window = CalculatorDialog(ops)
    qtbot.addWidget(window)
    window.show()
    return window


def fill(dialog: CalculatorDialog, page: str, **texts: str) -> None:
    """Type into the fields of one page the way a user does (select all, type over)."""
    dialog.tabs.setCurrentIndex(list(dialog.pages).index(page))
    for key, text in texts.items():
        edit = dialog.pages[page].edits[key]
        assert isinstance(edit, QLineEdit)
        edit.selectAll()
        edit.del_()
        type_text(edit, text)


def message(dialog: CalculatorDialog, page: str, key: str) -> str:
    return dialog.pages[page].messages[key].text()


SEVERANCE_CASES = [
    ("A", "2018-07-01", "2026-03-15", "8000", "64000.00"),
    ("B", "2022-11-01", "2026-02-28", "6000", "21000.00"),
    ("C", "2025-11-01", "2026-02-28", "5000", "2500.00"),
    ("D", "2010-12-01", "2026-02-28", "40000", "360000.00"),
    ("E", "2020-08-01", "2026-02-28", "40000", "180000.00"),
    ("F", "2011-01-01", "2026-02-28", "9000", "139500.00"),
    ("G", "2025-09-01", "2026-02-28", "5000", "5000.00"),
    ("H", "2025-09-01", "2026-02-27", "5000", "2500.00"),
    ("I", "2023-03-01", "2026-02-28", "1800", "7470.00"),
]


@pytest.mark.parametrize(("case", "start", "end", "wage", "expected"), SEVERANCE_CASES)
def test_severance_worked_cases_with_figures_from_the_table(
    dialog: CalculatorDialog, case: str, start: str, end: str, wage: str, expected: str
) -> None:
    assert dialog.locality.value() == "某市"
    fill(dialog, "severance", start=start, last_day=end, average_wage=wage)
    page = dialog.pages["severance"]
    assert (page.text("local_average"), page.text("minimum_wage")) == ("10,000.00", "2,490.00")
    assert dialog.year.value() == 2026
    result = dialog.current_result
    assert isinstance(result, calc.SeveranceResult), case
    domain = calc.severance(
        date.fromisoformat(start),
        date.fromisoformat(end),
        Decimal(wage),
        local_average=Decimal(10000),
        minimum_wage=Decimal(2490),
    )
    assert result.amount == domain.amount == Decimal(expected)
    assert result.steps[1:] == domain.steps
    shown = dialog.working.toPlainText()
    assert "取自当地数据表“某市”2026年度（按最后工作日所在年度）" in shown
    assert f"结果：人民币{int(Decimal(expected)):,}.00元" in shown
    assert "法律依据：《劳动合同法》第四十七条" in shown


def test_unlawful_dismissal_doubles_case_a(dialog: CalculatorDialog) -> None:
    fill(dialog, "severance", start="2018-07-01", last_day="2026-03-15", average_wage="8000")
    dialog.pages["severance"].set_checked("unlawful", True)
    assert dialog.current_result is not None
    assert dialog.current_result.amount == Decimal("128000.00")
    assert "《劳动合同法》第八十七条" in dialog.working.toPlainText()


def test_a_figure_typed_over_is_not_credited_to_the_table(dialog: CalculatorDialog) -> None:
    fill(dialog, "severance", start="2020-08-01", last_day="2026-02-28", average_wage="40000")
    fill(dialog, "severance", local_average="12000")
    assert dialog.current_result is not None
    assert dialog.current_result.amount == Decimal("216000.00")  # 6 × 36,000
    first = dialog.working.toPlainText().splitlines()[2]
    assert first.startswith("  1. 当地数据：最低工资标准2,490.00元")


def test_a_year_without_figures_says_so(dialog: CalculatorDialog) -> None:
    fill(dialog, "severance", start="2018-07-01", last_day="2026-03-15", average_wage="8000")
    dialog.year.setValue(2024)
    assert dialog.locality_note.text() == "当地数据表中没有某市2024年的数据。"
    assert "取自当地数据表" not in dialog.working.toPlainText()


def test_messages_appear_beside_the_fields(dialog: CalculatorDialog) -> None:
    assert dialog.working.placeholderText() == (
        "填写以下各项后显示计算结果：入职日期（用工之日）、最后工作日、离职前十二个月月平均工资"
    )
    assert message(dialog, "severance", "start") == ""  # no red text before anything is typed
    fill(dialog, "severance", start="2026-03-15", last_day="2018-07-01", average_wage="8000")
    assert "早于入职日期" in message(dialog, "severance", "last_day")
    assert dialog.current_result is None and dialog.working.toPlainText() == ""
    fill(dialog, "severance", last_day="2026-03-32")
    assert message(dialog, "severance", "last_day").startswith("最后工作日“2026-03-32”无效")
    fill(dialog, "severance", last_day="2026-03-15", average_wage="6,4000")
    assert "不是有效的金额" in message(dialog, "severance", "average_wage")
    fill(dialog, "severance", average_wage="8000")
    assert message(dialog, "severance", "average_wage") == ""
    assert dialog.current_result is not None


@pytest.mark.parametrize(
    ("signed", "expected", "months"), [("2025-09-01", "30000.00", 5), ("", "66000.00", 11)]
)
def test_double_wage_worked_cases(
    dialog: CalculatorDialog, signed: str, expected: str, months: int
) -> None:
    fill(dialog, "double_wages", employment_start="2025-03-01", monthly_wage="6000")
    fill(dialog, "double_wages", contract_signed_on=signed)
    result = dialog.current_result
    assert isinstance(result, calc.DoubleWageResult)
    domain = calc.double_wages(
        date(2025, 3, 1), date.fromisoformat(signed) if signed else None, Decimal(6000)
    )
    assert result == domain
    assert (result.amount, result.n_months) == (Decimal(expected), months)


def test_overtime_worked_case(dialog: CalculatorDialog) -> None:
    fill(
        dialog, "overtime", monthly_wage="5220", weekday_hours="20", rest_day_hours="16",
        holiday_hours="8",
    )  # fmt: skip
    assert dialog.current_result == calc.overtime(Decimal(5220), 20, 16, 8)
    assert "人民币2,580.00元（大写：贰仟伍佰捌拾元整）" in dialog.working.toPlainText()


def test_annual_leave_worked_cases(dialog: CalculatorDialog) -> None:
    fill(dialog, "annual_leave", monthly_wage="8700", entitlement_days="5")
    assert dialog.current_result == calc.annual_leave(Decimal(8700), entitlement_days=5)
    assert dialog.current_result.amount == Decimal("4000.00")
    fill(dialog, "annual_leave", entitlement_days="10", leaving_on="2026-06-30")
    expected = calc.annual_leave(Decimal(8700), entitlement_days=10, leaving_on=date(2026, 6, 30))
    assert dialog.current_result == expected
    assert expected.amount == Decimal("3200.00")
    fill(dialog, "annual_leave", cumulative_years="12")
    assert "二选一" in message(dialog, "annual_leave", "cumulative_years")


def test_art85_range(dialog: CalculatorDialog) -> None:
    fill(dialog, "art85", unpaid="10000")
    result = dialog.current_result
    assert isinstance(result, calc.Art85Result)
    assert (result.low, result.high, result.total_low, result.total_high) == (
        Decimal("5000.00"), Decimal("10000.00"), Decimal("15000.00"), Decimal("20000.00"),
    )  # fmt: skip
    assert "协商区间：人民币5,000.00元" in dialog.working.toPlainText()


def test_from_a_case_prefilled_and_added_as_a_claim(
    qtbot: QtBot, ops: Ops, operator: Operator
) -> None:
    ops.performance.set_locality("某市", 2026, Decimal(10000), Decimal(2490))
    data = collective_case(3)
    data.applicants[1].monthly_wage = Decimal(9000)
    data.applicants[2].monthly_wage = None
    ref = ops.services.create_case(data)
    before = ops.services.get_case(ref.id)
    window = CaseDetailDialog(ops, ref.id, lambda _d: None)
    qtbot.addWidget(window)
    window.show()
    tab = next(t for t in window.detail_tabs if isinstance(t, ClaimsTab))
    assert tab.claims.rowCount() == 3
    dialog = tab.open_calculator()
    assert isinstance(dialog, CalculatorDialog)
    qtbot.addWidget(dialog)
    page = dialog.pages["severance"]
    assert (page.text("start"), page.text("last_day")) == ("2025-03-01", "2026-08-31")
    assert page.text("average_wage") == "8,000.00"
    dialog.applicant.set_value(2)
    assert page.text("average_wage") == ""  # unknown: nothing left over from 吉𠮷
    dialog.applicant.set_value(1)
    assert page.text("average_wage") == "9,000.00"
    assert dialog.current_result is not None
    assert dialog.current_result.amount == Decimal("18000.00")  # 1 year 6 months → 2 × 9,000
    dialog.add_button.click()
    assert "已添加为赵堃的请求事项：经济补偿 18,000.00元" in dialog.added.text()

    after = ops.services.get_case(ref.id)
    assert after.version == before.version + 1
    claim = after.data.claims[-1]
    assert (claim.applicant_index, claim.category) == (1, ClaimCategory.SEVERANCE)
    assert claim.amount == Decimal("18000.00")
    assert claim.description.startswith("支付经济补偿\n计算过程：")
    assert "取自当地数据表“某市”2026年度" in claim.description
    assert "法律依据：《劳动合同法》第四十七条" in claim.description
    assert after.data.claimed_total() == before.data.claimed_total() + Decimal(18000)
    row = ops.services.case_rows([ref.id])[ref.id]
    assert row.claimed_total == after.data.claimed_total()
    # The case window refreshed itself, and the history names the new claim.
    assert tab.claims.rowCount() == 4
    assert any(e.entity == "claim" and e.action == "create" for e in ops.services.history(ref.id))

    # A second result goes in too: the dialog keeps up with the case version.
    fill(dialog, "double_wages", contract_signed_on="2025-09-01")
    dialog.add_button.click()
    claim = ops.services.get_case(ref.id).data.claims[-1]
    assert claim.category is ClaimCategory.DOUBLE_WAGES
    assert (claim.period_start, claim.period_end) == (date(2025, 4, 1), date(2025, 8, 31))
    assert claim.amount == Decimal("45000.00")  # 5 × 9,000


def test_main_window_opens_the_calculator(
    qtbot: QtBot, ops: Ops, drafts: DraftStore, prefs: Prefs, operator: Operator
) -> None:
    window = MainWindow(ops, drafts, prefs, operator)
    qtbot.addWidget(window)
    assert window.calculator_action.shortcut().toString() == "Ctrl+K"
    window.calculator_action.trigger()
    dialog = window.findChild(CalculatorDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "计算器"
    assert not dialog.add_button.isVisible()


def test_the_office_rules_for_open_questions_reach_the_calculator(
    qtbot: QtBot, ops: Ops, prefs: Prefs
) -> None:
    settings = SettingsDialog(ops, prefs)
    qtbot.addWidget(settings)
    box = settings.office.calc_box
    assert box.title() == "计算器规则"
    assert (box.partial_month.currentText(), box.pay_days.text()) == ("按日历月计算", "21.75")
    box.pay_days.setText("21.5x")
    settings.save()
    assert box.messages["calc_pay_days"].text().startswith("月计薪天数“21.5x”无效")
    assert ops.services.settings().calc_pay_days == "21.75"
    box.pay_days.setText("20.83")
    box.partial_month.set_value("days30")
    box.departure_day.setChecked(False)
    settings.save()
    assert box.messages["calc_pay_days"].text() == ""

    dialog = CalculatorDialog(ops)
    qtbot.addWidget(dialog)
    fill(dialog, "overtime", monthly_wage="5220", weekday_hours="20")
    expected = calc.overtime(
        Decimal(5220), 20, settings=calc.CalculatorSettings(pay_days_per_month=Decimal("20.83"))
    )
    assert dialog.current_result == expected
    assert "月计薪天数按设置取20.83天" in dialog.working.toPlainText()
    fill(dialog, "severance", start="2025-09-01", last_day="2026-02-27", average_wage="5000")
    assert "按每30天一个月折算" in dialog.working.toPlainText()
    fill(
        dialog, "annual_leave", monthly_wage="8700", entitlement_days="10", leaving_on="2026-06-30"
    )
    assert "按设置，离职当日不计入已过日历天数。" in dialog.working.toPlainText()
