"""Storage of agreement performance: the schedule, its shares, receipts, figures, board items.

Functions here take an open ``Session`` and return frozen records; the use
cases in ``performance_services`` own the transactions. Allocations of
receipts to shares are derived data: ``replay_receipts`` rebuilds them for a
case from its receipts (oldest receipt first, oldest instalment first), so a
deleted or corrected receipt leaves no trace in the figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from mediator.domain import performance as perf
from mediator.domain.enums import ClaimCategory
from mediator.domain.money import format_amount
from mediator.domain.workdays import WorkdayCalendar
from mediator.domain.workflow_enums import TermKind, TodoKind
from mediator.persistence import orm
from mediator.persistence.todo import TodoItem

DUE_WARNING_DAYS = 3
"""Instalments due within this many days show on the board."""

ZERO = perf.ZERO


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ShareInfo:
    id: int
    applicant_id: int
    worker: str
    amount: Decimal
    paid: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.paid


@dataclass(frozen=True)
class InstalmentInfo:
    id: int
    case_id: int
    agreement_id: int
    seq: int
    payer: str
    payer_uscc: str
    payee: str
    item: ClaimCategory | None
    due_on: date
    pay_by: date
    amount: Decimal
    paid: Decimal
    shares: tuple[ShareInfo, ...]

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.paid

    def is_overdue(self, today: date) -> bool:
        return perf.is_overdue(self.pay_by, today, self.outstanding)


@dataclass(frozen=True)
class ReceiptData:
    received_on: date
    amount: Decimal
    method: str = "银行转账"
    voucher_no: str = ""
    applicant_ids: tuple[int, ...] = ()
    """The workers this payment was for; empty: the whole case."""
    override_reason: str = ""
    note: str = ""
    scan: bytes | None = None
    scan_name: str = ""


@dataclass(frozen=True)
class ReceiptInfo:
    id: int
    case_id: int
    received_on: date
    amount: Decimal
    method: str
    voucher_no: str
    applicant_ids: tuple[int, ...]
    override_reason: str
    note: str
    scan_name: str
    has_scan: bool
    operator: str
    allocated: Decimal

    @property
    def excess(self) -> Decimal:
        """What went beyond everything due (only with an override reason)."""
        return self.amount - self.allocated


@dataclass(frozen=True)
class WorkerFigures:
    applicant_id: int
    worker: str
    figures: perf.Figures


@dataclass(frozen=True)
class EmployerFigures:
    key: str
    name: str
    uscc: str
    case_ids: tuple[int, ...]
    workers: int
    claimed: Decimal
    figures: perf.Figures


@dataclass(frozen=True)
class OverdueInstalment:
    instalment: InstalmentInfo
    workers: tuple[ShareInfo, ...]
    """The workers still owed something of it."""
    routes: tuple[perf.Route, ...]


@dataclass(frozen=True)
class LocalityInfo:
    locality: str
    year: int
    average_monthly_wage: Decimal | None
    minimum_wage: Decimal | None
    note: str


# --------------------------------------------------------------------------
# Building the schedule
# --------------------------------------------------------------------------


def _applicants(session: Session, case_id: int) -> list[tuple[int, str, Decimal]]:
    """(id, name, claimed total) of each applicant, in order."""
    claimed = (
        select(orm.Claim.applicant_id, func.coalesce(func.sum(orm.Claim.amount), 0).label("c"))
        .where(orm.Claim.case_id == case_id)
        .group_by(orm.Claim.applicant_id)
        .subquery()
    )
    rows = session.execute(
        select(orm.Applicant.id, orm.Applicant.name, claimed.c.c)
        .outerjoin(claimed, claimed.c.applicant_id == orm.Applicant.id)
        .where(orm.Applicant.case_id == case_id)
        .order_by(orm.Applicant.seq)
    )
    return [(i, name, c if c is not None else ZERO) for i, name, c in rows]


def payees_of(payee: str, applicants: Sequence[tuple[int, str, Decimal]]) -> list[int]:
    """Which applicants a term's payee names.

    One name, or several names without "等": those applicants. "申请人吉𠮷等12人",
    "全体申请人" or a payee naming nobody: all applicants.
    """
    text = payee.strip()
    named = [a[0] for a in applicants if a[1] and a[1] in text]
    if not named or "等" in text or "全体" in text:
        return [a[0] for a in applicants]
    return named


def _payer_uscc(session: Session, case_id: int, payer: str) -> str:
    rows = session.execute(
        select(orm.Respondent.name, orm.Respondent.uscc).where(orm.Respondent.case_id == case_id)
    ).all()
    name = payer.strip()
    for rname, uscc in rows:
        if rname == name:
            return str(uscc)
    for rname, uscc in rows:
        if rname and rname in name:
            return str(uscc)
    return ""


def sync_schedule(session: Session, case_id: int, calendar: WorkdayCalendar, now: datetime) -> int:
    """Add an instalment for every payment term of a signed agreement not yet scheduled.

    Also moves every ``pay_by`` to the current holiday table. Returns how
    many instalments were added.
    """
    scheduled = set(
        session.scalars(select(orm.Instalment.term_id).where(orm.Instalment.case_id == case_id))
    )
    terms = session.execute(
        select(orm.AgreementTerm, orm.Agreement.id)
        .join(orm.Agreement, orm.Agreement.id == orm.AgreementTerm.agreement_id)
        .where(
            orm.AgreementTerm.case_id == case_id,
            orm.Agreement.signed_on.is_not(None),
            orm.AgreementTerm.kind == TermKind.PAYMENT,
        )
        .order_by(orm.Agreement.seq, orm.AgreementTerm.seq)
    ).all()
    applicants = _applicants(session, case_id)
    added = 0
    for term, agreement_id in terms:
        if term.id in scheduled or term.amount is None or term.due_on is None:
            continue
        _add_instalment(session, term, agreement_id, applicants, calendar, now)
        added += 1
    for row in session.scalars(select(orm.Instalment).where(orm.Instalment.case_id == case_id)):
        row.pay_by = perf.pay_by(row.due_on, calendar)
    return added


def _add_instalment(
    session: Session,
    term: orm.AgreementTerm,
    agreement_id: int,
    applicants: Sequence[tuple[int, str, Decimal]],
    calendar: WorkdayCalendar,
    now: datetime,
) -> None:
    assert term.amount is not None and term.due_on is not None
    row = orm.Instalment(
        case_id=term.case_id,
        agreement_id=agreement_id,
        term_id=term.id,
        payer=term.payer,
        payer_uscc=_payer_uscc(session, term.case_id, term.payer),
        payee=term.payee,
        item=term.item,
        due_on=term.due_on,
        pay_by=perf.pay_by(term.due_on, calendar),
        amount=term.amount,
        paid=ZERO,
        settled=False,
        created_at=now,
    )
    ids = payees_of(term.payee, applicants)
    claimed = {a[0]: a[2] for a in applicants}
    before, held = _run_so_far(session, term.case_id, term.payer, ids)
    parts = perf.split_in_run(term.amount, [claimed[i] for i in ids], before, held)
    for applicant_id, part in zip(ids, parts, strict=True):
        row.shares.append(
            orm.InstalmentShare(case_id=term.case_id, applicant_id=applicant_id, amount=part)
        )
    session.add(row)
    session.flush()


def _run_so_far(
    session: Session, case_id: int, payer: str, ids: Sequence[int]
) -> tuple[Decimal, list[Decimal]]:
    """What the instalments already scheduled from ``payer`` to exactly ``ids`` come to.

    Their total and each worker's part of them, in the order of ``ids`` (the
    run ``perf.split_in_run`` continues).
    """
    rows = session.scalars(
        select(orm.Instalment).where(
            orm.Instalment.case_id == case_id, orm.Instalment.payer == payer
        )
    ).all()
    held = dict.fromkeys(ids, ZERO)
    before = ZERO
    for row in rows:
        if {s.applicant_id for s in row.shares} != held.keys():
            continue
        before += row.amount
        for share in row.shares:
            held[share.applicant_id] += share.amount
    return before, [held[i] for i in ids]


def run_key(payer: str, applicant_ids: Iterable[int]) -> tuple[str, frozenset[int]]:
    """The run an instalment belongs to: its payer and the workers it pays."""
    return payer, frozenset(applicant_ids)


# --------------------------------------------------------------------------
# Reading the schedule
# --------------------------------------------------------------------------


def _names(session: Session, case_id: int) -> dict[int, str]:
    return dict(
        session.execute(
            select(orm.Applicant.id, orm.Applicant.name).where(orm.Applicant.case_id == case_id)
        ).all()
    )


def schedule(session: Session, case_id: int) -> list[InstalmentInfo]:
    """The instalments of a case, oldest due first, each with its shares."""
    names = _names(session, case_id)
    rows = session.scalars(
        select(orm.Instalment)
        .where(orm.Instalment.case_id == case_id)
        .order_by(orm.Instalment.due_on, orm.Instalment.id)
    ).all()
    return [_instalment_info(row, seq, names) for seq, row in enumerate(rows, start=1)]


def _instalment_info(row: orm.Instalment, seq: int, names: dict[int, str]) -> InstalmentInfo:
    shares = tuple(
        ShareInfo(s.id, s.applicant_id, names.get(s.applicant_id, ""), s.amount, s.paid)
        for s in row.shares
    )
    return InstalmentInfo(
        row.id,
        row.case_id,
        row.agreement_id,
        seq,
        row.payer,
        row.payer_uscc,
        row.payee,
        row.item,
        row.due_on,
        row.pay_by,
        row.amount,
        row.paid,
        shares,
    )


def share_lines(session: Session, *conditions: object) -> list[perf.ShareLine]:
    """Share lines (for ``perf.figures``) of the instalments matching ``conditions``."""
    rows = session.execute(
        select(
            orm.InstalmentShare.instalment_id,
            orm.InstalmentShare.applicant_id,
            orm.Instalment.pay_by,
            orm.InstalmentShare.amount,
            orm.InstalmentShare.paid,
        )
        .join(orm.Instalment, orm.Instalment.id == orm.InstalmentShare.instalment_id)
        .where(*conditions)  # type: ignore[arg-type]
    )
    return [perf.ShareLine(i, a, d, amount, paid) for i, a, d, amount, paid in rows]


def worker_figures(session: Session, case_id: int, today: date) -> list[WorkerFigures]:
    lines = share_lines(session, orm.Instalment.case_id == case_id)
    by_worker = perf.figures_by(lines, today, "worker")
    out = []
    for applicant_id, name, _claimed in _applicants(session, case_id):
        if applicant_id in by_worker:
            out.append(WorkerFigures(applicant_id, name, by_worker[applicant_id]))
    return out


# --------------------------------------------------------------------------
# Receipts and their allocation
# --------------------------------------------------------------------------


def parse_ids(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(",") if p.strip())


def receipt_info(row: orm.Receipt, allocated: Decimal) -> ReceiptInfo:
    return ReceiptInfo(
        row.id,
        row.case_id,
        row.received_on,
        row.amount,
        row.method,
        row.voucher_no,
        parse_ids(row.applicant_ids),
        row.override_reason,
        row.note,
        row.scan_name,
        row.scan is not None,
        row.operator,
        allocated,
    )


def receipts(session: Session, case_id: int) -> list[ReceiptInfo]:
    allocated = dict(
        session.execute(
            select(orm.ReceiptAllocation.receipt_id, func.sum(orm.ReceiptAllocation.amount))
            .where(orm.ReceiptAllocation.case_id == case_id)
            .group_by(orm.ReceiptAllocation.receipt_id)
        ).all()
    )
    rows = session.scalars(
        select(orm.Receipt)
        .where(orm.Receipt.case_id == case_id)
        .order_by(orm.Receipt.received_on, orm.Receipt.id)
    ).all()
    return [receipt_info(r, allocated.get(r.id) or ZERO) for r in rows]


def replay_receipts(session: Session, case_id: int) -> dict[int, Decimal]:
    """Rebuild every allocation of the case from its receipts; returns each receipt's excess.

    A partial payment of an instalment is spread over its workers by what
    they claimed, across the instalment's run (``perf.allocate``), the same
    weights the schedule was split by.
    """
    session.execute(delete(orm.ReceiptAllocation).where(orm.ReceiptAllocation.case_id == case_id))
    instalments = session.scalars(
        select(orm.Instalment).where(orm.Instalment.case_id == case_id)
    ).all()
    shares = {s.id: s for row in instalments for s in row.shares}
    order = {s.id: (row.pay_by, row.id) for row in instalments for s in row.shares}
    runs = {
        s.id: run_key(row.payer, (t.applicant_id for t in row.shares))
        for row in instalments
        for s in row.shares
    }
    weights = {a[0]: a[2] for a in _applicants(session, case_id)}
    paid = dict.fromkeys(shares, ZERO)
    excess: dict[int, Decimal] = {}
    for receipt in session.scalars(
        select(orm.Receipt)
        .where(orm.Receipt.case_id == case_id)
        .order_by(orm.Receipt.received_on, orm.Receipt.id)
    ):
        targets = set(parse_ids(receipt.applicant_ids))
        open_shares = [
            perf.OpenShare(
                sid,
                order[sid],
                s.applicant_id,
                s.amount - paid[sid],
                paid[sid],
                runs[sid],
                weights.get(s.applicant_id),
            )
            for sid, s in shares.items()
            if not targets or s.applicant_id in targets
        ]
        result = perf.allocate(receipt.amount, open_shares)
        for sid, part in result.parts:
            assert isinstance(sid, int)
            paid[sid] += part
            session.add(
                orm.ReceiptAllocation(
                    receipt_id=receipt.id, share_id=sid, case_id=case_id, amount=part
                )
            )
        excess[receipt.id] = result.excess
    _write_paid(instalments, paid)
    session.flush()
    return excess


def _write_paid(instalments: Sequence[orm.Instalment], paid: dict[int, Decimal]) -> None:
    for row in instalments:
        for share in row.shares:
            if share.paid != paid[share.id]:
                share.paid = paid[share.id]
        total = sum((paid[s.id] for s in row.shares), ZERO)
        if row.paid != total:
            row.paid = total
        settled = total >= row.amount
        if row.settled != settled:
            row.settled = settled


# --------------------------------------------------------------------------
# Employers
# --------------------------------------------------------------------------


def employer_key(uscc: str, name: str) -> str:
    return uscc or name.strip()


def employer_condition(key: str) -> object:
    return or_(
        orm.Instalment.payer_uscc == key,
        (orm.Instalment.payer_uscc == "") & (orm.Instalment.payer == key),
    )


def employer_figures(session: Session, key: str, today: date) -> EmployerFigures:
    cond = employer_condition(key)
    rows = session.execute(
        select(orm.Instalment.case_id, orm.Instalment.payer, orm.Instalment.payer_uscc).where(
            cond  # type: ignore[arg-type]
        )
    ).all()
    case_ids = tuple(sorted({r[0] for r in rows}))
    name = rows[0][1] if rows else key
    uscc = rows[0][2] if rows else ""
    lines = share_lines(session, cond)
    workers = len({line.worker for line in lines})
    claimed = session.scalar(
        select(func.coalesce(func.sum(orm.Claim.amount), 0)).where(orm.Claim.case_id.in_(case_ids))
    )
    return EmployerFigures(
        key,
        name,
        uscc,
        case_ids,
        workers,
        claimed if claimed is not None else ZERO,
        perf.figures(lines, today),
    )


def employer_keys(session: Session) -> list[str]:
    rows = session.execute(select(orm.Instalment.payer_uscc, orm.Instalment.payer).distinct()).all()
    return sorted({employer_key(uscc, payer) for uscc, payer in rows})


# --------------------------------------------------------------------------
# The to-do board
# --------------------------------------------------------------------------


_IN_BATCH = 500
"""Ids per ``IN (...)`` list: well under SQLite's and PostgreSQL's parameter limits."""


def _workers_text(names: Sequence[str]) -> str:
    if len(names) <= 3:
        return "、".join(names)
    return f"{'、'.join(names[:3])}等{len(names)}人"


def instalment_items(session: Session, today: date) -> list[TodoItem]:
    """Instalments due within three days or overdue and not fully paid.

    Three queries whatever the number of items: the instalments (one indexed
    scan), then the unpaid workers of all of them at once (no query per item).
    """
    horizon = today + timedelta(days=DUE_WARNING_DAYS)
    rows = session.execute(
        select(orm.Instalment, orm.Case.number)
        .join(orm.Case, orm.Case.id == orm.Instalment.case_id)
        .where(
            orm.Instalment.settled.is_(False),
            orm.Instalment.pay_by <= horizon,
            orm.Case.voided_on.is_(None),
        )
    ).all()
    owed = _unpaid_workers(session, [row.id for row, _number in rows])
    return [_instalment_item(row, number, owed.get(row.id, []), today) for row, number in rows]


def _unpaid_workers(session: Session, instalment_ids: Sequence[int]) -> dict[int, list[str]]:
    """The names of the workers not yet fully paid, by instalment, in share order."""
    owed: dict[int, list[str]] = {}
    share, applicant = orm.InstalmentShare, orm.Applicant
    for start in range(0, len(instalment_ids), _IN_BATCH):
        batch = list(instalment_ids[start : start + _IN_BATCH])
        for instalment_id, name in session.execute(
            select(share.instalment_id, applicant.name)
            .join(applicant, applicant.id == share.applicant_id)
            .where(share.instalment_id.in_(batch), share.paid < share.amount)
            .order_by(share.instalment_id, share.id)
        ):
            owed.setdefault(instalment_id, []).append(name)
    return owed


def _instalment_item(
    row: orm.Instalment, number: str, owed: Sequence[str], today: date
) -> TodoItem:
    overdue = row.pay_by < today
    due = f"{row.due_on.year}年{row.due_on.month}月{row.due_on.day}日"
    what = f"{due}到期的{format_amount(row.amount)}元尚欠{format_amount(row.amount - row.paid)}元"
    who = _workers_text(owed)
    if overdue:
        title = f"协议履行逾期，建议回访督促履行：{what}（{who}），可告知支付令等救济途径"
    else:
        title = f"协议分期款即将到期：{what}（{who}）"
    return TodoItem(TodoKind.INSTALMENT, row.case_id, number, title, row.pay_by, overdue)


# --------------------------------------------------------------------------
# Locality figures
# --------------------------------------------------------------------------


def locality_info(row: orm.LocalityFigure) -> LocalityInfo:
    return LocalityInfo(
        row.locality, row.year, row.average_monthly_wage, row.minimum_wage, row.note
    )
