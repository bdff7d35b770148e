"""The arrears ledger's money rules and validation messages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from mediator.domain.arrears import (
    LiabilityData,
    PeriodData,
    RateUnit,
    default_basis,
    totals_of,
    validate_ledger,
    validate_liabilities,
    validate_period,
)
from mediator.domain.enums import ChainRole

TODAY = date(2026, 11, 24)
MARCH, AUGUST = date(2026, 3, 1), date(2026, 8, 1)


def errors(period: PeriodData) -> list[str]:
    return [i.message for i in validate_period(period, TODAY) if i.is_error]


def test_monthly_rate_times_months_counted_inclusively() -> None:
    period = PeriodData(MARCH, AUGUST, RateUnit.MONTHLY, rate=Decimal("8000"))
    assert period.months == 6
    assert period.computed_owed() == Decimal("48000.00")
    assert period.owed_amount() == Decimal("48000.00")


def test_daily_hourly_and_piece_rates_round_once_to_the_fen() -> None:
    daily = PeriodData(
        MARCH, MARCH, RateUnit.DAILY, rate=Decimal("333.33"), days_worked=Decimal("22.5")
    )
    assert daily.computed_owed() == Decimal("7499.93")  # 7499.925 half up
    hourly = PeriodData(
        MARCH, MARCH, RateUnit.HOURLY, rate=Decimal("25"), hours_worked=Decimal("180.5")
    )
    assert hourly.computed_owed() == Decimal("4512.50")
    piece = PeriodData(MARCH, MARCH, RateUnit.PIECE, rate=Decimal("1.15"), pieces=Decimal("3000"))
    assert piece.computed_owed() == Decimal("3450.00")


def test_an_entered_amount_wins_over_the_computed_one() -> None:
    period = PeriodData(MARCH, AUGUST, rate=Decimal("8000"), owed=Decimal("47500"))
    assert period.owed_amount() == Decimal("47500")


def test_end_before_start_is_refused_in_chinese() -> None:
    messages = errors(PeriodData(AUGUST, MARCH, owed=Decimal("100")))
    assert any("结束月份（2026年3月）早于开始月份（2026年8月）" in m for m in messages)


def test_negative_amounts_are_refused() -> None:
    messages = errors(PeriodData(MARCH, AUGUST, owed=Decimal("-1")))
    assert any("应付金额" in m and "不能为负数" in m for m in messages)


def test_paid_beyond_owed_needs_a_note() -> None:
    over = PeriodData(MARCH, AUGUST, owed=Decimal("1000"), paid=Decimal("1200"))
    assert any("已付金额（1,200.00元）超过应付金额（1,000.00元）" in m for m in errors(over))
    explained = PeriodData(
        MARCH, AUGUST, owed=Decimal("1000"), paid=Decimal("1200"), note="预支生活费200元"
    )
    assert errors(explained) == []


def test_a_period_without_amount_or_rate_says_what_to_fill_in() -> None:
    messages = errors(PeriodData(MARCH, MARCH, RateUnit.DAILY, rate=Decimal("300")))
    assert messages == ["应付金额未填写，也无法计算：请填写应付金额，或填写日工资标准和出勤天数"]


def test_days_beyond_the_calendar_are_refused() -> None:
    period = PeriodData(
        MARCH, MARCH, RateUnit.DAILY, rate=Decimal("300"), days_worked=Decimal("32")
    )
    assert any("超过这段期间的天数（31天）" in m for m in errors(period))


def test_future_months_are_refused() -> None:
    assert any(
        "在本月之后" in m
        for m in errors(PeriodData(date(2027, 1, 1), date(2027, 2, 1), owed=Decimal("1")))
    )


def test_ledger_messages_name_the_period_and_overlaps_warn() -> None:
    issues = validate_ledger(
        [
            PeriodData(MARCH, AUGUST, owed=Decimal("100")),
            PeriodData(date(2026, 8, 1), date(2026, 9, 1), owed=Decimal("-5")),
        ],
        TODAY,
    )
    assert any(i.field == "periods.1.owed" and i.message.startswith("第2段期间的") for i in issues)
    assert any(not i.is_error and "重叠" in i.message for i in issues)


def test_liability_rows_need_party_and_basis_and_a_sane_share() -> None:
    issues = validate_liabilities(
        [LiabilityData("", ChainRole.GENERAL_CONTRACTOR, "", share=Decimal("120"))]
    )
    fields = {i.field for i in issues}
    assert fields == {"liabilities.0.party", "liabilities.0.basis", "liabilities.0.share"}
    assert "先行清偿" in default_basis(ChainRole.GENERAL_CONTRACTOR)
    assert "垫付" in default_basis(ChainRole.CLIENT)


amounts = st.decimals(min_value=0, max_value=Decimal("999999.99"), places=2)
optional = st.none() | amounts


@st.composite
def periods(draw: st.DrawFn) -> PeriodData:
    return PeriodData(
        MARCH,
        AUGUST,
        owed=draw(optional),
        rate=draw(optional),
        paid=draw(amounts),
        claimed=draw(optional),
        confirmed=draw(optional),
    )


@given(st.lists(periods(), max_size=30))
def test_totals_equal_the_sum_of_the_rows(rows: list[PeriodData]) -> None:
    total = totals_of(rows)
    assert total.owed == sum((p.owed_amount() for p in rows), Decimal(0))
    assert total.paid == sum((p.paid for p in rows), Decimal(0))
    assert total.claimed == sum((p.claimed or 0 for p in rows), Decimal(0))
    assert total.confirmed == sum((p.confirmed or 0 for p in rows), Decimal(0))
    assert total.outstanding + total.paid == total.owed
    assert total.owed == total.owed.quantize(Decimal("0.01"))
