"""Use cases of agreement performance: schedule, receipts, figures, routes, locality table.

Built like ``WorkflowServices``: one transaction per method, frozen records
back. Receipts are recorded after the case is closed (达成协议), so they do
not check or bump the case version; every change is in the history through
the audit hook, and deleting or correcting a receipt records its reason too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain import performance as perf
from mediator.domain.errors import Issue, MediatorError, NotFound, ValidationFailed
from mediator.domain.money import format_amount
from mediator.persistence import orm
from mediator.persistence import performance as store
from mediator.persistence.audit import record_event
from mediator.persistence.cases import load_calendar
from mediator.persistence.performance import (
    EmployerFigures,
    InstalmentInfo,
    LocalityInfo,
    OverdueInstalment,
    ReceiptData,
    ReceiptInfo,
    WorkerFigures,
)
from mediator.persistence.usecases import UseCases


@dataclass(frozen=True)
class CaseFigures:
    case_id: int
    case_number: str
    figures: perf.Figures

    @property
    def rate(self) -> Decimal | None:
        return self.figures.rate


@dataclass(frozen=True)
class PeriodFulfilment:
    start: date
    end: date
    agreed: Decimal
    paid: Decimal

    @property
    def rate(self) -> Decimal | None:
        return perf.fulfilment_rate(self.agreed, self.paid)


LOCALITY_YEARS = range(1990, 2101)
"""The years a row of the locality table may have."""


def _refuse(issues: list[Issue]) -> None:
    if issues:
        raise ValidationFailed(issues)


class PerformanceServices(UseCases):
    """What was agreed and what was paid, over one open database."""

    # -- the schedule -----------------------------------------------------------------------

    def build_schedule(self, case_id: int) -> list[InstalmentInfo]:
        """Add the payment terms of signed agreements (and supplements) to the schedule."""
        with self.db.write() as session:
            self._live_case(session, case_id)
            store.sync_schedule(session, case_id, load_calendar(session), self.now())
            session.flush()
            return store.schedule(session, case_id)

    def schedule_of(self, case_id: int) -> list[InstalmentInfo]:
        with self.db.read() as session:
            return store.schedule(session, case_id)

    def set_split(self, instalment_id: int, amounts: Mapping[int, Decimal]) -> InstalmentInfo:
        """Change how an instalment is split among the workers (applicant id → amount)."""
        with self.db.write() as session:
            row = session.get(orm.Instalment, instalment_id)
            if row is None:
                raise NotFound("该期款项不存在或已被删除。")
            _refuse(self._split_problems(session, row, amounts))
            self._write_split(session, row, amounts)
            excess = store.replay_receipts(session, row.case_id)
            self._refuse_new_excess(session, excess)
            return self._info(session, row)

    def _split_problems(
        self, session: Session, row: orm.Instalment, amounts: Mapping[int, Decimal]
    ) -> list[Issue]:
        issues = []
        known = set(
            session.scalars(select(orm.Applicant.id).where(orm.Applicant.case_id == row.case_id))
        )
        if any(a not in known for a in amounts):
            issues.append(Issue("split", "分配对象必须是本案的申请人。"))
        if any(v < 0 for v in amounts.values()):
            issues.append(Issue("split", "分配金额不能为负数。"))
        total = sum(amounts.values(), perf.ZERO)
        if total != row.amount:
            issues.append(
                Issue(
                    "split",
                    f"各申请人分配金额合计{format_amount(total)}元，"
                    f"与本期应付{format_amount(row.amount)}元不一致。",
                )
            )
        return issues

    @staticmethod
    def _write_split(session: Session, row: orm.Instalment, amounts: Mapping[int, Decimal]) -> None:
        existing = {s.applicant_id: s for s in row.shares}
        for applicant_id, share in existing.items():
            if applicant_id not in amounts or amounts[applicant_id] == 0:
                row.shares.remove(share)
        for applicant_id, amount in amounts.items():
            if amount == 0:
                continue
            if applicant_id in existing:
                existing[applicant_id].amount = amount
            else:
                row.shares.append(
                    orm.InstalmentShare(
                        case_id=row.case_id, applicant_id=applicant_id, amount=amount
                    )
                )
        session.flush()

    @staticmethod
    def _refuse_new_excess(session: Session, excess: Mapping[int, Decimal]) -> None:
        for receipt_id, extra in excess.items():
            if extra > 0 and not session.get_one(orm.Receipt, receipt_id).override_reason:
                raise MediatorError(
                    f"调整后已收款项超出应付金额{format_amount(extra)}元，不能这样分配。"
                )

    # -- receipts ---------------------------------------------------------------------------

    def record_receipt(self, case_id: int, data: ReceiptData) -> ReceiptInfo:
        """Record money received; it is allocated to the oldest instalment first."""
        _refuse(self._receipt_problems(data))
        with self.db.write() as session:
            self._live_case(session, case_id)
            store.sync_schedule(session, case_id, load_calendar(session), self.now())
            self._require_schedule(session, case_id)
            self._check_targets(session, case_id, data.applicant_ids)
            row = orm.Receipt(case_id=case_id, created_at=self.now(), operator=self._operator())
            self._fill(row, data)
            session.add(row)
            session.flush()
            return self._allocate(session, row)

    def correct_receipt(self, receipt_id: int, data: ReceiptData, reason: str) -> ReceiptInfo:
        """Correct a receipt (amount, date, voucher, ...); the reason goes into the history."""
        _refuse(self._receipt_problems(data) + self._reason_problems(reason, "更正"))
        with self.db.write() as session:
            row = self._receipt(session, receipt_id)
            self._check_targets(session, row.case_id, data.applicant_ids)
            self._fill(row, data)
            session.flush()
            record_event(
                session,
                case_id=row.case_id,
                entity="receipt",
                entity_id=row.id,
                action="correct",
                new_value=reason.strip(),
            )
            return self._allocate(session, row)

    def delete_receipt(self, receipt_id: int, reason: str) -> None:
        """Delete a receipt entered by mistake; the reason goes into the history."""
        _refuse(self._reason_problems(reason, "删除"))
        with self.db.write() as session:
            row = self._receipt(session, receipt_id)
            case_id = row.case_id
            record_event(
                session,
                case_id=case_id,
                entity="receipt",
                entity_id=row.id,
                action="delete_reason",
                new_value=reason.strip(),
            )
            session.delete(row)
            session.flush()
            store.replay_receipts(session, case_id)

    def receipts_of(self, case_id: int) -> list[ReceiptInfo]:
        with self.db.read() as session:
            return store.receipts(session, case_id)

    def receipt_scan(self, receipt_id: int) -> bytes | None:
        with self.db.read() as session:
            return self._receipt(session, receipt_id).scan

    def _allocate(self, session: Session, row: orm.Receipt) -> ReceiptInfo:
        excess = store.replay_receipts(session, row.case_id)
        extra = excess.get(row.id, perf.ZERO)
        if extra > 0 and not row.override_reason:
            raise ValidationFailed(
                [
                    Issue(
                        "amount",
                        f"收款金额超出尚欠金额{format_amount(extra)}元。"
                        "如确需登记，请填写超额登记的理由。",
                    )
                ]
            )
        self._refuse_new_excess(session, excess)
        return store.receipt_info(row, row.amount - extra)

    def _receipt_problems(self, data: ReceiptData) -> list[Issue]:
        issues = []
        if not data.amount.is_finite() or data.amount <= 0:
            issues.append(Issue("amount", "收款金额必须大于零。"))
        elif data.amount != data.amount.quantize(Decimal("0.01")):
            issues.append(Issue("amount", "收款金额最多精确到分。"))
        if data.received_on > self.today():
            issues.append(Issue("received_on", "收款日期不能晚于今天。"))
        if not data.method.strip():
            issues.append(Issue("method", "请填写付款方式。"))
        return issues

    @staticmethod
    def _reason_problems(reason: str, what: str) -> list[Issue]:
        if reason.strip():
            return []
        return [Issue("reason", f"请填写{what}收款记录的理由。")]

    @staticmethod
    def _fill(row: orm.Receipt, data: ReceiptData) -> None:
        row.received_on = data.received_on
        row.amount = data.amount
        row.method = data.method.strip()
        row.voucher_no = data.voucher_no.strip()
        row.applicant_ids = ",".join(str(i) for i in sorted(set(data.applicant_ids)))
        row.override_reason = data.override_reason.strip()
        row.note = data.note.strip()
        if data.scan is not None:
            row.scan = data.scan
            row.scan_name = data.scan_name.strip()

    @staticmethod
    def _check_targets(session: Session, case_id: int, applicant_ids: Sequence[int]) -> None:
        if not applicant_ids:
            return
        known = set(
            session.scalars(select(orm.Applicant.id).where(orm.Applicant.case_id == case_id))
        )
        if not set(applicant_ids) <= known:
            raise ValidationFailed([Issue("applicant_ids", "收款对象必须是本案的申请人。")])

    @staticmethod
    def _require_schedule(session: Session, case_id: int) -> None:
        found = session.scalar(
            select(orm.Instalment.id).where(orm.Instalment.case_id == case_id).limit(1)
        )
        if found is None:
            raise MediatorError("本案没有已签订调解协议中的给付条款，无法登记收款。")

    @staticmethod
    def _receipt(session: Session, receipt_id: int) -> orm.Receipt:
        row = session.get(orm.Receipt, receipt_id)
        if row is None:
            raise NotFound("该收款记录不存在或已被删除。")
        return row

    # -- figures ----------------------------------------------------------------------------

    def worker_figures(self, case_id: int) -> list[WorkerFigures]:
        """Agreed, paid, outstanding and overdue for each worker of the case."""
        with self.db.read() as session:
            return store.worker_figures(session, case_id, self.today())

    def case_figures(self, case_id: int) -> CaseFigures:
        with self.db.read() as session:
            case = self._live_case(session, case_id)
            lines = store.share_lines(session, orm.Instalment.case_id == case_id)
            return CaseFigures(case_id, case.number, perf.figures(lines, self.today()))

    def employer_figures(self, key: str) -> EmployerFigures:
        """Totals over every case against one employer (credit code, or name where none)."""
        with self.db.read() as session:
            return store.employer_figures(session, key, self.today())

    def employers(self) -> list[EmployerFigures]:
        with self.db.read() as session:
            today = self.today()
            return [store.employer_figures(session, k, today) for k in store.employer_keys(session)]

    def fulfilment_over(self, start: date, end: date) -> PeriodFulfilment:
        """履行率 over the instalments due from ``start`` to ``end`` (inclusive)."""
        with self.db.read() as session:
            rows = session.execute(
                select(orm.Instalment.amount, orm.Instalment.paid).where(
                    orm.Instalment.due_on.between(start, end)
                )
            ).all()
        agreed = sum((r[0] for r in rows), perf.ZERO)
        paid = sum((r[1] for r in rows), perf.ZERO)
        return PeriodFulfilment(start, end, agreed, paid)

    # -- enforcement routes -----------------------------------------------------------------

    def overdue_of(self, case_id: int) -> list[OverdueInstalment]:
        """The overdue instalments of a case, the workers still owed, and the routes open."""
        today = self.today()
        out = []
        for row in self.schedule_of(case_id):
            if not row.is_overdue(today):
                continue
            owed = tuple(s for s in row.shares if s.outstanding > 0)
            out.append(OverdueInstalment(row, owed, tuple(perf.enforcement_routes(row.item))))
        return out

    # -- locality figures -------------------------------------------------------------------

    def set_locality(
        self,
        locality: str,
        year: int,
        average_monthly_wage: Decimal | None,
        minimum_wage: Decimal | None,
        note: str = "",
    ) -> LocalityInfo:
        """Add or change the figures of one locality and year."""
        _refuse(self._locality_problems(locality, year, average_monthly_wage, minimum_wage))
        with self.db.write() as session:
            row = self._locality_row(session, locality, year)
            if row is None:
                row = orm.LocalityFigure(locality=locality.strip(), year=year)
                session.add(row)
            row.average_monthly_wage = average_monthly_wage
            row.minimum_wage = minimum_wage
            row.note = note.strip()
            session.flush()
            return store.locality_info(row)

    def localities(self) -> list[LocalityInfo]:
        with self.db.read() as session:
            rows = session.scalars(
                select(orm.LocalityFigure).order_by(
                    orm.LocalityFigure.locality, orm.LocalityFigure.year
                )
            )
            return [store.locality_info(r) for r in rows]

    def locality(self, locality: str, year: int) -> LocalityInfo:
        """The figures the calculators use for ``--locality NAME --year YYYY``."""
        with self.db.read() as session:
            row = self._locality_row(session, locality, year)
            if row is None:
                raise NotFound(
                    f"没有“{locality.strip()}”{year}年的当地数据，"
                    f"请先用 mediator locality set 录入。"
                )
            return store.locality_info(row)

    def delete_locality(self, locality: str, year: int) -> None:
        """Delete the figures of one locality and year (the audit hook records the row)."""
        with self.db.write() as session:
            row = self._locality_row(session, locality, year)
            if row is None:
                raise NotFound(f"没有“{locality.strip()}”{year}年的当地数据，可能已被删除。")
            session.delete(row)

    @staticmethod
    def _locality_row(session: Session, locality: str, year: int) -> orm.LocalityFigure | None:
        return session.scalar(
            select(orm.LocalityFigure).where(
                orm.LocalityFigure.locality == locality.strip(), orm.LocalityFigure.year == year
            )
        )

    @staticmethod
    def _locality_problems(
        locality: str, year: int, average: Decimal | None, minimum: Decimal | None
    ) -> list[Issue]:
        issues = []
        if not locality.strip():
            issues.append(Issue("locality", "请填写地区名称。"))
        if year not in LOCALITY_YEARS:
            issues.append(Issue("year", f"年度“{year}”无效。"))
        for field, value in (("average_monthly_wage", average), ("minimum_wage", minimum)):
            if value is not None and (not value.is_finite() or value <= 0):
                issues.append(Issue(field, "金额必须大于零。"))
        if average is None and minimum is None:
            issues.append(
                Issue("average_monthly_wage", "请至少填写上年度职工月平均工资或最低工资之一。")
            )
        return issues

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _live_case(session: Session, case_id: int) -> orm.Case:
        case = session.get(orm.Case, case_id)
        if case is None:
            raise NotFound("该案件不存在或已被删除。")
        if case.voided_on is not None:
            raise MediatorError("该案件已作废，不能再办理。")
        return case

    def _operator(self) -> str:
        return self.db.operator.name

    def _info(self, session: Session, row: orm.Instalment) -> InstalmentInfo:
        for info in store.schedule(session, row.case_id):
            if info.id == row.id:
                return info
        raise NotFound("该期款项不存在或已被删除。")  # pragma: no cover
