"""Deadlines of the mediation procedure (the limitation clock is ``domain.limitation``).

Counting (domain.md 1.2): the start day is not counted, and some rules roll a
deadline that ends on a holiday over to the next working day. Because several
rules are unconfirmed (17号令, 办案规则), each deadline is a ``DeadlineRule``
whose day type, start-day exclusion and roll-over are settings (domain.md 8.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from mediator.domain.workdays import WorkdayCalendar


class DayType(StrEnum):
    WORKING = "working"
    CALENDAR = "calendar"

    @property
    def label(self) -> str:
        return "工作日" if self is DayType.WORKING else "自然日"


@dataclass(frozen=True)
class DeadlineRule:
    """How to count one deadline.

    ``exclude_start``: the start day is not counted (民诉法 rule); if False the
    start day is day 1. ``roll_over_holidays``: a deadline that lands on a
    non-working day moves to the next working day.
    """

    days: int
    day_type: DayType
    exclude_start: bool = True
    roll_over_holidays: bool = False

    def describe(self) -> str:
        """Plain Chinese, e.g. "3个工作日"."""
        unit = "个工作日" if self.day_type is DayType.WORKING else "日"
        return f"{self.days}{unit}"


ACCEPTANCE_RULE = DeadlineRule(3, DayType.WORKING)
"""Decide on acceptance within 3 working days of receipt (domain.md 1.1 row 2, 1.6)."""
MEDIATION_RULE = DeadlineRule(15, DayType.CALENDAR)
"""15 calendar days from receipt, then arbitration is open (调解仲裁法 Art.14; 1.8)."""
ARB_REVIEW_RULE = DeadlineRule(15, DayType.CALENDAR)
"""Joint application for 仲裁审查确认 within 15 days of the agreement (1.1 row 10)."""
JUDICIAL_CONFIRM_RULE = DeadlineRule(30, DayType.CALENDAR)
"""Joint application for 司法确认 within 30 days of the agreement (1.1 row 11)."""


def due_date(start: date, rule: DeadlineRule, calendar: WorkdayCalendar) -> date:
    """Last day of a period that starts on ``start`` and is counted by ``rule``."""
    if rule.days < 0:
        raise ValueError("期限天数不能为负数")
    # Counting from the day before the start makes the start day "day 1".
    anchor = start if rule.exclude_start else start - timedelta(days=1)
    if rule.day_type is DayType.WORKING:
        due = calendar.add_workdays(anchor, rule.days)
    else:
        due = anchor + timedelta(days=rule.days)
    if rule.roll_over_holidays:
        due = calendar.next_workday_on_or_after(due)
    return due


def acceptance_due(
    received_on: date, calendar: WorkdayCalendar, rule: DeadlineRule = ACCEPTANCE_RULE
) -> date:
    """Last day to decide whether to accept the application."""
    return due_date(received_on, rule, calendar)


def mediation_due(
    received_on: date, calendar: WorkdayCalendar, rule: DeadlineRule = MEDIATION_RULE
) -> date:
    """End of the 15-day period, after which the parties may go to arbitration.

    Runs from receipt by default; pass the acceptance date if the office has
    configured the 17号令 start point instead.
    """
    return due_date(received_on, rule, calendar)


def arb_review_due(
    effective_on: date, calendar: WorkdayCalendar, rule: DeadlineRule = ARB_REVIEW_RULE
) -> date:
    """Last day for the joint application for arbitral review of an agreement."""
    return due_date(effective_on, rule, calendar)


def judicial_confirm_due(
    effective_on: date, calendar: WorkdayCalendar, rule: DeadlineRule = JUDICIAL_CONFIRM_RULE
) -> date:
    """Last day for the joint application for judicial confirmation of an agreement."""
    return due_date(effective_on, rule, calendar)
