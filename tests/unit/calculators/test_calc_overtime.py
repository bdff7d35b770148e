"""加班费 (domain.md 4.3)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mediator.domain.calculators import CalculatorSettings, overtime
from mediator.domain.errors import ValidationFailed


def test_worked_case_5220() -> None:
    result = overtime(Decimal(5_220), 20, 16, 8)
    assert result.daily_wage == Decimal(240)
    assert result.hourly_wage == Decimal(30)
    assert (result.weekday_pay, result.rest_day_pay, result.holiday_pay) == (
        Decimal("900.00"),
        Decimal("960.00"),
        Decimal("720.00"),
    )
    assert result.amount == Decimal("2580.00")
    assert result.steps[-1] == "加班费合计 = 900.00 + 960.00 + 720.00 = 2,580.00元"
    assert "工作日延长工作时间：20小时 × 30.00 × 150% = 900.00元" in result.steps
    assert "《劳动法》第四十四条" in result.basis


def test_hourly_wage_is_not_rounded_before_the_end() -> None:
    # 5,000 ÷ 174 = 28.7356…; 10 h × 150 % = 431.03 (rounded once), not 10 × 28.74 × 1.5
    result = overtime(Decimal(5_000), 10)
    assert result.amount == Decimal("431.03")
    assert "约28.74" in result.steps[0]


def test_no_hours_gives_zero() -> None:
    result = overtime(Decimal(5_000))
    assert result.amount == Decimal("0.00")
    assert "未填写加班时间" in result.steps[-1]


def test_pay_days_is_a_setting() -> None:
    result = overtime(
        Decimal("5220"), 8, settings=CalculatorSettings(pay_days_per_month=Decimal(20))
    )
    assert result.hourly_wage == Decimal("32.625")
    assert result.amount == Decimal("391.50")
    assert any("20天" in note for note in result.notes)


def test_hours_beyond_the_legal_limit_are_paid_with_a_note() -> None:
    result = overtime(Decimal(5_220), 60)
    assert result.amount == Decimal("2700.00")
    assert any("36小时" in note for note in result.notes)


def test_limits_scale_with_the_months_covered() -> None:
    assert overtime(Decimal(5_220), 600, months=2).amount == Decimal("27000.00")
    with pytest.raises(ValidationFailed):
        overtime(Decimal(5_220), 600)


def test_implausible_or_negative_hours_are_refused_naming_the_field() -> None:
    with pytest.raises(ValidationFailed) as error:
        overtime(Decimal(5_220), -1, 241, 313)
    assert {i.field for i in error.value.issues} == {
        "weekday_hours",
        "rest_day_hours",
        "holiday_hours",
    }
    assert "工作日延长工作时间的小时数不能为负数" in error.value.message


def test_bad_wage_and_month_count_are_refused() -> None:
    with pytest.raises(ValidationFailed) as error:
        overtime(Decimal(-1), 1, months=0)
    assert {i.field for i in error.value.issues} == {"monthly_wage", "months"}


def test_pay_days_setting_must_be_sensible() -> None:
    with pytest.raises(ValidationFailed) as error:
        overtime(Decimal(5_220), 8, settings=CalculatorSettings(pay_days_per_month=Decimal(0)))
    assert error.value.issues[0].field == "pay_days_per_month"
