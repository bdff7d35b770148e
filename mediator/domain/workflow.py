"""The case state machine: which action moves a case from which status to which.

```
RECEIVED --accept--------------> MEDIATING --sign_agreement--> AGREED
RECEIVED --not_accept(reason)--> NOT_ACCEPTED
RECEIVED | MEDIATING --respondent_refuses--> REFUSED
RECEIVED | MEDIATING --withdraw-----------> WITHDRAWN
MEDIATING --fail(reason)-------> FAILED   (逾期 only after mediation_due)
AGREED --fail(not_performed)---> FAILED   (达成协议后一方未按期履行)
any closed status --reopen(note)--> RECEIVED or MEDIATING
```

A forbidden move raises ``InvalidTransition`` with a Chinese sentence that
says why and what to do instead (domain.md 1.6, 1.8, 1.9, 2.2, 2.5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mediator.domain.enums import CaseStatus
from mediator.domain.errors import InvalidTransition
from mediator.domain.workflow_enums import Action, FailureReason, NotAcceptedReason

Reason = NotAcceptedReason | FailureReason

CLOSED_STATUSES: tuple[CaseStatus, ...] = (
    CaseStatus.AGREED,
    CaseStatus.FAILED,
    CaseStatus.WITHDRAWN,
    CaseStatus.REFUSED,
    CaseStatus.NOT_ACCEPTED,
)

FAIL_REASONS: dict[CaseStatus, frozenset[FailureReason]] = {
    CaseStatus.MEDIATING: frozenset(
        {FailureReason.PARTY_TERMINATES, FailureReason.NO_AGREEMENT, FailureReason.OVERDUE}
    ),
    CaseStatus.AGREED: frozenset({FailureReason.NOT_PERFORMED}),
}
"""Which failure reasons ``Action.FAIL`` accepts from which status."""

_SIMPLE: dict[Action, tuple[frozenset[CaseStatus], CaseStatus]] = {
    Action.ACCEPT: (frozenset({CaseStatus.RECEIVED}), CaseStatus.MEDIATING),
    Action.RESPONDENT_REFUSES: (
        frozenset({CaseStatus.RECEIVED, CaseStatus.MEDIATING}),
        CaseStatus.REFUSED,
    ),
    Action.WITHDRAW: (frozenset({CaseStatus.RECEIVED, CaseStatus.MEDIATING}), CaseStatus.WITHDRAWN),
    Action.SIGN_AGREEMENT: (frozenset({CaseStatus.MEDIATING}), CaseStatus.AGREED),
}

_NOT_YET_ACCEPTED = "案件尚未受理，不能{what}。请先作出受理决定。"


@dataclass(frozen=True)
class Move:
    """What a transition needs to know besides the status and the action."""

    reason: Reason | None = None
    note: str = ""
    today: date | None = None
    mediation_due: date | None = None
    was_accepted: bool = False
    """The case had been accepted before it closed (where a reopened case goes back to)."""


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _closed_message(status: CaseStatus, action: Action) -> str:
    if status is CaseStatus.AGREED and action is Action.SIGN_AGREEMENT:
        return "案件已签订调解协议。如需变更或补充，请另行签订补充协议。"
    return (
        f"案件已结案（{status.label}），不能再{action.label}。"
        "如确需继续办理，请先重新开启案件并填写理由。"
    )


def _simple(status: CaseStatus, action: Action) -> CaseStatus:
    sources, target = _SIMPLE[action]
    if status in sources:
        return target
    if status is CaseStatus.RECEIVED:  # only SIGN_AGREEMENT gets here
        raise InvalidTransition(_NOT_YET_ACCEPTED.format(what="记录调解协议"))
    if status is CaseStatus.MEDIATING:  # only ACCEPT gets here
        raise InvalidTransition("案件已经受理，正在调解中，无需再次受理。")
    raise InvalidTransition(_closed_message(status, action))


def _not_accept(status: CaseStatus, move: Move) -> CaseStatus:
    if status is CaseStatus.MEDIATING:
        raise InvalidTransition(
            "案件已经受理，不能再作出不予受理决定。调解无法进行的，请以调解不成或撤回结案。"
        )
    if status is not CaseStatus.RECEIVED:
        raise InvalidTransition(_closed_message(status, Action.NOT_ACCEPT))
    if not isinstance(move.reason, NotAcceptedReason):
        raise InvalidTransition(
            "请选择不予受理的理由（不属于受理范围、主体不适格、没有具体请求，"
            "或争议已由仲裁委员会或人民法院受理），并填写说明。"
        )
    return CaseStatus.NOT_ACCEPTED


def _check_fail_reason(status: CaseStatus, reason: FailureReason) -> None:
    if reason is FailureReason.RESPONDENT_DISAGREES:
        raise InvalidTransition("被申请人不同意调解的，请使用“被申请人拒绝调解”操作结案。")
    if reason is FailureReason.APPLICANT_WITHDREW:
        raise InvalidTransition("申请人撤回的，请使用“撤回”操作结案。")
    if status is CaseStatus.MEDIATING and reason is FailureReason.NOT_PERFORMED:
        raise InvalidTransition(
            "案件尚未达成协议，不能以“达成协议后一方未按期履行”结案。请选择其他理由。"
        )
    if status is CaseStatus.AGREED and reason is not FailureReason.NOT_PERFORMED:
        raise InvalidTransition(
            "案件已达成调解协议。只有协议未按期履行时才能出具调解终止书，"
            "请选择“达成协议后一方未按期履行”。"
        )


def _check_overdue(move: Move) -> None:
    if move.today is None or move.mediation_due is None:
        raise InvalidTransition("无法判断调解期限是否届满，不能以“调解不成（逾期）”结案。")
    if move.today <= move.mediation_due:
        raise InvalidTransition(
            f"调解期限至{_cn(move.mediation_due)}，尚未届满，不能以“调解不成（逾期）”结案。"
            "请在期限届满后再结案，或选择其他结案理由。"
        )


def _fail(status: CaseStatus, move: Move) -> CaseStatus:
    if status is CaseStatus.RECEIVED:
        raise InvalidTransition(
            "案件尚未受理，不能以调解不成结案。被申请人不同意调解的，请记录“被申请人拒绝调解”；"
            "不符合受理条件的，请作出不予受理决定。"
        )
    if status not in FAIL_REASONS:
        raise InvalidTransition(_closed_message(status, Action.FAIL))
    if not isinstance(move.reason, FailureReason):
        raise InvalidTransition("请选择调解不成的理由。")
    _check_fail_reason(status, move.reason)
    if move.reason is FailureReason.OVERDUE:
        _check_overdue(move)
    return CaseStatus.FAILED


def reopen_target(status: CaseStatus, was_accepted: bool) -> CaseStatus:
    """Where a closed case goes back to when it is reopened."""
    if status is CaseStatus.NOT_ACCEPTED:
        return CaseStatus.RECEIVED
    if status in (CaseStatus.REFUSED, CaseStatus.WITHDRAWN) and not was_accepted:
        return CaseStatus.RECEIVED
    return CaseStatus.MEDIATING


def _reopen(status: CaseStatus, move: Move) -> CaseStatus:
    if status.is_open:
        raise InvalidTransition(f"案件尚未结案（{status.label}），无需重新开启。")
    if not move.note.strip():
        raise InvalidTransition(
            "重新开启案件必须填写理由。请说明为什么重新开启，它会记入案件历史。"
        )
    return reopen_target(status, move.was_accepted)


def transition(status: CaseStatus, action: Action, move: Move | None = None) -> CaseStatus:
    """The status after ``action``, or ``InvalidTransition`` saying why not."""
    move = move or Move()
    if action in _SIMPLE:
        return _simple(status, action)
    if action is Action.NOT_ACCEPT:
        return _not_accept(status, move)
    if action is Action.FAIL:
        return _fail(status, move)
    if action is Action.REOPEN:
        return _reopen(status, move)
    raise InvalidTransition(f"未知的操作“{action}”。")  # pragma: no cover


def allowed_actions(status: CaseStatus) -> list[Action]:
    """Actions that can apply to a case in ``status`` (given a valid reason)."""
    allowed = [a for a, (sources, _) in _SIMPLE.items() if status in sources]
    if status is CaseStatus.RECEIVED:
        allowed.append(Action.NOT_ACCEPT)
    if status in FAIL_REASONS:
        allowed.append(Action.FAIL)
    if status in CLOSED_STATUSES:
        allowed.append(Action.REOPEN)
    return sorted(allowed, key=list(Action).index)


_SHORT_FAILURE = {
    FailureReason.OVERDUE: "逾期",
    FailureReason.NO_AGREEMENT: "未能达成协议",
    FailureReason.PARTY_TERMINATES: "一方要求终止",
    FailureReason.NOT_PERFORMED: "协议未按期履行",
}


def closure_label(status: CaseStatus, reason_code: str) -> str:
    """How a closed case's ending reads, e.g. "调解不成（逾期）"."""
    failures = {r.value: r for r in FailureReason}
    refusals = {r.value: r for r in NotAcceptedReason}
    if reason_code in failures:
        reason = failures[reason_code]
        return f"{status.label}（{_SHORT_FAILURE.get(reason, reason.label)}）"
    if reason_code in refusals:
        return f"{status.label}（{refusals[reason_code].label}）"
    return status.label


def default_copies(party_count: int) -> int:
    """Copies of an agreement: one per party and one for the file (domain.md 2)."""
    return max(party_count, 2) + 1
