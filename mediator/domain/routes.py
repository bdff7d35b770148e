"""The routes after mediation (domain.md §1.9, §1.10, §1.12): referral kinds, outcomes, windows.

A referral is any hand-over of the dispute to another body: the arbitration
committee (after a failure or a non-performed agreement), the court (judicial
confirmation, payment order), the labour inspectorate, legal aid, the union,
or the wage-guarantee fund. The codes of the enforcement routes are those of
``domain.performance.Route`` so the two lists name a route the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from mediator.domain.enums import CaseStatus, ClaimCategory, LabelledEnum
from mediator.domain.errors import Issue
from mediator.domain.performance import PAYMENT_ORDER_ITEMS, enforcement_routes


class RouteKind(LabelledEnum):
    """Where a case was referred (or the worker guided to apply)."""

    ARBITRATION = "arbitration", "申请劳动争议仲裁"
    JUDICIAL_CONFIRMATION = "judicial_confirmation", "司法确认"
    ARBITRAL_REVIEW = "arbitral_review", "仲裁审查确认"
    PAYMENT_ORDER = "payment_order", "支付令"
    LABOUR_INSPECTION = "labour_inspection", "劳动保障监察投诉"
    LEGAL_AID = "legal_aid", "法律援助"
    UNION_SUPPORT = "union_support", "工会帮扶"
    ADVANCE = "advance", "工资保证金/应急周转金垫付"


class OutcomeKind(LabelledEnum):
    """What became of a referral; one referral may get several (accepted, then an award)."""

    ACCEPTED = "accepted", "已受理"
    AWARD = "award", "仲裁裁决"
    ARBITRATION_MEDIATION = "arbitration_mediation", "仲裁调解"
    WITHDRAWN = "withdrawn", "撤回申请"
    NOT_ACCEPTED = "not_accepted", "不予受理"
    CONFIRMED = "confirmed", "已确认/已发出"
    REJECTED = "rejected", "驳回"
    PAID = "paid", "已支付/已垫付"
    OTHER = "other", "其他"


class DeliveryMethod(LabelledEnum):
    """How the packet reached the body."""

    IN_PERSON = "in_person", "当面递交"
    POST = "post", "邮寄"
    ONLINE = "online", "网上提交"
    GUIDED = "guided", "引导当事人自行申请"


# --------------------------------------------------------------------------
# Which arbitration committee (调解仲裁法 Art.21)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A text that names where the dispute belongs, and what it is (shown in the reason)."""

    what: str
    text: str


@dataclass(frozen=True)
class Jurisdiction:
    committee_id: int
    name: str
    places: str
    """Place names the committee covers, separated by spaces, commas or 、."""


@dataclass(frozen=True)
class Suggestion:
    committee_id: int
    reason: str


def place_names(places: str) -> list[str]:
    return [p for p in re.split(r"[\s,，、;；]+", places) if p]


def suggest_committee(
    places: Sequence[Place], committees: Sequence[Jurisdiction]
) -> Suggestion | None:
    """The committee whose place names occur in the first place that names one.

    ``places`` come in order of precedence: the place where the contract is
    performed before the employer's seat (both are competent; the place of
    performance prevails when both are seised). Within one place the longest
    matching name wins ("南山区西丽街道" over "南山区").
    """
    for place in places:
        best: tuple[int, Jurisdiction, str] | None = None
        for committee in committees:
            for name in place_names(committee.places):
                if name in place.text and (best is None or len(name) > best[0]):
                    best = (len(name), committee, name)
        if best is not None:
            _, committee, name = best
            return Suggestion(
                committee.committee_id,
                f"{place.what}写有“{name}”，属{committee.name}管辖"
                "（《劳动争议调解仲裁法》第二十一条：由劳动合同履行地或者用人单位所在地的"
                "仲裁委员会管辖，双方分别申请的由履行地管辖）。",
            )
    return None


# --------------------------------------------------------------------------
# Which routes are open to a case, and until when (domain.md §1.9, §1.10)
# --------------------------------------------------------------------------

JUDICIAL_CONFIRMATION_DAYS = 30
"""人民调解法 Art.33, 民诉法 Art.205: within 30 days of the agreement taking effect."""

ARBITRAL_REVIEW_DAYS = 15
"""办案规则 Art.74: within 15 days of the agreement taking effect."""

_EXPLAINED = {route.code: route for route in enforcement_routes(ClaimCategory.WAGES)}
"""The explanations of the enforcement routes, written once in ``domain.performance``."""

ENDED_WITHOUT_AGREEMENT = (
    CaseStatus.FAILED,
    CaseStatus.REFUSED,
    CaseStatus.WITHDRAWN,
    CaseStatus.NOT_ACCEPTED,
)

OUTCOMES_OF: dict[RouteKind, tuple[OutcomeKind, ...]] = {
    RouteKind.ARBITRATION: (
        OutcomeKind.ACCEPTED,
        OutcomeKind.NOT_ACCEPTED,
        OutcomeKind.AWARD,
        OutcomeKind.ARBITRATION_MEDIATION,
        OutcomeKind.WITHDRAWN,
        OutcomeKind.OTHER,
    ),
    RouteKind.JUDICIAL_CONFIRMATION: (
        OutcomeKind.ACCEPTED,
        OutcomeKind.NOT_ACCEPTED,
        OutcomeKind.CONFIRMED,
        OutcomeKind.REJECTED,
        OutcomeKind.WITHDRAWN,
        OutcomeKind.OTHER,
    ),
    RouteKind.ARBITRAL_REVIEW: (
        OutcomeKind.ACCEPTED,
        OutcomeKind.NOT_ACCEPTED,
        OutcomeKind.ARBITRATION_MEDIATION,
        OutcomeKind.REJECTED,
        OutcomeKind.WITHDRAWN,
        OutcomeKind.OTHER,
    ),
    RouteKind.PAYMENT_ORDER: (
        OutcomeKind.ACCEPTED,
        OutcomeKind.NOT_ACCEPTED,
        OutcomeKind.CONFIRMED,
        OutcomeKind.REJECTED,
        OutcomeKind.PAID,
        OutcomeKind.WITHDRAWN,
        OutcomeKind.OTHER,
    ),
    RouteKind.LABOUR_INSPECTION: (
        OutcomeKind.ACCEPTED,
        OutcomeKind.NOT_ACCEPTED,
        OutcomeKind.PAID,
        OutcomeKind.WITHDRAWN,
        OutcomeKind.OTHER,
    ),
    RouteKind.LEGAL_AID: (
        OutcomeKind.ACCEPTED,
        OutcomeKind.NOT_ACCEPTED,
        OutcomeKind.WITHDRAWN,
        OutcomeKind.OTHER,
    ),
    RouteKind.UNION_SUPPORT: (
        OutcomeKind.ACCEPTED,
        OutcomeKind.NOT_ACCEPTED,
        OutcomeKind.PAID,
        OutcomeKind.OTHER,
    ),
    RouteKind.ADVANCE: (
        OutcomeKind.ACCEPTED,
        OutcomeKind.NOT_ACCEPTED,
        OutcomeKind.PAID,
        OutcomeKind.OTHER,
    ),
}
"""The outcomes each route can have (an award only comes from arbitration, ...)."""


@dataclass(frozen=True)
class CaseSituation:
    """What the rules need to know about a case to say which routes are open."""

    status: CaseStatus
    closed_on: date | None
    failure_reason: str
    """The ``FailureReason`` label of a failed case, else empty."""
    agreement_signed_on: date | None
    """When the (first) agreement took effect, if one was signed."""
    overdue_items: frozenset[ClaimCategory | None]
    """The items of instalments past their last day and not fully paid."""


@dataclass(frozen=True)
class RouteOption:
    kind: RouteKind
    available: bool
    reason: str
    """Why the route is open or closed now, in plain Chinese."""
    basis: str
    deadline: date | None = None
    """The last day to apply, for the routes with a window."""


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


WINDOW_DAYS = {
    RouteKind.JUDICIAL_CONFIRMATION: JUDICIAL_CONFIRMATION_DAYS,
    RouteKind.ARBITRAL_REVIEW: ARBITRAL_REVIEW_DAYS,
}
"""The routes that must be taken within a window after the agreement takes effect."""


def window_deadline(signed_on: date, kind: RouteKind) -> date:
    """The last day of the joint application window (the day of effect not counted)."""
    return signed_on + timedelta(days=WINDOW_DAYS[kind])


def _arbitration(s: CaseSituation) -> RouteOption:
    basis = "《劳动争议调解仲裁法》第五条、第十四条、第十五条"
    closed = f"于{_cn(s.closed_on)}" if s.closed_on else ""
    ended = {
        CaseStatus.FAILED: f"调解不成（{s.failure_reason or '未达成协议'}）{closed}结案",
        CaseStatus.REFUSED: f"被申请人拒绝调解，{closed}结案",
        CaseStatus.WITHDRAWN: f"申请人撤回调解申请，{closed}结案",
        CaseStatus.NOT_ACCEPTED: f"调解申请不予受理{closed}",
    }
    if s.status in ended:
        why = f"{ended[s.status]}，当事人可以向劳动人事争议仲裁委员会申请仲裁。"
        return RouteOption(RouteKind.ARBITRATION, True, why, basis)
    if s.status is CaseStatus.AGREED and s.overdue_items:
        return RouteOption(
            RouteKind.ARBITRATION,
            True,
            "调解协议有到期未付的款项。" + _EXPLAINED["arbitration"].explanation,
            basis,
        )
    if s.status is CaseStatus.AGREED:
        why = "已达成调解协议，目前没有逾期未付的款项；协议未按期履行时方可申请仲裁。"
    else:
        why = "案件仍在办理中；调解不成（含逾期未达成协议）结案后方可转介仲裁。"
    return RouteOption(RouteKind.ARBITRATION, False, why, basis)


def _window(s: CaseSituation, kind: RouteKind, today: date) -> RouteOption:
    if kind is RouteKind.JUDICIAL_CONFIRMATION:
        days, body = JUDICIAL_CONFIRMATION_DAYS, "人民法院申请司法确认"
        basis = "《人民调解法》第三十三条；《民事诉讼法》第二百零五条"
    else:
        days, body = ARBITRAL_REVIEW_DAYS, "仲裁委员会申请仲裁审查确认"
        basis = "《劳动人事争议仲裁办案规则》第七十四条"
    if s.status is not CaseStatus.AGREED or s.agreement_signed_on is None:
        return RouteOption(kind, False, "仅适用于已生效的调解协议。", basis)
    last = window_deadline(s.agreement_signed_on, kind)
    start = f"调解协议于{_cn(s.agreement_signed_on)}生效，"
    if today > last:
        why = f"{start}{days}日的申请期限已于{_cn(last)}届满。"
        return RouteOption(kind, False, why, basis, last)
    why = f"{start}双方可在{_cn(last)}（含当日，尚余{(last - today).days}天）前共同向{body}。"
    return RouteOption(kind, True, why, basis, last)


def _payment_order(s: CaseSituation) -> RouteOption:
    basis = _EXPLAINED["payment_order"].basis
    covered = {item for item in s.overdue_items if item in PAYMENT_ORDER_ITEMS}
    if s.status is CaseStatus.AGREED and covered:
        return RouteOption(
            RouteKind.PAYMENT_ORDER, True, _EXPLAINED["payment_order"].explanation, basis
        )
    why = "仅适用于就拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金达成调解协议、用人单位逾期不履行的情形。"
    return RouteOption(RouteKind.PAYMENT_ORDER, False, why, basis)


def _advance(s: CaseSituation) -> RouteOption:
    route = _EXPLAINED["advance"]
    if s.status in ENDED_WITHOUT_AGREEMENT or s.overdue_items:
        return RouteOption(RouteKind.ADVANCE, True, route.explanation, route.basis)
    why = "调解不成或协议逾期未履行、且属工程建设领域拖欠农民工工资时方可申请垫付。"
    return RouteOption(RouteKind.ADVANCE, False, why, route.basis)


def route_options(s: CaseSituation, today: date) -> list[RouteOption]:
    """Every route with whether it is open to the case on ``today`` and why."""
    inspection = _EXPLAINED["labour_inspection"]
    return [
        _arbitration(s),
        _window(s, RouteKind.JUDICIAL_CONFIRMATION, today),
        _window(s, RouteKind.ARBITRAL_REVIEW, today),
        _payment_order(s),
        RouteOption(RouteKind.LABOUR_INSPECTION, True, inspection.explanation, inspection.basis),
        RouteOption(
            RouteKind.LEGAL_AID,
            True,
            "经济困难的劳动者请求支付劳动报酬、工伤赔偿等，可以向当地法律援助机构申请法律援助。",
            "《中华人民共和国法律援助法》第三十一条",
        ),
        RouteOption(
            RouteKind.UNION_SUPPORT,
            True,
            "生活困难的职工可以向所在地工会申请困难帮扶，工会也可以支持职工申请仲裁或起诉。",
            "《中华人民共和国工会法》",
        ),
        _advance(s),
    ]


def referral_refusal(
    kind: RouteKind, s: CaseSituation, referred_on: date, today: date
) -> Issue | None:
    """Why a referral of ``kind`` dated ``referred_on`` cannot be recorded (on which field), or None."""
    if referred_on > today:
        return Issue("referred_on", "转介日期不能晚于今天。")
    option = next(o for o in route_options(s, referred_on) if o.kind is kind)
    if not option.available:
        return Issue("route", f"目前不能登记“{kind.label}”：{option.reason}")
    if (
        s.status is CaseStatus.AGREED
        and s.agreement_signed_on
        and referred_on < s.agreement_signed_on
    ):
        return Issue(
            "referred_on", f"转介日期不能早于调解协议生效的日期（{_cn(s.agreement_signed_on)}）。"
        )
    if s.status in ENDED_WITHOUT_AGREEMENT and s.closed_on and referred_on < s.closed_on:
        return Issue("referred_on", f"转介日期不能早于结案日期（{_cn(s.closed_on)}）。")
    return None


def outcome_refusal(
    kind: RouteKind, outcome: OutcomeKind, referred_on: date, decided_on: date, today: date
) -> str | None:
    """Why an outcome cannot be recorded for a referral, or None."""
    if outcome not in OUTCOMES_OF[kind]:
        allowed = "、".join(o.label for o in OUTCOMES_OF[kind])
        return f"“{kind.label}”的结果只能是：{allowed}。"
    if decided_on > today:
        return "结果日期不能晚于今天。"
    if decided_on < referred_on:
        return f"结果日期不能早于转介日期（{_cn(referred_on)}）。"
    return None


def default_enclosures(
    kind: RouteKind, status: CaseStatus, session_records: bool = True
) -> tuple[str, ...]:
    """What a referral of ``kind`` usually encloses (the packet of domain.md §2.6, §1.10).

    ``session_records``: the case has finished session records (without them the
    packet has none, and the record of what was sent must not claim them).
    """
    record = {
        CaseStatus.AGREED: "调解协议书",
        CaseStatus.NOT_ACCEPTED: "不予受理通知书",
    }.get(status, "调解终止书")
    if kind is RouteKind.ARBITRATION:
        records = ("调解笔录",) if session_records else ()
        return ("移送函", "仲裁申请书", record, "证据清单", *records)
    if kind is RouteKind.JUDICIAL_CONFIRMATION:
        return ("司法确认申请书", "调解协议书", "身份证明", "证据材料")
    if kind is RouteKind.ARBITRAL_REVIEW:
        return ("仲裁审查申请书", "调解协议书", "身份证明", "证据材料")
    if kind is RouteKind.PAYMENT_ORDER:
        return ("支付令申请书", "调解协议书", "证据清单")
    if kind is RouteKind.LABOUR_INSPECTION:
        return ("投诉书", record, "证据清单")
    return ("申请书", record)
