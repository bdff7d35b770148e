"""The case state machine: every action from every status, allowed or refused."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from mediator.domain.enums import CaseStatus
from mediator.domain.errors import InvalidTransition
from mediator.domain.workflow import (
    CLOSED_STATUSES,
    Move,
    allowed_actions,
    closure_label,
    default_copies,
    reopen_target,
    transition,
)
from mediator.domain.workflow_enums import Action, FailureReason, NotAcceptedReason

S = CaseStatus
A = Action

ALLOWED: dict[tuple[CaseStatus, Action], CaseStatus] = {
    (S.RECEIVED, A.ACCEPT): S.MEDIATING,
    (S.RECEIVED, A.NOT_ACCEPT): S.NOT_ACCEPTED,
    (S.RECEIVED, A.RESPONDENT_REFUSES): S.REFUSED,
    (S.RECEIVED, A.WITHDRAW): S.WITHDRAWN,
    (S.MEDIATING, A.RESPONDENT_REFUSES): S.REFUSED,
    (S.MEDIATING, A.WITHDRAW): S.WITHDRAWN,
    (S.MEDIATING, A.SIGN_AGREEMENT): S.AGREED,
    (S.MEDIATING, A.FAIL): S.FAILED,
    (S.AGREED, A.FAIL): S.FAILED,
    (S.AGREED, A.REOPEN): S.MEDIATING,
    (S.FAILED, A.REOPEN): S.MEDIATING,
    (S.WITHDRAWN, A.REOPEN): S.MEDIATING,
    (S.REFUSED, A.REOPEN): S.MEDIATING,
    (S.NOT_ACCEPTED, A.REOPEN): S.RECEIVED,
}


def good_move(status: CaseStatus, action: Action) -> Move:
    """A move with everything an allowed transition could ask for."""
    reason: NotAcceptedReason | FailureReason | None = None
    if action is A.NOT_ACCEPT:
        reason = NotAcceptedReason.OUT_OF_SCOPE
    elif action is A.FAIL:
        agreed = status is S.AGREED
        reason = FailureReason.NOT_PERFORMED if agreed else FailureReason.NO_AGREEMENT
    return Move(
        reason=reason,
        note="当事人要求继续调解",
        today=date(2026, 11, 24),
        mediation_due=date(2026, 10, 15),
        was_accepted=True,
    )


MATRIX = list(itertools.product(CaseStatus, Action))


@pytest.mark.parametrize(("status", "action"), [p for p in MATRIX if p in ALLOWED])
def test_allowed_transition(status: CaseStatus, action: Action) -> None:
    assert transition(status, action, good_move(status, action)) is ALLOWED[status, action]


@pytest.mark.parametrize(("status", "action"), [p for p in MATRIX if p not in ALLOWED])
def test_forbidden_transition_says_why(status: CaseStatus, action: Action) -> None:
    with pytest.raises(InvalidTransition) as caught:
        transition(status, action, good_move(status, action))
    message = caught.value.message
    assert message.endswith("。")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)


@pytest.mark.parametrize("status", list(CaseStatus))
def test_allowed_actions_match_the_matrix(status: CaseStatus) -> None:
    assert allowed_actions(status) == [a for a in Action if (status, a) in ALLOWED]


def test_agreement_before_acceptance_is_refused_with_the_way_forward() -> None:
    with pytest.raises(InvalidTransition) as caught:
        transition(S.RECEIVED, A.SIGN_AGREEMENT)
    assert caught.value.message == "案件尚未受理，不能记录调解协议。请先作出受理决定。"


def test_a_closed_case_must_be_reopened_first() -> None:
    with pytest.raises(InvalidTransition, match="请先重新开启案件"):
        transition(S.FAILED, A.WITHDRAW)
    with pytest.raises(InvalidTransition, match="补充协议"):
        transition(S.AGREED, A.SIGN_AGREEMENT)


def test_not_accepting_needs_a_reason() -> None:
    with pytest.raises(InvalidTransition, match="不予受理的理由"):
        transition(S.RECEIVED, A.NOT_ACCEPT)
    with pytest.raises(InvalidTransition, match="不予受理的理由"):
        transition(S.RECEIVED, A.NOT_ACCEPT, Move(reason=FailureReason.NO_AGREEMENT))


@pytest.mark.parametrize(
    ("today", "allowed"),
    [(date(2026, 10, 14), False), (date(2026, 10, 15), False), (date(2026, 10, 16), True)],
)
def test_overdue_failure_only_after_the_mediation_due_date(today: date, allowed: bool) -> None:
    move = Move(reason=FailureReason.OVERDUE, today=today, mediation_due=date(2026, 10, 15))
    if allowed:
        assert transition(S.MEDIATING, A.FAIL, move) is S.FAILED
    else:
        with pytest.raises(InvalidTransition, match="尚未届满"):
            transition(S.MEDIATING, A.FAIL, move)


def test_overdue_failure_without_dates_is_refused() -> None:
    with pytest.raises(InvalidTransition, match="无法判断"):
        transition(S.MEDIATING, A.FAIL, Move(reason=FailureReason.OVERDUE))


@pytest.mark.parametrize(
    ("status", "reason", "hint"),
    [
        (S.MEDIATING, None, "请选择调解不成的理由"),
        (S.MEDIATING, FailureReason.RESPONDENT_DISAGREES, "被申请人拒绝调解"),
        (S.MEDIATING, FailureReason.APPLICANT_WITHDREW, "撤回"),
        (S.MEDIATING, FailureReason.NOT_PERFORMED, "尚未达成协议"),
        (S.AGREED, FailureReason.NO_AGREEMENT, "未按期履行"),
        (S.AGREED, FailureReason.OVERDUE, "未按期履行"),
    ],
)
def test_failure_reason_must_fit(
    status: CaseStatus, reason: FailureReason | None, hint: str
) -> None:
    with pytest.raises(InvalidTransition, match=hint):
        transition(status, A.FAIL, Move(reason=reason))


@pytest.mark.parametrize("reason", [FailureReason.PARTY_TERMINATES, FailureReason.NO_AGREEMENT])
def test_failure_reasons_open_to_mediating_cases(reason: FailureReason) -> None:
    assert transition(S.MEDIATING, A.FAIL, Move(reason=reason)) is S.FAILED


@pytest.mark.parametrize("status", CLOSED_STATUSES)
def test_reopening_needs_a_reason(status: CaseStatus) -> None:
    with pytest.raises(InvalidTransition, match="必须填写理由"):
        transition(status, A.REOPEN, Move(note="  "))


@pytest.mark.parametrize(
    ("status", "was_accepted", "target"),
    [
        (S.REFUSED, False, S.RECEIVED),
        (S.WITHDRAWN, False, S.RECEIVED),
        (S.REFUSED, True, S.MEDIATING),
        (S.NOT_ACCEPTED, False, S.RECEIVED),
        (S.FAILED, True, S.MEDIATING),
    ],
)
def test_reopened_case_goes_back_where_it_was(
    status: CaseStatus, was_accepted: bool, target: CaseStatus
) -> None:
    assert reopen_target(status, was_accepted) is target
    assert transition(status, A.REOPEN, Move(note="误操作", was_accepted=was_accepted)) is target


def test_closure_label_and_copies() -> None:
    assert closure_label(S.FAILED, "overdue") == "调解不成（逾期）"
    assert closure_label(S.NOT_ACCEPTED, "out_of_scope").startswith("不予受理（")
    assert closure_label(S.WITHDRAWN, "") == "已撤回"
    assert default_copies(2) == 3
    assert default_copies(13) == 14
