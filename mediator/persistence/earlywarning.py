"""Employer early warning on the to-do board: one grouped query over the recent cases.

The candidate rows are the respondents of cases received within the window
(the ``received_on`` index) and of open collective cases (the
``is_collective`` index), joined through ``respondents.case_id``. Window
functions count them per employer (credit code, or name where none) and pick
each employer's latest case, so the board gets one row per employer and
never loads a case. ``ROW_NUMBER``/``SUM … OVER`` are portable (SQLite 3.25+,
PostgreSQL).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Integer, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from mediator.domain import earlywarning as rule
from mediator.domain.enums import OPEN_STATUSES
from mediator.domain.workflow_enums import TodoKind
from mediator.persistence import orm
from mediator.persistence.officesettings import OfficeSettings
from mediator.persistence.todo import TodoItem


def employer_activity(
    session: Session, today: date, thresholds: rule.WarningThresholds
) -> list[rule.EmployerActivity]:
    """Per employer with enough recent cases or an open collective case: the counts."""
    start = rule.window_start(today, thresholds)
    recent = and_(orm.Case.received_on >= start, orm.Case.received_on <= today)
    open_collective = and_(orm.Case.is_collective.is_(True), orm.Case.status.in_(OPEN_STATUSES))
    wanted = or_(recent, open_collective) if thresholds.collective else recent
    uscc = func.trim(orm.Respondent.uscc)
    key = case((uscc != "", uscc), else_=func.trim(orm.Respondent.name))
    # One row per case and employer, even if the case names the employer twice.
    rows = (
        select(
            key.label("key"),
            orm.Case.id.label("case_id"),
            func.max(orm.Respondent.name).label("name"),
            func.max(uscc).label("uscc"),
            orm.Case.number.label("number"),
            orm.Case.received_on.label("received_on"),
            case((recent, 1), else_=0).label("is_recent"),
            case((open_collective, 1), else_=0).label("is_collective"),
        )
        .join(orm.Respondent, orm.Respondent.case_id == orm.Case.id)
        .where(wanted, orm.Case.voided_on.is_(None))
        .group_by(key, orm.Case.id, orm.Case.number, orm.Case.received_on)
        .subquery()
    )
    latest_first = (rows.c.received_on.desc(), rows.c.case_id.desc())
    ranked = select(
        rows.c.name,
        rows.c.uscc,
        rows.c.case_id,
        rows.c.number,
        rows.c.received_on,
        func.sum(rows.c.is_recent).over(partition_by=rows.c.key).label("recent"),
        func.sum(rows.c.is_collective).over(partition_by=rows.c.key).label("collective"),
        func.row_number().over(partition_by=rows.c.key, order_by=latest_first).label("rank"),
    ).subquery()
    collective_flag = ranked.c.collective > 0 if thresholds.collective else literal(False)
    query = select(ranked).where(
        ranked.c.rank == 1,
        or_(ranked.c.recent >= literal(thresholds.case_count, Integer), collective_flag),
    )
    return [
        rule.EmployerActivity(
            name=r.name,
            uscc=r.uscc,
            recent_cases=int(r.recent),
            open_collective=int(r.collective),
            latest_case_id=r.case_id,
            latest_case_number=r.number,
            latest_received_on=r.received_on,
        )
        for r in session.execute(query)
    ]


def load_thresholds(session: Session) -> rule.WarningThresholds:
    """The three settings alone (a primary-key search, not the whole settings table)."""
    keys = ("warning_case_count", "warning_window_days", "warning_collective")
    stored = dict(
        session.execute(
            select(orm.Setting.key, orm.Setting.value).where(orm.Setting.key.in_(keys))
        ).all()
    )
    default = OfficeSettings()
    return rule.WarningThresholds(
        int(stored.get("warning_case_count", default.warning_case_count)),
        int(stored.get("warning_window_days", default.warning_window_days)),
        stored.get("warning_collective", str(default.warning_collective)) == "True",
    )


def employer_warning_items(session: Session, today: date) -> list[TodoItem]:
    """The board source: one item per flagged employer, opening its latest case."""
    thresholds = load_thresholds(session)
    found = rule.warnings(employer_activity(session, today, thresholds), today, thresholds)
    return [
        TodoItem(
            TodoKind.EMPLOYER_WARNING,
            w.activity.latest_case_id,
            w.activity.latest_case_number,
            w.title,
            w.activity.latest_received_on,
            False,
        )
        for w in found
    ]
