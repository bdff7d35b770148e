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

from mediator.domain.enums import LabelledEnum


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
