"""Writing the demo register fast: Core ``executemany`` in chunks, one transaction.

One ORM flush per case would take an hour for 200,000 cases; here each chunk
of cases becomes one multi-row INSERT per table, with ids assigned up front so
that child rows can point at their parents without reading anything back.
The rows are exactly what ``persistence.cases.insert_case`` would write: the
denormalised list columns (``summaries``, ``claimed_total``,
``is_collective``), the stored deadlines (``compute_deadlines``), the search
text (``search_text``) and the number series counters, so that numbering
continues after the demo cases and the case list behaves as with real data.
The per-row audit trail is switched off for the bulk part
(``session.info["skip_audit"]``); a single audit row records the generation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from mediator.domain.enums import CaseStatus, MediatorRole, UserRole
from mediator.domain.errors import MediatorError
from mediator.domain.numbering import render_case_number
from mediator.domain.workdays import WorkdayCalendar
from mediator.domain.workflow_enums import NotAcceptedReason
from mediator.exchange import demo_data
from mediator.exchange.demo import DemoCase, DemoGenerator, Profile
from mediator.persistence import orm
from mediator.persistence.cases import (
    CASE_SERIES,
    compute_deadlines,
    load_calendar,
    search_text,
    summaries,
)
from mediator.persistence.db import Database
from mediator.persistence.officesettings import OfficeSettings, load_settings, save_settings

CHUNK = 2000
DEMO_SETTINGS = OfficeSettings(
    office_name="德清县清溪镇劳动人事争议调解委员会",
    short_name="清溪",
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    cases: int
    applicants: int
    claims: int
    collective: int
    by_status: dict[str, int]


def _table(model: type[orm.Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


class _Ids:
    """Next free primary key of each table (the tables may already hold rows)."""

    def __init__(self, session: Session) -> None:
        self._next: dict[str, int] = {}
        for model in (orm.Case, orm.Applicant, orm.Respondent, orm.Agent, orm.Claim):
            top = session.scalar(select(func.max(model.id))) or 0
            self._next[model.__tablename__] = top + 1

    def take(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value


@dataclass
class _Rows:
    """The rows of one chunk, per table."""

    cases: list[dict[str, Any]]
    applicants: list[dict[str, Any]]
    respondents: list[dict[str, Any]]
    agents: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    mediators: list[dict[str, Any]]
    search: list[dict[str, Any]]
    decisions: list[dict[str, Any]]

    @classmethod
    def empty(cls) -> _Rows:
        return cls([], [], [], [], [], [], [], [])


class _Numbers:
    """Register numbers in date order, per series year, as ``allocate_number`` hands them out."""

    def __init__(self, settings: OfficeSettings) -> None:
        self.settings = settings
        self.per_year = "{年}" in settings.number_pattern
        self.last: dict[int, int] = defaultdict(int)

    def next(self, year: int) -> tuple[str, int]:
        series = year if self.per_year else 0
        self.last[series] += 1
        seq = self.last[series]
        number = render_case_number(
            self.settings.number_pattern, short_name=self.settings.short_name, year=year, seq=seq
        )
        return number, seq


@dataclass
class _Context:
    settings: OfficeSettings
    calendar: WorkdayCalendar
    users: dict[str, int]
    ids: _Ids
    numbers: _Numbers


def _case_rows(rows: _Rows, demo: DemoCase, ctx: _Context) -> None:
    record, data = demo.record, demo.record.data
    case_id = ctx.ids.take("cases")
    number, seq = ctx.numbers.next(data.received_on.year)
    acceptance, mediation = compute_deadlines(data.received_on, ctx.settings, ctx.calendar)
    applicant_summary, respondent_summary = summaries(data)
    rows.cases.append(
        {
            "id": case_id,
            "number": number,
            "number_year": data.received_on.year,
            "number_seq": seq,
            "received_on": data.received_on,
            "application_form": data.application_form,
            "channel": data.channel,
            "category": data.category,
            "facts": data.facts,
            "external_ref": data.external_ref,
            "status": record.status,
            "accepted_on": record.accepted_on,
            "closed_on": record.closed_on,
            "closure_reason": record.closure_reason,
            "acceptance_due": acceptance,
            "mediation_due": mediation,
            "applicant_count": len(data.applicants),
            "applicant_summary": applicant_summary,
            "respondent_summary": respondent_summary,
            "claimed_total": data.claimed_total(),
            "is_collective": data.is_collective,
            "voided_on": record.voided_on,
            "void_reason": record.void_reason,
            "respondent_consent": record.respondent_consent,
            "respondent_consent_on": record.respondent_consent_on,
            "next_follow_up_on": None,
            "created_at": demo.created_at,
            "updated_at": demo.updated_at,
            "version": 1,
        }
    )
    _party_rows(rows, demo, case_id, ctx)
    rows.search.append({"case_id": case_id, "text": search_text(data, number)})
    lead = ctx.users.get(record.lead_mediator)
    if lead is not None:
        rows.mediators.append({"case_id": case_id, "user_id": lead, "role": MediatorRole.LEAD})
    decision = _acceptance_row(demo, case_id)
    if decision is not None:
        rows.decisions.append(decision)


def _acceptance_row(demo: DemoCase, case_id: int) -> dict[str, Any] | None:
    """The acceptance decision behind the case's status, so its notices can be printed."""
    record = demo.record
    accepted = record.accepted_on is not None
    if not accepted and record.status is not CaseStatus.NOT_ACCEPTED:
        return None
    decided_on = record.accepted_on or record.closed_on or record.data.received_on
    reason = None if accepted else NotAcceptedReason.by_code(record.closure_reason)
    return {
        "case_id": case_id,
        "decided_on": decided_on,
        "accepted": accepted,
        "reason": reason,
        "reason_text": "",
        "respondent_consent": record.respondent_consent,
        "consent_on": record.respondent_consent_on,
        "created_at": datetime.combine(decided_on, time(10, 0)),
    }


def _party_rows(rows: _Rows, demo: DemoCase, case_id: int, ctx: _Context) -> None:
    data = demo.record.data
    applicant_ids = []
    for seq, a in enumerate(data.applicants, start=1):
        applicant_id = ctx.ids.take("applicants")
        applicant_ids.append(applicant_id)
        rows.applicants.append(
            {"id": applicant_id, "case_id": case_id, "seq": seq}
            | {k: v for k, v in a.__dict__.items() if k != "id"}
        )
    for seq, r in enumerate(data.respondents, start=1):
        rows.respondents.append(
            {"id": ctx.ids.take("respondents"), "case_id": case_id, "seq": seq}
            | {k: v for k, v in r.__dict__.items() if k != "id"}
        )
    for seq, g in enumerate(data.agents, start=1):
        principal = None if g.principal_index is None else g.principal_index + 1
        rows.agents.append(
            {
                "id": ctx.ids.take("agents"),
                "case_id": case_id,
                "seq": seq,
                "side": g.side,
                "principal_seq": principal,
                "name": g.name,
                "relation": g.relation,
                "phone": g.phone,
                "id_number": g.id_number,
            }
        )
    for seq, c in enumerate(data.claims, start=1):
        rows.claims.append(
            {
                "id": ctx.ids.take("claims"),
                "case_id": case_id,
                "applicant_id": applicant_ids[c.applicant_index],
                "seq": seq,
                "category": c.category,
                "description": c.description,
                "amount": c.amount,
                "period_start": c.period_start,
                "period_end": c.period_end,
            }
        )


def _insert_rows(session: Session, rows: _Rows) -> None:
    for model, values in (
        (orm.Case, rows.cases),
        (orm.Applicant, rows.applicants),
        (orm.Respondent, rows.respondents),
        (orm.Agent, rows.agents),
        (orm.Claim, rows.claims),
        (orm.CaseMediator, rows.mediators),
        (orm.CaseSearch, rows.search),
        (orm.AcceptanceDecision, rows.decisions),
    ):
        if values:
            session.execute(insert(_table(model)), values)


def _ensure_settings(session: Session) -> OfficeSettings:
    """Keep settings an earlier ``mediator init`` saved; otherwise use the demo office."""
    if session.scalar(select(func.count()).select_from(orm.Setting)) == 0:
        save_settings(session, DEMO_SETTINGS)
        session.flush()
    return load_settings(session)


def _ensure_users(session: Session) -> dict[str, int]:
    """The demo mediators and a clerk (existing users of the same name are reused)."""
    users = {name: uid for uid, name in session.execute(select(orm.User.id, orm.User.name))}
    wanted = [(m, UserRole.MEDIATOR) for m in demo_data.MEDIATORS]
    wanted.append((demo_data.CLERK, UserRole.CLERK))
    for (name, certificate, phone), role in wanted:
        if name not in users:
            user = orm.User(
                name=name, role=role, certificate_no=certificate, phone=phone, active=True
            )
            session.add(user)
            session.flush()
            users[name] = user.id
    return users


def _save_series(session: Session, numbers: _Numbers) -> None:
    for series_year, last in numbers.last.items():
        row = session.get(orm.NumberSeries, (CASE_SERIES, series_year))
        if row is None:
            session.add(orm.NumberSeries(series=CASE_SERIES, year=series_year, last_seq=last))
        else:
            row.last_seq = max(row.last_seq, last)


def _audit_generation(session: Session, db: Database, summary: DemoSummary, seed: int) -> None:
    session.execute(
        insert(_table(orm.AuditEntry)),
        [
            {
                "at": datetime.now(),
                "user_id": db.operator.id,
                "user_name": db.operator.name,
                "case_id": None,
                "entity": "demo",
                "entity_id": None,
                "action": "create",
                "field": "",
                "old_value": None,
                "new_value": f"生成演示数据：案件{summary.cases}件，"
                f"申请人{summary.applicants}人，随机种子{seed}",
            }
        ],
    )


def _chunks(items: Sequence[Profile], size: int) -> Iterable[Sequence[Profile]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _refuse_if_not_empty(session: Session) -> None:
    count = session.scalar(select(func.count()).select_from(orm.Case)) or 0
    if count:
        raise MediatorError(
            f"数据库中已有{count}件案件。演示数据只能生成到空数据库中，以免与真实案件混在一起。"
            "请用 --data-dir 指定一个新的文件夹，例如：mediator --data-dir D:\\调解演示 demo"
        )


def write_demo(
    db: Database,
    *,
    count: int,
    seed: int,
    today: date,
    progress: Progress | None = None,
) -> DemoSummary:
    """Generate ``count`` cases into an empty store, in one transaction."""
    with db.write() as session:
        session.info["skip_audit"] = True
        _refuse_if_not_empty(session)
        settings = _ensure_settings(session)
        calendar = load_calendar(session)
        ctx = _Context(
            settings, calendar, _ensure_users(session), _Ids(session), _Numbers(settings)
        )
        generator = DemoGenerator(seed, count, today, calendar)
        totals = _Totals()
        done = 0
        for chunk in _chunks(generator.profiles(), CHUNK):
            rows = _Rows.empty()
            for profile in chunk:
                demo = generator.case(profile)
                totals.add(demo)
                _case_rows(rows, demo, ctx)
            _insert_rows(session, rows)
            done += len(chunk)
            if progress:
                progress(done, count)
        _save_series(session, ctx.numbers)
        summary = totals.summary()
        _audit_generation(session, db, summary, seed)
        session.flush()
    return summary


class _Totals:
    def __init__(self) -> None:
        self.cases = self.applicants = self.claims = self.collective = 0
        self.by_status: dict[str, int] = defaultdict(int)

    def add(self, demo: DemoCase) -> None:
        data = demo.record.data
        self.cases += 1
        self.applicants += len(data.applicants)
        self.claims += len(data.claims)
        self.collective += data.is_collective
        self.by_status[demo.record.status.label] += 1

    def summary(self) -> DemoSummary:
        return DemoSummary(
            self.cases, self.applicants, self.claims, self.collective, dict(self.by_status)
        )
