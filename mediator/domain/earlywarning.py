"""Employer early warning (issue 5): several cases in a short time, or a collective dispute.

An employer is a respondent, known by its 统一社会信用代码, or by its name
where it has none (the employer view keys employers the same way). It is
flagged when at least ``case_count`` cases naming it were received within
the window, or when any collective dispute (集体争议) against it is still
open. The window is the last ``window_days`` days up to today inclusive: a
case received exactly ``window_days`` days ago still counts, one received a
day earlier does not.

The store counts with one grouped query (``persistence.earlywarning``); the
rule and the wording live here so they can be tested without a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from mediator.domain.errors import Issue

MAX_WINDOW_DAYS = 366
MAX_CASE_COUNT = 1000


@dataclass(frozen=True)
class WarningThresholds:
    """The office's thresholds (settings ``warning_case_count`` and the others)."""

    case_count: int = 3
    window_days: int = 30
    collective: bool = True

    def validate(self) -> list[Issue]:
        issues = []
        if not 2 <= self.case_count <= MAX_CASE_COUNT:
            issues.append(Issue("warning_case_count", f"预警案件数应在2至{MAX_CASE_COUNT}件之间。"))
        if not 1 <= self.window_days <= MAX_WINDOW_DAYS:
            issues.append(Issue("warning_window_days", f"预警期间应在1至{MAX_WINDOW_DAYS}日之间。"))
        return issues


def window_start(today: date, thresholds: WarningThresholds) -> date:
    """The first receipt date inside the window."""
    return today - timedelta(days=thresholds.window_days)


@dataclass(frozen=True)
class EmployerActivity:
    """What the store counted for one employer."""

    name: str
    uscc: str
    recent_cases: int
    """Cases received within the window (voided cases left out)."""
    open_collective: int
    """Collective disputes against it still open, whenever received."""
    latest_case_id: int
    latest_case_number: str
    latest_received_on: date


@dataclass(frozen=True)
class EmployerWarning:
    activity: EmployerActivity
    title: str


def _cn(day: date, today: date) -> str:
    """10月25日, with the year only when it is not this year's."""
    year = f"{day.year}年" if day.year != today.year else ""
    return f"{year}{day.month}月{day.day}日"


def is_flagged(activity: EmployerActivity, thresholds: WarningThresholds) -> bool:
    if activity.recent_cases >= thresholds.case_count:
        return True
    return thresholds.collective and activity.open_collective > 0


def warning_title(activity: EmployerActivity, today: date, thresholds: WarningThresholds) -> str:
    """The employer first, then why (count and window, open collective disputes)."""
    reasons = []
    if activity.recent_cases >= thresholds.case_count:
        start = window_start(today, thresholds)
        reasons.append(
            f"近{thresholds.window_days}日（{_cn(start, today)}至{_cn(today, today)}）收案"
            f"{activity.recent_cases}件"
        )
    if thresholds.collective and activity.open_collective:
        reasons.append(f"有{activity.open_collective}件集体争议正在办理")
    code = f"（统一社会信用代码{activity.uscc}）" if activity.uscc else ""
    return f"{activity.name}：{'，'.join(reasons)}{code}，请关注群体性欠薪风险"


def warnings(
    activities: list[EmployerActivity], today: date, thresholds: WarningThresholds
) -> list[EmployerWarning]:
    """The flagged employers, each with its board title, most cases first."""
    flagged = [a for a in activities if is_flagged(a, thresholds)]
    flagged.sort(key=lambda a: (-a.recent_cases, -a.open_collective, a.name, a.uscc))
    return [EmployerWarning(a, warning_title(a, today, thresholds)) for a in flagged]
