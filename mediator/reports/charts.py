"""The data of the report's charts: twelve months of intake and closings, categories, money.

Three pictures, each read at a glance (issue 7):

* cases received and closed in each of the last twelve reporting months
  (calendar months or 21st-20th, as the office counts);
* the share of each primary category among the cases received in the period
  (taken from the period's tally, so the chart and the table agree, also for
  a period reported as sent);
* the amounts agreed and paid in each of those twelve months.

A month reported to the district (已报送) is drawn with its figures as sent,
like its table (``with_sent``), so a bar never disagrees with the report the
district has; the chart's note says so.

Each month series is one SQL query that buckets a date column into the twelve
months with ``CASE``: four queries for the whole chart set, whatever the
number of cases. The month figures follow the tally's counting rules (they
reuse its conditions), so a month's bar equals that month's tally total.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    case,
    distinct,
    exists,
    func,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session, aliased

from mediator.domain.enums import Category
from mediator.domain.money import from_fen
from mediator.domain.workflow import CLOSED_STATUSES
from mediator.domain.workflow_enums import Action, TermKind
from mediator.persistence import orm
from mediator.reports.periods import MonthBoundary, Period, months_ending, range_period
from mediator.reports.tally import Tally, closing_not_new, received_in

C = orm.Case
AG = orm.Agreement
T = orm.AgreementTerm
R = orm.Receipt
RA = orm.ReceiptAllocation
SC = orm.StatusChange

MONTHS = 12


@dataclass(frozen=True)
class MonthPoint:
    """One reporting month of the twelve."""

    period: Period
    received: int
    closed: int
    agreed: Decimal
    paid: Decimal
    sent: bool = False
    """The month was reported: these are its figures as sent."""

    @property
    def label(self) -> str:
        """The axis label, e.g. "10月" (the chart's title names the years)."""
        return f"{self.period.number}月"


@dataclass(frozen=True)
class CategoryShare:
    category: Category
    count: int
    share: Decimal
    """A fraction of all cases counted (0.25 = 25 %); 0 when there are none."""


@dataclass(frozen=True)
class ChartData:
    period: Period
    """The report's period (the category shares are of it)."""
    months: tuple[MonthPoint, ...]
    shares: tuple[CategoryShare, ...]
    """Every category with at least one case, the largest first."""

    @property
    def months_span(self) -> str:
        """ "2025年11月至2026年10月": the twelve months the month charts cover."""
        first, last = self.months[0].period, self.months[-1].period
        return f"{first.label}至{last.label}"

    @property
    def months_note(self) -> str:
        """The note of the month charts: the months covered, and which are drawn as sent."""
        if not any(m.sent for m in self.months):
            return self.months_span
        return f"{self.months_span}（已报送的月份按报送数）"

    @property
    def received_in_period(self) -> int:
        return sum(s.count for s in self.shares)

    @property
    def money_divisor(self) -> Decimal:
        """10,000 (amounts shown in 万元) once a month reaches 100,000 yuan, else 1 (元)."""
        top = max((max(m.agreed, m.paid) for m in self.months), default=Decimal(0))
        return Decimal(10000) if top >= 100000 else Decimal(1)


# -- queries ------------------------------------------------------------------------------------


def _bucket(column: Any, months: Sequence[Period]) -> Any:
    """The index (0-11) of the month ``column`` falls in; NULL outside them."""
    return case(
        *[(and_(column >= m.start, column <= m.end), i) for i, m in enumerate(months)],
        else_=None,
    )


def _within(column: Any, months: Sequence[Period]) -> ColumnElement[bool]:
    return and_(column >= months[0].start, column <= months[-1].end)


def _received(session: Session, months: Sequence[Period]) -> list[int]:
    bucket = _bucket(C.received_on, months).label("month")
    query = (
        select(bucket, func.count())
        .where(received_in(range_period(months[0].start, months[-1].end)))
        .group_by(bucket)
    )
    out = [0] * len(months)
    for index, count in session.execute(query):
        if index is not None:
            out[int(index)] = int(count)
    return out


def _month_end(column: Any, months: Sequence[Period]) -> Any:
    """The last day of the month ``column`` falls in."""
    return case(*[(and_(column >= m.start, column <= m.end), m.end) for m in months], else_=None)


def _closed(session: Session, months: Sequence[Period]) -> list[int]:
    """The tally's closings (``tally.closed_in``) of each month, in one pass over the history.

    A month's closings are the cases whose current closing falls in it (not an
    agreement's later non-performance, which is no new closing), and the
    earlier closings from the history, later superseded, that fell in it and
    were not undone by a reopening by the month's end. Asking ``closed_in``
    once per month would scan the history twelve times over.
    """
    sc, nxt, reo = aliased(SC), aliased(SC), aliased(SC)
    current = select(C.id.label("case_id"), _bucket(C.closed_on, months).label("month")).where(
        C.voided_on.is_(None),
        C.status.in_(CLOSED_STATUSES),
        _within(C.closed_on, months),
        ~closing_not_new(),
    )
    earlier = (
        select(sc.case_id.label("case_id"), _bucket(sc.changed_on, months).label("month"))
        .join(C, C.id == sc.case_id)
        .where(
            C.voided_on.is_(None),
            sc.to_status.in_(CLOSED_STATUSES),
            sc.from_status.not_in(CLOSED_STATUSES),
            _within(sc.changed_on, months),
            exists().where(nxt.case_id == sc.case_id, nxt.id > sc.id),
            ~exists().where(
                reo.case_id == sc.case_id,
                reo.id > sc.id,
                reo.action == Action.REOPEN,
                reo.changed_on <= _month_end(sc.changed_on, months),
            ),
        )
    )
    closings = union(current, earlier).subquery()
    query = select(closings.c.month, func.count(distinct(closings.c.case_id))).group_by(
        closings.c.month
    )
    out = [0] * len(months)
    for index, count in session.execute(query):
        if index is not None:
            out[int(index)] = int(count)
    return out


def _fen_by_month(session: Session, query: Any, months: Sequence[Period]) -> list[Decimal]:
    out = [Decimal("0.00")] * len(months)
    for index, fen in session.execute(query):
        if index is not None:
            out[int(index)] = from_fen(int(fen or 0))
    return out


def _agreed(session: Session, months: Sequence[Period]) -> list[Decimal]:
    """Payment terms of the agreements signed in each month, supplements included."""
    bucket = _bucket(AG.signed_on, months).label("month")
    query = (
        select(bucket, func.sum(type_coerce(T.amount, Integer)))
        .select_from(T)
        .join(AG, AG.id == T.agreement_id)
        .join(C, C.id == T.case_id)
        .where(
            T.kind == TermKind.PAYMENT,
            T.amount.is_not(None),
            _within(AG.signed_on, months),
            C.voided_on.is_(None),
        )
        .group_by(bucket)
    )
    return _fen_by_month(session, query, months)


def _paid(session: Session, months: Sequence[Period]) -> list[Decimal]:
    """What the receipts of each month paid towards the agreed instalments."""
    bucket = _bucket(R.received_on, months).label("month")
    query = (
        select(bucket, func.sum(type_coerce(RA.amount, Integer)))
        .select_from(RA)
        .join(R, R.id == RA.receipt_id)
        .join(C, C.id == RA.case_id)
        .where(_within(R.received_on, months), C.voided_on.is_(None))
        .group_by(bucket)
    )
    return _fen_by_month(session, query, months)


def category_shares(tally: Tally) -> tuple[CategoryShare, ...]:
    """The categories of the cases received in the tally's period, the largest first."""
    counts = [(c, int(f["received"])) for c, f in tally.by_category.items()]
    total = sum(n for _, n in counts)
    shares = [
        CategoryShare(c, n, Decimal(n) / Decimal(total) if total else Decimal(0))
        for c, n in counts
        if n
    ]
    order = list(Category)
    shares.sort(key=lambda s: (-s.count, order.index(s.category)))
    return tuple(shares)


def chart_data(
    session: Session,
    tally: Tally,
    boundary: MonthBoundary = MonthBoundary.CALENDAR,
    last_day: date | None = None,
) -> ChartData:
    """The charts of ``tally``'s report: the twelve months up to the one its period ends in.

    ``last_day`` (default: the period's last day) picks the last of the twelve months.
    """
    months = months_ending(last_day or tally.period.end, boundary, MONTHS)
    points = zip(
        months,
        _received(session, months),
        _closed(session, months),
        _agreed(session, months),
        _paid(session, months),
        strict=True,
    )
    return ChartData(
        tally.period,
        tuple(MonthPoint(*values) for values in points),
        category_shares(tally),
    )


def with_sent(data: ChartData, sent: Mapping[Period, Tally]) -> ChartData:
    """``data`` with each month of ``sent`` (reported months) drawn with its figures as sent."""
    months = []
    for point in data.months:
        tally = sent.get(point.period)
        if tally is None:
            months.append(point)
            continue
        total = tally.total
        months.append(
            MonthPoint(
                point.period,
                int(total["received"]),
                int(total["closed"]),
                Decimal(total["amount_agreed"]),
                Decimal(total["amount_paid"]),
                sent=True,
            )
        )
    return replace(data, months=tuple(months))
