"""Storing the arrears ledger, the evidence and the chain's liability (the caller owns the session).

The functions here read and write rows; ``ArrearsServices`` wraps them in
transactions. Everything handed upward is a frozen dataclass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediator.domain.arrears import (
    LIABILITY_BASES,
    ZERO,
    EvidenceKind,
    LiabilityData,
    PeriodData,
    Totals,
    clean_bases,
    sum_totals,
    totals_of,
)
from mediator.domain.enums import ChainRole
from mediator.domain.money import round_yuan
from mediator.persistence import orm


@dataclass(frozen=True)
class EvidenceFileInfo:
    id: int
    applicant_id: int
    kind: EvidenceKind
    filename: str
    mime: str
    size: int
    added_at: datetime
    operator: str


@dataclass(frozen=True)
class WorkerArrears:
    """One worker's ledger: periods, totals, the evidence held and its files."""

    applicant_id: int
    seq: int
    name: str
    id_number: str
    phone: str
    periods: tuple[PeriodData, ...]
    evidence: tuple[EvidenceKind, ...]
    evidence_notes: dict[EvidenceKind, str]
    files: tuple[EvidenceFileInfo, ...]

    @property
    def totals(self) -> Totals:
        return totals_of(self.periods)

    @property
    def first_month(self) -> date | None:
        return min((p.from_month for p in self.periods), default=None)

    @property
    def last_month(self) -> date | None:
        return max((p.to_month for p in self.periods), default=None)


@dataclass(frozen=True)
class CaseLedger:
    case_id: int
    case_number: str
    workers: tuple[WorkerArrears, ...]

    @property
    def totals(self) -> Totals:
        return sum_totals([w.totals for w in self.workers])

    def worker(self, applicant_id: int) -> WorkerArrears:
        for w in self.workers:
            if w.applicant_id == applicant_id:
                return w
        raise KeyError(applicant_id)


@dataclass(frozen=True)
class EvidenceItem:
    """One line of an evidence list (for the arbitration application's 证据清单)."""

    applicant_id: int
    worker: str
    kind: EvidenceKind
    note: str
    files: tuple[str, ...]

    @property
    def kind_label(self) -> str:
        return self.kind.label


@dataclass(frozen=True)
class LiabilityInfo:
    id: int
    seq: int
    data: LiabilityData

    def amount_of(self, total_owed: Decimal) -> Decimal | None:
        """The amount this party answers for: as entered, else its share of ``total_owed``."""
        if self.data.amount is not None:
            return self.data.amount
        if self.data.share is not None:
            return round_yuan(total_owed * self.data.share / 100)
        return None


# -- periods ------------------------------------------------------------------------------------


def period_of(row: orm.ArrearsPeriod) -> PeriodData:
    return PeriodData(
        from_month=row.from_month,
        to_month=row.to_month,
        rate_unit=row.rate_unit,
        rate=row.rate,
        days_worked=row.days_worked,
        hours_worked=row.hours_worked,
        pieces=row.pieces,
        owed=row.owed,
        paid=row.paid,
        claimed=row.claimed,
        confirmed=row.confirmed,
        note=row.note,
        id=row.id,
    )


_PERIOD_FIELDS = (
    "rate_unit",
    "rate",
    "days_worked",
    "hours_worked",
    "pieces",
    "paid",
    "claimed",
    "confirmed",
)


def _set(row: object, name: str, value: object) -> None:
    """Assign only a changed value, so the history lists real changes."""
    if getattr(row, name) != value:
        setattr(row, name, value)


def write_period(row: orm.ArrearsPeriod, seq: int, period: PeriodData) -> None:
    _set(row, "seq", seq)
    _set(row, "from_month", period.from_month.replace(day=1))
    _set(row, "to_month", period.to_month.replace(day=1))
    for name in _PERIOD_FIELDS:
        _set(row, name, getattr(period, name))
    _set(row, "owed", period.owed_amount())
    _set(row, "owed_entered", period.owed is not None)
    _set(row, "note", period.note.strip())


def new_period_row(
    case_id: int, applicant_id: int, seq: int, period: PeriodData
) -> orm.ArrearsPeriod:
    row = orm.ArrearsPeriod(case_id=case_id, applicant_id=applicant_id, note="")
    row.seq, row.owed, row.paid, row.owed_entered = 0, ZERO, ZERO, False
    write_period(row, seq, period)
    return row


def replace_periods(
    session: Session, case_id: int, applicant_id: int, periods: Sequence[PeriodData]
) -> None:
    """Make a worker's periods equal to ``periods`` (matched by id; others deleted)."""
    existing = {
        r.id: r
        for r in session.scalars(
            select(orm.ArrearsPeriod).where(orm.ArrearsPeriod.applicant_id == applicant_id)
        )
    }
    kept = {p.id for p in periods if p.id is not None}
    for row_id, old in existing.items():
        if row_id not in kept:
            session.delete(old)
    for seq, period in enumerate(periods, start=1):
        row = existing.get(period.id) if period.id is not None else None
        if row is None:
            session.add(new_period_row(case_id, applicant_id, seq, period))
        else:
            write_period(row, seq, period)


# -- reading the ledger -------------------------------------------------------------------------


def load_files(session: Session, case_id: int) -> list[EvidenceFileInfo]:
    """The evidence files of a case without loading their bytes."""
    rows = session.execute(
        select(
            orm.EvidenceFile.id,
            orm.EvidenceFile.applicant_id,
            orm.EvidenceFile.kind,
            orm.EvidenceFile.filename,
            orm.EvidenceFile.mime,
            func.length(orm.EvidenceFile.data),
            orm.EvidenceFile.added_at,
            orm.EvidenceFile.operator,
        )
        .where(orm.EvidenceFile.case_id == case_id)
        .order_by(orm.EvidenceFile.id)
    )
    return [EvidenceFileInfo(*row) for row in rows]


def load_ledger(session: Session, case: orm.Case) -> CaseLedger:
    periods: dict[int, list[PeriodData]] = {}
    for row in session.scalars(
        select(orm.ArrearsPeriod)
        .where(orm.ArrearsPeriod.case_id == case.id)
        .order_by(orm.ArrearsPeriod.applicant_id, orm.ArrearsPeriod.seq)
    ):
        periods.setdefault(row.applicant_id, []).append(period_of(row))
    held: dict[int, dict[EvidenceKind, str]] = {}
    for ev in session.scalars(
        select(orm.ArrearsEvidence).where(orm.ArrearsEvidence.case_id == case.id)
    ):
        held.setdefault(ev.applicant_id, {})[ev.kind] = ev.note
    files: dict[int, list[EvidenceFileInfo]] = {}
    for info in load_files(session, case.id):
        files.setdefault(info.applicant_id, []).append(info)
    workers = []
    for a in case.applicants:
        kinds = held.get(a.id, {})
        workers.append(
            WorkerArrears(
                applicant_id=a.id,
                seq=a.seq,
                name=a.name,
                id_number=a.id_number,
                phone=a.phone,
                periods=tuple(periods.get(a.id, [])),
                evidence=tuple(k for k in EvidenceKind if k in kinds),
                evidence_notes=dict(kinds),
                files=tuple(files.get(a.id, [])),
            )
        )
    return CaseLedger(case.id, case.number, tuple(workers))


def evidence_items(ledger: CaseLedger) -> list[EvidenceItem]:
    """The evidence of every worker, one line per kind held (a file implies its kind)."""
    items = []
    for w in ledger.workers:
        kinds = set(w.evidence) | {f.kind for f in w.files}
        for kind in EvidenceKind:
            if kind in kinds:
                names = tuple(f.filename for f in w.files if f.kind is kind)
                items.append(
                    EvidenceItem(
                        w.applicant_id, w.name, kind, w.evidence_notes.get(kind, ""), names
                    )
                )
    return items


# -- the chain ----------------------------------------------------------------------------------


def liability_of(row: orm.ChainLiability) -> LiabilityInfo:
    return LiabilityInfo(
        row.id,
        row.seq,
        LiabilityData(
            party=row.party,
            role=row.role,
            basis=row.basis,
            amount=row.amount,
            share=row.share,
            note=row.note,
            respondent_id=row.respondent_id,
            id=row.id,
        ),
    )


def load_liabilities(session: Session, case_id: int) -> list[LiabilityInfo]:
    rows = session.scalars(
        select(orm.ChainLiability)
        .where(orm.ChainLiability.case_id == case_id)
        .order_by(orm.ChainLiability.seq)
    )
    return [liability_of(r) for r in rows]


def replace_liabilities(session: Session, case_id: int, rows: Sequence[LiabilityData]) -> None:
    existing = {
        r.id: r
        for r in session.scalars(
            select(orm.ChainLiability).where(orm.ChainLiability.case_id == case_id)
        )
    }
    kept = {r.id for r in rows if r.id is not None}
    for row_id, old in existing.items():
        if row_id not in kept:
            session.delete(old)
    for seq, data in enumerate(rows, start=1):
        row = existing.get(data.id) if data.id is not None else None
        if row is None:
            row = orm.ChainLiability(case_id=case_id, note="")
            session.add(row)
        for name, value in (
            ("seq", seq),
            ("respondent_id", data.respondent_id),
            ("party", data.party.strip()),
            ("role", data.role),
            ("basis", data.basis.strip()),
            ("amount", data.amount),
            ("share", data.share),
            ("note", data.note.strip()),
        ):
            _set(row, name, value)


def respondent_links(case: orm.Case) -> list[tuple[int, str, ChainRole]]:
    return [(r.id, r.name, r.chain_role) for r in case.respondents]


# -- the office's wording of the bases of liability ---------------------------------------------

BASES_KEY = "liability_bases"
"""Settings row holding the office's suggested bases of liability, one per line."""


def load_bases(session: Session) -> list[str]:
    row = session.get(orm.Setting, BASES_KEY)
    saved = clean_bases(row.value.splitlines()) if row is not None else []
    return saved or list(LIABILITY_BASES)


def save_bases(session: Session, lines: Sequence[str]) -> list[str]:
    """Store the office's list; an empty list goes back to the built-in suggestions."""
    bases = clean_bases(lines)
    row = session.get(orm.Setting, BASES_KEY)
    if not bases:
        if row is not None:
            session.delete(row)
        return list(LIABILITY_BASES)
    value = "\n".join(bases)
    if row is None:
        session.add(orm.Setting(key=BASES_KEY, value=value))
    elif row.value != value:
        row.value = value
    return bases
