"""Chart data with known answers: twelve reporting months, the category shares, the money."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mediator.domain.enums import Category
from mediator.reports.charts import ChartData, category_shares
from mediator.reports.periods import (
    MonthBoundary,
    last_complete_month,
    month_containing,
    month_period,
    months_ending,
)
from mediator.reports.services import ReportServices
from mediator.reports.tally import compute_tally
from tests.unit.reports.conftest import Store

DAY21 = MonthBoundary.DAY_21


def _charts(store: Store, year: int, month: int, boundary: MonthBoundary) -> ChartData:
    reports = ReportServices(store.services.db)
    report = reports.report(month_period(year, month, boundary))
    return reports.charts(report.current, boundary)


def _month(data: ChartData, number: int) -> tuple[int, int, Decimal, Decimal]:
    point = next(m for m in data.months if m.period.number == number)
    return point.received, point.closed, point.agreed, point.paid


@pytest.mark.parametrize(
    ("day", "boundary", "expected"),
    [
        (date(2026, 10, 20), DAY21, (2026, 10)),
        (date(2026, 10, 21), DAY21, (2026, 11)),
        (date(2026, 12, 21), DAY21, (2027, 1)),
        (date(2026, 10, 31), MonthBoundary.CALENDAR, (2026, 10)),
        (date(2026, 11, 1), MonthBoundary.CALENDAR, (2026, 11)),
    ],
)
def test_month_containing_boundary_days(
    day: date, boundary: MonthBoundary, expected: tuple[int, int]
) -> None:
    month = month_containing(day, boundary)
    assert (month.year, month.number) == expected
    assert month.start <= day <= month.end


def test_last_complete_month_and_twelve_months() -> None:
    assert last_complete_month(date(2026, 11, 24)) == month_period(2026, 10)
    # 21st-20th: November (10-21 .. 11-20) is over on the 24th.
    assert last_complete_month(date(2026, 11, 24), DAY21) == month_period(2026, 11, DAY21)
    assert last_complete_month(date(2026, 11, 20), DAY21) == month_period(2026, 10, DAY21)
    months = months_ending(date(2026, 10, 20), DAY21)
    assert len(months) == 12
    assert months[0].start == date(2025, 10, 21) and months[-1].end == date(2026, 10, 20)
    assert all(
        a.end.toordinal() + 1 == b.start.toordinal()
        for a, b in zip(months, months[1:], strict=False)
    )


def test_calendar_months_known_answers(store: Store) -> None:
    data = _charts(store, 2026, 10, MonthBoundary.CALENDAR)
    assert [m.label for m in data.months][-3:] == ["8月", "9月", "10月"]
    assert data.months_span == "2025年11月至2026年10月"
    # September: back_from_sep 09-01, open_sep 09-15, withdrawn_first_day 09-20, agreed 09-30;
    # back_from_sep failed on 09-10 (reopened in October: that closing still counts in September).
    assert _month(data, 9) == (4, 1, Decimal("0.00"), Decimal("0.00"))
    # October: six received (the voided case is not), 20,000 agreed, 8,000 paid (an advance counts).
    received, _closed, agreed, paid = _month(data, 10)
    assert (received, agreed, paid) == (6, Decimal("20000.00"), Decimal("8000.00"))
    # last_year (2025-10-15) is before the twelve months.
    assert sum(m.received for m in data.months) == 10


def test_day21_months_known_answers(store: Store) -> None:
    data = _charts(store, 2026, 11, DAY21)
    # 08-21 .. 09-20: back_from_sep, open_sep and withdrawn_first_day (received on the 20th).
    assert _month(data, 9)[0] == 3
    # 09-21 .. 10-20: agreed (09-30), not_accepted, not_performed, reopened_later,
    # reopened_same, collective; agreements signed 10-09 (2,000) and 10-20 (8,000); no payment.
    assert _month(data, 10)[0] == 6
    assert _month(data, 10)[2:] == (Decimal("10000.00"), Decimal("0.00"))
    # 10-21 .. 11-20: last_day and november; 10,000 signed 10-25; paid 3,000 + 4,000 + 1,000
    # + 2,000 on 10-25 .. 11-01.
    received, _closed, agreed, paid = _month(data, 11)
    assert (received, agreed, paid) == (2, Decimal("10000.00"), Decimal("10000.00"))


@pytest.mark.parametrize("boundary", list(MonthBoundary))
def test_every_month_equals_its_tally(store: Store, boundary: MonthBoundary) -> None:
    data = _charts(store, 2026, 11, boundary)
    with store.services.db.read() as session:
        for point in data.months:
            total = compute_tally(session, point.period).total
            assert (point.received, point.closed, point.agreed, point.paid) == (
                total["received"],
                total["closed"],
                total["amount_agreed"],
                total["amount_paid"],
            ), point.period.label


def test_category_shares_of_the_period(store: Store) -> None:
    data = _charts(store, 2026, 10, MonthBoundary.CALENDAR)
    # Received in October: PAY collective + reopened_later, SI, CON_END, HRS, CON_CHG.
    assert [(s.category, s.count) for s in data.shares] == [
        (Category.PAY, 2),
        (Category.SI, 1),
        (Category.CON_CHG, 1),
        (Category.CON_END, 1),
        (Category.HRS, 1),
    ]
    assert sum(s.share for s in data.shares) == 1
    assert data.received_in_period == 6


def test_no_cases_no_shares(store: Store) -> None:
    with store.services.db.read() as session:
        tally = compute_tally(session, month_period(2024, 1))
    assert category_shares(tally) == ()


def test_a_reported_month_is_drawn_as_sent(store: Store) -> None:
    """After October is sent, a late change moves October's table figures only as a correction;
    the chart of any later report keeps drawing October as sent, and says so."""
    reports = ReportServices(store.services.db, today=lambda: date(2026, 11, 24))
    reports.mark_reported(month_period(2026, 10))
    last_day = store.services.get_case(store.ids["last_day"])
    store.services.void_case(last_day.id, last_day.version, "重复登记")  # received 10-31
    for month in (10, 11):
        report = reports.report(month_period(2026, month))
        data = reports.charts(report.current)
        october = next(m for m in data.months if m.period.number == 10)
        assert (october.received, october.sent) == (6, True)  # as sent; live it is 5
        assert next(m for m in data.months if m.period.number == 9).sent is False
        assert data.months_note == f"{data.months_span}（已报送的月份按报送数）"
    with store.services.db.read() as session:
        assert compute_tally(session, month_period(2026, 10)).total["received"] == 5
    # The category shares of the reported month are those of its table as sent.
    report = reports.report(month_period(2026, 10))
    assert reports.charts(report.current).received_in_period == 6
