"""加付赔偿金 range (domain.md 4.5)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mediator.domain.calculators import art85_range
from mediator.domain.errors import ValidationFailed


def test_worked_case_10000() -> None:
    result = art85_range(Decimal(10_000))
    assert (result.low, result.high) == (Decimal("5000.00"), Decimal("10000.00"))
    assert (result.total_low, result.total_high) == (Decimal("15000.00"), Decimal("20000.00"))
    assert result.amount == result.high
    assert result.basis == ["《劳动合同法》第八十五条"]


def test_labelled_as_a_negotiating_range_after_an_order() -> None:
    notes = " ".join(art85_range(Decimal(10_000)).notes)
    assert "协商区间" in notes and "责令" in notes and "劳动行政部门" in notes


def test_odd_fen_rounds_half_up() -> None:
    assert art85_range(Decimal("0.01")).low == Decimal("0.01")


def test_negative_is_refused() -> None:
    with pytest.raises(ValidationFailed) as error:
        art85_range(Decimal(-1))
    assert error.value.issues[0].field == "unpaid"
