"""Workflow use cases: acceptance, mediators, extensions, closing, reopening, follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from mediator.domain.enums import CaseStatus, DayKind, MediatorRole
from mediator.domain.errors import InvalidTransition, MediatorError, ValidationFailed
from mediator.domain.workflow_enums import (
    Action,
    Consent,
    FailureReason,
    FollowUpFinding,
    NotAcceptedReason,
    RecusalDecision,
    RecusalRequester,
)
from mediator.persistence.cases import CaseRef
from mediator.persistence.errors import StaleEdit
from mediator.persistence.services import Services, UserInfo
from mediator.persistence.workflow import FollowUpData, MediatorAssignment, RecusalData
from mediator.persistence.workflow_services import WorkflowServices
from tests.helpers.factories import single_case
from tests.unit.workflow.conftest import flow_on

NewCase = Callable[..., CaseRef]


def test_deadlines_of_an_application_received_on_30_september(services: Services) -> None:
    ref = services.create_case(single_case(received_on=date(2026, 9, 30)))
    detail = services.get_case(ref.id)
    assert detail.acceptance_due == date(2026, 10, 10)  # make-up working Saturday
    assert detail.mediation_due == date(2026, 10, 15)


def test_receipt_in_late_december_of_a_year_the_calendar_does_not_know(
    services: Services,
) -> None:
    later = Services(services.db, today=lambda: date(2027, 1, 6), now=services.now)
    ref = later.create_case(single_case(received_on=date(2026, 12, 30)))
    detail = later.get_case(ref.id)
    assert date(2026, 12, 31) <= detail.acceptance_due <= date(2027, 1, 8)
    assert detail.mediation_due == date(2027, 1, 14)
    flow = flow_on(services, date(2027, 1, 6))
    assert [i.kind.value for i in flow.todo() if i.case_id == ref.id] == ["acceptance"]
    flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=date(2027, 1, 4))


def test_acceptance_moves_the_case_and_records_the_decision(
    services: Services, flow: WorkflowServices, new_case: NewCase
) -> None:
    ref = new_case()
    out = flow.decide_acceptance(
        ref.id,
        ref.version,
        accepted=True,
        decided_on=date(2026, 11, 11),
        respondent_consent=Consent.YES,
        consent_on=date(2026, 11, 11),
    )
    detail = services.get_case(ref.id)
    assert detail.status is CaseStatus.MEDIATING
    assert detail.accepted_on == date(2026, 11, 11)
    assert out.version == detail.version > ref.version
    decision = flow.acceptance_of(ref.id)
    assert decision is not None and decision.accepted
    assert decision.respondent_consent is Consent.YES
    entities = {h.entity for h in services.history(ref.id)}
    assert {"acceptance_decision", "status_change"} <= entities


def test_not_accepted_needs_a_reason_and_closes_the_case(
    services: Services, flow: WorkflowServices, new_case: NewCase
) -> None:
    ref = new_case()
    with pytest.raises(InvalidTransition, match="不予受理的理由"):
        flow.decide_acceptance(ref.id, ref.version, accepted=False, decided_on=date(2026, 11, 11))
    assert services.get_case(ref.id).version == ref.version  # nothing was written
    flow.decide_acceptance(
        ref.id,
        ref.version,
        accepted=False,
        decided_on=date(2026, 11, 11),
        reason=NotAcceptedReason.ALREADY_PENDING,
        reason_text="已向区仲裁委申请仲裁",
    )
    detail = services.get_case(ref.id)
    assert detail.status is CaseStatus.NOT_ACCEPTED
    assert (detail.closed_on, detail.closure_reason) == (date(2026, 11, 11), "already_pending")
    decision = flow.acceptance_of(ref.id)
    assert decision is not None and decision.reason_text == "已向区仲裁委申请仲裁"


def test_decision_dates_cannot_be_in_the_future(flow: WorkflowServices, new_case: NewCase) -> None:
    ref = new_case()
    with pytest.raises(ValidationFailed, match="不能晚于今天"):
        flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=date(2026, 11, 25))


def test_respondent_refusal_ends_the_case(
    services: Services, flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()
    flow.record_respondent_refusal(ref.id, ref.version, date(2026, 11, 12), "电话表示不同意调解")
    detail = services.get_case(ref.id)
    assert detail.status is CaseStatus.REFUSED
    assert detail.closure_reason == "respondent_disagrees"
    changes = flow.status_changes_of(ref.id)
    assert [c.action for c in changes] == [Action.ACCEPT, Action.RESPONDENT_REFUSES]
    assert changes[-1].note == "电话表示不同意调解"


def test_accepting_with_a_refusing_respondent_is_refused(
    flow: WorkflowServices, new_case: NewCase
) -> None:
    ref = new_case()
    with pytest.raises(MediatorError, match="被申请人拒绝调解"):
        flow.decide_acceptance(
            ref.id,
            ref.version,
            accepted=True,
            decided_on=date(2026, 11, 11),
            respondent_consent=Consent.NO,
        )


def test_stale_version_is_refused_and_the_other_change_survives(
    services: Services, flow: WorkflowServices, new_case: NewCase
) -> None:
    ref = new_case()
    flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=date(2026, 11, 11))
    with pytest.raises(StaleEdit, match="已被他人"):
        flow.close_case(ref.id, ref.version, Action.WITHDRAW, date(2026, 11, 12))
    stale = services.get_case(ref.id)
    with pytest.raises(StaleEdit):
        services.update_case(ref.id, ref.version, stale.data)
    assert services.get_case(ref.id).status is CaseStatus.MEDIATING


def test_workflow_change_conflicts_with_an_open_intake_edit(
    services: Services, flow: WorkflowServices, new_case: NewCase
) -> None:
    ref = new_case()
    editing = services.get_case(ref.id)
    flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=date(2026, 11, 11))
    editing.data.applicants[0].phone = "13900001111"
    with pytest.raises(StaleEdit):
        services.update_case(ref.id, editing.version, editing.data)


def _roster(services: Services) -> list[int]:
    ids = []
    for name, cert in (("王主任", "调证-0002"), ("陈书记", "")):
        ids.append(services.save_user(UserInfo(name, certificate_no=cert)).id or 0)
    return ids


def test_mediators_lead_assistant_recorder_and_the_parties_choice(
    services: Services, flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()
    me = services.users()[0].id or 0
    boss, clerk = _roster(services)
    ref = flow.assign_mediators(
        ref.id,
        ref.version,
        [
            MediatorAssignment(boss, MediatorRole.LEAD, chosen_by_parties=True),
            MediatorAssignment(me, MediatorRole.ASSISTANT),
            MediatorAssignment(clerk, MediatorRole.RECORDER),
        ],
    )
    team = flow.mediators_of(ref.id)
    assert [(m.name, m.role, m.chosen_by_parties) for m in team] == [
        ("王主任", MediatorRole.LEAD, True),
        ("李调解", MediatorRole.ASSISTANT, False),
        ("陈书记", MediatorRole.RECORDER, False),
    ]
    assert services.case_rows([ref.id])[ref.id].lead_mediator == "王主任"
    with pytest.raises(ValidationFailed, match="主办调解员"):
        flow.assign_mediators(ref.id, ref.version, [MediatorAssignment(me, MediatorRole.ASSISTANT)])
    services.save_user(UserInfo("陈书记", active=False, id=clerk))
    with pytest.raises(ValidationFailed, match="已停用"):
        flow.assign_mediators(
            ref.id,
            ref.version,
            [
                MediatorAssignment(me, MediatorRole.LEAD),
                MediatorAssignment(clerk, MediatorRole.RECORDER),
            ],
        )


def test_granted_recusal_removes_the_mediator(
    services: Services, flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()
    me = services.users()[0].id or 0
    boss, _ = _roster(services)
    ref = flow.assign_mediators(
        ref.id,
        ref.version,
        [
            MediatorAssignment(me, MediatorRole.LEAD),
            MediatorAssignment(boss, MediatorRole.ASSISTANT),
        ],
    )
    asked = RecusalData(
        RecusalRequester.RESPONDENT, boss, date(2026, 11, 12), "某公司", "系申请人亲属"
    )
    info = flow.record_recusal(ref.id, ref.version, asked)
    assert info.against_name == "王主任" and info.data.decision is RecusalDecision.PENDING
    version = services.get_case(ref.id).version
    granted = RecusalData(
        **{**asked.__dict__, "decision": RecusalDecision.GRANTED, "decided_on": date(2026, 11, 13)}
    )
    flow.record_recusal(ref.id, version, granted, recusal_id=info.id)
    assert [m.name for m in flow.mediators_of(ref.id)] == ["李调解"]
    assert [r.data.decision for r in flow.recusals_of(ref.id)] == [RecusalDecision.GRANTED]


def test_extension_moves_mediation_due_and_keeps_the_history(
    services: Services, flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()  # received 2026-11-10, due 2026-11-25
    first = flow.extend_deadline(
        ref.id, ref.version, date(2026, 11, 20), date(2026, 12, 10), "双方同意"
    )
    second = flow.extend_deadline(
        ref.id, first.case_version, date(2026, 11, 24), date(2026, 12, 20)
    )
    assert services.get_case(ref.id).mediation_due == date(2026, 12, 20)
    history = [(e.previous_due, e.new_due) for e in flow.extensions_of(ref.id)]
    assert history == [
        (date(2026, 11, 25), date(2026, 12, 10)),
        (date(2026, 12, 10), date(2026, 12, 20)),
    ]
    with pytest.raises(ValidationFailed, match="应晚于当前期限"):
        flow.extend_deadline(ref.id, second.case_version, date(2026, 11, 24), date(2026, 12, 1))
    # Editing the holiday table recomputes deadlines, but an agreed extension stays.
    services.set_calendar_day(date(2026, 11, 13), DayKind.HOLIDAY, "测试")
    assert services.get_case(ref.id).mediation_due == date(2026, 12, 20)
    assert any(h.entity == "deadline_extension" for h in services.history(ref.id))


def test_overdue_failure_is_refused_before_the_due_date_and_allowed_after(
    services: Services, flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()  # mediation due 2026-11-25, today 2026-11-24
    with pytest.raises(InvalidTransition, match="尚未届满"):
        flow.close_case(ref.id, ref.version, Action.FAIL, date(2026, 11, 24), FailureReason.OVERDUE)
    later = flow_on(services, date(2026, 11, 26))
    later.close_case(ref.id, ref.version, Action.FAIL, date(2026, 11, 26), FailureReason.OVERDUE)
    detail = services.get_case(ref.id)
    assert detail.status is CaseStatus.FAILED
    assert (detail.closed_on, detail.closure_reason) == (date(2026, 11, 26), "overdue")


def test_withdrawal_and_the_non_closing_actions(
    services: Services, flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()
    with pytest.raises(MediatorError, match="不是结案操作"):
        flow.close_case(ref.id, ref.version, Action.SIGN_AGREEMENT, date(2026, 11, 20))
    flow.close_case(ref.id, ref.version, Action.WITHDRAW, date(2026, 11, 20), note="已自行和解")
    detail = services.get_case(ref.id)
    assert (detail.status, detail.closure_reason) == (CaseStatus.WITHDRAWN, "applicant_withdrew")


def test_reopening_is_recorded_in_the_history_with_its_reason(
    services: Services, flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()
    closed = flow.close_case(
        ref.id, ref.version, Action.FAIL, date(2026, 11, 20), FailureReason.NO_AGREEMENT
    )
    with pytest.raises(InvalidTransition, match="必须填写理由"):
        flow.reopen_case(ref.id, closed.version, " ")
    flow.reopen_case(ref.id, closed.version, "被申请人来电表示愿意继续协商")
    detail = services.get_case(ref.id)
    assert detail.status is CaseStatus.MEDIATING
    assert (detail.closed_on, detail.closure_reason) == (None, "")
    entries = services.history(ref.id)
    reopen = [h for h in entries if h.entity == "status_change" and "reopen" in (h.new_value or "")]
    assert len(reopen) == 1 and "被申请人来电表示愿意继续协商" in (reopen[0].new_value or "")
    assert any(h.field == "status" and h.new_value == "mediating" for h in entries[-5:])


def test_voided_case_takes_no_workflow_action(
    services: Services, flow: WorkflowServices, new_case: NewCase
) -> None:
    ref = new_case()
    voided = services.void_case(ref.id, ref.version, "重复登记")
    with pytest.raises(MediatorError, match="已作废"):
        flow.decide_acceptance(ref.id, voided.version, accepted=True, decided_on=date(2026, 11, 11))


def test_follow_up_visits_set_the_next_visit(
    services: Services, flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()
    with pytest.raises(MediatorError, match="暂不能登记回访"):
        flow.add_follow_up(
            ref.id, ref.version, FollowUpData(date(2026, 11, 20), FollowUpFinding.PAID)
        )
    closed = flow.close_case(
        ref.id, ref.version, Action.FAIL, date(2026, 11, 20), FailureReason.NO_AGREEMENT
    )
    visit = FollowUpData(
        date(2026, 11, 22), FollowUpFinding.PARTLY_PAID, "吉𠮷", "已付一期", date(2026, 12, 1)
    )
    out = flow.add_follow_up(ref.id, closed.version, visit)
    assert out.case_version > closed.version
    assert [f.data for f in flow.follow_ups_of(ref.id)] == [visit]
    with pytest.raises(ValidationFailed, match="应晚于本次回访"):
        flow.add_follow_up(
            ref.id,
            out.case_version,
            FollowUpData(
                date(2026, 11, 23), FollowUpFinding.OTHER, next_visit_on=date(2026, 11, 23)
            ),
        )
