"""The issue's walk-through: a 30-worker roster is imported, an agreement pays it in three
instalments (the first paid in full, the second in part, the third not at all), and every
worker's figures agree with a hand count."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from mediator.domain.enums import ClaimCategory
from mediator.domain.workflow_enums import TermKind
from mediator.exchange.roster import import_roster
from mediator.persistence.arrears_services import ArrearsServices
from mediator.persistence.performance import ReceiptData
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.services import Services
from mediator.persistence.workflow import TermData
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import NOW, TODAY
from tests.helpers.factories import collective_case
from tests.unit.arrears.roster_files import roster_worker, write_roster

SUBCONTRACTOR = "某劳务分包有限公司"
RECEIVED, SIGNED = date(2026, 9, 30), date(2026, 10, 10)
DUE = (date(2026, 10, 20), date(2026, 10, 31), date(2026, 11, 30))


def test_roster_claims_become_each_workers_agreed_amount(
    services: Services, arrears: ArrearsServices, tmp_path: Path
) -> None:
    data = collective_case(1, RECEIVED)
    data.respondents = data.respondents[1:]  # the subcontractor alone
    data.claims = []
    first = roster_worker(0)
    data.applicants[0].name, data.applicants[0].id_number = first["姓名"], first["身份证号"]
    ref = services.create_case(data)
    workers = [roster_worker(i) for i in range(1, 30)]
    import_roster(services.db, ref.id, write_roster(tmp_path / "名册.xlsx", workers), TODAY, NOW)
    owed = {w.name: w.totals.owed for w in arrears.ledger(ref.id).workers}
    assert len(owed) == 30 and owed[first["姓名"]] == Decimal("0")
    flow = WorkflowServices(services.db, today=lambda: TODAY, now=lambda: NOW)
    detail = services.get_case(ref.id)
    ref = flow.decide_acceptance(ref.id, detail.version, accepted=True, decided_on=RECEIVED)
    total = sum(owed.values(), Decimal(0))
    parts = (Decimal("100000"), Decimal("120000"), total - Decimal("220000"))
    terms = [
        TermData(
            TermKind.PAYMENT,
            payer=SUBCONTRACTOR,
            payee="申请人等30人",
            item=ClaimCategory.WAGES,
            amount=amount,
            due_on=due,
        )
        for amount, due in zip(parts, DUE, strict=True)
    ]
    draft = flow.create_agreement(ref.id, ref.version, terms)
    flow.sign_agreement(draft.id, draft.case_version, SIGNED)
    perf = PerformanceServices(services.db, today=lambda: TODAY, now=lambda: NOW)
    perf.build_schedule(ref.id)
    perf.record_receipt(ref.id, ReceiptData(date(2026, 10, 20), parts[0]))
    perf.record_receipt(ref.id, ReceiptData(date(2026, 11, 2), Decimal("50000")))
    figures = {f.worker: f.figures for f in perf.worker_figures(ref.id)}
    # Each instalment is split in proportion to the claims (largest remainder, to the fen),
    # so a worker's agreed amount is the roster amount give or take a fen per instalment.
    for name, amount in owed.items():
        assert abs(figures[name].agreed - amount) <= Decimal("0.02")
    assert sum((f.agreed for f in figures.values()), Decimal(0)) == total
    assert sum((f.paid for f in figures.values()), Decimal(0)) == Decimal("150000")
    assert sum((f.outstanding for f in figures.values()), Decimal(0)) == total - Decimal("150000")
    assert all(f.paid + f.outstanding == f.agreed for f in figures.values())
