"""未休年休假工资 (domain.md 4.4)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mediator.domain.calculators import CalculatorSettings, annual_leave, leave_entitlement
from mediator.domain.errors import ValidationFailed

WAGE = Decimal(8_700)  # daily 400.00


def test_case_1_five_untaken_days() -> None:
    result = annual_leave(WAGE, entitlement_days=5)
    assert result.daily_wage == Decimal(400)
    assert result.untaken_days == 5
    assert result.amount == Decimal("4000.00")
    assert result.total_at_300 == Decimal("6000.00")
    assert result.already_paid == Decimal("2000.00")
    assert "《职工带薪年休假条例》第五条" in result.basis


def test_case_2_leaving_mid_year_pro_rates_and_drops_the_fraction() -> None:
    result = annual_leave(WAGE, entitlement_days=10, leaving_on=date(2026, 6, 30))
    assert result.days_passed == 181
    assert result.untaken_days == 4
    assert result.amount == Decimal("3200.00")
    assert any("4.959天" in step and "→ 4天" in step for step in result.steps)
    assert "《企业职工带薪年休假实施办法》第十二条" in result.basis


def test_departure_day_setting() -> None:
    settings = CalculatorSettings(count_departure_day=False)
    result = annual_leave(
        WAGE, entitlement_days=10, leaving_on=date(2026, 6, 30), settings=settings
    )
    assert result.days_passed == 180
    # 73 days: 73 ÷ 365 × 5 = 1 exactly with the day counted, 0.986 → 0 without
    counted = annual_leave(WAGE, entitlement_days=5, leaving_on=date(2026, 3, 14))
    assert (counted.days_passed, counted.untaken_days) == (73, 1)
    left_out = annual_leave(
        WAGE, entitlement_days=5, leaving_on=date(2026, 3, 14), settings=settings
    )
    assert (left_out.days_passed, left_out.untaken_days) == (72, 0)


@pytest.mark.parametrize(
    ("years", "days"), [(0, 0), (1, 5), (9, 5), (10, 10), (19, 10), (20, 15), (40, 15)]
)
def test_entitlement_by_cumulative_years(years: int, days: int) -> None:
    assert leave_entitlement(years) == days
    assert annual_leave(WAGE, cumulative_years=years).entitlement_days == days


def test_days_taken_reduce_and_excess_is_not_clawed_back() -> None:
    assert annual_leave(WAGE, entitlement_days=10, days_taken=3).untaken_days == 7
    result = annual_leave(WAGE, entitlement_days=10, days_taken=8, leaving_on=date(2026, 3, 31))
    assert result.untaken_days == 0
    assert result.amount == Decimal("0.00")
    assert result.pro_rata_days is not None and result.pro_rata_days < 0


def test_employed_since_counts_days_at_this_employer_only() -> None:
    result = annual_leave(
        WAGE, entitlement_days=10, leaving_on=date(2026, 12, 31), employed_since=date(2026, 7, 1)
    )
    assert result.days_passed == 184
    assert result.untaken_days == 5  # 184 ÷ 365 × 10 = 5.04


def test_leap_year_is_capped_at_365_days() -> None:
    result = annual_leave(WAGE, entitlement_days=15, leaving_on=date(2028, 12, 31))
    assert result.days_passed == 365
    assert result.untaken_days == 15


def test_written_waiver_owes_no_extra_pay() -> None:
    result = annual_leave(WAGE, entitlement_days=5, waived_in_writing=True)
    assert result.amount == Decimal("0.00")
    assert any("书面提出不休年休假" in step for step in result.steps)


def test_bad_inputs_are_refused_naming_the_field() -> None:
    with pytest.raises(ValidationFailed) as error:
        annual_leave(Decimal(-1), entitlement_days=20, days_taken=-1)
    assert {i.field for i in error.value.issues} == {
        "monthly_wage",
        "entitlement_days",
        "days_taken",
    }
    with pytest.raises(ValidationFailed) as both:
        annual_leave(WAGE, cumulative_years=5, entitlement_days=5)
    assert "二选一" in both.value.message
    with pytest.raises(ValidationFailed) as order:
        annual_leave(
            WAGE, entitlement_days=5, leaving_on=date(2026, 1, 1), employed_since=date(2026, 2, 1)
        )
    assert {i.field for i in order.value.issues} == {"leaving_on"}
