"""二倍工资 (domain.md 4.2): 实施条例 Arts.6–7."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mediator.domain.calculators import double_wages
from mediator.domain.errors import ValidationFailed

WAGE = Decimal(6_000)


def test_case_1_contract_signed_after_six_months() -> None:
    result = double_wages(date(2025, 3, 1), date(2025, 9, 1), WAGE)
    assert result.amount == Decimal("30000.00")
    assert result.n_months == 5
    assert (result.period_start, result.period_end) == (date(2025, 4, 1), date(2025, 8, 31))
    assert result.deemed_open_ended_from is None
    assert "二倍工资期间：2025年4月1日至2025年8月31日，共5个月" in result.steps
    assert "《劳动合同法实施条例》第六条" in result.basis


def test_case_2_never_signed_caps_at_eleven_months_and_is_deemed_open_ended() -> None:
    result = double_wages(date(2025, 3, 1), None, WAGE)
    assert result.amount == Decimal("66000.00")
    assert result.n_months == 11
    assert result.period_end == date(2026, 2, 28)
    assert result.deemed_open_ended_from == date(2026, 3, 1)
    assert any("自2026年3月1日起视为已订立无固定期限劳动合同" in step for step in result.steps)
    assert "《劳动合同法实施条例》第七条" in result.basis
    assert result.to_json()["n_months"] == 11


def test_never_signed_with_a_calculation_date_long_after_still_caps() -> None:
    result = double_wages(date(2025, 3, 1), None, WAGE, end=date(2027, 6, 30))
    assert result.amount == Decimal("66000.00")


def test_contract_signed_after_the_anniversary_still_caps_at_eleven_months() -> None:
    result = double_wages(date(2025, 3, 1), date(2026, 5, 1), WAGE)
    assert result.n_months == 11
    assert result.deemed_open_ended_from == date(2026, 3, 1)


def test_contract_signed_within_the_first_month_owes_nothing() -> None:
    result = double_wages(date(2025, 3, 1), date(2025, 3, 20), WAGE)
    assert result.amount == Decimal("0.00")
    assert result.period_start is None
    assert any("不支付二倍工资" in step for step in result.steps)


def test_contract_signed_on_the_first_day_after_month_one_owes_nothing() -> None:
    assert double_wages(date(2025, 3, 1), date(2025, 4, 1), WAGE).amount == 0


def test_employment_ending_before_the_anniversary_stops_the_period() -> None:
    result = double_wages(date(2025, 3, 1), None, WAGE, end=date(2025, 7, 31))
    assert result.n_months == 4
    assert result.amount == Decimal("24000.00")
    assert result.deemed_open_ended_from is None


def test_last_day_before_the_anniversary_is_not_deemed_open_ended() -> None:
    result = double_wages(date(2025, 3, 1), None, WAGE, end=date(2026, 2, 28))
    assert result.n_months == 11
    assert result.deemed_open_ended_from is None


def test_partial_month_is_paid_by_the_day() -> None:
    result = double_wages(date(2025, 3, 1), date(2025, 9, 16), WAGE)
    assert (result.n_months, result.extra_days) == (5, 15)
    assert result.amount == Decimal("33000.00")  # 5 × 6,000 + 6,000 ÷ 30 × 15
    assert any("÷ 30" in note for note in result.notes)


def test_limitation_is_advice_only() -> None:
    result = double_wages(date(2025, 3, 1), date(2025, 9, 1), WAGE)
    assert any("时效" in note and "仅供参考" in note for note in result.notes)


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ValidationFailed) as error:
        double_wages(date(2025, 3, 1), date(2025, 9, 1), Decimal(-5), end=date(2025, 2, 1))
    assert {i.field for i in error.value.issues} == {"monthly_wage", "end", "contract_signed_on"}


def test_start_at_the_end_of_a_month_still_caps_at_eleven_months() -> None:
    result = double_wages(date(2008, 1, 30), None, WAGE)
    assert (result.n_months, result.extra_days) == (11, 0)
    assert result.period_end == date(2009, 1, 29)
    assert result.amount == Decimal("66000.00")
