"""The to-do board (首页): what needs attention today, each item one click from its case.

Each source is one indexed SQL query; the board never loads whole cases, so
it stays fast on 200,000 cases. Other features add their items by appending
a source to ``TODO_SOURCES`` (instalments due, confirmation windows, ...).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, aliased

from mediator.domain.enums import OPEN_STATUSES, CaseStatus
from mediator.domain.workflow_enums import TodoKind
from mediator.persistence import orm

MEDIATION_WARNING_DAYS = 3
"""Mediation due within this many days shows on the board."""

_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class TodoItem:
    kind: TodoKind
    case_id: int
    case_number: str
    title: str
    due: date
    overdue: bool


TodoSource = Callable[[Session, date], list[TodoItem]]


def _parties(applicants: str, respondents: str) -> str:
    return f"{applicants} 与 {respondents}" if respondents else applicants


def _case_columns() -> tuple[Any, Any, Any, Any]:
    return (
        orm.Case.id,
        orm.Case.number,
        orm.Case.applicant_summary,
        orm.Case.respondent_summary,
    )


def _cn(day: date) -> str:
    return f"{day.month}月{day.day}日（周{_WEEKDAYS[day.weekday()]}）"


def acceptance_items(session: Session, today: date) -> list[TodoItem]:
    """Every received application still waiting for the acceptance decision."""
    rows = session.execute(
        select(*_case_columns(), orm.Case.acceptance_due).where(
            orm.Case.status == CaseStatus.RECEIVED, orm.Case.voided_on.is_(None)
        )
    )
    items = []
    for case_id, number, applicants, respondents, due in rows:
        overdue = due < today
        head = "受理决定已逾期" if overdue else "作出受理决定"
        title = f"{head}：{_parties(applicants, respondents)}"
        items.append(TodoItem(TodoKind.ACCEPTANCE, case_id, number, title, due, overdue))
    return items


def mediation_due_items(session: Session, today: date) -> list[TodoItem]:
    """Open cases whose mediation period ends within three days or has ended."""
    horizon = today + timedelta(days=MEDIATION_WARNING_DAYS)
    rows = session.execute(
        select(*_case_columns(), orm.Case.mediation_due).where(
            orm.Case.status.in_(OPEN_STATUSES),
            orm.Case.mediation_due <= horizon,
            orm.Case.voided_on.is_(None),
        )
    )
    items = []
    for case_id, number, applicants, respondents, due in rows:
        overdue = due < today
        if overdue:
            head = "调解期限已届满（可经双方同意延期，或以调解不成（逾期）结案）"
        else:
            head = "调解期限即将届满"
        title = f"{head}：{_parties(applicants, respondents)}"
        items.append(TodoItem(TodoKind.MEDIATION_DUE, case_id, number, title, due, overdue))
    return items


def _session_title(day: date, today: date, seq: int, starts_at: time | None, place: str) -> str:
    when = "今日" if day == today else _cn(day)
    clock = f" {starts_at:%H:%M}" if starts_at else ""
    where = f" {place}" if place else ""
    return f"{when}{clock}第{seq}次调解{where}"


def session_items(session: Session, today: date) -> list[TodoItem]:
    """Sessions from today to the end of this week, and agreed continuation dates."""
    week_end = today + timedelta(days=6 - today.weekday())
    open_case = and_(
        orm.Case.id == orm.MediationSession.case_id,
        orm.Case.status == CaseStatus.MEDIATING,
        orm.Case.voided_on.is_(None),
    )
    scheduled = session.execute(
        select(
            *_case_columns(),
            orm.MediationSession.held_on,
            orm.MediationSession.seq,
            orm.MediationSession.starts_at,
            orm.MediationSession.place,
        )
        .join(orm.Case, open_case)
        .where(orm.MediationSession.held_on.between(today, week_end))
    )
    items = []
    for case_id, number, applicants, respondents, day, seq, starts_at, place in scheduled:
        title = f"{_session_title(day, today, seq, starts_at, place)}：{_parties(applicants, respondents)}"
        items.append(TodoItem(TodoKind.SESSION, case_id, number, title, day, False))
    later = aliased(orm.MediationSession)
    already_scheduled = exists().where(
        later.case_id == orm.MediationSession.case_id,
        later.held_on == orm.MediationSession.continue_on,
    )
    continued = session.execute(
        select(*_case_columns(), orm.MediationSession.continue_on, orm.MediationSession.seq)
        .join(orm.Case, open_case)
        .where(orm.MediationSession.continue_on.between(today, week_end), ~already_scheduled)
    )
    for case_id, number, applicants, respondents, day, seq in continued:
        when = "今日" if day == today else _cn(day)
        title = f"{when}继续调解（第{seq}次调解时约定）：{_parties(applicants, respondents)}"
        items.append(TodoItem(TodoKind.SESSION, case_id, number, title, day, False))
    return items


def follow_up_items(session: Session, today: date) -> list[TodoItem]:
    """Follow-up visits due today or earlier."""
    rows = session.execute(
        select(*_case_columns(), orm.Case.next_follow_up_on).where(
            orm.Case.next_follow_up_on <= today, orm.Case.voided_on.is_(None)
        )
    )
    items = []
    for case_id, number, applicants, respondents, due in rows:
        overdue = due < today
        title = f"回访协议履行情况：{_parties(applicants, respondents)}"
        items.append(TodoItem(TodoKind.FOLLOW_UP, case_id, number, title, due, overdue))
    return items


TODO_SOURCES: list[TodoSource] = [
    acceptance_items,
    mediation_due_items,
    session_items,
    follow_up_items,
]


def todo_items(session: Session, today: date) -> list[TodoItem]:
    """The whole board: overdue first, then by date, kind and case number."""
    items = [item for source in TODO_SOURCES for item in source(session, today)]
    kinds = list(TodoKind)
    return sorted(
        items,
        key=lambda i: (not i.overdue, i.due, kinds.index(i.kind), i.case_number, i.title),
    )


def instalment_items(session: Session, today: date) -> list[TodoItem]:
    """Agreement instalments due within three days or overdue (``persistence.performance``)."""
    from mediator.persistence.performance import instalment_items as items

    return items(session, today)


TODO_SOURCES.append(instalment_items)


def employer_warning_items(session: Session, today: date) -> list[TodoItem]:
    """Employers with several recent cases or an open collective dispute (``earlywarning``)."""
    from mediator.persistence.earlywarning import employer_warning_items as items

    return items(session, today)


TODO_SOURCES.append(employer_warning_items)


def referral_items(session: Session, today: date) -> list[TodoItem]:
    """Open confirmation windows and arbitration referrals without an outcome (``referrals``)."""
    from mediator.persistence.referrals import referral_items as items

    return items(session, today)


TODO_SOURCES.append(referral_items)


def limitation_items(session: Session, today: date) -> list[TodoItem]:
    """Applicants whose limitation date is near or just passed (``persistence.limitation``)."""
    from mediator.persistence.limitation import limitation_items as items

    return items(session, today)


TODO_SOURCES.append(limitation_items)
