"""Storage of referrals (issue 6): arbitration committees, referrals of every route, outcomes.

Functions here take an open ``Session`` and return frozen records; the use
cases in ``referral_services`` own the transactions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain.routes import DeliveryMethod, OutcomeKind, RouteKind
from mediator.persistence import orm


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
