"""Domain rules of performance: fen-exact splits, allocation, overdue, routes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediator.domain import performance as perf
from mediator.domain.enums import ClaimCategory, DayKind
from mediator.domain.workdays import WorkdayCalendar

fen_amounts = st.integers(min_value=0, max_value=10**10).map(lambda f: Decimal(f) / 100)
weights = st.lists(st.integers(min_value=0, max_value=10**8).map(Decimal), min_size=1, max_size=40)


def test_split_by_largest_remainder() -> None:
    assert perf.split_fen_exact(Decimal("100"), [Decimal(1)] * 3) == [
        Decimal("33.34"),
        Decimal("33.33"),
        Decimal("33.33"),
    ]
    assert perf.split_fen_exact(Decimal("0.05"), [Decimal(2), Decimal(1), Decimal(0)]) == [
        Decimal("0.03"),
        Decimal("0.02"),
        Decimal("0.00"),
    ]
    assert perf.split_fen_exact(Decimal("10"), [Decimal(0), Decimal(0)]) == [
        Decimal("5.00"),
        Decimal("5.00"),
    ]


@given(fen_amounts, weights)
def test_split_always_adds_up_to_the_fen(total: Decimal, parts: list[Decimal]) -> None:
    split = perf.split_fen_exact(total, parts)
    assert sum(split, Decimal(0)) == total
    assert all(p >= 0 and p == p.quantize(Decimal("0.01")) for p in split)
    if sum(parts) > 0:
        for part, weight in zip(split, parts, strict=True):
            assert abs(part - total * weight / sum(parts)) < Decimal("0.01")


@st.composite
def schedules(draw: st.DrawFn) -> tuple[list[perf.OpenShare], list[Decimal]]:
    shares = []
    for i in range(draw(st.integers(1, 5))):
        day = date(2026, 1 + i, 28)
        for w in range(draw(st.integers(1, 6))):
            amount = draw(fen_amounts)
            shares.append(perf.OpenShare((i, w), (day, i), w, amount))
    receipts = draw(st.lists(fen_amounts, max_size=6))
    return shares, receipts


@given(schedules(), st.dates(date(2025, 1, 1), date(2027, 12, 31)))
def test_paid_plus_outstanding_is_agreed(
    data: tuple[list[perf.OpenShare], list[Decimal]], today: date
) -> None:
    shares, receipts = data
    paid = {s.key: Decimal("0.00") for s in shares}
    for amount in receipts:
        open_shares = [
            perf.OpenShare(s.key, s.instalment_order, s.worker, s.outstanding - paid[s.key])
            for s in shares
        ]
        result = perf.allocate(amount, open_shares)
        assert sum((p for _k, p in result.parts), Decimal(0)) + result.excess == amount
        for key, part in result.parts:
            paid[key] += part
    lines = [
        perf.ShareLine(
            s.instalment_order, s.worker, s.instalment_order[0], s.outstanding, paid[s.key]
        )
        for s in shares
    ]
    total = perf.figures(lines, today)
    assert total.paid + total.outstanding == total.agreed
    assert total.outstanding >= 0 and 0 <= total.overdue <= total.outstanding
    by_worker = perf.figures_by(lines, today, "worker")
    assert sum((f.agreed for f in by_worker.values()), Decimal(0)) == total.agreed
    for f in by_worker.values():
        assert f.paid + f.outstanding == f.agreed


def test_allocation_pays_the_oldest_instalment_first() -> None:
    shares = [
        perf.OpenShare("b1", (date(2026, 2, 1), 2), 1, Decimal("100")),
        perf.OpenShare("a1", (date(2026, 1, 1), 1), 1, Decimal("60")),
        perf.OpenShare("a2", (date(2026, 1, 1), 1), 2, Decimal("40")),
    ]
    result = perf.allocate(Decimal("150"), shares)
    assert dict(result.parts) == {
        "a1": Decimal("60.00"),
        "a2": Decimal("40.00"),
        "b1": Decimal("50"),
    }
    partial = perf.allocate(Decimal("50"), shares)
    assert dict(partial.parts) == {"a1": Decimal("30.00"), "a2": Decimal("20.00")}
    over = perf.allocate(Decimal("250"), shares)
    assert over.excess == Decimal("50")
    with pytest.raises(ValueError, match="负数"):
        perf.allocate(Decimal("-1"), shares)


def test_due_dates_across_month_ends_and_holidays() -> None:
    calendar = WorkdayCalendar({date(2027, 2, 26): DayKind.HOLIDAY})
    # National Day week 2026: due 1 October, paid by the first working day after the holiday.
    assert perf.pay_by(date(2026, 10, 1), calendar) == date(2026, 10, 8)
    # A Saturday at a month end moves into the next month.
    assert perf.pay_by(date(2026, 10, 31), calendar) == date(2026, 11, 2)
    # A working day stays.
    assert perf.pay_by(date(2026, 11, 30), calendar) == date(2026, 11, 30)
    # A day off from the user's holiday table (Friday 26 February 2027) and the weekend after.
    assert perf.pay_by(date(2027, 2, 26), calendar) == date(2027, 3, 1)
    last = perf.pay_by(date(2026, 10, 31), calendar)
    assert not perf.is_overdue(last, date(2026, 11, 2), Decimal("1"))
    assert perf.is_overdue(last, date(2026, 11, 3), Decimal("1"))
    assert not perf.is_overdue(last, date(2026, 11, 3), Decimal("0"))


def test_fulfilment_rate() -> None:
    assert perf.fulfilment_rate(Decimal("0"), Decimal("0")) is None
    assert perf.fulfilment_rate(Decimal("3"), Decimal("1")) == Decimal("0.3333")
    assert perf.rate_text(Decimal("0.6244")) == "62.44%"
    assert perf.rate_text(None) == "—"


def test_routes_by_item() -> None:
    wages = [r.code for r in perf.enforcement_routes(ClaimCategory.WAGES)]
    assert wages == ["payment_order", "arbitration", "labour_inspection", "advance"]
    assert "payment_order" in [r.code for r in perf.enforcement_routes(ClaimCategory.INJURY)]
    assert "payment_order" in [r.code for r in perf.enforcement_routes(ClaimCategory.SEVERANCE)]
    other = [r.code for r in perf.enforcement_routes(ClaimCategory.SOCIAL_INSURANCE)]
    assert other == ["arbitration", "labour_inspection"]
    inspection = perf.enforcement_routes(ClaimCategory.WAGES)[2]
    assert "第二百七十六条之一" in inspection.basis
    assert "第十六条" in perf.enforcement_routes(ClaimCategory.WAGES)[0].basis
