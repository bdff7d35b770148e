"""Working-day calendar: overrides, chinese-calendar, Monday-Friday fallback."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from mediator.domain.enums import DayKind
from mediator.domain.workdays import WorkdayCalendar, fallback_warning

CAL = WorkdayCalendar()


@pytest.mark.parametrize(
    ("day", "workday"),
    [
        (date(2026, 10, 1), False),  # National Day
        (date(2026, 10, 8), True),
        (date(2026, 10, 10), True),  # make-up Saturday
        (date(2026, 2, 14), True),  # make-up Saturday before Spring Festival
        (date(2026, 9, 27), False),  # Mid-Autumn (a Sunday anyway)
        (date(2026, 11, 24), True),  # an ordinary Tuesday
        (date(2026, 11, 28), False),  # an ordinary Saturday
    ],
)
def test_known_year_follows_chinese_calendar(day: date, workday: bool) -> None:
    assert CAL.is_workday(day) is workday
    assert CAL.is_holiday(day) is not workday


@pytest.mark.parametrize("year", [2003, 2027, 2030, 1999])
def test_unknown_years_fall_back_to_monday_friday(year: int) -> None:
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(date(year, 1, 1))  # the library's failure
    day = date(year, 3, 1)
    for offset in range(14):
        current = day + timedelta(days=offset)
        assert CAL.is_workday(current) is (current.weekday() < 5)
    assert not CAL.year_is_known(year)


def test_fallback_treats_new_year_2027_as_a_workday() -> None:
    assert CAL.is_workday(date(2027, 1, 1))  # a Friday; no data yet


def test_overrides_win_over_the_library_and_the_fallback() -> None:
    calendar = WorkdayCalendar(
        {
            date(2027, 1, 1): DayKind.HOLIDAY,
            date(2027, 2, 6): DayKind.WORKDAY,  # a Saturday
            date(2026, 10, 1): DayKind.WORKDAY,  # contrived: override beats the library
        }
    )
    assert calendar.is_holiday(date(2027, 1, 1))
    assert calendar.is_workday(date(2027, 2, 6))
    assert calendar.is_workday(date(2026, 10, 1))
    assert calendar.year_is_known(2027)
    assert not calendar.year_is_known(2028)


def test_overrides_accept_stored_codes() -> None:
    calendar = WorkdayCalendar({date(2027, 1, 1): "holiday"})  # type: ignore[dict-item]
    assert calendar.is_holiday(date(2027, 1, 1))
    assert calendar.overrides[date(2027, 1, 1)] is DayKind.HOLIDAY


def test_unknown_override_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="无法识别"):
        WorkdayCalendar({date(2027, 1, 1): "vacation"})  # type: ignore[dict-item]


def test_overrides_are_copied_and_read_only() -> None:
    table = {date(2027, 1, 1): DayKind.HOLIDAY}
    calendar = WorkdayCalendar(table)
    table[date(2027, 1, 4)] = DayKind.HOLIDAY
    assert calendar.is_workday(date(2027, 1, 4))
    with pytest.raises(TypeError):
        calendar.overrides[date(2027, 1, 5)] = DayKind.HOLIDAY  # type: ignore[index]


def test_year_is_known() -> None:
    assert CAL.year_is_known(2004)
    assert CAL.year_is_known(2026)
    assert not CAL.year_is_known(2027)
    assert not CAL.year_is_known(2003)


def test_add_workdays_across_national_day() -> None:
    assert CAL.add_workdays(date(2026, 9, 30), 3) == date(2026, 10, 10)
    # the library agrees
    assert chinese_calendar.find_workday(3, date(2026, 9, 30)) == date(2026, 10, 10)


def test_add_workdays_basics() -> None:
    friday = date(2026, 11, 27)
    assert CAL.add_workdays(friday, 0) == friday
    assert CAL.add_workdays(friday, 1) == date(2026, 11, 30)
    assert CAL.add_workdays(date(2026, 11, 28), 1) == date(2026, 11, 30)  # from a Saturday
    assert CAL.add_workdays(date(2026, 11, 30), -1) == friday
    assert CAL.add_workdays(date(2026, 10, 8), -1) == date(2026, 9, 30)


def test_add_workdays_into_an_unknown_year_does_not_raise() -> None:
    assert CAL.add_workdays(date(2026, 12, 30), 3) == date(2027, 1, 4)
    assert CAL.add_workdays(date(2026, 12, 30), 300) > date(2027, 12, 31)
    assert CAL.add_workdays(date(2004, 1, 5), -5) < date(2004, 1, 1)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2031, 12, 31)),
    st.integers(min_value=0, max_value=40),
)
def test_add_workdays_agrees_with_a_naive_count(start: date, n: int) -> None:
    result = CAL.add_workdays(start, n)
    assert result >= start
    assert CAL.workdays_between(start, result) == n
    if n:
        assert CAL.is_workday(result)
        assert CAL.add_workdays(result, -n) <= start


@given(
    st.dates(min_value=date(2004, 1, 1), max_value=date(2026, 12, 31)),
    st.integers(min_value=1, max_value=20),
)
def test_add_workdays_matches_chinese_calendar(start: date, n: int) -> None:
    # find_workday first moves a non-working start day to the next working day
    # and counts that one as day 0; we count the first working day after the
    # start as day 1 (民诉法 style), so only working-day starts are comparable.
    assume(chinese_calendar.is_workday(start))
    try:
        expected = chinese_calendar.find_workday(n, start)
    except NotImplementedError:  # the oracle itself runs out of data after 2026
        return
    assert CAL.add_workdays(start, n) == expected


def test_non_working_start_day_counts_the_next_working_day_as_day_one() -> None:
    assert CAL.add_workdays(date(2026, 10, 1), 1) == date(2026, 10, 8)
    assert CAL.add_workdays(date(2026, 10, 1), 3) == date(2026, 10, 10)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2031, 12, 31)))
def test_is_workday_never_raises_and_matches_the_library(day: date) -> None:
    try:
        expected = chinese_calendar.is_workday(day)
    except NotImplementedError:
        expected = day.weekday() < 5
    assert WorkdayCalendar().is_workday(day) is expected


def test_next_workday_on_or_after() -> None:
    assert CAL.next_workday_on_or_after(date(2026, 10, 8)) == date(2026, 10, 8)
    assert CAL.next_workday_on_or_after(date(2026, 10, 1)) == date(2026, 10, 8)
    assert CAL.next_workday_on_or_after(date(2027, 1, 2)) == date(2027, 1, 4)


def test_unknown_years() -> None:
    assert CAL.unknown_years(date(2026, 12, 30), date(2027, 1, 4)) == [2027]
    assert CAL.unknown_years(date(2026, 1, 1), date(2026, 12, 31)) == []
    assert CAL.unknown_years(date(2029, 1, 1), date(2026, 1, 1)) == [2027, 2028, 2029]
    assert CAL.unknown_years(date(2002, 6, 1), date(2004, 6, 1)) == [2002, 2003]
    seeded = WorkdayCalendar({date(2027, 1, 1): DayKind.HOLIDAY})
    assert seeded.unknown_years(date(2026, 12, 30), date(2028, 1, 4)) == [2028]


def test_fallback_warning() -> None:
    assert fallback_warning([]) == ""
    assert fallback_warning([2027]) == (
        "2027年的法定节假日和调休安排尚未录入，已按周一至周五为工作日计算；"
        "请在“设置—节假日”中录入。"
    )
    assert fallback_warning([2028, 2027, 2028]).startswith("2027年、2028年的法定节假日")


def test_workdays_between() -> None:
    assert CAL.workdays_between(date(2026, 9, 30), date(2026, 10, 10)) == 3
    assert CAL.workdays_between(date(2026, 10, 10), date(2026, 9, 30)) == 0
