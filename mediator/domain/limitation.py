"""The limitation clock for arbitration (仲裁时效, 调解仲裁法 Art.27; domain.md 1.11).

Advice only: the arbitration committee decides whether a claim is time-barred.
For each applicant and each kind of claim (劳动报酬 or the rest) the clock
gives the advisory last day to apply for arbitration and says why in plain
Chinese, step by step:

* other claims: one year from the day the worker knew or should have known
  that the right was infringed (Art.27 para 1);
* unpaid labour remuneration (劳动报酬): not limited while employed, one year
  from the end of employment (para 4);
* an interruption (中断: the worker asserts the right, asks a body for relief
  such as mediation, or the employer agrees to perform) restarts the full
  year from the day the interruption ends (para 2; for mediation the day it
  fails, or the end of the performance period of an agreement: the secondary
  commentary of domain.md 1.11);
* a suspension (中止: force majeure or another good reason) stops the clock;
  it runs on from the day the cause ends (para 3).

Periods in years end on the corresponding day (民法典 Arts.201-202); 29
February becomes 28 February, the earlier and safer day. A last day on a
holiday is not rolled over, also the safer choice for advice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mediator.domain.enums import CaseStatus, ClaimCategory, LabelledEnum

ADVICE = "仅供参考，以仲裁委员会认定为准"
"""Shown with every limitation date."""

WARNING_DAYS = 30
"""The to-do board warns this many days before an applicant's limitation date."""


class ClaimKind(LabelledEnum):
    """The two limitation rules of Art.27."""

    WAGES = "wages", "劳动报酬"
    OTHER = "other", "其他请求"


WAGE_CATEGORIES = frozenset(
    {ClaimCategory.WAGES, ClaimCategory.OVERTIME, ClaimCategory.MIN_WAGE_GAP}
)
"""Claim categories that are 劳动报酬 (Art.27 para 4)."""


def claim_kind(category: ClaimCategory) -> ClaimKind:
    return ClaimKind.WAGES if category in WAGE_CATEGORIES else ClaimKind.OTHER


def claim_kinds(categories: Iterable[ClaimCategory]) -> list[ClaimKind]:
    """The kinds to show for an applicant's claims; no claims: the general rule."""
    found = {claim_kind(c) for c in categories}
    return [k for k in ClaimKind if k in found] or [ClaimKind.OTHER]


class EventKind(LabelledEnum):
    """Events recorded by hand (the mediation itself is derived from the case).

    ``confirmed`` False marks the 17号令 Art.31 items not yet checked against
    the official text (domain.md 8.1); the basis says so, and the office can
    leave them out (``LimitationRules.counted``).
    """

    DEMAND = "demand", "劳动者向用人单位主张权利"
    PROMISE = "promise", "用人单位同意履行（承诺支付）"
    RELIEF = "relief", "向有关部门请求权利救济"
    NEGOTIATION_REFUSED = "negotiation_refused", "协商要求被拒绝或5日内未答复"
    NEGOTIATION_FAILED = "negotiation_failed", "协商不成或和解协议未履行"
    SUSPENSION = "suspension", "不可抗力或其他正当理由致不能申请仲裁"

    @property
    def suspends(self) -> bool:
        return self is EventKind.SUSPENSION

    @property
    def confirmed(self) -> bool:
        return self not in (EventKind.NEGOTIATION_REFUSED, EventKind.NEGOTIATION_FAILED)

    @property
    def effect(self) -> str:
        return "时效中止" if self.suspends else "时效中断"


@dataclass(frozen=True)
class LimitationRules:
    """What the office counts (domain.md 8.2: the interruption list is a setting)."""

    counted: frozenset[EventKind] = frozenset(EventKind)

    @classmethod
    def from_codes(cls, text: str) -> LimitationRules:
        """From the stored setting: codes separated by spaces or commas."""
        codes = text.replace(",", " ").split()
        return cls(frozenset(k for k in EventKind if k.value in codes))

    def codes(self) -> str:
        return " ".join(k.value for k in EventKind if k in self.counted)


@dataclass(frozen=True)
class ClockEvent:
    """One interruption or suspension as the clock sees it.

    Interruption: time runs again from ``until`` (the day it ended, e.g. the
    day mediation failed), or from ``on`` for a one-day event. Suspension:
    the clock stands from ``on`` to ``until`` (the day the cause ended);
    ``until`` None means it still stands.
    """

    on: date
    what: str
    suspends: bool = False
    until: date | None = None
    until_what: str = ""


class ClockState(StrEnum):
    RUNNING = "running"
    NOT_LIMITED = "not_limited"
    """A wage claim while the worker is still employed."""
    SUSPENDED = "suspended"
    """A suspension whose cause has not ended: no date until it does."""
    UNKNOWN = "unknown"
    """No start date recorded."""


@dataclass(frozen=True)
class LimitationClock:
    kind: ClaimKind
    state: ClockState
    last_day: date | None
    basis: str
    """Plain Chinese: the start, each event that moved the clock, the result."""
    days_left: int | None
    """From ``today`` to the last day; negative once it has passed."""

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def near(self) -> bool:
        return self.days_left is not None and 0 <= self.days_left <= WARNING_DAYS

    @property
    def summary(self) -> str:
        """The days left in words, for lists and the command line."""
        if self.days_left is None:
            return {
                ClockState.NOT_LIMITED: "在职期间不受时效限制",
                ClockState.SUSPENDED: "时效中止中",
            }.get(self.state, "无法估算")
        if self.days_left < 0:
            return f"可能已届满（已过{-self.days_left}天）"
        if self.days_left == 0:
            return "今日届满"
        return f"剩余{self.days_left}天"


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def add_one_year(day: date) -> date:
    """Same day one year later; 29 February becomes 28 February (民法典 Art.202)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


@dataclass
class _Walk:
    """The clock as the events are applied in date order."""

    anchor: date
    last_day: date
    steps: list[str]
    suspended: bool = False

    def interrupt(self, event: ClockEvent) -> None:
        restart = event.until or event.on
        if restart <= self.anchor:
            return
        self.anchor, self.last_day = restart, add_one_year(restart)
        step = f"{cn_date(event.on)}{event.what}（时效中断）"
        if restart != event.on:
            step += f"，{cn_date(restart)}{event.until_what}后重新计算一年"
        else:
            step += "，自该日起重新计算一年"
        self.steps.append(step)

    def suspend(self, event: ClockEvent) -> None:
        if event.until is None:
            self.suspended = True
            self.steps.append(
                f"自{cn_date(event.on)}起{event.what}（时效中止），中止原因消除后继续计算"
            )
            return
        remaining = self.last_day - event.on
        self.last_day = event.until + remaining
        self.steps.append(
            f"{cn_date(event.on)}至{cn_date(event.until)}{event.what}（时效中止），"
            f"原因消除后继续计算剩余{remaining.days}天"
        )

    def apply(self, event: ClockEvent) -> None:
        if event.on > self.last_day:
            effect = "中止" if event.suspends else "中断"
            self.steps.append(
                f"{cn_date(event.on)}{event.what}，发生在时效届满之后，不再{effect}时效"
            )
        elif event.suspends:
            if event.on >= self.anchor:
                self.suspend(event)
        else:
            self.interrupt(event)


def _start(
    kind: ClaimKind,
    employment_end: date | None,
    known_on: date | None,
    events: Sequence[ClockEvent],
    today: date,
) -> tuple[date | None, str, ClockState]:
    """Where the year starts, in words; or why there is no start."""
    if kind is ClaimKind.WAGES:
        if employment_end is None:
            return (
                None,
                "未填写劳动关系终止日期：在职期间拖欠劳动报酬不受一年仲裁时效限制"
                "（如已离职，请在当事人信息中填写离职日期）",
                ClockState.NOT_LIMITED,
            )
        if employment_end > today:
            return (
                None,
                f"劳动关系尚未终止（预计{cn_date(employment_end)}终止），在职期间不受一年仲裁时效限制",
                ClockState.NOT_LIMITED,
            )
        return employment_end, f"劳动关系于{cn_date(employment_end)}终止", ClockState.RUNNING
    if known_on is not None:
        return known_on, f"{cn_date(known_on)}知道或应当知道权利被侵害", ClockState.RUNNING
    if employment_end is not None and employment_end <= today:
        return (
            employment_end,
            f"未填写知道权利被侵害之日，暂以劳动关系终止之日（{cn_date(employment_end)}）起算",
            ClockState.RUNNING,
        )
    if events:
        first = min(events, key=lambda e: e.on)
        return (
            first.on,
            f"未填写知道权利被侵害之日，至迟于{cn_date(first.on)}{first.what}时已经知道",
            ClockState.RUNNING,
        )
    return None, "未填写知道或应当知道权利被侵害之日，无法估算", ClockState.UNKNOWN


def limitation_clock(
    kind: ClaimKind,
    *,
    employment_end: date | None,
    known_on: date | None,
    events: Sequence[ClockEvent] = (),
    today: date,
) -> LimitationClock:
    """The advisory last day to apply for arbitration for one kind of claim.

    Events may come in any order; those before the start restart nothing, and
    an event after the period has run out does not revive it.
    """
    prefix = f"{kind.label}争议："
    start, start_words, state = _start(kind, employment_end, known_on, events, today)
    if start is None:
        return LimitationClock(kind, state, None, prefix + start_words, None)
    walk = _Walk(start, add_one_year(start), [start_words])
    for event in sorted(events, key=lambda e: (e.on, e.until or e.on)):
        walk.apply(event)
        if walk.suspended:
            basis = prefix + "，".join(walk.steps)
            return LimitationClock(kind, ClockState.SUSPENDED, None, basis, None)
    if len(walk.steps) == 1:
        walk.steps.append("自该日起一年")
    basis = f"{prefix}{'，'.join(walk.steps)} → {cn_date(walk.last_day)}"
    return LimitationClock(
        kind, ClockState.RUNNING, walk.last_day, basis, (walk.last_day - today).days
    )


# --------------------------------------------------------------------------
# Events derived from the case (not stored twice)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFacts:
    """What the case itself says about the clock."""

    received_on: date
    status: CaseStatus
    closed_on: date | None
    mediation_due: date
    agreement_signed_on: date | None = None
    unpaid_pay_by: date | None = None
    """The last day to pay of the earliest instalment not paid in full."""
    last_pay_by: date | None = None
    """The last day to pay of the last instalment (all paid: the agreement was performed)."""


def case_events(facts: CaseFacts, today: date) -> list[ClockEvent]:
    """The application for mediation and what ended it, as clock events.

    Open case: the 15-day period (or its extension) stands in for the end of
    mediation (17号令 Art.31: no agreement within the period); closed without
    agreement: the closing day; agreement: signing is the employer's promise,
    and time runs again when the performance period ends (domain.md 1.11).
    """
    applied = "申请调解"
    if facts.status is CaseStatus.AGREED and facts.agreement_signed_on is not None:
        events = [
            ClockEvent(
                facts.received_on,
                applied,
                until=facts.agreement_signed_on,
                until_what="达成调解协议",
            )
        ]
        due = facts.unpaid_pay_by or facts.last_pay_by
        if due is not None and due > facts.agreement_signed_on:
            what = "协议约定的履行期限届满" if facts.unpaid_pay_by else "协议履行完毕"
            events.append(
                ClockEvent(
                    facts.agreement_signed_on,
                    "签订调解协议、用人单位同意履行",
                    until=due,
                    until_what=what,
                )
            )
        else:
            events.append(ClockEvent(facts.agreement_signed_on, "签订调解协议、用人单位同意履行"))
        return events
    if facts.status.is_open or facts.closed_on is None:
        if facts.mediation_due >= today:
            words = "调解期限届满（调解仍在进行，暂按此日估算）"
        else:
            words = "调解期限届满未达成协议"
        return [ClockEvent(facts.received_on, applied, until=facts.mediation_due, until_what=words)]
    ended = {
        CaseStatus.FAILED: "调解不成结案",
        CaseStatus.REFUSED: "被申请人拒绝调解",
        CaseStatus.WITHDRAWN: "撤回调解申请",
        CaseStatus.NOT_ACCEPTED: "不予受理",
    }.get(facts.status, "调解终止")
    if facts.closed_on > facts.mediation_due:
        # No agreement within the period ends the mediation on the period's last day
        # (17号令 Art.31), not on the day the clerk got round to closing the case: a
        # later closing day would move every worker's date later, the risky direction.
        until, ended = facts.mediation_due, "调解期限届满未达成协议（结案登记晚于期限）"
    else:
        until = facts.closed_on
    return [ClockEvent(facts.received_on, applied, until=until, until_what=ended)]


def settled(facts: CaseFacts) -> bool:
    """Closed by an agreement with nothing left unpaid: the board no longer warns.

    An agreement without payment terms counts as performed; one found not
    performed is closed again as 调解不成 (未履行), which warns.
    """
    return facts.status is CaseStatus.AGREED and facts.unpaid_pay_by is None


# --------------------------------------------------------------------------
# Validation of a recorded event
# --------------------------------------------------------------------------


def event_problems(
    kind: EventKind,
    on: date | None,
    until: date | None,
    *,
    employment_start: date | None,
    today: date,
) -> list[tuple[str, str]]:
    """(field, Chinese message) pairs; empty when the event can be recorded."""
    problems: list[tuple[str, str]] = []
    if on is None:
        return [("on", "请填写事件发生的日期。")]
    if on > today:
        problems.append(("on", f"事件日期（{cn_date(on)}）不能晚于今天。"))
    if employment_start is not None and on < employment_start:
        problems.append(
            (
                "on",
                f"事件日期（{cn_date(on)}）早于入职日期（{cn_date(employment_start)}），请核对。",
            )
        )
    if until is not None:
        if not kind.suspends:
            problems.append(("until", "只有时效中止需要填写中止原因消除的日期。"))
        elif until < on:
            problems.append(("until", "中止原因消除的日期不能早于中止开始的日期。"))
        elif until > today:
            problems.append(("until", "中止原因消除的日期不能晚于今天；尚未消除的请留空。"))
    return problems


def earliest(clocks: Iterable[LimitationClock]) -> date | None:
    """The earliest last day among an applicant's clocks (what the board warns about)."""
    days = [c.last_day for c in clocks if c.last_day is not None]
    return min(days) if days else None
