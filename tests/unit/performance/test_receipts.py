"""Receipts: partial payments, over-payment, targeted payments, corrections, splits, locality."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from mediator.domain.enums import ClaimCategory
from mediator.domain.errors import MediatorError, NotFound, ValidationFailed
from mediator.domain.performance import ADVANCE_METHOD
from mediator.domain.workflow_enums import TodoKind
from mediator.persistence.performance import ReceiptData
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.services import Services
from tests.unit.performance.conftest import Signed, performance_on

SMALL = (Decimal("1000"), Decimal("2000"), Decimal("3000"))


def test_partial_payment_and_over_payment(
    perf: PerformanceServices, signed_case: Callable[..., Signed]
) -> None:
    case = signed_case(3, amounts=SMALL)
    receipt = perf.record_receipt(
        case.ref.id, ReceiptData(date(2026, 10, 20), Decimal("1500.55"), voucher_no="V1")
    )
    assert receipt.allocated == Decimal("1500.55") and receipt.excess == 0
    assert receipt.operator == "李调解"
    first, second, third = perf.schedule_of(case.ref.id)
    assert (first.paid, second.paid, third.paid) == (Decimal("1000"), Decimal("500.55"), 0)
    with pytest.raises(ValidationFailed, match="超出尚欠金额1.00元"):
        perf.record_receipt(case.ref.id, ReceiptData(date(2026, 11, 1), Decimal("4500.45")))
    assert len(perf.receipts_of(case.ref.id)) == 1  # refused: nothing recorded
    over = perf.record_receipt(
        case.ref.id,
        ReceiptData(date(2026, 11, 1), Decimal("4500.45"), override_reason="含迟延履行利息"),
    )
    assert over.excess == Decimal("1.00")
    figures = perf.case_figures(case.ref.id).figures
    assert (figures.paid, figures.outstanding, figures.rate) == (Decimal("6000"), 0, 1)
    assert [r.excess for r in perf.receipts_of(case.ref.id)] == [0, Decimal("1.00")]


@pytest.mark.parametrize(
    ("amount", "day", "message"),
    [
        (Decimal("0"), date(2026, 11, 1), "大于零"),
        (Decimal("-5"), date(2026, 11, 1), "大于零"),
        (Decimal("1.005"), date(2026, 11, 1), "精确到分"),
        (Decimal("10"), date(2026, 11, 25), "晚于今天"),
    ],
)
def test_bad_receipts_are_refused(
    perf: PerformanceServices,
    signed_case: Callable[..., Signed],
    amount: Decimal,
    day: date,
    message: str,
) -> None:
    case = signed_case(2, amounts=SMALL)
    with pytest.raises(ValidationFailed, match=message):
        perf.record_receipt(case.ref.id, ReceiptData(day, amount))


def test_receipt_for_named_workers_and_an_advance(
    perf: PerformanceServices, signed_case: Callable[..., Signed]
) -> None:
    case = signed_case(3, amounts=SMALL)
    schedule = perf.build_schedule(case.ref.id)
    one = schedule[0].shares[0]
    owed_to_one = sum(
        (s.amount for i in schedule for s in i.shares if s.applicant_id == one.applicant_id),
        Decimal(0),
    )
    perf.record_receipt(
        case.ref.id,
        ReceiptData(
            date(2026, 11, 20),
            owed_to_one,
            method=ADVANCE_METHOD,
            applicant_ids=(one.applicant_id,),
            scan=b"%PDF-1.4 voucher",
            scan_name="垫付凭证.pdf",
        ),
    )
    workers = {w.applicant_id: w.figures for w in perf.worker_figures(case.ref.id)}
    assert workers[one.applicant_id].outstanding == 0
    assert all(f.paid == 0 for k, f in workers.items() if k != one.applicant_id)
    (receipt,) = perf.receipts_of(case.ref.id)
    assert receipt.method == ADVANCE_METHOD and receipt.has_scan
    assert perf.receipt_scan(receipt.id) == b"%PDF-1.4 voucher"
    with pytest.raises(ValidationFailed, match="超出"):
        perf.record_receipt(
            case.ref.id,
            ReceiptData(date(2026, 11, 20), Decimal("1"), applicant_ids=(one.applicant_id,)),
        )


def test_correcting_and_deleting_are_in_the_history(
    services: Services, perf: PerformanceServices, signed_case: Callable[..., Signed]
) -> None:
    case = signed_case(2, amounts=SMALL)
    receipt = perf.record_receipt(case.ref.id, ReceiptData(date(2026, 10, 20), Decimal("1000")))
    with pytest.raises(ValidationFailed, match="理由"):
        perf.correct_receipt(receipt.id, ReceiptData(date(2026, 10, 20), Decimal("100")), " ")
    perf.correct_receipt(
        receipt.id, ReceiptData(date(2026, 10, 20), Decimal("100"), voucher_no="V9"), "金额录错"
    )
    assert perf.case_figures(case.ref.id).figures.paid == Decimal("100")
    with pytest.raises(ValidationFailed, match="理由"):
        perf.delete_receipt(receipt.id, "")
    perf.delete_receipt(receipt.id, "重复登记")
    assert perf.receipts_of(case.ref.id) == []
    assert perf.case_figures(case.ref.id).figures.paid == 0
    assert all(i.paid == 0 for i in perf.schedule_of(case.ref.id))
    history = [(h.entity, h.action, h.field, h.new_value) for h in services.history(case.ref.id)]
    assert ("receipt", "update", "amount", "100.00") in history
    assert ("receipt", "correct", "", "金额录错") in history
    assert ("receipt", "delete_reason", "", "重复登记") in history
    assert any(e == "receipt" and a == "delete" for e, a, _f, _n in history)
    with pytest.raises(NotFound):
        perf.delete_receipt(receipt.id, "再删一次")


def test_editing_the_split(perf: PerformanceServices, signed_case: Callable[..., Signed]) -> None:
    case = signed_case(3, amounts=SMALL)
    first = perf.build_schedule(case.ref.id)[0]
    a, b, c = (s.applicant_id for s in first.shares)
    with pytest.raises(ValidationFailed, match="不一致"):
        perf.set_split(first.id, {a: Decimal("500"), b: Decimal("400")})
    with pytest.raises(ValidationFailed, match="负数"):
        perf.set_split(first.id, {a: Decimal("1100"), b: Decimal("-100")})
    edited = perf.set_split(first.id, {a: Decimal("600"), b: Decimal("400"), c: Decimal("0")})
    assert {s.applicant_id: s.amount for s in edited.shares} == {a: 600, b: 400}
    owed_to_a = sum(
        (s.amount for i in perf.schedule_of(case.ref.id) for s in i.shares if s.applicant_id == a),
        Decimal(0),
    )
    perf.record_receipt(case.ref.id, ReceiptData(date(2026, 10, 20), owed_to_a, applicant_ids=(a,)))
    with pytest.raises(MediatorError, match="超出应付金额100.00元"):
        perf.set_split(first.id, {a: Decimal("500"), b: Decimal("500")})
    assert perf.schedule_of(case.ref.id)[0].shares[0].amount == Decimal("600")


def test_supplementary_payment_terms_join_the_schedule(
    perf: PerformanceServices, signed_case: Callable[..., Signed], services: Services
) -> None:
    from mediator.persistence.workflow_services import WorkflowServices
    from tests.conftest import NOW, TODAY
    from tests.unit.performance.conftest import payment

    case = signed_case(2, amounts=SMALL[:1], payee="吉𠮷")
    flow = WorkflowServices(services.db, today=lambda: TODAY, now=lambda: NOW)
    (only,) = perf.build_schedule(case.ref.id)
    assert len(only.shares) == 1  # the payee names one worker
    main = flow.agreement_of(case.ref.id)
    assert main is not None
    extra = [payment(Decimal("88.88"), date(2026, 12, 31), "赵堃", ClaimCategory.OVERTIME)]
    supplement = flow.create_supplementary_agreement(main.id, main.case_version, extra)
    assert len(perf.build_schedule(case.ref.id)) == 1  # not signed yet
    flow.sign_agreement(supplement.id, supplement.case_version, date(2026, 11, 20))
    schedule = perf.build_schedule(case.ref.id)
    assert [i.amount for i in schedule] == [Decimal("1000"), Decimal("88.88")]
    assert schedule[1].shares[0].worker == "赵堃"
    assert len(perf.build_schedule(case.ref.id)) == 2  # idempotent


def test_nothing_to_pay_without_a_signed_agreement(
    services: Services, perf: PerformanceServices
) -> None:
    from tests.helpers.factories import single_case

    ref = services.create_case(single_case())
    with pytest.raises(MediatorError, match="没有已签订"):
        perf.record_receipt(ref.id, ReceiptData(date(2026, 11, 1), Decimal("10")))
    assert perf.schedule_of(ref.id) == []
    assert perf.case_figures(ref.id).rate is None


def test_board_item_due_soon(services: Services, signed_case: Callable[..., Signed]) -> None:
    case = signed_case(2, amounts=SMALL)
    early = performance_on(services, date(2026, 10, 17))
    early.build_schedule(case.ref.id)
    from mediator.persistence.workflow_services import WorkflowServices

    flow = WorkflowServices(services.db, today=lambda: date(2026, 10, 17))
    items = [i for i in flow.todo() if i.kind is TodoKind.INSTALMENT]
    assert [(i.due, i.overdue) for i in items] == [(date(2026, 10, 20), False)]
    assert "即将到期" in items[0].title and "1,000.00元" in items[0].title


def test_locality_table(perf: PerformanceServices) -> None:
    perf.set_locality("某市", 2025, Decimal("9000"), Decimal("2300"))
    perf.set_locality("某市", 2025, Decimal("9100.50"), Decimal("2300"), note="统计局公报")
    perf.set_locality("某县", 2024, None, Decimal("2000"))
    got = perf.locality("某市", 2025)
    assert (got.average_monthly_wage, got.minimum_wage, got.note) == (
        Decimal("9100.50"),
        Decimal("2300"),
        "统计局公报",
    )
    assert [(x.locality, x.year) for x in perf.localities()] == [("某县", 2024), ("某市", 2025)]
    with pytest.raises(NotFound, match="locality set"):
        perf.locality("某市", 2026)
    with pytest.raises(ValidationFailed, match="大于零"):
        perf.set_locality("某市", 2026, Decimal("-1"), None)
