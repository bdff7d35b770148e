"""Fixtures of the performance tests: a signed collective agreement paid in instalments."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from mediator.domain.enums import ClaimCategory
from mediator.domain.workflow_enums import TermKind
from mediator.persistence import orm
from mediator.persistence.cases import CaseRef
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.services import Services
from mediator.persistence.workflow import TermData
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import NOW, TODAY
from tests.helpers.factories import collective_case

SUBCONTRACTOR = "某劳务分包有限公司"
RECEIVED = date(2026, 9, 30)
SIGNED = date(2026, 10, 10)
DUE = (date(2026, 10, 20), date(2026, 10, 31), date(2026, 11, 15))


def performance_on(services: Services, today: date) -> PerformanceServices:
    return PerformanceServices(services.db, today=lambda: today, now=lambda: NOW)


@pytest.fixture
def flow(services: Services) -> WorkflowServices:
    return WorkflowServices(services.db, today=lambda: TODAY, now=lambda: NOW)


@pytest.fixture
def perf(services: Services) -> PerformanceServices:
    return performance_on(services, TODAY)


def claimed_by_applicant(services: Services, case_id: int) -> dict[int, Decimal]:
    """Applicant id -> claimed total, read straight from the tables."""
    with services.db.read() as session:
        rows = session.execute(
            select(orm.Claim.applicant_id, orm.Claim.amount).where(orm.Claim.case_id == case_id)
        ).all()
    out: dict[int, Decimal] = {}
    for applicant_id, amount in rows:
        out[applicant_id] = out.get(applicant_id, Decimal(0)) + (amount or 0)
    return out


@dataclass(frozen=True)
class Signed:
    ref: CaseRef
    claimed: dict[int, Decimal]
    """Applicant id -> claimed amount."""
    amounts: tuple[Decimal, ...]


def payment(amount: Decimal, due: date, payee: str, item: ClaimCategory) -> TermData:
    return TermData(
        TermKind.PAYMENT,
        payer=SUBCONTRACTOR,
        payee=payee,
        item=item,
        amount=amount,
        due_on=due,
        method="银行转账",
    )


@pytest.fixture
def signed_case(services: Services, flow: WorkflowServices) -> Callable[..., Signed]:
    def make(
        workers: int = 30,
        amounts: tuple[Decimal, ...] | None = None,
        item: ClaimCategory = ClaimCategory.WAGES,
        payee: str | None = None,
    ) -> Signed:
        ref = services.create_case(collective_case(workers, RECEIVED))
        ref = flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=RECEIVED)
        claimed = claimed_by_applicant(services, ref.id)
        total = sum(claimed.values(), Decimal(0))
        if amounts is None:
            first, second = Decimal("200000"), Decimal("150000")
            amounts = (first, second, total - first - second)
        who = payee or f"申请人吉𠮷等{workers}人"
        terms = [payment(a, d, who, item) for a, d in zip(amounts, DUE, strict=False)]
        draft = flow.create_agreement(ref.id, ref.version, terms)
        flow.sign_agreement(draft.id, draft.case_version, SIGNED)
        return Signed(ref, claimed, amounts)

    return make
