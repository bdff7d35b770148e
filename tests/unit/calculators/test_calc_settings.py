"""The calculators' open rules as office settings: checked, stored, read back."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from mediator.domain.calcsettings import calculator_settings, problems
from mediator.domain.calculators import PartialMonthRule
from mediator.domain.errors import ValidationFailed
from mediator.persistence.services import Services


def test_defaults_are_those_of_domain_md_8_2(services: Services) -> None:
    rules = services.settings().calculator_settings()
    assert rules.partial_month_rule is PartialMonthRule.CALENDAR_MONTHS
    assert rules.pay_days_per_month == Decimal("21.75")
    assert rules.count_departure_day is True


@pytest.mark.parametrize(
    ("partial", "days", "field", "message"),
    [
        ("weeks", "21.75", "calc_partial_month", "不满一年部分的计算方法只能是"),
        ("calendar", "0", "calc_pay_days", "月计薪天数“0”无效，应为1至31之间的数字"),
    ],
)
def test_bad_values_are_refused_in_chinese(
    partial: str, days: str, field: str, message: str
) -> None:
    (issue,) = problems(partial, days)
    assert issue.field == field
    assert issue.message.startswith(message)


def test_saved_and_read_back(services: Services) -> None:
    changed = replace(
        services.settings(),
        calc_partial_month="days30",
        calc_pay_days="20.83",
        calc_count_departure_day=False,
    )
    services.save_settings(changed)
    rules = services.settings().calculator_settings()
    assert rules.partial_month_rule is PartialMonthRule.DAYS_30
    assert rules.pay_days_per_month == Decimal("20.83")
    assert rules.count_departure_day is False
    with pytest.raises(ValidationFailed):
        services.save_settings(replace(changed, calc_pay_days="abc"))
    assert calculator_settings("x", "abc", True).pay_days_per_month == Decimal("21.75")
