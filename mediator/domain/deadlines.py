"""Deadlines of the mediation procedure and the advisory limitation date.

Counting (domain.md 1.2): the start day is not counted, and some rules roll a
deadline that ends on a holiday over to the next working day. Because several
rules are unconfirmed (17号令, 办案规则), each deadline is a ``DeadlineRule``
whose day type, start-day exclusion and roll-over are settings (domain.md 8.2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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


# --------------------------------------------------------------------------
# Limitation period for arbitration (调解仲裁法 Art.27; domain.md 1.11)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class LimitationEstimate:
    """Advisory last day to apply for arbitration; the commission decides.

    ``date`` None means no date can be given: a wage claim while still
    employed (not limited), or no start date recorded; ``basis`` says which.
    """

    date: dt.date | None
    basis: str


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def add_one_year(day: date) -> date:
    """Same day one year later; 29 February becomes 28 February.

    民法典 Art.202 (periods counted in years end on the corresponding day of
    the final month, or on its last day if there is none), so the earlier,
    safer date is used.
    """
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _latest_interruption(start: date, interruptions: Sequence[date]) -> date | None:
    """The latest interruption on or after ``start``; earlier ones restart nothing."""
    relevant = [d for d in interruptions if d >= start]
    return max(relevant) if relevant else None


def _estimate_from(
    start: date, start_basis: str, interruptions: Sequence[date]
) -> LimitationEstimate:
    restart = _latest_interruption(start, interruptions)
    if restart is None or restart == start:
        return LimitationEstimate(add_one_year(start), f"{start_basis}（{_cn(start)}）起一年")
    return LimitationEstimate(
        add_one_year(restart),
        f"{start_basis}（{_cn(start)}）后，时效于{_cn(restart)}中断，自中断之日起重新计算一年",
    )


def limitation_estimate(
    *,
    is_wage_claim: bool,
    employment_end: date | None,
    known_date: date | None,
    interruptions: Sequence[date] = (),
) -> LimitationEstimate:
    """Advisory end of the one-year limitation period for arbitration.

    * Wage claim, still employed: not limited (Art.27 para 4).
    * Wage claim, employment ended: one year from the end, or from the latest
      interruption after it.
    * Otherwise: one year from the day the worker knew of the infringement
      (the end of employment stands in when that day was not recorded),
      restarted by the latest interruption.
    """
    if is_wage_claim:
        if employment_end is None:
            return LimitationEstimate(None, "劳动报酬争议：在职期间不受一年仲裁时效限制")
        return _estimate_from(employment_end, "劳动报酬争议：劳动关系终止之日", interruptions)
    if known_date is not None:
        return _estimate_from(known_date, "知道或应当知道权利被侵害之日", interruptions)
    if employment_end is not None:
        return _estimate_from(
            employment_end,
            "未填写知道权利被侵害之日，暂以劳动关系终止之日",
            interruptions,
        )
    return LimitationEstimate(
        None, "未填写知道或应当知道权利被侵害之日，也未填写离职日期，无法估算仲裁时效"
    )


def limitation_probably_passed(estimate: LimitationEstimate, today: date) -> bool:
    """True if today is after the estimated last day (advice only)."""
    return estimate.date is not None and today > estimate.date
