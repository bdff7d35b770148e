"""The issue's scenario: 30 workers, one subcontractor, three instalments, paid 1 / ½ / 0."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from mediator.domain.enums import ClaimCategory
from mediator.domain.money import format_amount
from mediator.domain.performance import split_fen_exact
from mediator.domain.workflow_enums import TermKind, TodoKind
from mediator.persistence.performance import ReceiptData
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.services import Services
from mediator.persistence.workflow import TermData
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import TODAY
from tests.helpers.factories import SUBCONTRACTOR_USCC, single_case
from tests.unit.performance.conftest import DUE, Signed

FEN = Decimal("0.01")


def test_thirty_workers_three_instalments(
    services: Services,
    flow: WorkflowServices,
    perf: PerformanceServices,
    signed_case: Callable[..., Signed],
) -> None:
    case = signed_case(30)
    claimed = case.claimed
    assert len(set(claimed.values())) == 30  # every worker is owed a different amount
    total = sum(claimed.values(), Decimal(0))
    schedule = perf.build_schedule(case.ref.id)
    assert [i.amount for i in schedule] == list(case.amounts)
    assert [i.due_on for i in schedule] == list(DUE)
    # 31 October 2026 is a Saturday, 15 November a Sunday: paid by the next Monday.
    assert [i.pay_by for i in schedule] == [DUE[0], date(2026, 11, 2), date(2026, 11, 16)]
    for inst in schedule:
        assert inst.payer_uscc == SUBCONTRACTOR_USCC
        assert len(inst.shares) == 30
        assert sum(s.amount for s in inst.shares) == inst.amount  # fen-exact
        for share in inst.shares:
            exact = inst.amount * claimed[share.applicant_id] / total
            assert abs(share.amount - exact) < FEN

    first, second, third = case.amounts
    perf.record_receipt(case.ref.id, ReceiptData(date(2026, 10, 20), first, voucher_no="A-1"))
    perf.record_receipt(case.ref.id, ReceiptData(date(2026, 11, 1), Decimal("100000")))

    # The hand count: every worker is agreed what he is owed, and has been paid
    # his share, by what he is owed, of the money received, rounded once.
    shares = {
        i.seq: {s.applicant_id: s.amount for s in i.shares} for i in perf.schedule_of(case.ref.id)
    }
    ids = list(claimed)
    received = first + Decimal("100000")
    hand_paid = dict(zip(ids, split_fen_exact(received, [claimed[i] for i in ids]), strict=True))
    workers = perf.worker_figures(case.ref.id)
    assert len(workers) == 30
    for w in workers:
        agreed = shares[1][w.applicant_id] + shares[2][w.applicant_id] + shares[3][w.applicant_id]
        assert w.figures.agreed == agreed == claimed[w.applicant_id]
        assert w.figures.paid == hand_paid[w.applicant_id]
        assert w.figures.outstanding == claimed[w.applicant_id] - hand_paid[w.applicant_id]
        assert w.figures.paid + w.figures.outstanding == w.figures.agreed
        assert w.figures.overdue == w.figures.outstanding  # both unpaid instalments are late
    assert sum(w.figures.paid for w in workers) == first + Decimal("100000")

    outstanding = total - first - Decimal("100000")
    employer = perf.employer_figures(SUBCONTRACTOR_USCC)
    assert employer.case_ids == (case.ref.id,)
    assert employer.workers == 30
    assert employer.claimed == total
    assert (employer.figures.agreed, employer.figures.paid) == (total, first + Decimal("100000"))
    assert employer.figures.outstanding == employer.figures.overdue == outstanding
    assert employer.figures.agreed == sum(w.figures.agreed for w in workers)

    assert [(e.key, e.name) for e in perf.employers()] == [
        (SUBCONTRACTOR_USCC, "某劳务分包有限公司")
    ]
    figures = perf.case_figures(case.ref.id)
    assert figures.rate == ((first + 100000) / total).quantize(Decimal("0.0001"))

    board = [i for i in flow.todo() if i.case_id == case.ref.id and "协议" in i.title]
    assert [(i.kind, i.due, i.overdue) for i in board] == [
        (TodoKind.INSTALMENT, date(2026, 11, 2), True),
        (TodoKind.INSTALMENT, date(2026, 11, 16), True),
    ]
    assert "尚欠50,000.00元" in board[0].title and "等30人" in board[0].title
    assert f"尚欠{format_amount(third)}元" in board[1].title
    assert "回访" in board[1].title

    overdue = perf.overdue_of(case.ref.id)
    assert [o.instalment.seq for o in overdue] == [2, 3]
    for o in overdue:
        assert o.routes[0].code == "payment_order"
        assert {"arbitration", "labour_inspection", "advance"} <= {r.code for r in o.routes}
        assert len(o.workers) == 30
    assert {s.applicant_id for s in overdue[1].workers} == set(claimed)
    assert TODAY > DUE[2]


def test_a_period_fulfilment_rate(
    perf: PerformanceServices, signed_case: Callable[..., Signed]
) -> None:
    case = signed_case(5, amounts=(Decimal("1000"), Decimal("2000"), Decimal("3000")))
    perf.build_schedule(case.ref.id)
    perf.record_receipt(case.ref.id, ReceiptData(date(2026, 10, 20), Decimal("1500")))
    october = perf.fulfilment_over(date(2026, 10, 1), date(2026, 10, 31))
    assert (october.agreed, october.paid) == (Decimal("3000"), Decimal("1500"))
    assert october.rate == Decimal("0.5")
    november = perf.fulfilment_over(date(2026, 11, 1), date(2026, 11, 30))
    assert november.rate == Decimal("0")


def test_signing_builds_the_schedule_so_the_board_sees_it_unopened(
    services: Services,
) -> None:
    """No one opens the case after signing: its instalments are still on the schedule."""
    flow = WorkflowServices(services.db, services.today, services.now)
    ref = services.create_case(single_case(received_on=date(2026, 11, 10)))
    ref = flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=date(2026, 11, 10))
    term = TermData(
        TermKind.PAYMENT,
        payer="城南建设集团有限公司",
        payee="吉𠮷",
        item=ClaimCategory.WAGES,
        amount=Decimal("16000"),
        due_on=date(2026, 12, 10),
        method="银行转账",
        place="调解委员会",
    )
    agreement = flow.create_agreement(ref.id, ref.version, [term])
    flow.sign_agreement(agreement.id, agreement.case_version, date(2026, 11, 20))
    schedule = PerformanceServices(services.db).schedule_of(ref.id)
    assert [(i.amount, i.due_on) for i in schedule] == [(Decimal("16000.00"), date(2026, 12, 10))]
