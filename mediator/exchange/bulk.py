"""Writing the demo register fast: Core ``executemany`` in chunks, one transaction.

One ORM flush per case would take an hour for 200,000 cases; here each chunk
of cases becomes one multi-row INSERT per table, with ids assigned up front so
that child rows can point at their parents without reading anything back.
The rows are exactly what ``persistence.cases.insert_case`` would write: the
denormalised list columns (``summaries``, ``claimed_total``,
``is_collective``), the stored deadlines (``compute_deadlines``), the search
text (``search_text``) and the number series counters, so that numbering
continues after the demo cases and the case list behaves as with real data.
The life of each case (``demo_life``) becomes the rows the workflow and
performance services would have written: status changes, finished session
records, the signed agreement and its terms, the instalment schedule with
each worker's share (``payees_of``, ``split_in_run``, ``pay_by``), receipts
and their allocations (``allocate``, oldest instalment first, as
``replay_receipts`` does), follow-up visits and ``next_follow_up_on``.
The per-row audit trail is switched off for the bulk part
(``session.info["skip_audit"]``); a single audit row records the generation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from mediator.domain import performance as perf
from mediator.domain.enums import CaseStatus, MediatorRole, UserRole
from mediator.domain.errors import MediatorError
from mediator.domain.numbering import render_case_number
from mediator.domain.routes import RouteKind
from mediator.domain.workdays import WorkdayCalendar
from mediator.domain.workflow_enums import Consent, NotAcceptedReason
from mediator.exchange import demo_data
from mediator.exchange.demo import DemoCase, DemoGenerator, Profile
from mediator.exchange.demo_life import AgreementPlan, CaseLife, ReferralPlan
from mediator.persistence import limitation, orm
from mediator.persistence.cases import (
    CASE_SERIES,
    compute_deadlines,
    load_calendar,
    search_text,
    summaries,
)
from mediator.persistence.db import Database
from mediator.persistence.officesettings import OfficeSettings, load_settings, save_settings
from mediator.persistence.performance import payees_of, run_key

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
    sessions: int = 0
    agreements: int = 0
    receipts: int = 0


def _table(model: type[orm.Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


_NUMBERED: tuple[type[orm.Base], ...] = (
    orm.Case,
    orm.Applicant,
    orm.Respondent,
    orm.Agent,
    orm.Claim,
    orm.MediationSession,
    orm.Agreement,
    orm.AgreementTerm,
    orm.Instalment,
    orm.InstalmentShare,
    orm.Receipt,
    orm.Referral,
)
"""Tables whose ids are handed out here because child rows point at them."""


class _Ids:
    """Next free primary key of each table (the tables may already hold rows)."""

    def __init__(self, session: Session) -> None:
        self._next: dict[str, int] = {}
        for model in _NUMBERED:
            top = session.scalar(select(func.max(_table(model).c.id))) or 0
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
    moves: list[dict[str, Any]]
    sessions: list[dict[str, Any]]
    staff: list[tuple[Any, ...]]
    attendees: list[tuple[Any, ...]]
    turns: list[tuple[Any, ...]]
    agreements: list[dict[str, Any]]
    terms: list[dict[str, Any]]
    instalments: list[dict[str, Any]]
    shares: list[dict[str, Any]]
    receipts: list[dict[str, Any]]
    allocations: list[dict[str, Any]]
    follow_ups: list[dict[str, Any]]
    referrals: list[dict[str, Any]]
    outcomes: list[dict[str, Any]]
    extensions: list[dict[str, Any]]

    @classmethod
    def empty(cls) -> _Rows:
        return cls(*([] for _ in range(23)))


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
    committee: tuple[int, str]


def _case_rows(rows: _Rows, demo: DemoCase, ctx: _Context) -> None:
    record, data, life = demo.record, demo.record.data, demo.life
    case_id = ctx.ids.take("cases")
    number, seq = ctx.numbers.next(data.received_on.year)
    acceptance, mediation = demo.acceptance_due, demo.mediation_due
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
            "next_follow_up_on": life.follow_ups[-1].next_visit_on if life.follow_ups else None,
            "created_at": demo.created_at,
            "updated_at": demo.updated_at,
            "version": 1,
        }
    )
    applicants = _party_rows(rows, demo, case_id, ctx)
    _life_rows(rows, demo, case_id, applicants, ctx)
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
    # The answer given at acceptance (a respondent who refused later refused after it).
    consent = Consent.YES if accepted else record.respondent_consent
    return {
        "case_id": case_id,
        "decided_on": decided_on,
        "accepted": accepted,
        "reason": reason,
        "reason_text": "",
        "respondent_consent": consent,
        "consent_on": record.accepted_on if accepted else record.respondent_consent_on,
        "created_at": datetime.combine(decided_on, time(10, 0)),
    }


def _party_rows(
    rows: _Rows, demo: DemoCase, case_id: int, ctx: _Context
) -> list[tuple[int, str, Decimal]]:
    """Writes the parties and claims; returns (id, name, claimed total) of each applicant."""
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
    claimed = [Decimal(0)] * len(data.applicants)
    for c in data.claims:
        claimed[c.applicant_index] += c.amount or 0
    return [
        (i, a.name, claimed[n])
        for n, (i, a) in enumerate(zip(applicant_ids, data.applicants, strict=True))
    ]


def _at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _life_rows(
    rows: _Rows,
    demo: DemoCase,
    case_id: int,
    applicants: list[tuple[int, str, Decimal]],
    ctx: _Context,
) -> None:
    life = demo.life
    for move in life.moves:
        rows.moves.append(
            {
                "case_id": case_id,
                "changed_on": move.on,
                "action": move.action,
                "from_status": move.from_status,
                "to_status": move.to_status,
                "reason": move.reason,
                "note": move.note,
                "created_at": _at(move.on, 16),
            }
        )
    _session_rows(rows, life, case_id, demo.record.lead_mediator, ctx)
    if life.agreement is not None:
        _agreement_rows(rows, demo, life.agreement, case_id, applicants, ctx)
    if life.referral is not None:
        _referral_rows(rows, life.referral, case_id, ctx)
    if life.extension is not None:
        extension = life.extension
        rows.extensions.append(
            {
                "case_id": case_id,
                "agreed_on": extension.agreed_on,
                "previous_due": extension.previous_due,
                "new_due": extension.new_due,
                "note": extension.note,
                "created_at": _at(extension.agreed_on, 11),
            }
        )
    for visit in life.follow_ups:
        rows.follow_ups.append(
            {
                "case_id": case_id,
                "visited_on": visit.visited_on,
                "contact": visit.contact,
                "finding": visit.finding,
                "note": visit.note,
                "next_visit_on": visit.next_visit_on,
                "created_at": _at(visit.visited_on, 15),
            }
        )


def _referral_rows(rows: _Rows, plan: ReferralPlan, case_id: int, ctx: _Context) -> None:
    referral_id = ctx.ids.take("referrals")
    committee_id, committee = ctx.committee
    rows.referrals.append(
        {
            "id": referral_id,
            "case_id": case_id,
            "route": RouteKind.ARBITRATION,
            "referred_on": plan.referred_on,
            "body": committee,
            "committee_id": committee_id,
            "method": plan.method,
            "enclosures": "\n".join(plan.enclosures),
            "receipt": "",
            "applicant_ids": "",
            "operator": demo_data.CLERK[0],
            "note": "",
            "created_at": _at(plan.referred_on, 15),
        }
    )
    for outcome in plan.outcomes:
        rows.outcomes.append(
            {
                "referral_id": referral_id,
                "case_id": case_id,
                "kind": outcome.kind,
                "decided_on": outcome.decided_on,
                "body_case_number": outcome.body_case_number,
                "note": "",
                "operator": demo_data.CLERK[0],
                "created_at": _at(outcome.decided_on, 16),
            }
        )


def _session_rows(rows: _Rows, life: CaseLife, case_id: int, lead: str, ctx: _Context) -> None:
    staff = [(ctx.users[lead], MediatorRole.LEAD)] if lead in ctx.users else []
    staff.append((ctx.users[demo_data.CLERK[0]], MediatorRole.RECORDER))
    for seq, plan in enumerate(life.sessions, start=1):
        session_id = ctx.ids.take("mediation_sessions")
        rows.sessions.append(
            {
                "id": session_id,
                "case_id": case_id,
                "seq": seq,
                "held_on": plan.held_on,
                "starts_at": plan.starts_at,
                "ends_at": plan.ends_at,
                "place": plan.place,
                "form": plan.form,
                "rights_explained": True,
                "recusal_asked": True,
                "identities_checked": True,
                "evidence": plan.evidence,
                "proposal": plan.proposal,
                "outcome": plan.outcome,
                "continue_on": plan.continue_on,
                "draft": False,
                "draft_saved_at": datetime.combine(plan.held_on, plan.ends_at),
                "created_at": datetime.combine(plan.held_on, plan.starts_at),
            }
        )
        for n, (user_id, role) in enumerate(staff, start=1):
            rows.staff.append((session_id, case_id, n, user_id, role.value))
        for n, (side, kind, name, note) in enumerate(plan.attendees, start=1):
            rows.attendees.append((session_id, case_id, n, side.value, kind.value, name, note))
        for n, (speaker, name, text) in enumerate(plan.turns, start=1):
            rows.turns.append((session_id, case_id, n, speaker.value, name, text))


def _payer_uscc(demo: DemoCase, payer: str) -> str:
    """As ``performance._payer_uscc``: the respondent named exactly, else one named in it."""
    respondents = demo.record.data.respondents
    for r in respondents:
        if r.name == payer.strip():
            return r.uscc
    return next((r.uscc for r in respondents if r.name and r.name in payer), "")


def _agreement_rows(
    rows: _Rows,
    demo: DemoCase,
    plan: AgreementPlan,
    case_id: int,
    applicants: list[tuple[int, str, Decimal]],
    ctx: _Context,
) -> None:
    agreement_id = ctx.ids.take("agreements")
    signed = _at(plan.signed_on, 11)
    rows.agreements.append(
        {
            "id": agreement_id,
            "case_id": case_id,
            "seq": 1,
            "supplements_id": None,
            "preamble": "",
            "copies": plan.copies,
            "signed_on": plan.signed_on,
            "created_at": signed,
        }
    )
    claimed = {a[0]: a[2] for a in applicants}
    shares: list[dict[str, Any]] = []
    instalments: list[dict[str, Any]] = []
    runs: dict[tuple[str, frozenset[int]], tuple[Decimal, list[Decimal]]] = {}
    for seq, term in enumerate(plan.terms, start=1):
        term_id = ctx.ids.take("agreement_terms")
        rows.terms.append(
            {
                "id": term_id,
                "agreement_id": agreement_id,
                "case_id": case_id,
                "seq": seq,
                "kind": term.kind,
                "payer": term.payer,
                "payee": term.payee,
                "item": term.item,
                "amount": term.amount,
                "due_on": term.due_on,
                "method": term.method,
                "place": "",
                "text": term.text,
            }
        )
        if term.amount is None or term.due_on is None:
            continue
        instalment_id = ctx.ids.take("instalments")
        instalments.append(
            {
                "id": instalment_id,
                "case_id": case_id,
                "agreement_id": agreement_id,
                "term_id": term_id,
                "payer": term.payer,
                "payer_uscc": _payer_uscc(demo, term.payer),
                "payee": term.payee,
                "item": term.item,
                "due_on": term.due_on,
                "pay_by": perf.pay_by(term.due_on, ctx.calendar),
                "amount": term.amount,
                "created_at": signed,
            }
        )
        ids = payees_of(term.payee, applicants)
        run = runs.setdefault(run_key(term.payer, ids), (perf.ZERO, [perf.ZERO] * len(ids)))
        parts = perf.split_in_run(term.amount, [claimed[i] for i in ids], *run)
        runs[run_key(term.payer, ids)] = (
            run[0] + term.amount,
            [h + p for h, p in zip(run[1], parts, strict=True)],
        )
        for applicant_id, part in zip(ids, parts, strict=True):
            shares.append(
                {
                    "id": ctx.ids.take("instalment_shares"),
                    "instalment_id": instalment_id,
                    "case_id": case_id,
                    "applicant_id": applicant_id,
                    "amount": part,
                }
            )
    _receipt_rows(rows, demo, case_id, instalments, shares, claimed, ctx)
    rows.instalments.extend(instalments)
    rows.shares.extend(shares)


def _receipt_rows(
    rows: _Rows,
    demo: DemoCase,
    case_id: int,
    instalments: list[dict[str, Any]],
    shares: list[dict[str, Any]],
    claimed: dict[int, Decimal],
    ctx: _Context,
) -> None:
    """Receipts and their allocations, then each share's and instalment's ``paid``/``settled``.

    The same replay as ``performance.replay_receipts``: receipts oldest first, each
    allocated to the open shares oldest instalment first, a partial payment
    spread over the instalment's run by what each worker claimed (``perf.allocate``).
    """
    order = {i["id"]: (i["pay_by"], i["id"]) for i in instalments}
    payer = {i["id"]: i["payer"] for i in instalments}
    workers: dict[int, list[int]] = {}
    for s in shares:
        workers.setdefault(s["instalment_id"], []).append(s["applicant_id"])
    runs = {i: run_key(payer[i], ids) for i, ids in workers.items()}
    paid = {s["id"]: Decimal(0) for s in shares}
    for plan in demo.life.receipts:
        receipt_id = ctx.ids.take("receipts")
        rows.receipts.append(
            {
                "id": receipt_id,
                "case_id": case_id,
                "received_on": plan.received_on,
                "amount": plan.amount,
                "method": plan.method,
                "voucher_no": plan.voucher_no,
                "applicant_ids": "",
                "override_reason": "",
                "note": "",
                "scan_name": "",
                "scan": None,
                "operator": demo_data.CLERK[0],
                "created_at": _at(plan.received_on, 15),
            }
        )
        open_shares = [
            perf.OpenShare(
                s["id"],
                order[s["instalment_id"]],
                s["applicant_id"],
                s["amount"] - paid[s["id"]],
                paid[s["id"]],
                runs[s["instalment_id"]],
                claimed.get(s["applicant_id"]),
            )
            for s in shares
        ]
        for share_id, part in perf.allocate(plan.amount, open_shares).parts:
            assert isinstance(share_id, int)
            paid[share_id] += part
            rows.allocations.append(
                {"receipt_id": receipt_id, "share_id": share_id, "case_id": case_id, "amount": part}
            )
    for share in shares:
        share["paid"] = paid[share["id"]]
    for row in instalments:
        total = sum((paid[s["id"]] for s in shares if s["instalment_id"] == row["id"]), Decimal(0))
        row["paid"] = total
        row["settled"] = total >= row["amount"]


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
        (orm.StatusChange, rows.moves),
        (orm.MediationSession, rows.sessions),
        (orm.Agreement, rows.agreements),
        (orm.AgreementTerm, rows.terms),
        (orm.Instalment, rows.instalments),
        (orm.InstalmentShare, rows.shares),
        (orm.Receipt, rows.receipts),
        (orm.ReceiptAllocation, rows.allocations),
        (orm.FollowUp, rows.follow_ups),
        (orm.Referral, rows.referrals),
        (orm.ReferralOutcome, rows.outcomes),
        (orm.DeadlineExtension, rows.extensions),
    ):
        _insert_dicts(session, _table(model), values)
    for plain, columns, tuples in (
        (orm.SessionStaff, _STAFF, rows.staff),
        (orm.SessionAttendee, _ATTENDEES, rows.attendees),
        (orm.SessionTurn, _TURNS, rows.turns),
    ):
        _insert_plain(session, _table(plain), columns, tuples)


_STAFF = ("session_id", "case_id", "seq", "user_id", "role")
_ATTENDEES = ("session_id", "case_id", "seq", "side", "kind", "name", "note")
_TURNS = ("session_id", "case_id", "seq", "speaker", "speaker_name", "text")
_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _insert_dicts(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows (all with the same keys) through the driver, converted as SQLAlchemy would.

    Each value goes through its column type's own bind processor (dates, fen,
    codes) and missing columns get their scalar defaults, so the stored values
    are those of ``session.execute(insert(table), rows)``; only SQLAlchemy's
    per-row bookkeeping is skipped, which is most of the time for 200,000 cases.
    """
    if not rows:
        return
    dialect = session.connection().dialect
    columns = list(rows[0])
    defaults = []
    for column in table.c:
        if column.name in columns or column.default is None:
            continue
        if not column.default.is_scalar:
            session.execute(insert(table), rows)
            return
        defaults.append((column.name, column.default.arg))  # type: ignore[attr-defined]

    def processor(name: str) -> Callable[[Any], Any] | None:
        return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)

    extra = tuple(
        value if (process := processor(name)) is None else process(value)
        for name, value in defaults
    )
    converted = [(i, p) for i, name in enumerate(columns) if (p := processor(name)) is not None]
    getter = itemgetter(*columns)
    values = []
    for row in rows:
        value = list(getter(row))
        for i, process in converted:
            if value[i] is not None:
                value[i] = process(value[i])
        values.append((*value, *extra))
    _insert_plain(session, table, columns + [name for name, _ in defaults], values)


def _insert_plain(
    session: Session, table: Table, columns: Sequence[str], values: list[tuple[Any, ...]]
) -> None:
    """Insert rows of values ready for the driver (codes as strings, plain numbers and text)."""
    if not values:
        return
    connection = session.connection()
    marker = _MARKERS.get(connection.dialect.paramstyle)
    if marker is None:
        session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in values])
        return
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join([marker] * len(columns))})"
    )
    connection.exec_driver_sql(sql, values)


def _refresh_limitation(session: Session, case_ids: list[int]) -> None:
    """Fill ``applicants.limitation_due``, which the flush hook keeps for the services."""
    limitation.refresh(session, case_ids)
    session.flush()
    session.expunge_all()


def _ensure_settings(session: Session) -> OfficeSettings:
    """Keep settings an earlier ``mediator init`` saved; otherwise use the demo office."""
    if session.scalar(select(func.count()).select_from(orm.Setting)) == 0:
        save_settings(session, DEMO_SETTINGS)
        session.flush()
    return load_settings(session)


def _ensure_committee(session: Session) -> tuple[int, str]:
    """The county arbitration committee referrals go to (an existing one of that name is reused)."""
    name, address, phone, jurisdiction = demo_data.COMMITTEE
    found = session.scalar(
        select(orm.ArbitrationCommittee.id).where(orm.ArbitrationCommittee.name == name)
    )
    if found is None:
        row = orm.ArbitrationCommittee(
            name=name, address=address, phone=phone, jurisdiction=jurisdiction
        )
        session.add(row)
        session.flush()
        found = row.id
    return found, name


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
            settings,
            calendar,
            _ensure_users(session),
            _Ids(session),
            _Numbers(settings),
            _ensure_committee(session),
        )
        generator = DemoGenerator(
            seed,
            count,
            today,
            calendar,
            lambda received: compute_deadlines(received, settings, calendar),
        )
        totals = _Totals()
        done = 0
        for chunk in _chunks(generator.profiles(), CHUNK):
            rows = _Rows.empty()
            for profile in chunk:
                demo = generator.case(profile)
                totals.add(demo)
                _case_rows(rows, demo, ctx)
            _insert_rows(session, rows)
            _refresh_limitation(session, [row["id"] for row in rows.cases])
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
        self.sessions = self.agreements = self.receipts = 0
        self.by_status: dict[str, int] = defaultdict(int)

    def add(self, demo: DemoCase) -> None:
        data = demo.record.data
        self.cases += 1
        self.applicants += len(data.applicants)
        self.claims += len(data.claims)
        self.collective += data.is_collective
        self.by_status[demo.record.status.label] += 1
        self.sessions += len(demo.life.sessions)
        self.agreements += demo.life.agreement is not None
        self.receipts += len(demo.life.receipts)

    def summary(self) -> DemoSummary:
        return DemoSummary(
            self.cases,
            self.applicants,
            self.claims,
            self.collective,
            dict(self.by_status),
            self.sessions,
            self.agreements,
            self.receipts,
        )
