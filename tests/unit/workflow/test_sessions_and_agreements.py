"""Session records saved as they are typed, and agreements frozen once signed."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from mediator.domain.enums import CaseStatus, ClaimCategory, MediatorRole
from mediator.domain.errors import MediatorError, ValidationFailed
from mediator.domain.workflow_enums import (
    AttendeeKind,
    AttendeeSide,
    SessionForm,
    SessionOutcome,
    Speaker,
    TermKind,
)
from mediator.persistence import orm
from mediator.persistence.cases import CaseRef
from mediator.persistence.errors import StaleEdit
from mediator.persistence.services import Services
from mediator.persistence.workflow import (
    Attendee,
    SessionData,
    StaffEntry,
    TermData,
    Turn,
)
from mediator.persistence.workflow_services import WorkflowServices

NewCase = Callable[..., CaseRef]


def _audit_rows(services: Services) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(orm.AuditEntry)) or 0


def _header(services: Services) -> SessionData:
    me = services.users()[0].id or 0
    return SessionData(
        held_on=date(2026, 11, 24),
        form=SessionForm.ON_SITE,
        starts_at=time(9, 30),
        place="城南街道调解室",
        staff=(StaffEntry(me, MediatorRole.LEAD), StaffEntry(me, MediatorRole.RECORDER)),
        attendees=(
            Attendee(AttendeeSide.APPLICANT, AttendeeKind.PARTY, "吉𠮷"),
            Attendee(AttendeeSide.RESPONDENT, AttendeeKind.AGENT, "王律师", "公司委托代理人"),
        ),
        rights_explained=True,
        recusal_asked=True,
        identities_checked=True,
    )


TURNS = [
    Turn(Speaker.MEDIATOR, "请申请人陈述请求和理由。", "李调解"),
    Turn(Speaker.APPLICANT, "公司拖欠我三个月工资共一万六千元。", "吉𠮷"),
    Turn(Speaker.RESPONDENT, "工资数额无异议，但资金紧张，希望分期支付。", "王律师"),
]


def test_session_needs_an_accepted_case(
    services: Services, flow: WorkflowServices, new_case: NewCase
) -> None:
    ref = new_case()
    with pytest.raises(MediatorError, match="案件尚未受理，不能安排调解"):
        flow.create_session(ref.id, ref.version, _header(services))


def test_session_saved_as_drafts_while_typing_then_finished(
    services: Services, accepted_case: NewCase
) -> None:
    ref = accepted_case()
    ticks = itertools.count()
    flow = WorkflowServices(
        services.db,
        today=lambda: date(2026, 11, 24),
        now=lambda: datetime(2026, 11, 24, 9, 30) + timedelta(seconds=next(ticks)),
    )
    created = flow.create_session(ref.id, ref.version, _header(services))
    assert created.draft and created.seq == 1 and created.title == "第1次调解"
    version = created.case_version
    audit_before = _audit_rows(services)
    data = created.data
    for n in range(1, len(TURNS) + 1):  # one more turn per autosave
        data = replace(data, turns=tuple(TURNS[:n]))
        saved = flow.save_session_draft(created.id, data)
        assert saved.data.turns == tuple(TURNS[:n])
        saved_again = flow.save_session_draft(created.id, data)  # idempotent: writes nothing
        assert saved_again.draft_saved_at == saved.draft_saved_at
        assert saved.draft_saved_at != created.draft_saved_at
    edited = replace(TURNS[1], text="公司拖欠我三个月工资共一万六千元，请求一次付清。")
    data = replace(data, turns=(TURNS[0], edited, TURNS[2]), evidence="工资条三张")
    flow.save_session_draft(created.id, data)
    # Drafts neither bump the case version nor fill the history.
    assert services.get_case(ref.id).version == version
    assert _audit_rows(services) == audit_before
    assert flow.session(created.id).data == data

    with pytest.raises(ValidationFailed, match="请选择本次调解的结果"):
        flow.finish_session(created.id, version, data)
    final = replace(
        data,
        ends_at=time(11, 0),
        proposal="被申请人分三期支付",
        outcome=SessionOutcome.CONTINUE,
        continue_on=date(2026, 11, 27),
    )
    done = flow.finish_session(created.id, version, final)
    assert not done.draft and done.case_version > version
    assert flow.sessions_of(ref.id)[0].data == final
    finish = [h for h in services.history(ref.id) if h.action == "finish"]
    assert len(finish) == 1
    record = json.loads(finish[0].new_value or "{}")
    assert record["turns"][1]["text"].endswith("请求一次付清。")
    assert record["outcome"] == "continue"
    with pytest.raises(MediatorError, match="已完成"):
        flow.save_session_draft(created.id, final)


def test_a_second_session_is_numbered_and_a_stale_finish_is_refused(
    services: Services, flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()
    first = flow.create_session(ref.id, ref.version, _header(services))
    second = flow.create_session(
        ref.id, first.case_version, replace(_header(services), held_on=date(2026, 11, 27))
    )
    assert second.seq == 2
    done = replace(first.data, outcome=SessionOutcome.NO_AGREEMENT)
    with pytest.raises(StaleEdit):
        flow.finish_session(first.id, first.case_version, done)
    assert flow.session(first.id).draft  # the draft is still there to finish after reloading
    with pytest.raises(ValidationFailed, match="尚未举行"):
        flow.finish_session(
            second.id, second.case_version, replace(second.data, outcome=SessionOutcome.AGREEMENT)
        )


def instalments() -> list[TermData]:
    pay = TermData(
        TermKind.PAYMENT,
        payer="城南建设集团有限公司",
        payee="吉𠮷",
        item=ClaimCategory.WAGES,
        method="银行转账",
        place="城南街道调解室",
    )
    return [
        replace(pay, amount=Decimal("6000"), due_on=date(2026, 12, 5)),
        replace(pay, amount=Decimal("5000"), due_on=date(2027, 1, 5)),
        replace(pay, amount=Decimal("5000.50"), due_on=date(2027, 2, 5)),
        TermData(TermKind.TEXT, text="被申请人于2026年12月5日前为申请人出具离职证明。"),
    ]


def test_agreement_with_three_instalments_is_signed_and_frozen(
    services: Services, flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()
    draft = flow.create_agreement(ref.id, ref.version, instalments()[:2])
    assert draft.copies == 3  # one applicant, one respondent, one for the file
    terms = instalments()
    updated = flow.update_agreement_terms(draft.id, draft.case_version, terms)
    assert updated.terms == tuple(terms)
    assert updated.payment_total == Decimal("16000.50")
    signed = flow.sign_agreement(draft.id, updated.case_version, date(2026, 11, 24))
    assert signed.is_effective
    detail = services.get_case(ref.id)
    assert (detail.status, detail.closed_on) == (CaseStatus.AGREED, date(2026, 11, 24))
    with pytest.raises(MediatorError, match="补充协议"):
        flow.update_agreement_terms(draft.id, signed.case_version, terms[:1])
    main = flow.agreement_of(ref.id)
    assert main is not None and main.terms == tuple(terms)


def test_supplementary_agreement_refers_to_the_signed_one(
    services: Services, flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()
    draft = flow.create_agreement(ref.id, ref.version, instalments())
    with pytest.raises(MediatorError, match="直接修改"):
        flow.create_supplementary_agreement(draft.id, draft.case_version, instalments()[:1])
    signed = flow.sign_agreement(draft.id, draft.case_version, date(2026, 11, 20))
    extra = [TermData(TermKind.TEXT, text="第三期付款期限延至2027年2月28日。")]
    supplement = flow.create_supplementary_agreement(draft.id, signed.case_version, extra)
    assert supplement.supplements_id == draft.id and supplement.seq == 2
    flow.sign_agreement(supplement.id, supplement.case_version, date(2026, 11, 24))
    assert services.get_case(ref.id).status is CaseStatus.AGREED
    assert [a.seq for a in flow.agreements_of(ref.id)] == [1, 2]
    main = flow.agreement_of(ref.id)
    assert main is not None and main.id == draft.id


def test_incomplete_payment_terms_are_refused(
    flow: WorkflowServices, accepted_case: NewCase
) -> None:
    ref = accepted_case()
    broken = [replace(instalments()[0], due_on=None), TermData(TermKind.TEXT, text=" ")]
    with pytest.raises(ValidationFailed) as caught:
        flow.create_agreement(ref.id, ref.version, broken)
    assert {i.field for i in caught.value.issues} == {"terms.0.due_on", "terms.1.text"}


def test_agreement_before_acceptance_is_refused(flow: WorkflowServices, new_case: NewCase) -> None:
    ref = new_case()
    with pytest.raises(MediatorError, match="案件尚未受理"):
        flow.create_agreement(ref.id, ref.version, instalments())
