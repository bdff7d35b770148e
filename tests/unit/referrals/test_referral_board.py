"""The board shows open confirmation windows and arbitration referrals waiting for an outcome."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from mediator.domain.routes import DeliveryMethod, OutcomeKind, RouteKind
from mediator.domain.workflow_enums import TodoKind
from mediator.persistence.cases import CaseRef
from mediator.persistence.referral_services import ReferralServices
from mediator.persistence.referrals import OutcomeData, ReferralData
from mediator.persistence.todo import TodoItem
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import TODAY

MINE = {TodoKind.CONFIRMATION_WINDOW, TodoKind.REFERRAL_PENDING}


def board(flow: WorkflowServices) -> list[TodoItem]:
    return [i for i in flow.todo(TODAY) if i.kind in MINE]


def test_open_windows_are_on_the_board_until_used(
    flow: WorkflowServices, referrals: ReferralServices, signed: Callable[..., int]
) -> None:
    last_day = signed(date(2026, 11, 9), name="甲")
    signed(date(2026, 10, 24), name="乙")  # both windows closed yesterday or before
    items = board(flow)
    assert [(i.case_id, i.due, i.overdue) for i in items] == [
        (last_day, date(2026, 11, 24), False),
        (last_day, date(2026, 12, 9), False),
    ]
    assert items[0].title.startswith(
        "仲裁审查确认申请期限至11月24日（协议11月9日生效，双方共同申请）"
    )
    referrals.record_referral(
        last_day,
        ReferralData(
            RouteKind.JUDICIAL_CONFIRMATION, TODAY, DeliveryMethod.GUIDED, body="城南区人民法院"
        ),
    )
    assert [i.due for i in board(flow)] == [date(2026, 11, 24)]


def test_arbitration_referrals_without_outcome_after_30_days(
    flow: WorkflowServices,
    referrals: ReferralServices,
    failed: Callable[..., CaseRef],
    committee: int,
) -> None:
    def refer(name: str, on: date) -> int:
        case = failed(name)
        data = ReferralData(RouteKind.ARBITRATION, on, DeliveryMethod.POST, committee_id=committee)
        return referrals.record_referral(case.id, data).id

    refer("甲", date(2026, 10, 25))  # 30 days ago today
    refer("乙", date(2026, 10, 26))  # 29 days: not yet
    older = refer("丙", date(2026, 10, 24))
    items = board(flow)
    assert sorted((i.due, i.overdue) for i in items) == [
        (date(2026, 11, 23), True),
        (date(2026, 11, 24), False),
    ]
    expected = "10月25日转介南山区劳动人事争议仲裁委员会，尚未登记仲裁结果，请联系了解：吉𠮷"
    assert any(i.title.startswith(expected.replace("吉𠮷", "甲")) for i in items)
    referrals.record_outcome(
        older, OutcomeData(OutcomeKind.ACCEPTED, date(2026, 10, 28), "南劳人仲案〔2026〕1号")
    )
    assert [i.due for i in board(flow)] == [date(2026, 11, 24)]
