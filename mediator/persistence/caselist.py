"""The case list: filtered, sorted id lists and the rows behind them.

The list model in the GUI asks for all matching ids once (a single indexed
query, cheap even for 200,000 cases) and then fetches the visible rows in
small batches by id. Everything is plain SQL that PostgreSQL runs too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from mediator.domain.enums import OPEN_STATUSES, CaseStatus, Category, MediatorRole
from mediator.persistence import orm
from mediator.persistence.cases import search_condition


class SortKey(Enum):
    RECEIVED = "received"
    NUMBER = "number"
    STATUS = "status"
    CATEGORY = "category"
    APPLICANTS = "applicants"
    RESPONDENTS = "respondents"
    CLAIMED = "claimed"
    MEDIATION_DUE = "mediation_due"


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    statuses: frozenset[CaseStatus] = frozenset()
    categories: frozenset[Category] = frozenset()
    received_from: date | None = None
    received_to: date | None = None
    mediator_id: int | None = None
    overdue_only: bool = False
    collective_only: bool = False
    include_voided: bool = False


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list, frozen so Qt's ``data()`` never touches the ORM."""

    id: int
    number: str
    received_on: date
    status: CaseStatus
    category: Category
    applicant_summary: str
    applicant_count: int
    respondent_summary: str
    claimed_total: Decimal
    acceptance_due: date
    mediation_due: date
    is_collective: bool
    lead_mediator: str
    voided: bool

    def acceptance_overdue(self, today: date) -> bool:
        return self.status is CaseStatus.RECEIVED and self.acceptance_due < today

    def mediation_overdue(self, today: date) -> bool:
        return self.status in OPEN_STATUSES and self.mediation_due < today

    def is_overdue(self, today: date) -> bool:
        return self.acceptance_overdue(today) or self.mediation_overdue(today)


@dataclass
class _Clauses:
    where: list[Any] = field(default_factory=list)
    search: list[Any] = field(default_factory=list)

    @property
    def joins_search(self) -> bool:
        return bool(self.search)


def overdue_condition(today: date) -> object:
    return or_(
        and_(orm.Case.status == CaseStatus.RECEIVED, orm.Case.acceptance_due < today),
        and_(orm.Case.status.in_(OPEN_STATUSES), orm.Case.mediation_due < today),
    )


def _clauses(flt: CaseFilter, today: date) -> _Clauses:
    c = _Clauses()
    if flt.text.strip():
        c.search.extend(search_condition(flt.text))
    if flt.statuses:
        c.where.append(orm.Case.status.in_(sorted(flt.statuses)))
    if flt.categories:
        c.where.append(orm.Case.category.in_(sorted(flt.categories)))
    if flt.received_from:
        c.where.append(orm.Case.received_on >= flt.received_from)
    if flt.received_to:
        c.where.append(orm.Case.received_on <= flt.received_to)
    if flt.mediator_id is not None:
        c.where.append(
            orm.Case.id.in_(
                select(orm.CaseMediator.case_id).where(orm.CaseMediator.user_id == flt.mediator_id)
            )
        )
    if flt.overdue_only:
        c.where.append(overdue_condition(today))
    if flt.collective_only:
        c.where.append(orm.Case.is_collective.is_(True))
    if not flt.include_voided:
        c.where.append(orm.Case.voided_on.is_(None))
    return c


_ORDER = {
    SortKey.RECEIVED: (orm.Case.received_on, orm.Case.id),
    SortKey.NUMBER: (orm.Case.number_year, orm.Case.number_seq, orm.Case.id),
    SortKey.STATUS: (orm.Case.status, orm.Case.id),
    SortKey.CATEGORY: (orm.Case.category, orm.Case.id),
    SortKey.APPLICANTS: (orm.Case.applicant_summary, orm.Case.id),
    SortKey.RESPONDENTS: (orm.Case.respondent_summary, orm.Case.id),
    SortKey.CLAIMED: (orm.Case.claimed_total, orm.Case.id),
    SortKey.MEDIATION_DUE: (orm.Case.mediation_due, orm.Case.id),
}


def id_query(flt: CaseFilter, today: date, sort: SortKey, descending: bool) -> Select[Any]:
    clauses = _clauses(flt, today)
    if clauses.joins_search:
        # A subquery, not a join: SQLite scans the narrow search table once
        # instead of probing it for every case in list order.
        matching = select(orm.CaseSearch.case_id).where(*clauses.search)
        clauses.where.append(orm.Case.id.in_(matching))
    query = select(orm.Case.id).where(*clauses.where)
    columns = _ORDER[sort]
    return query.order_by(*(col.desc() if descending else col.asc() for col in columns))


def case_ids(
    session: Session,
    flt: CaseFilter,
    today: date,
    sort: SortKey = SortKey.RECEIVED,
    descending: bool = True,
) -> list[int]:
    result = session.connection().execute(id_query(flt, today, sort, descending))
    # Read the DBAPI cursor directly: for 200,000 plain integers SQLAlchemy's
    # per-row result processing costs more than the query itself.
    return [row[0] for row in result.cursor.fetchall()]


def fetch_rows(session: Session, ids: Sequence[int]) -> dict[int, CaseRow]:
    """The list rows for ``ids`` (one batch of the visible part of the list)."""
    if not ids:
        return {}
    lead_name = (
        select(orm.User.name)
        .join(orm.CaseMediator, orm.CaseMediator.user_id == orm.User.id)
        .where(orm.CaseMediator.case_id == orm.Case.id, orm.CaseMediator.role == MediatorRole.LEAD)
        .limit(1)
        .scalar_subquery()
    )
    plain = [
        "id",
        "number",
        "received_on",
        "status",
        "category",
        "applicant_summary",
        "applicant_count",
        "respondent_summary",
        "claimed_total",
        "acceptance_due",
        "mediation_due",
        "is_collective",
    ]
    query = select(
        *(getattr(orm.Case, name) for name in plain),
        lead_name.label("lead_mediator"),
        orm.Case.voided_on,
    ).where(orm.Case.id.in_(list(ids)))
    rows = {}
    for r in session.execute(query).mappings():
        values = {name: r[name] for name in plain}
        rows[r["id"]] = CaseRow(
            **values, lead_mediator=r["lead_mediator"] or "", voided=r["voided_on"] is not None
        )
    return rows
