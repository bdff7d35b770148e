"""A calculator's result as a claim: its type, amount and working, saved through Services.add_claim."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mediator.domain import calculators as calc
from mediator.domain.calcclaims import as_claim, claim_category, working_text
from mediator.domain.enums import ClaimCategory
from mediator.persistence.errors import StaleEdit
from mediator.persistence.services import Services
from tests.helpers.factories import single_case

CASE_A = calc.severance(date(2018, 7, 1), date(2026, 3, 15), 8000, local_average=10000)


@pytest.mark.parametrize(
    ("result", "category"),
    [
        (CASE_A, ClaimCategory.SEVERANCE),
        (
            calc.severance(date(2018, 7, 1), date(2026, 3, 15), 8000, unlawful=True),
            ClaimCategory.DAMAGES,
        ),
        (calc.double_wages(date(2025, 3, 1), None, 6000), ClaimCategory.DOUBLE_WAGES),
        (calc.overtime(5220, 20, 16, 8), ClaimCategory.OVERTIME),
        (calc.annual_leave(8700, entitlement_days=5), ClaimCategory.ANNUAL_LEAVE),
        (calc.art85_range(10000), ClaimCategory.OTHER),
    ],
)
def test_each_calculator_maps_to_its_claim_type(
    result: calc.Calculation, category: ClaimCategory
) -> None:
    claim = as_claim(result, 0)
    assert claim_category(result) is claim.category is category
    assert claim.amount == result.amount
    assert claim.description.startswith("支付")
    assert claim.description.split("\n", 1)[1] == working_text(result).split("\n", 1)[1]


def test_the_art85_claim_says_it_is_a_range() -> None:
    claim = as_claim(calc.art85_range(10000), 0)
    assert claim.amount == Decimal("10000.00")
    assert "协商区间：人民币5,000.00元" in claim.description


def test_add_claim_updates_the_total_and_refuses_a_stale_version(services: Services) -> None:
    ref = services.create_case(single_case())
    added = services.add_claim(ref.id, ref.version, as_claim(CASE_A, 0))
    detail = services.get_case(ref.id)
    assert detail.version == added.version == ref.version + 1
    assert detail.data.claims[-1].amount == Decimal("64000.00")
    assert services.case_rows([ref.id])[ref.id].claimed_total == Decimal("80000.00")
    with pytest.raises(StaleEdit):
        services.add_claim(ref.id, ref.version, as_claim(CASE_A, 0))
    assert len(services.get_case(ref.id).data.claims) == 2
