"""Reporting periods: a month (calendar or 21st-to-20th), a quarter, a year, any range.

A period is an inclusive date range with a kind and a label. Its previous
period and the same period a year earlier are of the same kind: the month
before, the quarter before, the year before; a free range is shifted by its
own length (previous) or by one year (a year earlier).

The month boundary is a setting (domain.md 3.2): ``MonthBoundary.CALENDAR``
runs from the 1st to the last day; ``MonthBoundary.DAY_21`` runs from the
21st of the previous month to the 20th, and is named after the month it ends
in (the "October 2026" report covers 2026-09-21 .. 2026-10-20).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class MonthBoundary(StrEnum):
    CALENDAR = "calendar"
    DAY_21 = "day21"


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"


@dataclass(frozen=True)
class Period:
    """An inclusive date range ``start .. end`` that a report covers."""

    kind: PeriodKind
    start: date
    end: date
    year: int = 0
    number: int = 0
    """The month (1-12) or quarter (1-4); 0 for a year or a free range."""
    boundary: MonthBoundary = MonthBoundary.CALENDAR

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends before it starts: {self.start} .. {self.end}")

    @property
    def label(self) -> str:
        """The Chinese name printed on the report, e.g. "2026年10月"."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}年{self.number}月"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}年第{self.number}季度"
        if self.kind is PeriodKind.YEAR:
            return f"{self.year}年"
        return f"{_cn(self.start)}至{_cn(self.end)}"

    @property
    def span(self) -> str:
        """The dates covered, e.g. "2026年9月21日至2026年10月20日"."""
        return f"{_cn(self.start)}至{_cn(self.end)}"

    @property
    def described(self) -> str:
        """The label with its dates, e.g. "2026年10月（2026年10月1日至2026年10月31日）";
        a free range is its dates already, so they are not repeated."""
        return self.label if self.kind is PeriodKind.RANGE else f"{self.label}（{self.span}）"

    def previous(self) -> Period:
        """The period just before this one, of the same kind."""
        if self.kind is PeriodKind.MONTH:
            year, month = (self.year, self.number - 1) if self.number > 1 else (self.year - 1, 12)
            return month_period(year, month, self.boundary)
        if self.kind is PeriodKind.QUARTER:
            year, q = (self.year, self.number - 1) if self.number > 1 else (self.year - 1, 4)
            return quarter_period(year, q, self.boundary)
        if self.kind is PeriodKind.YEAR:
            return year_period(self.year - 1, self.boundary)
        length = self.end - self.start + timedelta(days=1)
        return range_period(self.start - length, self.start - timedelta(days=1))

    def year_earlier(self) -> Period:
        """The same period one year earlier."""
        if self.kind is PeriodKind.MONTH:
            return month_period(self.year - 1, self.number, self.boundary)
        if self.kind is PeriodKind.QUARTER:
            return quarter_period(self.year - 1, self.number, self.boundary)
        if self.kind is PeriodKind.YEAR:
            return year_period(self.year - 1, self.boundary)
        return range_period(_minus_year(self.start), _minus_year(self.end))


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _minus_year(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _month_end(year: int, month: int) -> date:
    first_next = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first_next - timedelta(days=1)


def _month_range(year: int, month: int, boundary: MonthBoundary) -> tuple[date, date]:
    if boundary is MonthBoundary.CALENDAR:
        return date(year, month, 1), _month_end(year, month)
    prev_year, prev_month = (year, month - 1) if month > 1 else (year - 1, 12)
    return date(prev_year, prev_month, 21), date(year, month, 20)


def month_period(year: int, month: int, boundary: MonthBoundary = MonthBoundary.CALENDAR) -> Period:
    start, end = _month_range(year, month, boundary)
    return Period(PeriodKind.MONTH, start, end, year, month, boundary)


def quarter_period(
    year: int, quarter: int, boundary: MonthBoundary = MonthBoundary.CALENDAR
) -> Period:
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter {quarter}")
    start = _month_range(year, 3 * quarter - 2, boundary)[0]
    end = _month_range(year, 3 * quarter, boundary)[1]
    return Period(PeriodKind.QUARTER, start, end, year, quarter, boundary)


def year_period(year: int, boundary: MonthBoundary = MonthBoundary.CALENDAR) -> Period:
    start = _month_range(year, 1, boundary)[0]
    end = _month_range(year, 12, boundary)[1]
    return Period(PeriodKind.YEAR, start, end, year, 0, boundary)


def range_period(start: date, end: date) -> Period:
    return Period(PeriodKind.RANGE, start, end)


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_period(text: str, boundary: MonthBoundary = MonthBoundary.CALENDAR) -> Period:
    """``2026-10`` (month), ``2026-Q4`` (quarter) or ``2026`` (year)."""
    text = text.strip()
    if match := _MONTH.match(text):
        month = int(match.group(2))
        if not 1 <= month <= 12:
            raise ValueError(text)
        return month_period(int(match.group(1)), month, boundary)
    if match := _QUARTER.match(text):
        return quarter_period(int(match.group(1)), int(match.group(2)), boundary)
    if match := _YEAR.match(text):
        return year_period(int(match.group(1)), boundary)
    raise ValueError(text)


def boundary_of(value: str) -> MonthBoundary:
    """The month boundary stored as the setting's text; anything unknown reads as calendar."""
    if value in (MonthBoundary.DAY_21.value, "21"):
        return MonthBoundary.DAY_21
    return MonthBoundary.CALENDAR


def month_containing(day: date, boundary: MonthBoundary = MonthBoundary.CALENDAR) -> Period:
    """The reporting month that ``day`` falls in (21st-20th: the 21st starts the next one)."""
    if boundary is MonthBoundary.DAY_21 and day.day >= 21:
        year, month = (day.year, day.month + 1) if day.month < 12 else (day.year + 1, 1)
        return month_period(year, month, boundary)
    return month_period(day.year, day.month, boundary)


def last_complete_month(today: date, boundary: MonthBoundary = MonthBoundary.CALENDAR) -> Period:
    """The latest reporting month that ended before ``today`` (the report to send now)."""
    return month_containing(today, boundary).previous()


def months_ending(
    day: date, boundary: MonthBoundary = MonthBoundary.CALENDAR, count: int = 12
) -> tuple[Period, ...]:
    """``count`` consecutive reporting months, oldest first, the last one containing ``day``."""
    months = [month_containing(day, boundary)]
    while len(months) < count:
        months.append(months[-1].previous())
    return tuple(reversed(months))


def not_over(period: Period, today: date) -> str | None:
    """Why ``period`` cannot be reported yet (its last day is not before ``today``), or None.

    The figures of a period still running (or not begun) would change after they were
    sent; every such change would then come back as a correction.
    """
    if period.end < today:
        return None
    end = f"{period.end.month}月{period.end.day}日"
    if period.end.year != today.year:
        end = f"{period.end.year}年{end}"
    return f"{period.label}尚未结束（截至{end}），不能标记为已报送。"
