"""经济补偿 and 赔偿金 (domain.md 4.1): worked cases A–I and the rules around them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mediator.domain.calculators import (
    CalculatorSettings,
    PartialMonthRule,
    SeveranceResult,
    severance,
)
from mediator.domain.errors import ValidationFailed

CITY = Decimal(10_000)  # illustrative: 3 × 10,000 = 30,000 cap
MIN_WAGE = Decimal(2_490)

# case, start, last working day, wage, city average, minimum wage, N, base, 经济补偿, 赔偿金
WORKED_CASES = [
    ("A", date(2018, 7, 1), date(2026, 3, 15), 8_000, CITY, None, "8", 8_000, "64000.00", "128000.00"),
    ("B", date(2022, 11, 1), date(2026, 2, 28), 6_000, CITY, None, "3.5", 6_000, "21000.00", "42000.00"),
    ("C", date(2025, 11, 1), date(2026, 2, 28), 5_000, CITY, None, "0.5", 5_000, "2500.00", "5000.00"),
    ("D", date(2010, 12, 1), date(2026, 2, 28), 40_000, CITY, None, "12", 30_000, "360000.00", "720000.00"),
    ("E", date(2020, 8, 1), date(2026, 2, 28), 40_000, CITY, None, "6", 30_000, "180000.00", "360000.00"),
    ("F", date(2011, 1, 1), date(2026, 2, 28), 9_000, CITY, None, "15.5", 9_000, "139500.00", "279000.00"),
    ("G", date(2025, 9, 1), date(2026, 2, 28), 5_000, None, None, "1", 5_000, "5000.00", "10000.00"),
    ("H", date(2025, 9, 1), date(2026, 2, 27), 5_000, None, None, "0.5", 5_000, "2500.00", "5000.00"),
    ("I", date(2023, 3, 1), date(2026, 2, 28), 1_800, None, MIN_WAGE, "3", 2_490, "7470.00", "14940.00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "start", "last", "wage", "city", "minimum", "n", "base", "compensation", "damages"),
    WORKED_CASES,
    ids=[row[0] for row in WORKED_CASES],
)
def test_worked_cases_of_section_4_1(
    case: str,
    start: date,
    last: date,
    wage: int,
    city: Decimal | None,
    minimum: Decimal | None,
    n: str,
    base: int,
    compensation: str,
    damages: str,
) -> None:
    lawful = severance(start, last, Decimal(wage), local_average=city, minimum_wage=minimum)
    assert lawful.n_months == Decimal(n)
    assert lawful.base == base
    assert str(lawful.amount) == compensation
    assert lawful.damages is None
    unlawful = severance(
        start, last, Decimal(wage), local_average=city, minimum_wage=minimum, unlawful=True
    )
    assert str(unlawful.amount) == damages
    assert str(unlawful.compensation) == compensation
    assert unlawful.damages == unlawful.amount


def test_case_a_shows_the_working_in_plain_chinese() -> None:
    result = severance(date(2018, 7, 1), date(2026, 3, 15), Decimal(8_000), local_average=CITY)
    assert result.steps[0].startswith("工作年限：2018年7月1日至2026年3月15日，共7年8个月")
    assert "折算8个月工资（满六个月按一年计）" in result.steps[0]
    assert "月工资8,000.00元未超过上年度职工月平均工资三倍（30,000.00元），不封顶" in result.steps
    assert result.steps[-1] == "经济补偿 = 8 × 8,000.00 = 64,000.00元"
    assert result.basis == ["《劳动合同法》第四十七条", "《劳动合同法实施条例》第二十七条"]
    assert not result.capped and not result.needs_manual


def test_unlawful_dismissal_cites_article_87_and_replaces_severance() -> None:
    result = severance(date(2018, 7, 1), date(2026, 3, 15), Decimal(8_000), unlawful=True)
    assert "《劳动合同法》第八十七条" in result.basis
    assert "《劳动合同法实施条例》第二十五条" in result.basis
    assert "赔偿金 = 2 × 64,000.00 = 128,000.00元" in result.steps[-1]


def test_case_d_high_earner_is_capped_in_base_and_years() -> None:
    result = severance(date(2010, 12, 1), date(2026, 2, 28), Decimal(40_000), local_average=CITY)
    assert result.capped
    assert result.n_months_uncapped == Decimal("15.5")
    assert result.n_months == 12
    assert any("15.5个月 → 12个月" in step for step in result.steps)


def test_case_f_twelve_year_cap_applies_only_to_high_earners() -> None:
    result = severance(date(2011, 1, 1), date(2026, 2, 28), Decimal(9_000), local_average=CITY)
    assert not result.capped
    assert result.n_months == Decimal("15.5")
    assert result.to_json()["n_months"] == 15.5


def test_wage_exactly_three_times_the_average_is_not_capped() -> None:
    result = severance(date(2011, 1, 1), date(2026, 2, 28), Decimal(30_000), local_average=CITY)
    assert not result.capped
    assert result.amount == Decimal("465000.00")


def test_case_i_minimum_wage_floor_is_explained() -> None:
    result = severance(date(2023, 3, 1), date(2026, 2, 28), Decimal(1_800), minimum_wage=MIN_WAGE)
    assert result.minimum_wage_applied
    assert "低于当地最低工资标准2,490.00元" in result.steps[1]


def test_no_local_average_means_no_cap_and_a_note_says_so() -> None:
    result = severance(date(2020, 8, 1), date(2026, 2, 28), Decimal(40_000))
    assert not result.capped
    assert result.amount == Decimal("240000.00")
    assert any("封顶" in note for note in result.notes)


def test_days_30_rule_turns_boundary_case_h_into_a_full_year() -> None:
    settings = CalculatorSettings(partial_month_rule=PartialMonthRule.DAYS_30)
    h = severance(date(2025, 9, 1), date(2026, 2, 27), Decimal(5_000), settings=settings)
    assert h.n_months == 1  # 180 days ÷ 30 = 6 months
    assert "180天" in h.steps[0]
    just_short = severance(date(2025, 9, 1), date(2026, 2, 26), Decimal(5_000), settings=settings)
    assert just_short.n_months == Decimal("0.5")


def test_a_remainder_of_days_only_still_gives_half_a_month() -> None:
    """不满六个月的，支付半个月工资: five years and ten days is 5.5, a few days is 0.5."""
    five_years = severance(date(2021, 3, 1), date(2026, 3, 10), Decimal(6_000))
    assert (five_years.years, five_years.remainder_months, five_years.remainder_days) == (5, 0, 10)
    assert five_years.n_months == Decimal("5.5")
    days = severance(date(2026, 3, 1), date(2026, 3, 20), Decimal(6_000))
    assert days.n_months == Decimal("0.5")
    assert days.amount == Decimal("3000.00")


def test_exact_whole_years_give_whole_months() -> None:
    result = severance(date(2021, 3, 1), date(2026, 2, 28), Decimal(6_000))
    assert result.n_months == 5
    assert "共5年0个月 → 折算5个月工资" in result.steps[0]


def test_one_day_of_service_counts() -> None:
    result = severance(date(2026, 3, 2), date(2026, 3, 2), Decimal(6_000))
    assert result.n_months == Decimal("0.5")


def test_fractional_average_wage_is_rounded_once_at_the_end() -> None:
    wage = Decimal(100_000) / 12  # 8,333.333…
    result = severance(date(2022, 11, 1), date(2026, 2, 28), wage)
    assert result.amount == Decimal("29166.67")  # 3.5 × 8,333.333… = 29,166.666…
    assert "约8,333.33" in result.steps[-1]


def test_service_before_2008_is_flagged_for_manual_calculation() -> None:
    result = severance(date(2005, 6, 1), date(2026, 2, 28), Decimal(6_000))
    assert result.needs_manual
    assert result.manual_reason is not None
    assert "2008年1月1日" in result.manual_reason and "人工" in result.manual_reason
    assert result.notes[0] == result.manual_reason
    assert "《劳动合同法》第九十七条第三款" in result.basis
    assert result.amount == Decimal("126000.00")  # 20 y 9 m → 21 months, for reference


def test_pre_2008_flag_can_be_turned_off() -> None:
    settings = CalculatorSettings(pre_2008_manual=False)
    result = severance(date(2005, 6, 1), date(2026, 2, 28), Decimal(6_000), settings=settings)
    assert not result.needs_manual
    assert result.manual_reason is None


def test_service_from_2008_is_not_flagged() -> None:
    assert not severance(date(2008, 1, 1), date(2026, 2, 28), Decimal(6_000)).needs_manual


def test_result_is_frozen() -> None:
    result = severance(date(2018, 7, 1), date(2026, 3, 15), Decimal(8_000))
    assert isinstance(result, SeveranceResult)
    with pytest.raises(AttributeError):
        result.amount = Decimal(0)  # type: ignore[misc]


def _fields(error: pytest.ExceptionInfo[ValidationFailed]) -> set[str]:
    return {issue.field for issue in error.value.issues}


def test_end_before_start_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationFailed) as error:
        severance(date(2026, 3, 15), date(2026, 3, 1), Decimal(8_000))
    assert _fields(error) == {"last_day"}
    assert "早于入职日期" in error.value.message


def test_negative_and_absurd_wages_are_refused() -> None:
    with pytest.raises(ValidationFailed) as error:
        severance(
            date(2020, 1, 1),
            date(2026, 1, 1),
            Decimal(-1),
            local_average=Decimal(0),
            minimum_wage=Decimal("1e9"),
        )
    assert _fields(error) == {"average_wage", "local_average", "minimum_wage"}
    assert "月平均工资不能为负数" in error.value.message


def test_non_finite_wage_is_refused() -> None:
    with pytest.raises(ValidationFailed) as error:
        severance(date(2020, 1, 1), date(2026, 1, 1), Decimal("NaN"))
    assert _fields(error) == {"average_wage"}
