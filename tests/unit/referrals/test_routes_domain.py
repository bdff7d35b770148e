"""The pure rules of domain/routes.py: windows, open routes, committee suggestion, outcomes."""

from __future__ import annotations

from datetime import date

from mediator.domain.enums import CaseStatus, ClaimCategory
from mediator.domain.performance import enforcement_routes
from mediator.domain.routes import (
    CaseSituation,
    Jurisdiction,
    OutcomeKind,
    Place,
    RouteKind,
    default_enclosures,
    outcome_refusal,
    referral_refusal,
    route_options,
    suggest_committee,
    window_deadline,
)

SIGNED = date(2026, 2, 14)


def agreed(overdue: frozenset[ClaimCategory | None] = frozenset()) -> CaseSituation:
    return CaseSituation(CaseStatus.AGREED, SIGNED, "", SIGNED, overdue)


def test_windows_cross_the_month_end() -> None:
    assert window_deadline(SIGNED, RouteKind.ARBITRAL_REVIEW) == date(2026, 3, 1)
    assert window_deadline(SIGNED, RouteKind.JUDICIAL_CONFIRMATION) == date(2026, 3, 16)


def test_route_codes_match_the_enforcement_routes() -> None:
    codes = {r.code for r in enforcement_routes(ClaimCategory.WAGES)}
    assert codes <= {k.value for k in RouteKind}


def test_a_withdrawn_or_refused_case_can_go_to_arbitration() -> None:
    for status in (CaseStatus.WITHDRAWN, CaseStatus.REFUSED, CaseStatus.NOT_ACCEPTED):
        s = CaseSituation(status, date(2026, 3, 1), "", None, frozenset())
        (arbitration, *_rest) = route_options(s, date(2026, 3, 2))
        assert arbitration.kind is RouteKind.ARBITRATION and arbitration.available


def test_an_open_case_has_only_the_routes_that_need_no_ending() -> None:
    s = CaseSituation(CaseStatus.MEDIATING, None, "", None, frozenset())
    open_now = {o.kind for o in route_options(s, date(2026, 3, 2)) if o.available}
    assert open_now == {RouteKind.LABOUR_INSPECTION, RouteKind.LEGAL_AID, RouteKind.UNION_SUPPORT}


def test_payment_order_needs_an_overdue_item_it_covers() -> None:
    found = {o.kind: o.available for o in route_options(agreed(frozenset({None})), SIGNED)}
    assert found[RouteKind.ARBITRATION] and not found[RouteKind.PAYMENT_ORDER]
    wages = agreed(frozenset({ClaimCategory.SEVERANCE}))
    assert {o.kind: o.available for o in route_options(wages, SIGNED)}[RouteKind.PAYMENT_ORDER]


def test_a_referral_before_the_agreement_took_effect_is_refused() -> None:
    refusal = referral_refusal(
        RouteKind.JUDICIAL_CONFIRMATION, agreed(), date(2026, 2, 13), date(2026, 2, 20)
    )
    assert refusal is not None and refusal.field == "referred_on"
    assert referral_refusal(RouteKind.JUDICIAL_CONFIRMATION, agreed(), SIGNED, SIGNED) is None


def test_suggestion_prefers_the_place_of_performance_then_the_longest_name() -> None:
    committees = [
        Jurisdiction(1, "南山仲裁委", "南山区"),
        Jurisdiction(2, "西丽仲裁庭", "南山区西丽街道、西丽"),
        Jurisdiction(3, "福田仲裁委", "福田区，福田"),
    ]
    seat = Place("被申请人住所", "深圳市南山区西丽街道1号")
    work = Place("案情", "在福田区某工地干活")
    first = suggest_committee([work, seat], committees)
    assert first is not None and first.committee_id == 3
    by_seat = suggest_committee([seat], committees)
    assert by_seat is not None and by_seat.committee_id == 2
    assert "写有“南山区西丽街道”" in by_seat.reason
    assert suggest_committee([Place("案情", "罗湖区")], committees) is None


def test_outcomes_and_enclosures_by_route() -> None:
    assert (
        outcome_refusal(RouteKind.LEGAL_AID, OutcomeKind.AWARD, SIGNED, SIGNED, SIGNED)
        == "“法律援助”的结果只能是：已受理、不予受理、撤回申请、其他。"
    )
    assert outcome_refusal(RouteKind.ARBITRATION, OutcomeKind.AWARD, SIGNED, SIGNED, SIGNED) is None
    assert default_enclosures(RouteKind.ARBITRATION, CaseStatus.AGREED)[2] == "调解协议书"
    assert default_enclosures(RouteKind.ARBITRATION, CaseStatus.FAILED)[2] == "调解终止书"
    assert default_enclosures(RouteKind.ARBITRATION, CaseStatus.NOT_ACCEPTED)[2] == "不予受理通知书"
    assert "调解笔录" in default_enclosures(RouteKind.ARBITRATION, CaseStatus.FAILED)
    assert "调解笔录" not in default_enclosures(RouteKind.ARBITRATION, CaseStatus.FAILED, False)
