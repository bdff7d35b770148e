"""A small case store with known October 2026 figures (calendar month 10-01 .. 10-31).

| case | category | story | in October |
|---|---|---|---|
| open_sep | PAY | received 09-15, accepted 09-16, still mediating | carried over, pending, overdue |
| withdrawn_first_day | PAY | received 09-20, accepted, withdrawn 10-01 | carried over, closed (withdrawn) |
| not_accepted | SI | received 10-01, not accepted 10-02 | received, closed (not accepted) |
| last_day | CON_END | received 10-31, not yet accepted | received, pending |
| november | PAY | received 11-01 | nothing |
| agreed | PAY | received 09-30, accepted 10-05, agreement 5,000 + 3,000 due 10-30 signed 10-20, paid 3,000 on 10-25 and 2,000 on 11-01 | carried over, accepted, closed by agreement, paid 3,000, due 8,000 of which 3,000 paid by the end |
| collective | PAY | 12 workers (6 women), received 10-10, accepted 10-12, failed 10-28 | received, collective, closed (no agreement) |
| reopened_later | PAY | received 10-03, accepted, withdrawn 10-08, reopened 11-05 | received, closed (withdrawn) |
| reopened_same | HRS | received 10-05, accepted 10-06, refused 10-07, reopened 10-15 | received, accepted, pending, overdue? |
| back_from_sep | INJ | received 09-01, accepted, failed 09-10, reopened 10-02, agreement 10,000 due 11-30 signed 10-25, 4,000 advanced by the wage guarantee fund 10-28 | closed by agreement, paid 4,000 (paid early: November's due) |
| voided | PAY | received 10-15, voided | nothing |
| not_performed | CON_CHG | received 10-02, accepted, agreement 2,000 due 10-30 signed 10-09, paid 1,000 on 10-31, failed (not performed) 11-10 | received, accepted, closed by agreement, paid 1,000, due 2,000 of which 1,000 paid by the end |
| last_year | OTH | received 2025-10-15 | (October 2025: received) |

Amount paid in October: 3,000 + 4,000 (an advance counts) + 1,000 = 8,000 of 20,000 agreed;
in November 2,000. Due in October (last day to pay 10-30, a Friday): 8,000 + 2,000 = 10,000,
of which paid by 10-31: 3,000 + 1,000 = 4,000 (fulfilment rate 40 %; the 2,000 paid on 11-01
is late and counts in no period's rate). Due in November: back_from_sep's 10,000, of which
4,000 was paid early, in October (rate 40 %).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from mediator.domain.enums import Category, ClaimCategory
from mediator.domain.performance import ADVANCE_METHOD
from mediator.domain.workflow_enums import Action, FailureReason, NotAcceptedReason, TermKind
from mediator.persistence.cases import CaseRef
from mediator.persistence.performance import ReceiptData
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.services import Services
from mediator.persistence.workflow import TermData
from mediator.persistence.workflow_services import WorkflowServices
from mediator.reports.periods import month_period
from mediator.reports.tally import TallyReport, tally_report
from tests.conftest import NOW, TODAY
from tests.helpers.factories import collective_case, single_case


@dataclass
class Store:
    services: Services
    ids: dict[str, int]


DUE = date(2026, 11, 30)
"""The due date of a payment term unless a test says otherwise."""

Term = str | tuple[str, date]
"""A payment term: its amount (due on ``DUE``), or its amount and due date."""


def _pay(term: Term) -> TermData:
    amount, due = (term, DUE) if isinstance(term, str) else term
    return TermData(
        TermKind.PAYMENT,
        payer="城南建设集团有限公司",
        payee="吉𠮷",
        item=ClaimCategory.WAGES,
        amount=Decimal(amount),
        due_on=due,
    )


class Builder:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.flow = WorkflowServices(services.db, today=lambda: TODAY, now=lambda: NOW)
        self.perf = PerformanceServices(services.db, today=lambda: TODAY, now=lambda: NOW)
        self.ids: dict[str, int] = {}

    def case(self, key: str, received: date, category: Category = Category.PAY) -> CaseRef:
        data = single_case(received_on=received)
        data.category = category
        ref = self.services.create_case(data)
        self.ids[key] = ref.id
        return ref

    def accept(self, ref: CaseRef, on: date) -> CaseRef:
        return self.flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=on)

    def close(
        self, ref: CaseRef, action: Action, on: date, reason: FailureReason | None = None
    ) -> CaseRef:
        return self.flow.close_case(ref.id, ref.version, action, on, reason)

    def reopen(self, ref: CaseRef, on: date) -> CaseRef:
        return self.flow.reopen_case(ref.id, ref.version, "当事人申请继续调解", on)

    def sign(self, ref: CaseRef, on: date, *terms: Term) -> CaseRef:
        agreement = self.flow.create_agreement(ref.id, ref.version, [_pay(t) for t in terms])
        signed = self.flow.sign_agreement(agreement.id, agreement.case_version, on)
        return CaseRef(ref.id, ref.number, signed.case_version)

    def pay(
        self, ref: CaseRef, on: date, amount: str, method: str = "银行转账", override: str = ""
    ) -> None:
        data = ReceiptData(on, Decimal(amount), method=method, override_reason=override)
        self.perf.record_receipt(ref.id, data)


def build(services: Services) -> Store:
    b = Builder(services)
    b.accept(b.case("open_sep", date(2026, 9, 15)), date(2026, 9, 16))
    ref = b.accept(b.case("withdrawn_first_day", date(2026, 9, 20)), date(2026, 9, 20))
    b.close(ref, Action.WITHDRAW, date(2026, 10, 1))
    ref = b.case("not_accepted", date(2026, 10, 1), Category.SI)
    b.flow.decide_acceptance(
        ref.id,
        ref.version,
        accepted=False,
        decided_on=date(2026, 10, 2),
        reason=NotAcceptedReason.OUT_OF_SCOPE,
    )
    b.case("last_day", date(2026, 10, 31), Category.CON_END)
    b.case("november", date(2026, 11, 1))
    ref = b.accept(b.case("agreed", date(2026, 9, 30)), date(2026, 10, 5))
    october_30 = date(2026, 10, 30)
    ref = b.sign(ref, date(2026, 10, 20), ("5000", october_30), ("3000", october_30))
    b.pay(ref, date(2026, 10, 25), "3000")
    b.pay(ref, date(2026, 11, 1), "2000")
    ref = services.create_case(collective_case(12, date(2026, 10, 10)))
    b.ids["collective"] = ref.id
    ref = b.accept(ref, date(2026, 10, 12))
    b.close(ref, Action.FAIL, date(2026, 10, 28), FailureReason.NO_AGREEMENT)
    ref = b.accept(b.case("reopened_later", date(2026, 10, 3)), date(2026, 10, 3))
    ref = b.close(ref, Action.WITHDRAW, date(2026, 10, 8))
    b.reopen(ref, date(2026, 11, 5))
    ref = b.accept(b.case("reopened_same", date(2026, 10, 5), Category.HRS), date(2026, 10, 6))
    ref = b.close(ref, Action.RESPONDENT_REFUSES, date(2026, 10, 7))
    b.reopen(ref, date(2026, 10, 15))
    ref = b.accept(b.case("back_from_sep", date(2026, 9, 1), Category.INJ), date(2026, 9, 2))
    ref = b.close(ref, Action.FAIL, date(2026, 9, 10), FailureReason.NO_AGREEMENT)
    ref = b.reopen(ref, date(2026, 10, 2))
    ref = b.sign(ref, date(2026, 10, 25), "10000")
    b.pay(ref, date(2026, 10, 28), "4000", ADVANCE_METHOD)
    ref = b.case("voided", date(2026, 10, 15))
    services.void_case(ref.id, ref.version, "重复登记")
    ref = b.accept(b.case("not_performed", date(2026, 10, 2), Category.CON_CHG), date(2026, 10, 2))
    ref = b.sign(ref, date(2026, 10, 9), ("2000", october_30))
    b.pay(ref, date(2026, 10, 31), "1000")
    b.close(ref, Action.FAIL, date(2026, 11, 10), FailureReason.NOT_PERFORMED)
    b.case("last_year", date(2025, 10, 15), Category.OTH)
    return Store(services, b.ids)


@pytest.fixture
def store(services: Services) -> Store:
    return build(services)


@pytest.fixture
def october_report(store: Store) -> TallyReport:
    with store.services.db.read() as session:
        return tally_report(
            session, month_period(2026, 10), office="城南街道劳动人事争议调解委员会"
        )
