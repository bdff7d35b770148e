"""Periods: boundaries, the previous period and the same period a year earlier."""

from __future__ import annotations

from datetime import date

import pytest

from mediator.reports.periods import (
    MonthBoundary,
    month_period,
    parse_period,
    quarter_period,
    range_period,
    year_period,
)

D21 = MonthBoundary.DAY_21


def test_calendar_month_and_its_neighbours() -> None:
    january = month_period(2026, 1)
    assert (january.start, january.end) == (date(2026, 1, 1), date(2026, 1, 31))
    assert january.previous() == month_period(2025, 12)
    assert january.year_earlier() == month_period(2025, 1)
    assert month_period(2028, 2).end == date(2028, 2, 29)
    assert january.label == "2026年1月"


def test_21st_to_20th_month() -> None:
    january = month_period(2026, 1, D21)
    assert (january.start, january.end) == (date(2025, 12, 21), date(2026, 1, 20))
    assert january.previous().end == date(2025, 12, 20)
    assert january.previous().boundary is D21


def test_quarter_year_and_range() -> None:
    q1 = quarter_period(2026, 1)
    assert (q1.start, q1.end) == (date(2026, 1, 1), date(2026, 3, 31))
    assert q1.previous() == quarter_period(2025, 4)
    assert q1.label == "2026年第1季度"
    assert quarter_period(2026, 1, D21).start == date(2025, 12, 21)
    assert year_period(2026, D21).end == date(2026, 12, 20)
    assert year_period(2026).previous() == year_period(2025)
    week = range_period(date(2026, 10, 5), date(2026, 10, 11))
    assert week.previous() == range_period(date(2026, 9, 28), date(2026, 10, 4))
    assert week.year_earlier() == range_period(date(2025, 10, 5), date(2025, 10, 11))
    leap = range_period(date(2028, 2, 29), date(2028, 3, 1))
    assert leap.year_earlier().start == date(2027, 2, 28)


def test_parse() -> None:
    assert parse_period("2026-10") == month_period(2026, 10)
    assert parse_period("2026-Q3") == quarter_period(2026, 3)
    assert parse_period("2026", D21) == year_period(2026, D21)
    for bad in ("2026-13", "26-1", "2026-Q5", ""):
        with pytest.raises(ValueError):
            parse_period(bad)


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValueError):
        range_period(date(2026, 10, 2), date(2026, 10, 1))
