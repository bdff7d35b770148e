"""Storage of referrals (issue 6): arbitration committees, referrals of every route, outcomes.

Functions here take an open ``Session`` and return frozen records; the use
cases in ``referral_services`` own the transactions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from mediator.domain import routes
from mediator.domain.enums import CaseStatus
from mediator.domain.routes import DeliveryMethod, OutcomeKind, RouteKind
from mediator.domain.workflow_enums import TodoKind
from mediator.persistence import orm
from mediator.persistence.todo import TodoItem


@dataclass(frozen=True)
class CommitteeInfo:
    id: int
    name: str
    address: str
    phone: str
    jurisdiction: str
    """Place names the committee covers (used to suggest it)."""


@dataclass(frozen=True)
class OutcomeInfo:
    id: int
    kind: OutcomeKind
    decided_on: date
    body_case_number: str
    note: str


@dataclass(frozen=True)
class ReferralInfo:
    id: int
    case_id: int
    route: RouteKind
    referred_on: date
    body: str
    committee: CommitteeInfo | None
    method: DeliveryMethod
    enclosures: tuple[str, ...]
    receipt: str
    applicant_ids: tuple[int, ...]
    """The applicants the referral is for; empty means all of them."""
    outcomes: tuple[OutcomeInfo, ...]
    note: str

    @property
    def latest_outcome(self) -> OutcomeInfo | None:
        return self.outcomes[-1] if self.outcomes else None


@dataclass(frozen=True)
class CommitteeData:
    name: str
    address: str = ""
    phone: str = ""
    jurisdiction: str = ""


@dataclass(frozen=True)
class ReferralData:
    route: RouteKind
    referred_on: date
    method: DeliveryMethod
    committee_id: int | None = None
    body: str = ""
    """The receiving body; empty takes the committee's name."""
    enclosures: tuple[str, ...] = ()
    receipt: str = ""
    applicant_ids: tuple[int, ...] = ()
    """Empty: all applicants."""
    note: str = ""


@dataclass(frozen=True)
class OutcomeData:
    kind: OutcomeKind
    decided_on: date
    body_case_number: str = ""
    note: str = ""


def committee_info(row: orm.ArbitrationCommittee) -> CommitteeInfo:
    return CommitteeInfo(row.id, row.name, row.address, row.phone, row.jurisdiction)


def outcome_info(row: orm.ReferralOutcome) -> OutcomeInfo:
    return OutcomeInfo(row.id, row.kind, row.decided_on, row.body_case_number, row.note)


def join_ids(ids: tuple[int, ...]) -> str:
    return ",".join(str(i) for i in ids)


def split_ids(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part)


def referral_info(session: Session, row: orm.Referral) -> ReferralInfo:
    committee = (
        session.get(orm.ArbitrationCommittee, row.committee_id)
        if row.committee_id is not None
        else None
    )
    return ReferralInfo(
        id=row.id,
        case_id=row.case_id,
        route=row.route,
        referred_on=row.referred_on,
        body=row.body,
        committee=committee_info(committee) if committee is not None else None,
        method=row.method,
        enclosures=tuple(line for line in row.enclosures.splitlines() if line.strip()),
        receipt=row.receipt,
        applicant_ids=split_ids(row.applicant_ids),
        outcomes=tuple(outcome_info(o) for o in row.outcomes),
        note=row.note,
    )


def committees(session: Session) -> list[CommitteeInfo]:
    rows = session.scalars(select(orm.ArbitrationCommittee).order_by(orm.ArbitrationCommittee.name))
    return [committee_info(row) for row in rows]


def referrals(session: Session, case_id: int) -> list[ReferralInfo]:
    rows = session.scalars(
        select(orm.Referral)
        .where(orm.Referral.case_id == case_id)
        .order_by(orm.Referral.referred_on, orm.Referral.id)
    )
    return [referral_info(session, row) for row in rows]


# --------------------------------------------------------------------------
# The to-do board
# --------------------------------------------------------------------------

OUTCOME_WAIT_DAYS = 30
"""An arbitration referral with no outcome recorded this many days later shows on the board.

The committee decides on acceptance within 5 days and the award within 45
days of acceptance (domain.md §1.12); after a month the office should at
least know whether the case was accepted.
"""


def _case_columns() -> tuple[Any, Any, Any, Any]:
    return (
        orm.Case.id,
        orm.Case.number,
        orm.Case.applicant_summary,
        orm.Case.respondent_summary,
    )


def _parties(applicants: str, respondents: str) -> str:
    return f"{applicants} 与 {respondents}" if respondents else applicants


def window_items(session: Session, today: date) -> list[TodoItem]:
    """Signed agreements whose 15- or 30-day window is open and not yet used (one query each)."""
    items = []
    for kind in (RouteKind.ARBITRAL_REVIEW, RouteKind.JUDICIAL_CONFIRMATION):
        first_day = today - timedelta(days=routes.WINDOW_DAYS[kind])
        used = exists().where(
            orm.Referral.case_id == orm.Agreement.case_id, orm.Referral.route == kind
        )
        rows = session.execute(
            select(*_case_columns(), orm.Agreement.signed_on, orm.Case.status)
            .join(orm.Case, orm.Case.id == orm.Agreement.case_id)
            .where(
                orm.Agreement.signed_on.between(first_day, today),
                orm.Agreement.supplements_id.is_(None),
                orm.Case.voided_on.is_(None),
                ~used,
            )
        )
        for case_id, number, applicants, respondents, signed_on, status in rows:
            # Checked here, not in SQL, so the planner starts from the signing-date
            # index (a month of agreements) rather than from every agreed case.
            if status is not CaseStatus.AGREED:
                continue
            last = routes.window_deadline(signed_on, kind)
            title = (
                f"{kind.label}申请期限至{last.month}月{last.day}日"
                f"（协议{signed_on.month}月{signed_on.day}日生效，双方共同申请）："
                f"{_parties(applicants, respondents)}"
            )
            items.append(
                TodoItem(TodoKind.CONFIRMATION_WINDOW, case_id, number, title, last, False)
            )
    return items


def pending_items(session: Session, today: date) -> list[TodoItem]:
    """Arbitration referrals made ``OUTCOME_WAIT_DAYS`` ago or more with no outcome recorded."""
    cutoff = today - timedelta(days=OUTCOME_WAIT_DAYS)
    has_outcome = exists().where(orm.ReferralOutcome.referral_id == orm.Referral.id)
    rows = session.execute(
        select(*_case_columns(), orm.Referral.referred_on, orm.Referral.body)
        .join(orm.Case, orm.Case.id == orm.Referral.case_id)
        .where(
            orm.Referral.route == RouteKind.ARBITRATION,
            orm.Referral.referred_on <= cutoff,
            orm.Case.voided_on.is_(None),
            ~has_outcome,
        )
    )
    items = []
    for case_id, number, applicants, respondents, referred_on, body in rows:
        due = referred_on + timedelta(days=OUTCOME_WAIT_DAYS)
        title = (
            f"{referred_on.month}月{referred_on.day}日转介{body}，尚未登记仲裁结果，请联系了解："
            f"{_parties(applicants, respondents)}"
        )
        items.append(TodoItem(TodoKind.REFERRAL_PENDING, case_id, number, title, due, due < today))
    return items


def referral_items(session: Session, today: date) -> list[TodoItem]:
    return window_items(session, today) + pending_items(session, today)
