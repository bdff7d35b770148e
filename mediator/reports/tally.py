"""The monthly tally (月报): every figure by primary category and in total, with SQL aggregates.

Each figure is defined once, as a condition builder over ``cases`` (or its
applicants, agreements); ``compute_tally`` sums those conditions with
``GROUP BY category`` and ``case_ids`` selects the ids matching the very same
condition, so a figure and its drill-down cannot drift apart. Nothing loops
over cases in Python; the status history is read through uncorrelated
sub-selects that the database evaluates once per query.

Counting rules (domain.md 3.2, 3.3)
-----------------------------------
* **Voided cases** (``voided_on`` set: register mistakes) count nowhere.
* **Received** (收案): ``received_on`` in the period. **Accepted** (受理):
  ``accepted_on`` in the period. Workers (劳动者人数), migrant workers, women,
  collective cases (``is_collective``: 10 or more workers) and their workers,
  and the amount claimed (涉案金额, the intake claims ``claimed_total``) all
  belong to the cases *received* in the period, so each case adds its workers
  and its claim exactly once, in the period it came in.
* **Closings.** A case is closed in the period when it reached a closed status
  (达成协议, 调解不成, 撤回, 拒绝调解, 不予受理) on a day of the period and that
  closing was not undone by a reopening on or before the period's last day.
  The closing is the case's current one (``status``, ``closed_on``,
  ``closure_reason``), or an earlier one from ``status_changes`` that a later
  reopening superseded. Hence:

  - a case closed in October and reopened in November counts as closed in
    October (the October figures do not change afterwards), is open again
    from November, and counts as closed again in the period it closes again;
  - a case closed and reopened within the same period counts only with the
    closing that stands at the period's end (or as pending, if none does);
  - so a case counts at most once among the closings of one period.
  - A termination for non-performance after an agreement (达成协议 → 调解不成,
    协议未按期履行) is not a new closing: the case closed when the agreement
    was signed and counts there, as closed by agreement.

  The outcome is the status reached by that closing; 调解不成 includes the
  time-outs (reason ``overdue``, also shown on their own as 其中：逾期).
* **Open at a day** (end of that day): received on or before it, and not
  closed by a closing on or before it that was still standing at that day.
  **Carried over** (上期未结) = open at the day before the period starts;
  **pending at the end** (期末未结) = open at its last day. For every category
  carried over + received − closed = pending at the end, as long as no case
  reopened in the period (a reopening adds a case back to the pending ones).
* **Overdue at the end** (期末超期): pending at the end, and past its deadline
  on the last day: the mediation deadline (``mediation_due``, as stored now,
  extensions included) if accepted by then, else the acceptance deadline.
* **Agreements** (达成协议数): cases with a main agreement (not a supplement)
  signed in the period. **Amount agreed** (协议金额): the payment terms of all
  agreements signed in the period, supplements included, by signing date.
* **Amount paid** (已履行金额): the part of each receipt (``receipts``, issue 5)
  received in the period that went to the agreed instalments, i.e. the sum of
  its ``receipt_allocations``, by the case's primary category. The
  allocations are rebuilt from all receipts on every change, so a corrected
  receipt counts as corrected and a deleted one not at all; an over-payment
  recorded with an override reason (late interest, ...) counts only up to what
  was due. An advance from a wage guarantee or emergency fund
  (``ADVANCE_METHOD``) counts as paid: the workers received the money.
* **Amount due** (本期应履行金额): the workers' shares (``instalment_shares``)
  of the instalments whose last day to pay (``pay_by``, a due date on a day
  off moved to the next working day) falls in the period, whenever the
  agreement was signed. **Of which paid by the end** (其中期末前已履行): the
  allocations to those same shares from receipts received on or before the
  period's last day, early payments included; money paid after the period's
  end counts in no period's figure of this kind. As allocations never exceed a
  share, an over-payment (even one with an override reason) adds nothing.
* **Rates.** Success rate (调解成功率) = closed by agreement ÷ the selected
  denominator, by default all closed cases (结案数, domain.md 3.3; not the
  cases received). Fulfilment rate (履行率) = of which paid by the end ÷
  amount due: 本期到期应履行金额中，截至期末已履行的比例 (so at most 100 %;
  amount paid ÷ amount agreed would divide money paid under earlier
  agreements by the period's new agreements).
  A rate with a zero denominator is ``None`` (printed as "—").
* **Referrals to arbitration** (移送仲裁, issue 6): cases with a referral to an
  arbitration committee dated in the period; their outcomes (仲裁已受理,
  仲裁裁决, 仲裁调解, 撤回仲裁申请) count the cases with such an outcome of an
  arbitration referral dated in the period, whenever the referral was made.
  A case referred twice in a period counts once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    exists,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from mediator.domain.enums import CaseStatus, Category, Sex
from mediator.domain.money import from_fen
from mediator.domain.routes import OutcomeKind, RouteKind
from mediator.domain.workflow import CLOSED_STATUSES
from mediator.domain.workflow_enums import Action, FailureReason, TermKind
from mediator.persistence import orm
from mediator.reports.periods import Period

C = orm.Case
A = orm.Applicant
SC = orm.StatusChange
AG = orm.Agreement
T = orm.AgreementTerm
R = orm.Receipt
RA = orm.ReceiptAllocation
IN = orm.Instalment
IS = orm.InstalmentShare
RF = orm.Referral
RO = orm.ReferralOutcome

ZERO = Decimal("0")
Value = int | Decimal


class Denominator(StrEnum):
    """What the success rate divides by (domain.md 3.3: selectable, 结案 by default)."""

    CLOSED = "closed"
    CLOSED_AFTER_ACCEPTANCE = "closed_after_acceptance"

    @property
    def label(self) -> str:
        if self is Denominator.CLOSED:
            return "结案数"
        return "结案数（不含不予受理）"


# -- condition builders (shared by the aggregates and the drill-down) ------------------------


def _live() -> ColumnElement[bool]:
    return C.voided_on.is_(None)


def _in(column: Any, period: Period) -> ColumnElement[bool]:
    return and_(column >= period.start, column <= period.end)


def received_in(period: Period) -> ColumnElement[bool]:
    return and_(_live(), _in(C.received_on, period))


def accepted_in(period: Period) -> ColumnElement[bool]:
    return and_(_live(), _in(C.accepted_on, period))


def collective_received_in(period: Period) -> ColumnElement[bool]:
    return and_(received_in(period), C.is_collective.is_(True))


def _superseded_closings(
    statuses: tuple[CaseStatus, ...],
    *,
    reason: str | None,
    since: Any,
    until: Any,
    standing_at: Any,
    new_only: bool,
) -> Select[Any]:
    """Case ids with an earlier closing (from the history) that a later change superseded.

    The closing is dated ``since .. until``, was not undone by a reopening on or
    before ``standing_at``; ``new_only`` leaves out closed → closed changes.
    """
    sc, nxt, reo = aliased(SC), aliased(SC), aliased(SC)
    conditions = [
        sc.to_status.in_(statuses),
        sc.changed_on <= until,
        exists().where(nxt.case_id == sc.case_id, nxt.id > sc.id),
        ~exists().where(
            reo.case_id == sc.case_id,
            reo.id > sc.id,
            reo.action == Action.REOPEN,
            reo.changed_on <= standing_at,
        ),
    ]
    if since is not None:
        conditions.append(sc.changed_on >= since)
    if reason is not None:
        conditions.append(sc.reason == reason)
    if new_only:
        conditions.append(sc.from_status.not_in(CLOSED_STATUSES))
    return select(sc.case_id).where(*conditions)


def closing_not_new() -> ColumnElement[bool]:
    """The case's current closing is a closed → closed change (an agreement not performed).

    A correlated ``EXISTS`` on the case's own history (indexed by case): the
    row-value ``(id, closed_on) NOT IN (...)`` it replaces took SQLite 15 s on
    200,000 cases with 380,000 status changes.
    """
    return exists().where(
        SC.case_id == C.id,
        SC.changed_on == C.closed_on,
        SC.from_status.in_(CLOSED_STATUSES),
        SC.to_status.in_(CLOSED_STATUSES),
    )


def closed_in(
    period: Period,
    statuses: tuple[CaseStatus, ...] = CLOSED_STATUSES,
    reason: str | None = None,
) -> ColumnElement[bool]:
    """Closed in the period with one of ``statuses`` (see the module's counting rules)."""
    current = and_(
        C.status.in_(statuses),
        _in(C.closed_on, period),
        ~closing_not_new(),
    )
    if reason is not None:
        current = and_(current, C.closure_reason == reason)
    earlier = C.id.in_(
        _superseded_closings(
            statuses,
            reason=reason,
            since=period.start,
            until=period.end,
            standing_at=period.end,
            new_only=True,
        )
    )
    return and_(_live(), or_(current, earlier))


def _closed_at(day: Any) -> ColumnElement[bool]:
    current = and_(C.status.in_(CLOSED_STATUSES), C.closed_on <= day)
    earlier = C.id.in_(
        _superseded_closings(
            CLOSED_STATUSES, reason=None, since=None, until=day, standing_at=day, new_only=False
        )
    )
    return or_(current, earlier)


def open_at(day: Any) -> ColumnElement[bool]:
    """Open at the end of ``day``."""
    return and_(_live(), C.received_on <= day, ~_closed_at(day))


def carried_over(period: Period) -> ColumnElement[bool]:
    return open_at(period.start - timedelta(days=1))


def pending_end(period: Period) -> ColumnElement[bool]:
    return open_at(period.end)


def overdue_end(period: Period) -> ColumnElement[bool]:
    day = period.end
    accepted = and_(C.accepted_on.is_not(None), C.accepted_on <= day)
    late = or_(
        and_(accepted, C.mediation_due < day),
        and_(~accepted, C.acceptance_due < day),
    )
    return and_(open_at(day), late)


def agreement_signed_in(period: Period) -> ColumnElement[bool]:
    """The case has a main agreement signed in the period."""
    main = select(AG.case_id).where(AG.supplements_id.is_(None), _in(AG.signed_on, period))
    return and_(_live(), C.id.in_(main))


def _terms_signed_in(period: Period) -> ColumnElement[bool]:
    """Payment terms of agreements (supplements included) signed in the period."""
    return and_(T.kind == TermKind.PAYMENT, _in(AG.signed_on, period), T.amount.is_not(None))


def agreed_amount_in(period: Period) -> ColumnElement[bool]:
    terms = select(T.case_id).join(AG, AG.id == T.agreement_id).where(_terms_signed_in(period))
    return and_(_live(), C.id.in_(terms))


def _allocations_paid_in(period: Period) -> ColumnElement[bool]:
    """Allocations (to agreed instalments) of receipts received in the period."""
    return and_(RA.receipt_id == R.id, _in(R.received_on, period))


def paid_in(period: Period) -> ColumnElement[bool]:
    """The case received money under its agreements in the period (已履行金额)."""
    paid = select(RA.case_id).select_from(RA).join(R, R.id == RA.receipt_id)
    paid = paid.where(_in(R.received_on, period), RA.amount != 0)
    return and_(_live(), C.id.in_(paid))


def due_in(period: Period) -> ColumnElement[bool]:
    """The case has money falling due in the period (本期应履行金额)."""
    due = select(IS.case_id).join(IN, IN.id == IS.instalment_id)
    due = due.where(_in(IN.pay_by, period), IS.amount != 0)
    return and_(_live(), C.id.in_(due))


def _due_paid_by_end(period: Period) -> ColumnElement[bool]:
    """Allocations to shares due in the period from receipts received by its last day.

    For a query joining the allocations ``RA`` to their share, instalment and receipt.
    """
    return and_(_in(IN.pay_by, period), R.received_on <= period.end)


def due_paid_in(period: Period) -> ColumnElement[bool]:
    """Some of the money falling due in the period was paid by its last day (其中期末前已履行)."""
    paid = (
        select(RA.case_id)
        .select_from(RA)
        .join(IS, IS.id == RA.share_id)
        .join(IN, IN.id == IS.instalment_id)
        .join(R, R.id == RA.receipt_id)
        .where(_due_paid_by_end(period), RA.amount != 0)
    )
    return and_(_live(), C.id.in_(paid))


def referred_to_arbitration_in(period: Period) -> ColumnElement[bool]:
    """The case was referred to an arbitration committee on a day of the period (移送仲裁)."""
    referred = select(RF.case_id).where(
        RF.route == RouteKind.ARBITRATION, _in(RF.referred_on, period)
    )
    return and_(_live(), C.id.in_(referred))


ARBITRATION_OUTCOMES = (
    OutcomeKind.ACCEPTED,
    OutcomeKind.AWARD,
    OutcomeKind.ARBITRATION_MEDIATION,
    OutcomeKind.WITHDRAWN,
)
"""The outcomes of arbitration referrals the tally counts."""


def _arbitration_outcome(kind: OutcomeKind) -> CaseCondition:
    """The case's arbitration referral had outcome ``kind`` dated in the period."""

    def condition(period: Period) -> ColumnElement[bool]:
        decided = (
            select(RO.case_id)
            .join(RF, RF.id == RO.referral_id)
            .where(RO.kind == kind, _in(RO.decided_on, period), RF.route == RouteKind.ARBITRATION)
        )
        return and_(_live(), C.id.in_(decided))

    return condition


def relevant_to(period: Period) -> ColumnElement[bool]:
    """A superset of the cases any figure of ``period`` can count: a pre-filter for speed.

    A case received after the period, or closed before it starts without any
    status change, payment or instalment falling due since, is in none of the
    figures.
    """
    since = period.start - timedelta(days=1)
    touched = select(SC.case_id).where(SC.changed_on >= since)
    paid = select(R.case_id).where(R.received_on >= period.start)
    due = select(IN.case_id).where(IN.pay_by >= period.start)
    referred = select(RF.case_id).where(
        RF.route == RouteKind.ARBITRATION, RF.referred_on >= period.start
    )
    decided = select(RO.case_id).where(
        RO.kind.in_(ARBITRATION_OUTCOMES), RO.decided_on >= period.start
    )
    return and_(
        _live(),
        C.received_on <= period.end,
        or_(
            C.closed_on.is_(None),
            C.closed_on >= since,
            C.id.in_(touched),
            C.id.in_(paid),
            C.id.in_(due),
            C.id.in_(referred),
            C.id.in_(decided),
        ),
    )


# -- the figures ------------------------------------------------------------------------------

CaseCondition = Callable[[Period], ColumnElement[bool]]


@dataclass(frozen=True)
class Figure:
    """One figure of the tally: its key, its Chinese label and how it is counted."""

    key: str
    label: str
    cases: CaseCondition
    """The cases behind the figure (the drill-down)."""
    kind: str = "cases"
    """``cases`` counts cases; ``workers`` counts applicants; ``money`` sums an amount."""
    applicants: Callable[[], ColumnElement[bool]] | None = None


def _closed_with(*statuses: CaseStatus, reason: str | None = None) -> CaseCondition:
    return lambda period: closed_in(period, statuses, reason)


def _true() -> ColumnElement[bool]:
    return A.id.is_not(None)


FIGURES: tuple[Figure, ...] = (
    Figure("carried_over", "上期未结", carried_over),
    Figure("received", "本期收案", received_in),
    Figure("accepted", "本期受理", accepted_in),
    Figure("collective_cases", "集体争议案件", collective_received_in),
    Figure("collective_workers", "集体争议人数", collective_received_in, "workers", _true),
    Figure("workers", "涉及劳动者", received_in, "workers", _true),
    Figure("migrant_workers", "其中农民工", received_in, "workers", lambda: A.is_migrant.is_(True)),
    Figure("women", "其中女性", received_in, "workers", lambda: A.sex == Sex.FEMALE),
    Figure("closed", "结案合计", _closed_with(*CLOSED_STATUSES)),
    Figure("closed_by_agreement", "调解成功", _closed_with(CaseStatus.AGREED)),
    Figure("closed_no_agreement", "调解不成", _closed_with(CaseStatus.FAILED)),
    Figure(
        "closed_overdue",
        "其中逾期",
        _closed_with(CaseStatus.FAILED, reason=FailureReason.OVERDUE.value),
    ),
    Figure("closed_withdrawn", "撤回", _closed_with(CaseStatus.WITHDRAWN)),
    Figure("closed_refused", "拒绝调解", _closed_with(CaseStatus.REFUSED)),
    Figure("closed_not_accepted", "不予受理", _closed_with(CaseStatus.NOT_ACCEPTED)),
    Figure("agreements", "达成协议", agreement_signed_in),
    Figure("amount_claimed", "涉案金额", received_in, "money"),
    Figure("amount_agreed", "协议金额", agreed_amount_in, "money"),
    Figure("amount_paid", "已履行金额", paid_in, "money"),
    Figure("amount_due", "本期应履行金额", due_in, "money"),
    Figure("amount_due_paid", "其中期末前已履行", due_paid_in, "money"),
    Figure("pending_end", "期末未结", pending_end),
    Figure("overdue_end", "期末超期", overdue_end),
    Figure("referred_to_arbitration", "移送仲裁", referred_to_arbitration_in),
    Figure("referral_accepted", "仲裁已受理", _arbitration_outcome(OutcomeKind.ACCEPTED)),
    Figure("referral_award", "仲裁裁决", _arbitration_outcome(OutcomeKind.AWARD)),
    Figure(
        "referral_arbitration_mediation",
        "仲裁调解",
        _arbitration_outcome(OutcomeKind.ARBITRATION_MEDIATION),
    ),
    Figure("referral_withdrawn", "撤回仲裁申请", _arbitration_outcome(OutcomeKind.WITHDRAWN)),
)
FIGURE_BY_KEY: dict[str, Figure] = {f.key: f for f in FIGURES}
MONEY_KEYS = tuple(f.key for f in FIGURES if f.kind == "money")


# -- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """The figures of one row (a category or the total)."""

    values: Mapping[str, Value]
    denominator: Denominator = Denominator.CLOSED

    def __getitem__(self, key: str) -> Value:
        return self.values[key]

    @property
    def success_denominator(self) -> int:
        closed = int(self.values["closed"])
        if self.denominator is Denominator.CLOSED_AFTER_ACCEPTANCE:
            return closed - int(self.values["closed_not_accepted"])
        return closed

    @property
    def success_rate(self) -> Decimal | None:
        """Closed by agreement ÷ the denominator, as a fraction (0.4 = 40 %)."""
        return _ratio(Decimal(self.values["closed_by_agreement"]), self.success_denominator)

    @property
    def fulfilment_rate(self) -> Decimal | None:
        """Of the money that fell due in the period, the part paid by its last day.

        履行率 = 其中期末前已履行 ÷ 本期应履行金额（本期到期应履行金额中，截至期末已履行的比例）;
        ``None`` when nothing fell due.
        """
        return _ratio(Decimal(self.values["amount_due_paid"]), self.values["amount_due"])


def _ratio(part: Decimal, whole: Value) -> Decimal | None:
    if not whole:
        return None
    return part / Decimal(whole)


def _empty() -> dict[str, Value]:
    return {f.key: (ZERO if f.kind == "money" else 0) for f in FIGURES}


@dataclass(frozen=True)
class Tally:
    """One period's figures by primary category and in total."""

    period: Period
    by_category: dict[Category, Figures]
    total: Figures
    denominator: Denominator = Denominator.CLOSED


@dataclass(frozen=True)
class Correction:
    """A figure of an earlier reported period that changed since it was sent (更正).

    ``category`` ``None`` is the total. ``case_ids`` are the cases that entered
    or left the figure's drill-down; for an amount, the cases whose amount in
    the figure changed. When the same cases stay behind a count (a worker
    changed), or behind an amount of a period reported before the amounts
    were kept case by case, all the cases behind it, sent or now.
    """

    period: Period
    figure: str
    category: Category | None
    sent: Value
    current: Value
    case_ids: tuple[int, ...]
    current_ids: tuple[int, ...] = ()
    """The whole drill-down now (kept so the next report compares with it)."""
    current_amounts: Mapping[int, Decimal] | None = field(default=None, hash=False)
    """For an amount, each case's part of it now (kept likewise); ``None``: not kept."""

    @property
    def figure_label(self) -> str:
        return FIGURE_BY_KEY[self.figure].label

    @property
    def category_label(self) -> str:
        return "合计" if self.category is None else self.category.label

    @property
    def change(self) -> Value:
        return self.current - self.sent


@dataclass(frozen=True)
class TallyReport:
    """A period's tally beside the previous period's and the same period's a year earlier."""

    current: Tally
    previous: Tally
    year_earlier: Tally
    office: str = ""
    extras: dict[str, str] = field(default_factory=dict)
    corrections: tuple[Correction, ...] = ()
    """Changes to the figures of earlier reported periods, reported with this one."""
    reported_at: datetime | None = None
    """When this period was reported (已报送); its figures are then those sent."""
    reported_by: str = ""


# -- aggregates -------------------------------------------------------------------------------


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _case_figures(session: Session, period: Period) -> dict[Category, dict[str, Value]]:
    figures = [f for f in FIGURES if f.kind == "cases"]
    columns = [_count(f.cases(period)).label(f.key) for f in figures]
    claimed = _fen(case((received_in(period), C.claimed_total), else_=None)).label("amount_claimed")
    query = select(C.category, claimed, *columns).where(relevant_to(period)).group_by(C.category)
    out: dict[Category, dict[str, Value]] = {}
    for row in session.execute(query).mappings():
        values: dict[str, Value] = {f.key: int(row[f.key]) for f in figures}
        values["amount_claimed"] = _fen_sum(row["amount_claimed"])
        out[_category(row["category"])] = values
    return out


_CATEGORIES: dict[str, Category] = {c.value: c for c in Category}


def _category(raw: Any) -> Category:
    return _CATEGORIES[str(raw)]


def _fen(expression: Any) -> Any:
    """SUM of a ``Fen`` expression, read as raw integer fen."""
    return func.coalesce(func.sum(type_coerce(expression, Integer)), 0)


def _fen_sum(raw: Any) -> Decimal:
    """Integer fen from the database, Decimal yuan out."""
    return from_fen(int(raw or 0))


def _worker_figures(session: Session, period: Period) -> dict[Category, dict[str, Value]]:
    figures = [f for f in FIGURES if f.kind == "workers"]
    columns = []
    for f in figures:
        assert f.applicants is not None
        columns.append(_count(and_(f.cases(period), f.applicants())).label(f.key))
    query = (
        select(C.category, *columns)
        .join(A, A.case_id == C.id)
        .where(received_in(period))
        .group_by(C.category)
    )
    return {
        _category(row["category"]): {f.key: int(row[f.key]) for f in figures}
        for row in session.execute(query).mappings()
    }


def amount_query(key: str, period: Period, group: Any) -> Select[Any]:
    """``group`` (a column of ``cases``) and the sum of money figure ``key`` in raw fen.

    One definition per amount, grouped by category for the tally and by case for
    the drill-down and the reported snapshot, so the two cannot drift apart.
    """
    if key == "amount_claimed":
        query = select(group, _fen(C.claimed_total).label("amount")).where(received_in(period))
    elif key == "amount_agreed":
        # Payment terms of agreements (supplements included) signed in the period.
        query = (
            select(group, _fen(T.amount).label("amount"))
            .select_from(T)
            .join(AG, AG.id == T.agreement_id)
            .join(C, C.id == T.case_id)
            .where(_terms_signed_in(period), _live())
        )
    elif key == "amount_paid":
        # See "Amount paid" in the module docstring.
        query = (
            select(group, _fen(RA.amount).label("amount"))
            .select_from(RA)
            .join(R, R.id == RA.receipt_id)
            .join(C, C.id == RA.case_id)
            .where(_in(R.received_on, period), _live())
        )
    elif key == "amount_due":
        query = (
            select(group, _fen(IS.amount).label("amount"))
            .select_from(IS)
            .join(IN, IN.id == IS.instalment_id)
            .join(C, C.id == IS.case_id)
            .where(_in(IN.pay_by, period), _live())
        )
    elif key == "amount_due_paid":
        query = (
            select(group, _fen(RA.amount).label("amount"))
            .select_from(RA)
            .join(IS, IS.id == RA.share_id)
            .join(IN, IN.id == IS.instalment_id)
            .join(R, R.id == RA.receipt_id)
            .join(C, C.id == RA.case_id)
            .where(_due_paid_by_end(period), _live())
        )
    else:
        raise KeyError(key)
    return query.group_by(group)


def _amounts(session: Session, period: Period, key: str) -> dict[Category, Decimal]:
    """Money figure ``key`` of the period by category."""
    rows = session.execute(amount_query(key, period, C.category))
    return {_category(category): _fen_sum(amount) for category, amount in rows}


def case_amounts(
    session: Session, period: Period, key: str, category: Category | None = None
) -> dict[int, Decimal]:
    """Money figure ``key`` of the period case by case (of one category, or all)."""
    query = amount_query(key, period, C.id)
    if category is not None:
        query = query.where(C.category == category)
    return {case_id: _fen_sum(amount) for case_id, amount in session.execute(query)}


def amount_paid(session: Session, period: Period) -> Decimal:
    """Amount paid in the period under the agreements (已履行金额), all categories.

    The allocated part of the receipts received in the period (an advance from
    a wage guarantee or emergency fund counts as paid); see the module
    docstring for what counts.
    """
    return sum(_amounts(session, period, "amount_paid").values(), ZERO)


def compute_tally(
    session: Session, period: Period, denominator: Denominator = Denominator.CLOSED
) -> Tally:
    """All figures of ``period``: six aggregate queries, each grouped by category."""
    by_category = {category: _empty() for category in Category}
    for source in (_case_figures(session, period), _worker_figures(session, period)):
        for category, values in source.items():
            by_category[category].update(values)
    for key in ("amount_agreed", "amount_paid", "amount_due", "amount_due_paid"):
        for category, amount in _amounts(session, period, key).items():
            by_category[category][key] = amount
    total = _empty()
    for values in by_category.values():
        for key, value in values.items():
            total[key] += value
    return Tally(
        period,
        {c: Figures(v, denominator) for c, v in by_category.items()},
        Figures(total, denominator),
        denominator,
    )


def tally_report(
    session: Session,
    period: Period,
    denominator: Denominator = Denominator.CLOSED,
    office: str = "",
) -> TallyReport:
    """The period's tally with the previous period's and a year earlier's beside it."""
    return TallyReport(
        compute_tally(session, period, denominator),
        compute_tally(session, period.previous(), denominator),
        compute_tally(session, period.year_earlier(), denominator),
        office,
    )


# -- drill-down -------------------------------------------------------------------------------


def drill_condition(key: str, period: Period) -> ColumnElement[bool]:
    """The condition on ``cases`` of the cases behind figure ``key``."""
    figure = FIGURE_BY_KEY[key]
    condition = figure.cases(period)
    if figure.kind == "workers" and figure.applicants is not None:
        condition = and_(condition, exists().where(A.case_id == C.id, figure.applicants()))
    return condition


def case_ids(
    session: Session, period: Period, key: str, category: Category | None = None
) -> list[int]:
    """The ids of the cases behind figure ``key`` (of one category, or all), in id order."""
    condition = drill_condition(key, period)
    if category is not None:
        condition = and_(condition, C.category == category)
    return list(session.scalars(select(C.id).where(condition).order_by(C.id)))
