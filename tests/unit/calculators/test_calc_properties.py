"""Property tests: monotonic in wage and service, damages exactly 2×, fen precision, never negative."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from mediator.domain.calculators import (
    CalculatorSettings,
    PartialMonthRule,
    annual_leave,
    art85_range,
    double_wages,
    overtime,
    severance,
)

FEN = Decimal("0.01")
wages = st.decimals(min_value=0, max_value=200_000, places=2, allow_nan=False)
positive_wages = st.decimals(min_value=1, max_value=200_000, places=2, allow_nan=False)
starts = st.dates(min_value=date(2008, 1, 1), max_value=date(2030, 12, 31))
durations = st.integers(min_value=0, max_value=40 * 366)
optional_city = st.none() | st.decimals(min_value=1000, max_value=20_000, places=2)
optional_min = st.none() | st.decimals(min_value=1000, max_value=4_000, places=2)
rules = st.sampled_from(list(PartialMonthRule))
hours = st.decimals(min_value=0, max_value=36, places=1)


def _two_places(amount: Decimal) -> bool:
    return amount.as_tuple().exponent == -2 and amount >= 0


@settings(deadline=None)
@given(starts, durations, wages, wages, optional_city, optional_min, rules)
def test_severance_is_monotonic_in_wage_on_each_side_of_the_cap(
    start: date,
    days: int,
    wage_a: Decimal,
    wage_b: Decimal,
    city: Decimal | None,
    minimum: Decimal | None,
    rule: PartialMonthRule,
) -> None:
    """Monotonic while the high-earner cap does not switch on between the two wages.

    Crossing the cap can lower the amount when N > 12 (the statute's own step:
    see test_crossing_the_cap_with_long_service_can_lower_the_amount).
    """
    low, high = sorted((wage_a, wage_b))
    conf = CalculatorSettings(partial_month_rule=rule)
    end = start + timedelta(days=days)
    a = severance(start, end, low, local_average=city, minimum_wage=minimum, settings=conf)
    b = severance(start, end, high, local_average=city, minimum_wage=minimum, settings=conf)
    if a.capped == b.capped or b.n_months_uncapped <= 12:
        assert a.amount <= b.amount


def test_crossing_the_cap_with_long_service_can_lower_the_amount() -> None:
    """Art.47 para 2: the 12-year limit applies only above 3 × the city average."""
    start, end, city = date(2008, 1, 1), date(2023, 6, 30), Decimal(1_000)
    below = severance(start, end, Decimal(3_000), local_average=city)
    above = severance(start, end, Decimal("3000.01"), local_average=city)
    assert (below.capped, above.capped) == (False, True)
    assert below.amount == Decimal("48000.00")  # 15 y 6 m → 16 × 3,000
    assert above.amount == Decimal("36000.00")  # 12 × 3,000


@settings(deadline=None)
@given(starts, durations, durations, wages, optional_city, optional_min, rules)
def test_severance_is_monotonic_in_service(
    start: date,
    days_a: int,
    days_b: int,
    wage: Decimal,
    city: Decimal | None,
    minimum: Decimal | None,
    rule: PartialMonthRule,
) -> None:
    short, long = sorted((days_a, days_b))
    conf = CalculatorSettings(partial_month_rule=rule)
    a = severance(
        start,
        start + timedelta(days=short),
        wage,
        local_average=city,
        minimum_wage=minimum,
        settings=conf,
    )
    b = severance(
        start,
        start + timedelta(days=long),
        wage,
        local_average=city,
        minimum_wage=minimum,
        settings=conf,
    )
    assert a.n_months_uncapped <= b.n_months_uncapped
    assert a.n_months <= b.n_months
    assert a.amount <= b.amount


@settings(deadline=None)
@given(starts, durations, wages, optional_city, optional_min)
def test_damages_are_exactly_twice_severance(
    start: date, days: int, wage: Decimal, city: Decimal | None, minimum: Decimal | None
) -> None:
    end = start + timedelta(days=days)
    lawful = severance(start, end, wage, local_average=city, minimum_wage=minimum)
    unlawful = severance(start, end, wage, local_average=city, minimum_wage=minimum, unlawful=True)
    assert unlawful.amount == 2 * lawful.amount
    assert unlawful.compensation == lawful.amount
    assert _two_places(lawful.amount) and _two_places(unlawful.amount)


@settings(deadline=None)
@given(starts, durations, wages, optional_city)
def test_n_is_a_multiple_of_a_half_and_capped_only_for_high_earners(
    start: date, days: int, wage: Decimal, city: Decimal | None
) -> None:
    result = severance(start, start + timedelta(days=days), wage, local_average=city)
    assert (result.n_months * 2) == (result.n_months * 2).to_integral_value()
    if result.n_months < result.n_months_uncapped:
        assert result.capped and result.n_months == 12
    if not result.capped:
        assert result.n_months == result.n_months_uncapped


@settings(deadline=None)
@given(
    st.decimals(min_value=0, max_value=1_000_000, places=6, allow_nan=False),
    starts,
    durations,
)
def test_unrounded_wages_still_give_two_decimal_places(
    wage: Decimal, start: date, days: int
) -> None:
    assert _two_places(severance(start, start + timedelta(days=days), wage).amount)
    assert _two_places(overtime(wage, 7, 3, 1).amount)
    assert _two_places(annual_leave(wage, entitlement_days=5).amount)
    assert _two_places(art85_range(wage).low)


@settings(deadline=None)
@given(starts, st.none() | st.integers(min_value=-60, max_value=800), wages, st.integers(0, 900))
def test_double_wages_never_exceed_eleven_months_and_are_never_negative(
    start: date, signed_after: int | None, wage: Decimal, end_after: int
) -> None:
    signed = None if signed_after is None else start + timedelta(days=signed_after)
    end = start + timedelta(days=end_after)
    if signed is not None and signed > end:
        end = signed
    result = double_wages(start, signed, wage, end=end)
    assert _two_places(result.amount)
    assert result.amount <= 11 * wage
    assert result.n_months <= 11


@settings(deadline=None)
@given(wages, wages, hours, hours, hours)
def test_overtime_is_monotonic_in_wage_and_never_negative(
    wage_a: Decimal, wage_b: Decimal, weekday: Decimal, rest: Decimal, holiday: Decimal
) -> None:
    low, high = sorted((wage_a, wage_b))
    a = overtime(low, weekday, rest, holiday)
    b = overtime(high, weekday, rest, holiday)
    assert Decimal(0) <= a.amount <= b.amount
    assert _two_places(a.amount)


@settings(deadline=None)
@given(
    positive_wages,
    st.integers(min_value=0, max_value=15),
    st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=15),
)
def test_annual_leave_pro_rated_never_exceeds_the_full_year(
    wage: Decimal, entitlement: int, leaving: date, taken: int
) -> None:
    full = annual_leave(wage, entitlement_days=entitlement, days_taken=taken)
    part = annual_leave(wage, entitlement_days=entitlement, days_taken=taken, leaving_on=leaving)
    assert Decimal(0) <= part.amount <= full.amount
    assert part.untaken_days == part.untaken_days.to_integral_value()
    assert _two_places(part.amount)


@given(st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False))
def test_art85_range_is_half_to_whole(unpaid: Decimal) -> None:
    result = art85_range(unpaid)
    assert result.low <= result.high == unpaid
    assert result.total_high == 2 * unpaid
    assert abs(result.low * 2 - unpaid) <= FEN
