"""Referral use cases: committees, the routes open to a case, referrals and their outcomes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select

from mediator.domain.enums import ClaimCategory
from mediator.domain.errors import MediatorError, ValidationFailed
from mediator.domain.routes import DeliveryMethod, OutcomeKind, RouteKind
from mediator.persistence import orm
from mediator.persistence.cases import CaseRef
from mediator.persistence.referral_services import ReferralServices
from mediator.persistence.referrals import CommitteeData, OutcomeData, ReferralData
from mediator.persistence.services import Services
from tests.unit.referrals.conftest import referrals_on

PACKET = ("移送函", "仲裁申请书", "调解终止书", "证据清单", "调解笔录")


def to_arbitration(committee: int | None, on: date = date(2026, 11, 2)) -> ReferralData:
    return ReferralData(
        RouteKind.ARBITRATION,
        on,
        DeliveryMethod.IN_PERSON,
        committee_id=committee,
        enclosures=PACKET,
        receipt="仲裁委收件人张三签收",
    )


def count(services: Services, model: type[orm.Base]) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# -- committees -------------------------------------------------------------------------------


def test_committees_are_kept_in_name_order_and_validated(referrals: ReferralServices) -> None:
    referrals.add_committee(CommitteeData("福田区劳动人事争议仲裁委员会", jurisdiction="福田区"))
    referrals.add_committee(CommitteeData("宝安区劳动人事争议仲裁委员会", jurisdiction="宝安区"))
    with pytest.raises(ValidationFailed) as refused:
        referrals.add_committee(CommitteeData("福田区劳动人事争议仲裁委员会 "))
    assert refused.value.issues[0].message == "已有名为“福田区劳动人事争议仲裁委员会”的仲裁委员会。"
    with pytest.raises(ValidationFailed, match="请填写仲裁委员会名称"):
        referrals.add_committee(CommitteeData("  "))
    assert [c.name for c in referrals.committees()] == sorted(
        ["福田区劳动人事争议仲裁委员会", "宝安区劳动人事争议仲裁委员会"]
    )


def test_a_committee_in_use_cannot_be_deleted(
    services: Services,
    referrals: ReferralServices,
    failed: Callable[..., CaseRef],
    committee: int,
) -> None:
    referrals.record_referral(failed().id, to_arbitration(committee))
    with pytest.raises(MediatorError, match="已有1次转介记录使用"):
        referrals.delete_committee(committee)
    assert count(services, orm.ArbitrationCommittee) == 1
    spare = referrals.add_committee(CommitteeData("备用仲裁委员会")).id
    referrals.delete_committee(spare)
    assert [c.id for c in referrals.committees()] == [committee]


def test_the_committee_is_suggested_from_the_employers_seat(
    referrals: ReferralServices, accepted: Callable[..., CaseRef], committee: int
) -> None:
    referrals.add_committee(CommitteeData("南山区西丽仲裁庭", jurisdiction="西丽街道"))
    case = accepted(address="深圳市南山区西丽街道留仙大道3号")
    found = referrals.committee_suggestion(case.id)
    assert found is not None
    # The longer, more precise place name wins.
    assert found.committee.name == "南山区西丽仲裁庭"
    assert "用人单位所在地" in found.reason and "西丽街道" in found.reason
    other = accepted("甲乙", address="深圳市罗湖区人民南路")
    assert referrals.suggest_committee(other.id) is None


def test_the_place_of_performance_in_the_facts_comes_first(
    referrals: ReferralServices, accepted: Callable[..., CaseRef], committee: int
) -> None:
    futian = referrals.add_committee(CommitteeData("福田区仲裁委", jurisdiction="福田区")).id
    case = accepted(address="深圳市南山区科技园", facts="申请人在福田区某工地从事钢筋工作。")
    found = referrals.committee_suggestion(case.id)
    assert found is not None and found.committee.id == futian
    assert found.reason.startswith("案情（劳动合同履行地）写有“福田区”")


# -- which routes are open ------------------------------------------------------------------


def options(referrals: ReferralServices, case_id: int) -> dict[RouteKind, tuple[bool, date | None]]:
    return {o.kind: (o.available, o.deadline) for o in referrals.route_options(case_id)}


def test_a_failed_case_can_go_to_arbitration_but_has_no_windows(
    referrals: ReferralServices, failed: Callable[..., CaseRef]
) -> None:
    case = failed()
    found = {o.kind: o for o in referrals.route_options(case.id)}
    assert found[RouteKind.ARBITRATION].available
    assert "调解不成（自收到申请之日起15日内未达成协议（逾期））于2026年10月24日结案" in (
        found[RouteKind.ARBITRATION].reason
    )
    assert not found[RouteKind.JUDICIAL_CONFIRMATION].available
    assert not found[RouteKind.PAYMENT_ORDER].available
    assert found[RouteKind.ADVANCE].available


@pytest.mark.parametrize(
    ("signed_on", "review", "confirmation"),
    [
        # TODAY is 2026-11-24: the 15-day window ends on the day of signing + 15.
        (date(2026, 11, 9), (True, date(2026, 11, 24)), (True, date(2026, 12, 9))),
        (date(2026, 11, 8), (False, date(2026, 11, 23)), (True, date(2026, 12, 8))),
        (date(2026, 10, 25), (False, date(2026, 11, 9)), (True, date(2026, 11, 24))),
        (date(2026, 10, 24), (False, date(2026, 11, 8)), (False, date(2026, 11, 23))),
    ],
)
def test_the_15_and_30_day_windows_run_from_the_signing(
    referrals: ReferralServices,
    signed: Callable[..., int],
    signed_on: date,
    review: tuple[bool, date],
    confirmation: tuple[bool, date],
) -> None:
    case_id = signed(signed_on)
    found = options(referrals, case_id)
    assert found[RouteKind.ARBITRAL_REVIEW] == review
    assert found[RouteKind.JUDICIAL_CONFIRMATION] == confirmation
    # Performed on time so far: no arbitration, no payment order.
    assert found[RouteKind.ARBITRATION] == (False, None)
    assert found[RouteKind.PAYMENT_ORDER] == (False, None)


def test_an_overdue_wage_instalment_opens_arbitration_and_the_payment_order(
    referrals: ReferralServices, signed: Callable[..., int]
) -> None:
    case_id = signed(date(2026, 11, 2), due=date(2026, 11, 20))
    found = options(referrals, case_id)
    assert found[RouteKind.ARBITRATION][0] and found[RouteKind.PAYMENT_ORDER][0]
    other = signed(date(2026, 11, 2), due=date(2026, 11, 20), item=ClaimCategory.OTHER, name="乙")
    assert options(referrals, other)[RouteKind.PAYMENT_ORDER] == (False, None)


# -- recording referrals --------------------------------------------------------------------


def test_a_case_still_mediating_cannot_be_referred_to_arbitration(
    services: Services,
    referrals: ReferralServices,
    accepted: Callable[..., CaseRef],
    committee: int,
) -> None:
    case = accepted()
    with pytest.raises(ValidationFailed) as refused:
        referrals.record_referral(case.id, to_arbitration(committee))
    assert refused.value.issues[0].field == "route"
    assert "案件仍在办理中" in refused.value.message
    assert count(services, orm.Referral) == 0


def test_a_referral_is_recorded_with_its_packet_and_outcomes(
    services: Services,
    referrals: ReferralServices,
    failed: Callable[..., CaseRef],
    committee: int,
) -> None:
    case = failed()
    info = referrals.record_referral(case.id, to_arbitration(committee))
    assert info.body == "南山区劳动人事争议仲裁委员会"
    assert info.committee is not None and info.committee.phone == "0755-12345678"
    assert info.enclosures == PACKET
    assert info.applicant_ids == ()
    with pytest.raises(ValidationFailed, match="请填写仲裁委员会的案号"):
        referrals.record_outcome(info.id, OutcomeData(OutcomeKind.ACCEPTED, date(2026, 11, 6)))
    with pytest.raises(ValidationFailed, match="结果日期不能早于转介日期"):
        referrals.record_outcome(
            info.id,
            OutcomeData(OutcomeKind.ACCEPTED, date(2026, 11, 1), "深南劳人仲案〔2026〕88号"),
        )
    referrals.record_outcome(
        info.id, OutcomeData(OutcomeKind.ACCEPTED, date(2026, 11, 6), "深南劳人仲案〔2026〕88号")
    )
    after = referrals.record_outcome(info.id, OutcomeData(OutcomeKind.AWARD, date(2026, 11, 20)))
    assert [o.kind for o in after.outcomes] == [OutcomeKind.ACCEPTED, OutcomeKind.AWARD]
    assert after.outcomes[0].body_case_number == "深南劳人仲案〔2026〕88号"
    assert referrals.referrals(case.id) == [after]
    with services.db.read() as session:
        entities = set(session.scalars(select(orm.AuditEntry.entity)))
    assert {"referral", "referral_outcome", "arbitration_committee"} <= entities


def test_outcomes_belong_to_their_route(
    referrals: ReferralServices, signed: Callable[..., int]
) -> None:
    case_id = signed(date(2026, 11, 20))
    info = referrals.record_referral(
        case_id,
        ReferralData(
            RouteKind.JUDICIAL_CONFIRMATION,
            date(2026, 11, 21),
            DeliveryMethod.GUIDED,
            body="南山区人民法院",
        ),
    )
    with pytest.raises(ValidationFailed, match="“司法确认”的结果只能是"):
        referrals.record_outcome(info.id, OutcomeData(OutcomeKind.AWARD, date(2026, 11, 23)))
    done = referrals.record_outcome(info.id, OutcomeData(OutcomeKind.CONFIRMED, date(2026, 11, 23)))
    assert done.latest_outcome is not None and done.latest_outcome.kind is OutcomeKind.CONFIRMED


def test_a_window_referral_after_the_window_is_refused(
    referrals: ReferralServices, signed: Callable[..., int]
) -> None:
    case_id = signed(date(2026, 11, 1))
    late = ReferralData(
        RouteKind.ARBITRAL_REVIEW, date(2026, 11, 17), DeliveryMethod.IN_PERSON, body="仲裁委"
    )
    with pytest.raises(ValidationFailed, match="15日的申请期限已于2026年11月16日届满"):
        referrals.record_referral(case_id, late)
    # Recorded afterwards, but filed on the last day: accepted.
    on_time = ReferralData(
        RouteKind.ARBITRAL_REVIEW, date(2026, 11, 16), DeliveryMethod.IN_PERSON, body="仲裁委"
    )
    assert referrals.record_referral(case_id, on_time).referred_on == date(2026, 11, 16)


def test_bad_referral_input_changes_nothing(
    services: Services,
    referrals: ReferralServices,
    failed: Callable[..., CaseRef],
) -> None:
    case = failed()
    bad = ReferralData(
        RouteKind.ARBITRATION,
        date(2026, 11, 25),
        DeliveryMethod.POST,
        applicant_ids=(999,),
    )
    with pytest.raises(ValidationFailed) as refused:
        referrals.record_referral(case.id, bad)
    fields = {i.field: i.message for i in refused.value.issues}
    assert fields["referred_on"] == "转介日期不能晚于今天。"
    assert fields["body"] == "请选择或填写仲裁委员会。"
    assert fields["applicants"] == "所选申请人不属于本案，请重新选择。"
    assert count(services, orm.Referral) == 0


def test_chosen_applicants_edit_and_delete(
    services: Services,
    referrals: ReferralServices,
    failed: Callable[..., CaseRef],
    committee: int,
) -> None:
    case = failed()
    with services.db.read() as session:
        applicant = session.scalar(select(orm.Applicant.id).where(orm.Applicant.case_id == case.id))
    assert applicant is not None
    info = referrals.record_referral(case.id, to_arbitration(committee))
    data = ReferralData(
        RouteKind.ARBITRATION,
        date(2026, 11, 3),
        DeliveryMethod.POST,
        committee_id=committee,
        applicant_ids=(applicant,),
        receipt="EMS 1234567890",
    )
    edited = referrals.edit_referral(info.id, data)
    assert (edited.referred_on, edited.method, edited.applicant_ids, edited.enclosures) == (
        date(2026, 11, 3),
        DeliveryMethod.POST,
        (applicant,),
        (),
    )
    referrals.record_outcome(info.id, OutcomeData(OutcomeKind.WITHDRAWN, date(2026, 11, 10)))
    referrals.delete_referral(info.id)
    assert referrals.referrals(case.id) == []
    assert count(services, orm.ReferralOutcome) == 0


def test_the_clock_decides_what_is_open(services: Services, signed: Callable[..., int]) -> None:
    case_id = signed(date(2026, 11, 10))
    later = referrals_on(services, date(2026, 12, 11))
    assert not {o.kind: o.available for o in later.route_options(case_id)}[
        RouteKind.JUDICIAL_CONFIRMATION
    ]
