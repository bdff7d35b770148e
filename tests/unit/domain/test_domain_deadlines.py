"""Procedure deadlines (domain.md 1.1, 1.2, 1.6, 1.8); the limitation clock: test_limitation.py."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediator.domain.deadlines import (
    ACCEPTANCE_RULE,
    ARB_REVIEW_RULE,
    JUDICIAL_CONFIRM_RULE,
    MEDIATION_RULE,
    DayType,
    DeadlineRule,
    acceptance_due,
    arb_review_due,
    due_date,
    judicial_confirm_due,
    mediation_due,
)
from mediator.domain.enums import DayKind
from mediator.domain.workdays import WorkdayCalendar, fallback_warning

CAL = WorkdayCalendar()


def test_default_rules() -> None:
    assert ACCEPTANCE_RULE == DeadlineRule(3, DayType.WORKING)
    assert MEDIATION_RULE == DeadlineRule(15, DayType.CALENDAR)
    assert ARB_REVIEW_RULE == DeadlineRule(15, DayType.CALENDAR)
    assert JUDICIAL_CONFIRM_RULE == DeadlineRule(30, DayType.CALENDAR)
    assert ACCEPTANCE_RULE.exclude_start and not ACCEPTANCE_RULE.roll_over_holidays
    assert ACCEPTANCE_RULE.describe() == "3个工作日"
    assert MEDIATION_RULE.describe() == "15日"
    assert DayType.WORKING.label == "工作日"


def test_received_before_national_day() -> None:
    received = date(2026, 9, 30)
    assert acceptance_due(received, CAL) == date(2026, 10, 10)  # make-up Saturday
    assert mediation_due(received, CAL) == date(2026, 10, 15)


def test_received_at_year_end_reaches_into_unknown_2027() -> None:
    received = date(2026, 12, 30)
    due = acceptance_due(received, CAL)
    assert due == date(2027, 1, 4)  # 12-31, 1-1 (fallback: a Friday), 1-4
    assert CAL.unknown_years(received, due) == [2027]
    assert "2027年" in fallback_warning(CAL.unknown_years(received, due))
    assert mediation_due(received, CAL) == date(2027, 1, 14)


def test_override_table_changes_the_2027_result() -> None:
    calendar = WorkdayCalendar({date(2027, 1, 1): DayKind.HOLIDAY})
    received = date(2026, 12, 30)
    due = acceptance_due(received, calendar)
    assert due == date(2027, 1, 5)
    assert calendar.unknown_years(received, due) == []


def test_roll_over_moves_a_calendar_deadline_off_a_holiday() -> None:
    # 2026-09-16 + 15 days = 2026-10-01, National Day
    plain = DeadlineRule(15, DayType.CALENDAR)
    rolled = DeadlineRule(15, DayType.CALENDAR, roll_over_holidays=True)
    assert due_date(date(2026, 9, 16), plain, CAL) == date(2026, 10, 1)
    assert due_date(date(2026, 9, 16), rolled, CAL) == date(2026, 10, 8)
    # a weekend counts as a non-working day too
    assert due_date(date(2026, 11, 13), rolled, CAL) == date(2026, 11, 30)
    # a working day stays where it is
    assert due_date(date(2026, 11, 9), rolled, CAL) == date(2026, 11, 24)


def test_roll_over_respects_overrides() -> None:
    rolled = DeadlineRule(15, DayType.CALENDAR, roll_over_holidays=True)
    calendar = WorkdayCalendar({date(2027, 1, 15): DayKind.HOLIDAY})
    assert due_date(date(2026, 12, 31), rolled, CAL) == date(2027, 1, 15)
    assert due_date(date(2026, 12, 31), rolled, calendar) == date(2027, 1, 18)


def test_including_the_start_day() -> None:
    calendar_incl = DeadlineRule(15, DayType.CALENDAR, exclude_start=False)
    assert due_date(date(2026, 11, 2), calendar_incl, CAL) == date(2026, 11, 16)
    working_incl = DeadlineRule(3, DayType.WORKING, exclude_start=False)
    # start on a working day: the start day is day 1
    assert due_date(date(2026, 11, 23), working_incl, CAL) == date(2026, 11, 25)
    # start on a Saturday: the following Monday is day 1
    assert due_date(date(2026, 11, 21), working_incl, CAL) == date(2026, 11, 25)


def test_configured_periods() -> None:
    five_working = DeadlineRule(5, DayType.WORKING)
    assert acceptance_due(date(2026, 9, 30), CAL, five_working) == date(2026, 10, 13)
    from_acceptance = DeadlineRule(15, DayType.CALENDAR)
    assert mediation_due(date(2026, 10, 8), CAL, from_acceptance) == date(2026, 10, 23)


def test_zero_and_negative_periods() -> None:
    assert due_date(date(2026, 10, 1), DeadlineRule(0, DayType.CALENDAR), CAL) == date(2026, 10, 1)
    with pytest.raises(ValueError):
        due_date(date(2026, 10, 1), DeadlineRule(-1, DayType.CALENDAR), CAL)


def test_agreement_follow_up_deadlines() -> None:
    effective = date(2026, 11, 24)
    assert arb_review_due(effective, CAL) == date(2026, 12, 9)
    assert judicial_confirm_due(effective, CAL) == date(2026, 12, 24)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)),
    st.integers(min_value=0, max_value=60),
    st.sampled_from(DayType),
    st.booleans(),
    st.booleans(),
)
def test_due_date_never_raises_and_never_precedes_start(
    start: date, days: int, day_type: DayType, exclude: bool, roll: bool
) -> None:
    due = due_date(start, DeadlineRule(days, day_type, exclude, roll), CAL)
    if exclude or days:
        assert due >= start
    if roll or (day_type is DayType.WORKING and days):
        assert CAL.is_workday(due)
