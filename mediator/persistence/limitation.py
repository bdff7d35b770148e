"""Storage of the limitation clock (issue 6): recorded events, the known date, ``limitation_due``.

The clock itself is ``domain.limitation``. Here: what it needs from a case
(the application for mediation, how it ended, the agreement and its
instalments, the events recorded by hand), and ``applicants.limitation_due``,
the earliest advisory day per applicant, stored so that the to-do board finds
what is near with one indexed query over 200,000 cases.

``limitation_due`` is derived data and must never go stale, whatever service
changed the case: like the audit trail, a flush hook notes every case whose
clock inputs changed and recomputes its applicants right after the flush, in
the same transaction. Core bulk writes (the demo generator) bypass it and
call ``refresh`` themselves; ``refresh_all`` fills a store upgraded past
migration 0009 (``store.open_database`` calls it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    String,
    bindparam,
    cast,
    event,
    exists,
    func,
    inspect,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from mediator.domain import limitation as lim
from mediator.domain.enums import ClaimCategory
from mediator.domain.routes import RouteKind
from mediator.domain.workflow_enums import TodoKind
from mediator.persistence import orm
from mediator.persistence.todo import TodoItem

RULES_KEY = "limitation_event_kinds"
"""Settings row: the recorded event kinds the clock counts (domain.md 8.2)."""

_CHUNK = 500
_NO_DAY = date.max
"""``today`` for the stored day: it must not depend on when it was computed."""


@dataclass(frozen=True)
class EventInfo:
    id: int
    case_id: int
    applicant_id: int | None
    applicant_name: str
    """Empty: the event concerns every applicant of the case."""
    kind: lim.EventKind
    occurred_on: date
    ended_on: date | None
    note: str
    operator: str
    counted: bool
    """False when the office's settings leave this kind out."""


@dataclass(frozen=True)
class ApplicantClock:
    applicant_id: int
    name: str
    employment_start: date | None
    employment_end: date | None
    known_on: date | None
    clocks: tuple[lim.LimitationClock, ...]
    """One per kind of claim the applicant has (劳动报酬, 其他请求)."""
    referred_on: date | None = None
    """The case went to the arbitration committee for this worker (the date no longer matters)."""


@dataclass(frozen=True)
class CaseClock:
    case_id: int
    case_number: str
    settled: bool
    """Closed by an agreement with nothing left unpaid."""
    applicants: tuple[ApplicantClock, ...]
    events: tuple[EventInfo, ...]
    advice: str = lim.ADVICE


# --------------------------------------------------------------------------
# Reading what the clock needs, a chunk of cases at a time
# --------------------------------------------------------------------------


def load_rules(session: Session) -> lim.LimitationRules:
    text = session.scalar(select(orm.Setting.value).where(orm.Setting.key == RULES_KEY))
    return lim.LimitationRules() if text is None else lim.LimitationRules.from_codes(text)


def save_rules(session: Session, rules: lim.LimitationRules) -> None:
    row = session.get(orm.Setting, RULES_KEY)
    if row is None:
        session.add(orm.Setting(key=RULES_KEY, value=rules.codes()))
    elif row.value != rules.codes():
        row.value = rules.codes()


def _facts(session: Session, case_ids: Sequence[int]) -> dict[int, lim.CaseFacts]:
    signed = dict(
        session.execute(
            select(orm.Agreement.case_id, func.min(orm.Agreement.signed_on))
            .where(orm.Agreement.case_id.in_(case_ids), orm.Agreement.signed_on.is_not(None))
            .group_by(orm.Agreement.case_id)
        ).all()
    )
    unpaid = dict(
        session.execute(
            select(orm.Instalment.case_id, func.min(orm.Instalment.pay_by))
            .where(orm.Instalment.case_id.in_(case_ids), orm.Instalment.settled.is_(False))
            .group_by(orm.Instalment.case_id)
        ).all()
    )
    last = dict(
        session.execute(
            select(orm.Instalment.case_id, func.max(orm.Instalment.pay_by))
            .where(orm.Instalment.case_id.in_(case_ids))
            .group_by(orm.Instalment.case_id)
        ).all()
    )
    rows = session.execute(
        select(
            orm.Case.id,
            orm.Case.received_on,
            orm.Case.status,
            orm.Case.closed_on,
            orm.Case.mediation_due,
        ).where(orm.Case.id.in_(case_ids))
    )
    return {
        case_id: lim.CaseFacts(
            received_on,
            status,
            closed_on,
            mediation_due,
            agreement_signed_on=signed.get(case_id),
            unpaid_pay_by=unpaid.get(case_id),
            last_pay_by=last.get(case_id),
        )
        for case_id, received_on, status, closed_on, mediation_due in rows
    }


def _kinds(session: Session, case_ids: Sequence[int]) -> dict[int, list[ClaimCategory]]:
    found: dict[int, list[ClaimCategory]] = defaultdict(list)
    rows = session.execute(
        select(orm.Claim.applicant_id, orm.Claim.category).where(orm.Claim.case_id.in_(case_ids))
    )
    for applicant_id, category in rows:
        found[applicant_id].append(category)
    return found


def _events(session: Session, case_ids: Sequence[int]) -> list[orm.LimitationEvent]:
    return list(
        session.scalars(
            select(orm.LimitationEvent)
            .where(orm.LimitationEvent.case_id.in_(case_ids))
            .order_by(orm.LimitationEvent.occurred_on, orm.LimitationEvent.id)
        )
    )


def clock_event(row: orm.LimitationEvent) -> lim.ClockEvent:
    what = row.kind.label if row.kind.confirmed else f"{row.kind.label}（17号令第31条，待核实）"
    return lim.ClockEvent(
        row.occurred_on,
        what,
        suspends=row.kind.suspends,
        until=row.ended_on if row.kind.suspends else None,
    )


_PERSON_COLUMNS = (
    orm.Applicant.id,
    orm.Applicant.name,
    orm.Applicant.employment_start,
    orm.Applicant.employment_end,
    orm.Applicant.infringement_known_on,
)
"""What the clock reads of an applicant (a row of these, or the ORM object)."""


def _applicant_clocks(
    applicants: Iterable[Any],
    facts: lim.CaseFacts,
    kinds: dict[int, list[ClaimCategory]],
    events: Sequence[orm.LimitationEvent],
    rules: lim.LimitationRules,
    today: date,
) -> list[ApplicantClock]:
    derived = lim.case_events(facts, today)
    out = []
    for a in applicants:
        own = [
            clock_event(e)
            for e in events
            if e.applicant_id in (None, a.id) and e.kind in rules.counted
        ]
        clocks = tuple(
            lim.limitation_clock(
                kind,
                employment_end=a.employment_end,
                known_on=a.infringement_known_on,
                events=[*derived, *own],
                today=today,
            )
            for kind in lim.claim_kinds(kinds.get(a.id, []))
        )
        out.append(
            ApplicantClock(
                a.id,
                a.name,
                a.employment_start,
                a.employment_end,
                a.infringement_known_on,
                clocks,
            )
        )
    return out


def event_info(row: orm.LimitationEvent, name: str, rules: lim.LimitationRules) -> EventInfo:
    return EventInfo(
        row.id,
        row.case_id,
        row.applicant_id,
        name,
        row.kind,
        row.occurred_on,
        row.ended_on,
        row.note,
        row.operator,
        row.kind in rules.counted,
    )


def case_clock(session: Session, case: orm.Case, today: date) -> CaseClock:
    """Every applicant's clocks and the events recorded for the case."""
    facts = _facts(session, [case.id])[case.id]
    events = _events(session, [case.id])
    rules = load_rules(session)
    applicants = _applicant_clocks(
        case.applicants, facts, _kinds(session, [case.id]), events, rules, today
    )
    referred = _arbitration_referrals(session, case.id)
    applicants = [
        replace(a, referred_on=_referred_on(referred, a.applicant_id)) for a in applicants
    ]
    names = {a.id: a.name for a in case.applicants}
    infos = tuple(event_info(e, names.get(e.applicant_id or 0, ""), rules) for e in events)
    return CaseClock(case.id, case.number, lim.settled(facts), tuple(applicants), infos)


def _arbitration_referrals(session: Session, case_id: int) -> list[tuple[date, str]]:
    return [
        (day, ids)
        for day, ids in session.execute(
            select(orm.Referral.referred_on, orm.Referral.applicant_ids)
            .where(orm.Referral.case_id == case_id, orm.Referral.route == RouteKind.ARBITRATION)
            .order_by(orm.Referral.referred_on)
        )
    ]


def _referred_on(referrals: Sequence[tuple[date, str]], applicant_id: int) -> date | None:
    """The first arbitration referral for all applicants (ids empty) or naming this one."""
    for day, ids in referrals:
        if not ids.strip() or str(applicant_id) in ids.split(","):
            return day
    return None


# --------------------------------------------------------------------------
# Keeping applicants.limitation_due
# --------------------------------------------------------------------------


def refresh(session: Session, case_ids: Iterable[int]) -> int:
    """Recompute ``limitation_due`` of every applicant of these cases; returns how many changed.

    Reads rows and writes one executemany UPDATE (no ORM objects: 5,000 demo
    cases take 2.5 s, so 200,000 about 100 s); applicants already loaded in
    the session have the attribute expired so they read the new day.
    """
    ids = sorted(set(case_ids))
    rules = load_rules(session)
    changed: list[dict[str, Any]] = []
    for start in range(0, len(ids), _CHUNK):
        changed += _changed_days(session, ids[start : start + _CHUNK], rules)
    if changed:
        table = orm.Base.metadata.tables["applicants"]
        session.connection().execute(
            table.update()
            .where(table.c.id == bindparam("applicant"))
            .values(limitation_due=bindparam("due")),
            changed,
        )
        _expire_loaded(session, {c["applicant"] for c in changed})
    return len(changed)


def _changed_days(
    session: Session, chunk: Sequence[int], rules: lim.LimitationRules
) -> list[dict[str, Any]]:
    facts = _facts(session, chunk)
    kinds = _kinds(session, chunk)
    events: dict[int, list[orm.LimitationEvent]] = defaultdict(list)
    for e in _events(session, chunk):
        events[e.case_id].append(e)
    people: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(
        select(*_PERSON_COLUMNS, orm.Applicant.case_id, orm.Applicant.limitation_due)
        .where(orm.Applicant.case_id.in_(chunk))
        .order_by(orm.Applicant.id)
    ):
        people[row.case_id].append(row)
    voided = set(
        session.scalars(
            select(orm.Case.id).where(orm.Case.id.in_(chunk), orm.Case.voided_on.is_not(None))
        )
    )
    out = []
    for case_id, case_facts in facts.items():
        clocks = _applicant_clocks(
            people[case_id], case_facts, kinds, events[case_id], rules, _NO_DAY
        )
        quiet = case_id in voided or lim.settled(case_facts)
        for row, result in zip(people[case_id], clocks, strict=True):
            due = None if quiet else lim.earliest(result.clocks)
            if row.limitation_due != due:
                out.append({"applicant": row.id, "due": due})
    return out


def _expire_loaded(session: Session, applicant_ids: set[int]) -> None:
    for obj in list(session.identity_map.values()):
        if isinstance(obj, orm.Applicant) and obj.id in applicant_ids:
            session.expire(obj, ["limitation_due"])


def refresh_all(session: Session) -> int:
    """Fill ``limitation_due`` for the whole store (after the upgrade or a rules change)."""
    session.flush()
    with session.no_autoflush:
        return refresh(session, session.scalars(select(orm.Case.id)).all())


# --------------------------------------------------------------------------
# The to-do board
# --------------------------------------------------------------------------

BOARD_AFTER_DAYS = 30
"""A passed date stays on the board this many days (then nothing can be done about it)."""


def _referred_to_arbitration() -> Any:
    """The applicant's case went to arbitration, for this applicant or for all of them."""
    ids = literal(",") + orm.Referral.applicant_ids + literal(",")
    return exists().where(
        orm.Referral.case_id == orm.Applicant.case_id,
        orm.Referral.route == RouteKind.ARBITRATION,
        or_(
            orm.Referral.applicant_ids == "",
            ids.like(literal("%,") + cast(orm.Applicant.id, String) + literal(",%")),
        ),
    )


def limitation_items(session: Session, today: date) -> list[TodoItem]:
    """Applicants whose advisory limitation day is within 30 days or just passed.

    One range scan of ``ix_applicants_limitation_due``: the stored day is
    already empty for settled and voided cases; cases referred to arbitration
    are left out. One item per case and day, naming the workers.
    """
    rows = session.execute(
        select(
            orm.Case.id,
            orm.Case.number,
            orm.Case.respondent_summary,
            orm.Applicant.limitation_due,
            orm.Applicant.name,
        )
        .join(orm.Case, orm.Case.id == orm.Applicant.case_id)
        .where(
            orm.Applicant.limitation_due.between(
                today - timedelta(days=BOARD_AFTER_DAYS), today + timedelta(days=lim.WARNING_DAYS)
            ),
            orm.Case.voided_on.is_(None),
            ~_referred_to_arbitration(),
        )
        .order_by(orm.Applicant.case_id, orm.Applicant.seq)
    ).all()
    grouped: dict[tuple[int, str, str, date], list[str]] = defaultdict(list)
    for case_id, number, respondents, due, name in rows:
        if due is not None:  # always, by the condition; said for the type checker
            grouped[(case_id, number, respondents, due)].append(name)
    return [
        _item(case_id, number, respondents, due, names, today)
        for (case_id, number, respondents, due), names in grouped.items()
    ]


def _item(
    case_id: int, number: str, respondents: str, due: date, names: Sequence[str], today: date
) -> TodoItem:
    who = "、".join(names[:3]) + (f"等{len(names)}人" if len(names) > 3 else "")
    parties = f"{who} 与 {respondents}" if respondents else who
    overdue = due < today
    if overdue:
        head = f"仲裁时效可能已于{lim.cn_date(due)}届满（仅供参考）"
    else:
        head = f"仲裁时效将于{lim.cn_date(due)}届满，请提示申请人及时申请仲裁（仅供参考）"
    return TodoItem(TodoKind.LIMITATION, case_id, number, f"{head}：{parties}", due, overdue)


# Which attribute changes move a clock; for these models any insert or delete does.
_WATCHED: dict[type[Any], frozenset[str]] = {
    orm.Case: frozenset({"status", "received_on", "closed_on", "mediation_due", "voided_on"}),
    orm.Applicant: frozenset({"employment_end", "infringement_known_on"}),
    orm.Claim: frozenset({"category", "applicant_id"}),
    orm.Agreement: frozenset({"signed_on"}),
    orm.Instalment: frozenset({"settled", "pay_by"}),
    orm.LimitationEvent: frozenset({"kind", "occurred_on", "ended_on", "applicant_id"}),
    orm.Setting: frozenset({"value"}),
}


def _case_of(obj: Any) -> int | None:
    return obj.id if isinstance(obj, orm.Case) else getattr(obj, "case_id", None)


def _moved(obj: Any) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in _WATCHED[type(obj)])


@event.listens_for(Session, "after_flush")
def _note_changed_cases(session: Session, _context: Any) -> None:
    pending: set[int] = session.info.setdefault("limitation_cases", set())
    for obj in (*session.new, *session.deleted):
        if type(obj) in _WATCHED and not isinstance(obj, (orm.Case, orm.Setting)):
            pending.add(_case_of(obj) or 0)
        elif isinstance(obj, orm.Case) and obj in session.new:
            pending.add(obj.id)
        elif isinstance(obj, orm.Setting) and obj.key == RULES_KEY:
            session.info["limitation_all"] = True
    for obj in session.dirty:
        if type(obj) in _WATCHED and _moved(obj):
            if not isinstance(obj, orm.Setting):
                pending.add(_case_of(obj) or 0)
            elif obj.key == RULES_KEY:
                session.info["limitation_all"] = True
    pending.discard(0)


@event.listens_for(Session, "after_flush_postexec")
def _refresh_changed_cases(session: Session, _context: Any) -> None:
    everything = session.info.pop("limitation_all", False)
    pending = session.info.pop("limitation_cases", set())
    if not (pending or everything):
        return
    with session.no_autoflush:
        refresh(session, session.scalars(select(orm.Case.id)) if everything else pending)
