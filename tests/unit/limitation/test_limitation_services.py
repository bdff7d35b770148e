"""The limitation clock over a real store: derived events, recorded events, the stored day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, update

from mediator.domain.enums import ClaimCategory
from mediator.domain.errors import MediatorError, ValidationFailed
from mediator.domain.limitation import ClaimKind, EventKind, LimitationRules
from mediator.domain.routes import DeliveryMethod, RouteKind
from mediator.domain.workflow_enums import Action, FailureReason, TermKind, TodoKind
from mediator.persistence import orm
from mediator.persistence.cases import CaseRef
from mediator.persistence.limitation_services import EventData, LimitationServices
from mediator.persistence.performance import ReceiptData
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.services import Services
from mediator.persistence.workflow import TermData
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import NOW, TODAY
from tests.helpers.factories import collective_case, single_case

RECEIVED = date(2026, 9, 30)  # the factories' workers left on 2026-08-31


@pytest.fixture
def clock(services: Services) -> LimitationServices:
    return LimitationServices(services.db, today=lambda: TODAY, now=lambda: NOW)


@pytest.fixture
def flow(services: Services) -> WorkflowServices:
    return WorkflowServices(services.db, today=lambda: TODAY, now=lambda: NOW)


def stored_due(services: Services, case_id: int) -> list[date | None]:
    with services.db.read() as session:
        return list(
            session.scalars(
                select(orm.Applicant.limitation_due)
                .where(orm.Applicant.case_id == case_id)
                .order_by(orm.Applicant.seq)
            )
        )


def accepted(services: Services, flow: WorkflowServices, workers: int = 1) -> CaseRef:
    ref = services.create_case(collective_case(workers, RECEIVED))
    return flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=RECEIVED)


def test_an_open_case_runs_from_the_end_of_the_mediation_period(
    services: Services, clock: LimitationServices
) -> None:
    ref = services.create_case(single_case(received_on=RECEIVED))
    result = clock.clock_of(ref.id)
    [applicant] = result.applicants
    [wages] = applicant.clocks
    assert wages.kind is ClaimKind.WAGES
    assert wages.last_day == date(2027, 10, 15)
    assert wages.basis == (
        "劳动报酬争议：劳动关系于2026年8月31日终止，2026年9月30日申请调解（时效中断），"
        "2026年10月15日调解期限届满未达成协议后重新计算一年 → 2027年10月15日"
    )
    assert result.advice == "仅供参考，以仲裁委员会认定为准"
    assert stored_due(services, ref.id) == [date(2027, 10, 15)]


def test_closing_without_agreement_moves_the_stored_day(
    services: Services, flow: WorkflowServices, clock: LimitationServices
) -> None:
    ref = accepted(services, flow)
    flow.close_case(
        ref.id, ref.version, Action.FAIL, date(2026, 10, 12), FailureReason.NO_AGREEMENT
    )
    assert stored_due(services, ref.id) == [date(2027, 10, 12)]
    assert "调解不成结案后重新计算一年" in clock.clock_of(ref.id).applicants[0].clocks[0].basis


def test_a_late_overdue_closing_does_not_move_the_day_later(
    services: Services, flow: WorkflowServices, clock: LimitationServices
) -> None:
    """Mediation ended when its period ran out (10-15), not when the clerk closed it (10-24)."""
    ref = accepted(services, flow)
    flow.close_case(ref.id, ref.version, Action.FAIL, date(2026, 10, 24), FailureReason.OVERDUE)
    assert stored_due(services, ref.id) == [date(2027, 10, 15)]
    basis = clock.clock_of(ref.id).applicants[0].clocks[0].basis
    assert "调解期限届满未达成协议（结案登记晚于期限）" in basis


def test_events_for_one_applicant_or_all_and_their_removal(
    services: Services, flow: WorkflowServices, clock: LimitationServices
) -> None:
    ref = accepted(services, flow, workers=2)
    first, second = (a.applicant_id for a in clock.clock_of(ref.id).applicants)
    demand = clock.add_event(
        ref.id, EventData(EventKind.DEMAND, date(2026, 11, 2), applicant_id=first, note="短信催要")
    )
    assert demand.applicant_name and demand.operator == "李调解" and demand.counted
    assert stored_due(services, ref.id) == [date(2027, 11, 2), date(2027, 10, 15)]
    promise = clock.add_event(ref.id, EventData(EventKind.PROMISE, date(2026, 11, 20)))
    assert promise.applicant_name == ""
    assert stored_due(services, ref.id) == [date(2027, 11, 20), date(2027, 11, 20)]
    clock.remove_event(promise.id)
    assert stored_due(services, ref.id) == [date(2027, 11, 2), date(2027, 10, 15)]
    assert [e.kind for e in clock.clock_of(ref.id).events] == [EventKind.DEMAND]
    with services.db.read() as session:
        entities = set(
            session.scalars(
                select(orm.AuditEntry.action).where(orm.AuditEntry.entity == "limitation_event")
            )
        )
    assert entities == {"create", "delete"}


def test_bad_events_are_refused_in_chinese_and_nothing_is_stored(
    services: Services, flow: WorkflowServices, clock: LimitationServices
) -> None:
    ref = accepted(services, flow)
    with pytest.raises(ValidationFailed) as future:
        clock.add_event(ref.id, EventData(EventKind.DEMAND, date(2026, 12, 1)))
    assert "不能晚于今天" in future.value.message
    with pytest.raises(ValidationFailed) as early:
        clock.add_event(ref.id, EventData(EventKind.DEMAND, date(2025, 1, 1)))
    assert "早于入职日期（2025年3月1日）" in early.value.message
    with pytest.raises(ValidationFailed) as backwards:
        clock.add_event(
            ref.id, EventData(EventKind.SUSPENSION, date(2026, 10, 1), ended_on=date(2026, 9, 1))
        )
    assert "不能早于中止开始" in backwards.value.message
    with pytest.raises(ValidationFailed):
        clock.add_event(ref.id, EventData(EventKind.DEMAND, date(2026, 10, 1), applicant_id=999))
    assert clock.clock_of(ref.id).events == ()


def test_known_date_of_other_claims(services: Services, clock: LimitationServices) -> None:
    data = single_case(received_on=RECEIVED)
    data.applicants[0].employment_end = None
    data.claims[0].category = ClaimCategory.SEVERANCE
    ref = services.create_case(data)
    applicant = clock.clock_of(ref.id).applicants[0]
    [other] = applicant.clocks
    assert other.kind is ClaimKind.OTHER
    assert "至迟于2026年9月30日申请调解时已经知道" in other.basis
    clock.set_known_date(applicant.applicant_id, date(2026, 7, 1))
    again = clock.clock_of(ref.id).applicants[0]
    assert again.known_on == date(2026, 7, 1)
    assert "2026年7月1日知道或应当知道权利被侵害" in again.clocks[0].basis
    with pytest.raises(ValidationFailed) as late:
        clock.set_known_date(applicant.applicant_id, date(2026, 10, 5))
    assert "不能晚于申请调解之日" in late.value.message
    with services.db.read() as session:
        fields = set(
            session.scalars(
                select(orm.AuditEntry.field).where(orm.AuditEntry.entity == "applicant")
            )
        )
    assert "infringement_known_on" in fields and "limitation_due" not in fields


def test_an_agreement_paid_in_full_settles_the_case(
    services: Services, flow: WorkflowServices, clock: LimitationServices
) -> None:
    ref = accepted(services, flow)
    term = TermData(
        TermKind.PAYMENT,
        payer="城南建设集团有限公司",
        payee="吉𠮷",
        item=ClaimCategory.WAGES,
        amount=Decimal("16000"),
        due_on=date(2026, 11, 20),
        method="银行转账",
    )
    draft = flow.create_agreement(ref.id, ref.version, [term])
    flow.sign_agreement(draft.id, draft.case_version, date(2026, 10, 10))
    assert stored_due(services, ref.id) == [date(2027, 11, 20)]
    basis = clock.clock_of(ref.id).applicants[0].clocks[0].basis
    assert "2026年11月20日协议约定的履行期限届满后重新计算一年" in basis
    perf = PerformanceServices(services.db, today=lambda: TODAY, now=lambda: NOW)
    perf.record_receipt(ref.id, ReceiptData(date(2026, 11, 19), Decimal("16000")))
    assert stored_due(services, ref.id) == [None]
    assert clock.clock_of(ref.id).settled


def test_rules_leave_out_a_kind(
    services: Services, flow: WorkflowServices, clock: LimitationServices
) -> None:
    ref = accepted(services, flow)
    clock.add_event(ref.id, EventData(EventKind.NEGOTIATION_REFUSED, date(2026, 11, 5)))
    assert stored_due(services, ref.id) == [date(2027, 11, 5)]
    assert "待核实" in clock.clock_of(ref.id).applicants[0].clocks[0].basis
    clock.set_rules(LimitationRules(frozenset({EventKind.DEMAND, EventKind.PROMISE})))
    assert clock.rules().counted == {EventKind.DEMAND, EventKind.PROMISE}
    assert stored_due(services, ref.id) == [date(2027, 10, 15)]
    assert not clock.clock_of(ref.id).events[0].counted


def test_refresh_all_fills_an_upgraded_store_and_voided_cases_are_quiet(
    services: Services, flow: WorkflowServices, clock: LimitationServices
) -> None:
    ref = accepted(services, flow, workers=3)
    with services.db.write() as session:
        session.execute(update(orm.Applicant).values(limitation_due=None))
    assert clock.refresh_all() == 3
    assert stored_due(services, ref.id) == [date(2027, 10, 15)] * 3
    assert clock.refresh_all() == 0
    voided = services.void_case(ref.id, services.get_case(ref.id).version, "重复登记")
    assert stored_due(services, voided.id) == [None] * 3
    with pytest.raises(MediatorError, match="已作废"):
        clock.add_event(ref.id, EventData(EventKind.DEMAND, date(2026, 11, 1)))


# -- the to-do board -----------------------------------------------------------------------


def failed_last_year(services: Services, flow: WorkflowServices) -> CaseRef:
    """Four workers who left on 2025-10-31; mediation failed on 2025-12-01 → 2026-12-01."""
    data = collective_case(4, date(2025, 11, 20))
    for applicant in data.applicants:
        applicant.employment_end = date(2025, 10, 31)
    ref = services.create_case(data)
    ref = flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=date(2025, 11, 20))
    return flow.close_case(
        ref.id, ref.version, Action.FAIL, date(2025, 12, 1), FailureReason.NO_AGREEMENT
    )


def board(services: Services, today: date) -> list[tuple[str, date, bool]]:
    flow = WorkflowServices(services.db, today=lambda: today, now=lambda: NOW)
    return [(i.title, i.due, i.overdue) for i in flow.todo() if i.kind is TodoKind.LIMITATION]


def test_the_board_warns_thirty_days_ahead_once_per_case(
    services: Services, flow: WorkflowServices
) -> None:
    failed_last_year(services, flow)
    [(title, due, overdue)] = board(services, TODAY)
    assert due == date(2026, 12, 1) and not overdue
    assert title.startswith("仲裁时效将于2026年12月1日届满，请提示申请人及时申请仲裁（仅供参考）")
    assert "等4人 与 城南建设集团有限公司" in title
    assert board(services, date(2026, 10, 31)) == []
    [(late, _, overdue)] = board(services, date(2026, 12, 5))
    assert overdue and "可能已于2026年12月1日届满" in late
    assert board(services, date(2027, 1, 1)) == []


def add_referral(services: Services, case_id: int, applicant_ids: str) -> None:
    with services.db.write() as session:
        session.add(
            orm.Referral(
                case_id=case_id,
                route=RouteKind.ARBITRATION,
                referred_on=date(2026, 11, 20),
                method=DeliveryMethod.IN_PERSON,
                applicant_ids=applicant_ids,
                created_at=NOW,
            )
        )


def test_the_board_leaves_out_workers_referred_to_arbitration(
    services: Services, flow: WorkflowServices, clock: LimitationServices
) -> None:
    ref = failed_last_year(services, flow)
    first = clock.clock_of(ref.id).applicants[0]
    add_referral(services, ref.id, f"{first.applicant_id + 100},{first.applicant_id}")
    [(title, _, _)] = board(services, TODAY)
    assert first.name not in title.split("：")[1].split(" 与 ")[0].split("、")[:1]
    assert "等" not in title
    referred = [a.referred_on for a in clock.clock_of(ref.id).applicants]
    assert referred == [date(2026, 11, 20), None, None, None]
    add_referral(services, ref.id, "")
    assert board(services, TODAY) == []
    assert {a.referred_on for a in clock.clock_of(ref.id).applicants} == {date(2026, 11, 20)}


def test_the_board_query_uses_the_index(services: Services) -> None:
    from sqlalchemy import event

    from mediator.persistence.limitation import limitation_items

    seen: list[tuple[str, Any]] = []

    def capture(*args: Any) -> None:
        seen.append((args[2], args[3]))

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        with services.db.read() as session:
            limitation_items(session, TODAY)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    [(query, params)] = [(q, p) for q, p in seen if q.lstrip().startswith("SELECT")]
    with services.db.read() as session:
        plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + query, params).all()
    assert any("ix_applicants_limitation_due" in str(row) for row in plan)
