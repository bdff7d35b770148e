"""Storing and loading cases (functions take a Session; the caller owns the transaction)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from mediator.domain import limitation
from mediator.domain.deadlines import DayType, DeadlineRule, acceptance_due, mediation_due
from mediator.domain.enums import OPEN_STATUSES, CaseStatus, DayKind, MediatorRole
from mediator.domain.errors import Issue, NotFound, Severity
from mediator.domain.model import (
    AgentData,
    ApplicantData,
    CaseData,
    ClaimData,
    RespondentData,
)
from mediator.domain.numbering import render_case_number
from mediator.domain.workdays import WorkdayCalendar
from mediator.persistence import orm
from mediator.persistence.officesettings import OfficeSettings

CASE_SERIES = "case"
SUMMARY_NAMES = 3


@dataclass(frozen=True)
class CaseRef:
    id: int
    number: str
    version: int


@dataclass(frozen=True)
class CaseDetail:
    """A case as loaded for the detail screen: a snapshot with its version."""

    id: int
    number: str
    version: int
    status: CaseStatus
    data: CaseData
    accepted_on: date | None
    closed_on: date | None
    closure_reason: str
    acceptance_due: date
    mediation_due: date
    voided_on: date | None
    void_reason: str
    created_at: datetime
    updated_at: datetime


def load_calendar(session: Session) -> WorkdayCalendar:
    overrides: dict[date, DayKind] = dict(
        session.execute(select(orm.CalendarDay.day, orm.CalendarDay.kind)).all()
    )
    return WorkdayCalendar(overrides)


def compute_deadlines(
    received_on: date, settings: OfficeSettings, calendar: WorkdayCalendar
) -> tuple[date, date]:
    acceptance_rule = DeadlineRule(settings.acceptance_working_days, DayType.WORKING)
    mediation_rule = DeadlineRule(settings.mediation_days, DayType.CALENDAR)
    return (
        acceptance_due(received_on, calendar, acceptance_rule),
        mediation_due(received_on, calendar, mediation_rule),
    )


# -- register numbers -------------------------------------------------------------------------


def _series_year(pattern: str, year: int) -> int:
    """The counter a pattern draws from: per year with {年}, else one running series."""
    return year if "{年}" in pattern else 0


def next_seq(session: Session, pattern: str, year: int) -> int:
    """The running number the next case would get under ``pattern`` (a preview: nothing
    is reserved, and a number taken by an imported case would still be skipped)."""
    last = session.scalar(
        select(orm.NumberSeries.last_seq).where(
            orm.NumberSeries.series == CASE_SERIES,
            orm.NumberSeries.year == _series_year(pattern, year),
        )
    )
    return (last or 0) + 1


def allocate_number(session: Session, settings: OfficeSettings, year: int) -> tuple[str, int, int]:
    """Hand out the next register number inside the caller's transaction.

    The counter only goes up, so a number is never reused, even when its case
    is voided. A number that is already taken (an imported case) is skipped.
    """
    series_year = _series_year(settings.number_pattern, year)
    while True:
        bumped = session.execute(
            update(orm.NumberSeries)
            .where(orm.NumberSeries.series == CASE_SERIES, orm.NumberSeries.year == series_year)
            .values(last_seq=orm.NumberSeries.last_seq + 1)
        )
        if bumped.rowcount == 0:  # type: ignore[attr-defined]
            session.add(orm.NumberSeries(series=CASE_SERIES, year=series_year, last_seq=1))
            session.flush()
        seq = session.scalar(
            select(orm.NumberSeries.last_seq).where(
                orm.NumberSeries.series == CASE_SERIES, orm.NumberSeries.year == series_year
            )
        )
        assert seq is not None
        number = render_case_number(
            settings.number_pattern, short_name=settings.short_name, year=year, seq=seq
        )
        if not session.scalar(select(orm.Case.id).where(orm.Case.number == number)):
            return number, year, seq


# -- mapping between CaseData and rows --------------------------------------------------------

_APPLICANT_FIELDS = (
    "name",
    "id_number",
    "id_type",
    "sex",
    "phone",
    "is_migrant",
    "employment_start",
    "employment_end",
    "job",
    "monthly_wage",
    "address",
    "mailing_address",
    "is_representative",
)
_RESPONDENT_FIELDS = (
    "name",
    "uscc",
    "legal_rep",
    "legal_rep_title",
    "address",
    "mailing_address",
    "phone",
    "industry",
    "chain_role",
)
_AGENT_FIELDS = ("side", "name", "relation", "phone", "id_number")
_CLAIM_FIELDS = ("category", "description", "amount", "period_start", "period_end")


def _assign(row: Any, source: Any, names: tuple[str, ...]) -> None:
    """Set only the attributes that differ, so the audit trail lists real changes."""
    for name in names:
        value = getattr(source, name)
        if getattr(row, name) != value:
            setattr(row, name, value)


def _sync_children(
    session: Session,
    existing: list[Any],
    wanted: list[Any],
    factory: type[Any],
    names: tuple[str, ...],
) -> list[Any]:
    """Update rows matched by id, create the new ones, delete the rows left out.

    Deleting explicitly (not by orphan cascade) puts the rows in
    ``session.deleted``, where the audit hook sees them.
    """
    by_id = {row.id: row for row in existing}
    kept = {item.id for item in wanted if item.id is not None}
    for row in existing:
        if row.id not in kept:
            session.delete(row)
    result = []
    for seq, item in enumerate(wanted, start=1):
        row = by_id.get(item.id) if item.id is not None else None
        if row is None:
            row = factory()
        _assign(row, item, names)
        if row.seq != seq:
            row.seq = seq
        result.append(row)
    return result


def summaries(data: CaseData) -> tuple[str, str]:
    """The applicant and respondent summaries of the case list (public for bulk writers)."""
    names = [a.name for a in data.applicants]
    applicants = "、".join(names[:SUMMARY_NAMES])
    if len(names) > SUMMARY_NAMES:
        applicants += f"等{len(names)}人"
    respondents = "、".join(r.name for r in data.respondents)
    return applicants[:200], respondents[:200]


def search_text(data: CaseData, number: str) -> str:
    """Every string the case list finds a case by, lower-cased for ASCII letters."""
    parts = [number, data.external_ref]
    for a in data.applicants:
        parts += [a.name, a.id_number, a.phone]
    for r in data.respondents:
        parts += [r.name, r.uscc, r.phone, r.legal_rep]
    for g in data.agents:
        parts += [g.name, g.phone]
    return "\x1f".join(p for p in parts if p).lower()


def _write_data(session: Session, case: orm.Case, data: CaseData) -> None:
    """Copy ``data`` onto ``case`` and its child rows (new or existing case)."""
    _assign(
        case,
        data,
        ("received_on", "category", "application_form", "channel", "facts", "external_ref"),
    )
    # Claims first: the claims of a removed applicant go before the applicant.
    claims = _sync_children(session, case.claims, data.claims, orm.Claim, _CLAIM_FIELDS)
    case.applicants = _sync_children(
        session, case.applicants, data.applicants, orm.Applicant, _APPLICANT_FIELDS
    )
    case.respondents = _sync_children(
        session, case.respondents, data.respondents, orm.Respondent, _RESPONDENT_FIELDS
    )
    case.agents = _sync_children(session, case.agents, data.agents, orm.Agent, _AGENT_FIELDS)
    for agent, agent_data in zip(case.agents, data.agents, strict=True):
        principal_seq = (
            None if agent_data.principal_index is None else agent_data.principal_index + 1
        )
        if agent.principal_seq != principal_seq:
            agent.principal_seq = principal_seq
    for claim, claim_data in zip(claims, data.claims, strict=True):
        applicant = case.applicants[claim_data.applicant_index]
        if claim.applicant is not applicant:
            claim.applicant = applicant
    case.claims = claims
    _set_lead_mediator(case, data.lead_mediator_id)
    case.applicant_summary, case.respondent_summary = summaries(data)
    case.applicant_count = len(data.applicants)
    case.is_collective = data.is_collective
    case.claimed_total = data.claimed_total()


def _set_lead_mediator(case: orm.Case, user_id: int | None) -> None:
    leads = [m for m in case.mediators if m.role is MediatorRole.LEAD]
    if leads and leads[0].user_id == user_id:
        return
    for lead in leads:
        case.mediators.remove(lead)
    if user_id is not None:
        case.mediators.append(orm.CaseMediator(user_id=user_id, role=MediatorRole.LEAD))


def _refresh_search(session: Session, case: orm.Case, data: CaseData) -> None:
    row = session.get(orm.CaseSearch, case.id)
    text = search_text(data, case.number)
    if row is None:
        session.add(orm.CaseSearch(case_id=case.id, text=text))
    elif row.text != text:
        row.text = text


def insert_case(
    session: Session,
    data: CaseData,
    *,
    settings: OfficeSettings,
    calendar: WorkdayCalendar,
    now: datetime,
    number: str | None = None,
    status: CaseStatus = CaseStatus.RECEIVED,
) -> orm.Case:
    """Add a new case (already validated) and give it a register number."""
    if number is None:
        number, year, seq = allocate_number(session, settings, data.received_on.year)
    else:
        year, seq = data.received_on.year, 0
    acceptance, mediation = compute_deadlines(data.received_on, settings, calendar)
    case = orm.Case(
        number=number,
        number_year=year,
        number_seq=seq,
        status=status,
        acceptance_due=acceptance,
        mediation_due=mediation,
        closure_reason="",
        void_reason="",
        created_at=now,
        updated_at=now,
    )
    case.applicants, case.respondents, case.agents, case.claims, case.mediators = [], [], [], [], []
    session.add(case)
    _write_data(session, case, data)
    session.flush()
    _refresh_search(session, case, data)
    return case


def update_case_data(
    session: Session,
    case: orm.Case,
    data: CaseData,
    *,
    settings: OfficeSettings,
    calendar: WorkdayCalendar,
    now: datetime,
) -> None:
    received_changed = case.received_on != data.received_on
    _write_data(session, case, data)
    if received_changed:
        case.acceptance_due, case.mediation_due = compute_deadlines(
            data.received_on, settings, calendar
        )
    case.updated_at = now
    # Always UPDATE the case row, even when only a party changed, so that the
    # version goes up and a concurrent edit of any part of the case is caught.
    flag_modified(case, "updated_at")
    session.flush()
    _refresh_search(session, case, data)


def load_case_row(session: Session, case_id: int) -> orm.Case:
    case = session.scalar(
        select(orm.Case)
        .where(orm.Case.id == case_id)
        .options(
            selectinload(orm.Case.applicants),
            selectinload(orm.Case.respondents),
            selectinload(orm.Case.agents),
            selectinload(orm.Case.claims),
            selectinload(orm.Case.mediators),
        )
    )
    if case is None:
        raise NotFound("该案件不存在或已被删除。")
    return case


def case_data_of(case: orm.Case) -> CaseData:
    index_of = {a.id: i for i, a in enumerate(case.applicants)}
    lead = next((m.user_id for m in case.mediators if m.role is MediatorRole.LEAD), None)
    return CaseData(
        received_on=case.received_on,
        category=case.category,
        application_form=case.application_form,
        channel=case.channel,
        facts=case.facts,
        external_ref=case.external_ref,
        lead_mediator_id=lead,
        applicants=[
            ApplicantData(**{n: getattr(a, n) for n in _APPLICANT_FIELDS}, id=a.id)
            for a in case.applicants
        ],
        respondents=[
            RespondentData(**{n: getattr(r, n) for n in _RESPONDENT_FIELDS}, id=r.id)
            for r in case.respondents
        ],
        agents=[
            AgentData(
                **{n: getattr(g, n) for n in _AGENT_FIELDS},
                principal_index=None if g.principal_seq is None else g.principal_seq - 1,
                id=g.id,
            )
            for g in case.agents
        ],
        claims=[
            ClaimData(
                applicant_index=index_of[c.applicant_id],
                **{n: getattr(c, n) for n in _CLAIM_FIELDS},
                id=c.id,
            )
            for c in case.claims
        ],
    )


def detail_of(case: orm.Case) -> CaseDetail:
    return CaseDetail(
        id=case.id,
        number=case.number,
        version=case.version,
        status=case.status,
        data=case_data_of(case),
        accepted_on=case.accepted_on,
        closed_on=case.closed_on,
        closure_reason=case.closure_reason,
        acceptance_due=case.acceptance_due,
        mediation_due=case.mediation_due,
        voided_on=case.voided_on,
        void_reason=case.void_reason,
        created_at=case.created_at,
        updated_at=case.updated_at,
    )


# -- intake warnings --------------------------------------------------------------------------


def _open_case_numbers(
    session: Session, condition: Any, exclude: int | None, limit: int = 5
) -> list[str]:
    query = (
        select(orm.Case.number)
        .where(condition, orm.Case.status.in_(OPEN_STATUSES), orm.Case.voided_on.is_(None))
        .distinct()
        .limit(limit)
    )
    if exclude is not None:
        query = query.where(orm.Case.id != exclude)
    return list(session.scalars(query))


def intake_warnings(
    session: Session, data: CaseData, today: date, exclude_case_id: int | None = None
) -> list[Issue]:
    """Non-blocking warnings: open cases of the same people, repeat respondents, limitation."""
    warnings: list[Issue] = []
    for i, applicant in enumerate(data.applicants):
        if not applicant.id_number:
            continue
        numbers = _open_case_numbers(
            session,
            orm.Case.applicants.any(orm.Applicant.id_number == applicant.id_number),
            exclude_case_id,
        )
        if numbers:
            warnings.append(
                Issue(
                    f"applicants.{i}.id_number",
                    f"申请人{applicant.name}已有未结案件：{'、'.join(numbers)}。请确认是否重复登记。",
                    Severity.WARNING,
                )
            )
    for j, respondent in enumerate(data.respondents):
        same = (
            orm.Respondent.uscc == respondent.uscc
            if respondent.uscc
            else orm.Respondent.name == respondent.name
        )
        if not respondent.name:
            continue
        numbers = _open_case_numbers(session, orm.Case.respondents.any(same), exclude_case_id)
        if numbers:
            warnings.append(
                Issue(
                    f"respondents.{j}.name",
                    f"被申请人{respondent.name}还有未结案件：{'、'.join(numbers)}。",
                    Severity.WARNING,
                )
            )
        earlier = select(func.count(func.distinct(orm.Respondent.case_id))).where(same)
        if exclude_case_id is not None:
            earlier = earlier.where(orm.Respondent.case_id != exclude_case_id)
        count = session.scalar(earlier) or 0
        if count:
            warnings.append(
                Issue(
                    f"respondents.{j}.name",
                    f"被申请人{respondent.name}此前已有{count}件劳动争议案件（重复被申请人）。",
                    Severity.WARNING,
                )
            )
    for i, applicant in enumerate(data.applicants):
        claims = [c for c in data.claims if c.applicant_index == i]
        # Before the application is registered the clock has no events: the
        # application itself would interrupt it, so a passed date means it
        # had probably run out already.
        latest_period = max((c.period_end for c in claims if c.period_end), default=None)
        for kind in limitation.claim_kinds(c.category for c in claims):
            clock = limitation.limitation_clock(
                kind,
                employment_end=applicant.employment_end,
                known_on=latest_period,
                today=today,
            )
            if clock.overdue:
                warnings.append(
                    Issue(
                        f"applicants.{i}.employment_end",
                        f"申请人{applicant.name}的仲裁时效可能已经届满（{clock.basis}）。"
                        "此为提示，是否超过时效由仲裁委员会认定。",
                        Severity.WARNING,
                    )
                )
    return warnings


def without_ids(data: CaseData) -> CaseData:
    """A copy with every database id cleared (for import into another database)."""
    return replace(
        data,
        applicants=[replace(a, id=None) for a in data.applicants],
        respondents=[replace(r, id=None) for r in data.respondents],
        agents=[replace(g, id=None) for g in data.agents],
        claims=[replace(c, id=None) for c in data.claims],
        lead_mediator_id=None,
    )


def search_condition(term: str) -> Any:
    """SQL condition: every whitespace-separated word occurs in the case's search text."""
    words = term.lower().split()
    escaped = [w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words]
    return [orm.CaseSearch.text.like(f"%{w}%", escape="\\") for w in escaped]
