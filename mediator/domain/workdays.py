"""Working-day calendar: user overrides, then chinese-calendar, then Monday-Friday.

chinese-calendar only has data for 2004-2026 and raises ``NotImplementedError``
for any other year (toolchain.md 7). The official 调休 schedule is published
each year, so the office keeps an editable table of holidays and swapped
working days; this module consults that table first, then chinese-calendar,
and for years neither knows falls back to Monday-Friday. Callers show
``fallback_warning(calendar.unknown_years(...))`` when that happened.

Each year is resolved once into a flag table, so that deadline checks over
the whole database (hundreds of thousands of cases) stay fast.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import cache
from types import MappingProxyType

import chinese_calendar

from mediator.domain.enums import DayKind

_MAX_MEMO = 100_000


def _library_is_workday(day: date) -> bool | None:
    """chinese-calendar's answer, or None when it has no data for the year."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


def _year_days(year: int) -> list[date]:
    first = date(year, 1, 1)
    length = (date(year + 1, 1, 1) - first).days if year < 9999 else 365
    return [first + timedelta(days=offset) for offset in range(length)]


@cache
def _base_year_flags(year: int) -> tuple[bytes, bool]:
    """Working-day flags of ``year`` without overrides, and whether they are real data.

    Shared by all calendars (the library's data never changes while we run),
    so building a new calendar after an edit of the override table is cheap.
    """
    days = _year_days(year)
    known = _library_is_workday(days[0]) is not None
    flags = bytearray(len(days))
    for offset, day in enumerate(days):
        answer = _library_is_workday(day) if known else None
        flags[offset] = answer if answer is not None else day.weekday() < 5
    return bytes(flags), known


def _day_kind(value: object) -> DayKind:
    """Accept a ``DayKind`` or its stored code ("holiday" / "workday")."""
    for member in DayKind:
        if value == member:
            return member
    raise ValueError(f"节假日表中的类型“{value}”无法识别，应为放假或调休上班")


class WorkdayCalendar:
    """Answers "is this a working day?" for any date without ever raising.

    The override table maps a date to ``DayKind.HOLIDAY`` (a day off, e.g. a
    statutory holiday of a year chinese-calendar does not cover) or
    ``DayKind.WORKDAY`` (a weekend day that is worked, 调休上班). The calendar
    is immutable: build a new one when the table changes.
    """

    def __init__(self, overrides: Mapping[date, DayKind] | None = None) -> None:
        self._overrides: dict[date, DayKind] = {
            day: _day_kind(kind) for day, kind in (overrides or {}).items()
        }
        self._overrides_by_year: dict[int, list[date]] = {}
        for day in self._overrides:
            self._overrides_by_year.setdefault(day.year, []).append(day)
        self._years: dict[int, tuple[int, bytes]] = {}
        self._memo: dict[tuple[date, int], date] = {}

    @property
    def overrides(self) -> Mapping[date, DayKind]:
        """Read-only view of the override table."""
        return MappingProxyType(self._overrides)

    # -- per-year tables -----------------------------------------------------

    def _year_table(self, year: int) -> tuple[int, bytes]:
        """(ordinal of 1 January, one flag byte per day: 1 = working day)."""
        table = self._years.get(year)
        if table is None:
            table = self._build_year(year)
            self._years[year] = table
        return table

    def _build_year(self, year: int) -> tuple[int, bytes]:
        base = date(year, 1, 1).toordinal()
        flags = bytearray(_base_year_flags(year)[0])
        for day in self._overrides_by_year.get(year, ()):
            flags[day.toordinal() - base] = self._overrides[day] is DayKind.WORKDAY
        return base, bytes(flags)

    # -- public queries -------------------------------------------------------

    def is_workday(self, day: date) -> bool:
        """True if people work on ``day`` (overrides > chinese-calendar > Mon-Fri)."""
        base, flags = self._year_table(day.year)
        return bool(flags[day.toordinal() - base])

    def is_holiday(self, day: date) -> bool:
        """True for a statutory holiday or a weekend day that is not worked."""
        return not self.is_workday(day)

    def year_is_known(self, year: int) -> bool:
        """True if the holidays of ``year`` come from real data, not the fallback."""
        return year in self._overrides_by_year or _base_year_flags(year)[1]

    def unknown_years(self, start: date, end: date) -> list[int]:
        """Years between ``start`` and ``end`` (inclusive, any order) that use the fallback."""
        low, high = sorted((start.year, end.year))
        return [year for year in range(low, high + 1) if not self.year_is_known(year)]

    def add_workdays(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (the start day itself is not counted).

        A negative ``n`` counts backwards (e.g. "at least 3 working days
        before a hearing"); ``n == 0`` returns ``start`` unchanged.
        """
        key = (start, n)
        found = self._memo.get(key)
        if found is None:
            found = self._walk(start, n)
            if len(self._memo) >= _MAX_MEMO:
                self._memo.clear()
            self._memo[key] = found
        return found

    def _walk(self, start: date, n: int) -> date:
        step = 1 if n >= 0 else -1
        remaining = abs(n)
        ordinal = start.toordinal()
        base, flags = self._year_table(start.year)
        while remaining:
            ordinal += step
            offset = ordinal - base
            if not 0 <= offset < len(flags):
                base, flags = self._year_table(date.fromordinal(ordinal).year)
                offset = ordinal - base
            remaining -= flags[offset]
        return date.fromordinal(ordinal)

    def next_workday_on_or_after(self, day: date) -> date:
        """``day`` itself if it is a working day, else the first working day after it."""
        if self.is_workday(day):
            return day
        return self.add_workdays(day, 1)

    def workdays_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many have elapsed since ``start``."""
        if end <= start:
            return 0
        return sum(
            self.is_workday(start + timedelta(days=offset))
            for offset in range(1, (end - start).days + 1)
        )


def fallback_warning(years: Iterable[int]) -> str:
    """Chinese warning that some years were computed Monday-Friday; "" if none."""
    distinct = sorted(set(years))
    if not distinct:
        return ""
    names = "、".join(f"{year}年" for year in distinct)
    return (
        f"{names}的法定节假日和调休安排尚未录入，已按周一至周五为工作日计算；"
        "请在“设置—节假日”中录入。"
    )
