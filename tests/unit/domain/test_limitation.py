"""The limitation clock (调解仲裁法 Art.27; domain.md 1.11)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from mediator.domain.enums import CaseStatus, ClaimCategory
from mediator.domain.limitation import (
    CaseFacts,
    ClaimKind,
    ClockEvent,
    ClockState,
    EventKind,
    LimitationRules,
    add_one_year,
    case_events,
    claim_kinds,
    event_problems,
    limitation_clock,
    settled,
)

TODAY = date(2026, 11, 24)
WAGES, OTHER = ClaimKind.WAGES, ClaimKind.OTHER


def clock(kind: ClaimKind, *events: ClockEvent, end=None, known=None, today=TODAY):  # type: ignore[no-untyped-def]
    return limitation_clock(kind, employment_end=end, known_on=known, events=events, today=today)


def test_wages_while_employed_are_not_limited() -> None:
    result = clock(WAGES, known=date(2020, 1, 1))
    assert result.state is ClockState.NOT_LIMITED and result.last_day is None
    assert "不受一年仲裁时效限制" in result.basis
    assert result.summary == "在职期间不受时效限制"
    # An end of employment still to come: not limited yet either.
    later = clock(WAGES, end=date(2027, 3, 31))
    assert later.state is ClockState.NOT_LIMITED and "预计2027年3月31日终止" in later.basis


def test_wages_after_employment_one_year_from_the_end() -> None:
    result = clock(WAGES, end=date(2026, 3, 1), known=date(2024, 1, 1))
    assert result.last_day == date(2027, 3, 1)
    assert result.basis == "劳动报酬争议：劳动关系于2026年3月1日终止，自该日起一年 → 2027年3月1日"
    assert result.days_left == (date(2027, 3, 1) - TODAY).days
    assert not result.overdue and not result.near


def test_the_example_of_the_brief() -> None:
    """Employment ends, mediation applied for, mediation fails: a new year from the failure."""
    mediation = ClockEvent(
        date(2026, 9, 30), "申请调解", until=date(2026, 10, 15), until_what="调解终止"
    )
    result = clock(WAGES, mediation, end=date(2026, 6, 30))
    assert result.last_day == date(2027, 10, 15)
    assert result.basis == (
        "劳动报酬争议：劳动关系于2026年6月30日终止，2026年9月30日申请调解（时效中断），"
        "2026年10月15日调解终止后重新计算一年 → 2027年10月15日"
    )


def test_other_claims_from_the_known_date() -> None:
    result = clock(OTHER, end=date(2026, 6, 30), known=date(2026, 5, 10))
    assert result.last_day == date(2027, 5, 10)
    assert "2026年5月10日知道或应当知道权利被侵害" in result.basis


def test_other_claims_fall_back_to_the_end_of_employment_then_to_the_first_event() -> None:
    assert clock(OTHER, end=date(2026, 6, 30)).last_day == date(2027, 6, 30)
    demand = ClockEvent(date(2026, 8, 1), "劳动者向用人单位主张权利")
    result = clock(OTHER, demand)
    assert result.last_day == date(2027, 8, 1)
    assert "至迟于2026年8月1日劳动者向用人单位主张权利时已经知道" in result.basis
    nothing = clock(OTHER)
    assert nothing.state is ClockState.UNKNOWN and "无法估算" in nothing.basis


def test_several_interruptions_in_any_order_the_latest_counts() -> None:
    events = [
        ClockEvent(date(2026, 9, 1), "劳动者向用人单位主张权利"),
        ClockEvent(date(2026, 2, 1), "劳动者向用人单位主张权利"),  # before the start
        ClockEvent(date(2026, 6, 1), "用人单位同意履行（承诺支付）"),
    ]
    result = clock(WAGES, *events, end=date(2026, 3, 1))
    assert result.last_day == date(2027, 9, 1)
    assert "2026年2月1日" not in result.basis
    assert result.basis.index("2026年6月1日") < result.basis.index("2026年9月1日")


def test_an_interruption_inside_a_longer_one_does_not_shorten_it() -> None:
    mediation = ClockEvent(
        date(2026, 3, 1), "申请调解", until=date(2026, 4, 20), until_what="调解终止"
    )
    demand = ClockEvent(date(2026, 3, 10), "劳动者向用人单位主张权利")
    result = clock(OTHER, demand, mediation, known=date(2026, 1, 5))
    assert result.last_day == date(2027, 4, 20)


def test_an_event_after_the_period_ran_out_does_not_revive_it() -> None:
    late = ClockEvent(date(2026, 4, 2), "劳动者向用人单位主张权利")
    result = clock(OTHER, late, known=date(2025, 4, 1))
    assert result.last_day == date(2026, 4, 1)
    assert result.overdue and "不再中断时效" in result.basis
    assert result.summary.startswith("可能已届满")


def test_suspension_adds_the_time_it_stood() -> None:
    stop = ClockEvent(date(2026, 3, 1), "不可抗力", suspends=True, until=date(2026, 3, 31))
    result = clock(OTHER, stop, known=date(2026, 1, 1))
    # 306 days were left on 1 March; they run on from 31 March.
    assert result.last_day == date(2026, 3, 31) + (date(2027, 1, 1) - date(2026, 3, 1))
    assert "时效中止" in result.basis and "剩余306天" in result.basis


def test_a_suspension_still_standing_gives_no_date() -> None:
    stop = ClockEvent(date(2026, 10, 1), "不可抗力", suspends=True)
    result = clock(OTHER, stop, known=date(2026, 1, 1))
    assert result.state is ClockState.SUSPENDED and result.last_day is None
    assert result.summary == "时效中止中"


def test_leap_day_plus_one_year_is_28_february() -> None:
    assert add_one_year(date(2024, 2, 29)) == date(2025, 2, 28)
    assert clock(WAGES, end=date(2024, 2, 29)).last_day == date(2025, 2, 28)
    restart = ClockEvent(date(2028, 2, 29), "劳动者向用人单位主张权利")
    assert clock(OTHER, restart, known=date(2027, 6, 1), today=date(2028, 3, 1)).last_day == date(
        2029, 2, 28
    )


def test_near_and_overdue() -> None:
    near = clock(OTHER, known=TODAY - timedelta(days=365 - 10))
    assert near.near and not near.overdue and near.summary == "剩余10天"
    today = clock(OTHER, known=date(2025, 11, 24))
    assert today.days_left == 0 and today.summary == "今日届满"


def test_claim_kinds_of_an_applicant() -> None:
    assert claim_kinds([ClaimCategory.OVERTIME, ClaimCategory.SEVERANCE]) == [WAGES, OTHER]
    assert claim_kinds([ClaimCategory.MIN_WAGE_GAP]) == [WAGES]
    assert claim_kinds([]) == [OTHER]


def facts(status: CaseStatus, **kw: object) -> CaseFacts:
    base: dict[str, object] = {
        "received_on": date(2026, 9, 30),
        "status": status,
        "closed_on": None,
        "mediation_due": date(2026, 10, 15),
    }
    return CaseFacts(**(base | kw))  # type: ignore[arg-type]


def test_case_events_of_a_failed_case_restart_on_the_closing_day() -> None:
    [event] = case_events(facts(CaseStatus.FAILED, closed_on=date(2026, 10, 12)), TODAY)
    assert (event.on, event.until, event.until_what) == (
        date(2026, 9, 30),
        date(2026, 10, 12),
        "调解不成结案",
    )


def test_case_events_of_a_case_closed_after_its_period_end_with_the_period() -> None:
    [event] = case_events(facts(CaseStatus.FAILED, closed_on=date(2026, 10, 20)), TODAY)
    assert (event.until, event.until_what) == (
        date(2026, 10, 15),
        "调解期限届满未达成协议（结案登记晚于期限）",
    )


def test_case_events_of_an_open_case_use_the_mediation_period() -> None:
    [event] = case_events(facts(CaseStatus.MEDIATING), date(2026, 10, 1))
    assert event.until == date(2026, 10, 15) and "调解仍在进行" in event.until_what
    [late] = case_events(facts(CaseStatus.MEDIATING), TODAY)
    assert "调解期限届满" in late.until_what


def test_case_events_of_an_agreement_run_from_the_performance_period() -> None:
    agreed = facts(
        CaseStatus.AGREED,
        closed_on=date(2026, 10, 10),
        agreement_signed_on=date(2026, 10, 10),
        unpaid_pay_by=date(2026, 11, 30),
        last_pay_by=date(2026, 12, 31),
    )
    events = case_events(agreed, TODAY)
    result = clock(WAGES, *events, end=date(2026, 6, 30))
    assert result.last_day == date(2027, 11, 30)
    assert "协议约定的履行期限届满" in result.basis
    assert not settled(agreed)
    performed = facts(
        CaseStatus.AGREED,
        closed_on=date(2026, 10, 10),
        agreement_signed_on=date(2026, 10, 10),
        last_pay_by=date(2026, 11, 30),
    )
    assert settled(performed)


def test_event_validation_messages() -> None:
    assert event_problems(EventKind.DEMAND, None, None, employment_start=None, today=TODAY) == [
        ("on", "请填写事件发生的日期。")
    ]
    problems = dict(
        event_problems(
            EventKind.DEMAND,
            date(2026, 12, 1),
            date(2026, 12, 2),
            employment_start=None,
            today=TODAY,
        )
    )
    assert "不能晚于今天" in problems["on"] and "只有时效中止" in problems["until"]
    early = event_problems(
        EventKind.SUSPENSION,
        date(2019, 1, 1),
        date(2018, 1, 1),
        employment_start=date(2020, 1, 1),
        today=TODAY,
    )
    assert {f for f, _ in early} == {"on", "until"}


def test_rules_from_the_setting() -> None:
    rules = LimitationRules.from_codes("demand, promise suspension")
    assert rules.counted == {EventKind.DEMAND, EventKind.PROMISE, EventKind.SUSPENSION}
    assert LimitationRules.from_codes(rules.codes()) == rules
    assert not EventKind.NEGOTIATION_REFUSED.confirmed and EventKind.DEMAND.confirmed


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_one_year_is_365_or_366_days(day: date) -> None:
    assert (add_one_year(day) - day).days in (365, 366)


event_days = st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 11, 24))


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 1, 1)), st.lists(event_days))
def test_interruptions_never_shorten_the_period_and_order_does_not_matter(
    known: date, days: list[date]
) -> None:
    events = [ClockEvent(d, "劳动者向用人单位主张权利") for d in days]
    base = clock(OTHER, known=known)
    result = clock(OTHER, *events, known=known)
    assert base.last_day is not None and result.last_day is not None
    assert result.last_day >= base.last_day
    assert clock(OTHER, *reversed(events), known=known).last_day == result.last_day
    # The result is one year after the start or after an event that fell in time.
    anchors = [known, *days]
    assert any(add_one_year(a) == result.last_day for a in anchors)


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2025, 1, 1)),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=200),
)
def test_a_suspension_inside_the_period_adds_exactly_its_length(
    known: date, offset: int, length: int
) -> None:
    start = known + timedelta(days=offset)
    stop = ClockEvent(start, "不可抗力", suspends=True, until=start + timedelta(days=length))
    base = clock(OTHER, known=known, today=date(2030, 1, 1))
    result = clock(OTHER, stop, known=known, today=date(2030, 1, 1))
    assert base.last_day is not None and result.last_day is not None
    if start <= base.last_day:
        assert result.last_day - base.last_day == timedelta(days=length)
    else:
        assert result.last_day == base.last_day and "不再中止时效" in result.basis
