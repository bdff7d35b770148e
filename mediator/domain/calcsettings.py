"""The calculators' open rules as office settings (domain.md 8.2), checked and read back.

Stored as text in the settings table: the partial-month rule of severance
(``calendar`` or ``days30``), the 月计薪天数 (``21.75``) and whether the
departure day counts in annual-leave pro-rating.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from mediator.domain.calculators import CalculatorSettings, PartialMonthRule
from mediator.domain.errors import Issue


def _pay_days(text: str) -> Decimal | None:
    try:
        days = Decimal(text.strip())
    except InvalidOperation:
        return None
    return days if days.is_finite() and 1 <= days <= 31 else None


def problems(partial_month: str, pay_days: str) -> list[Issue]:
    issues = []
    if partial_month not in {rule.value for rule in PartialMonthRule}:
        issues.append(
            Issue("calc_partial_month", "不满一年部分的计算方法只能是按日历月或按每30天一个月。")
        )
    if _pay_days(pay_days) is None:
        issues.append(
            Issue("calc_pay_days", f"月计薪天数“{pay_days}”无效，应为1至31之间的数字（如21.75）。")
        )
    return issues


def calculator_settings(
    partial_month: str, pay_days: str, count_departure_day: bool
) -> CalculatorSettings:
    """The settings for the calculators; values that do not check fall back to the defaults."""
    default = CalculatorSettings()
    rules = {rule.value: rule for rule in PartialMonthRule}
    return CalculatorSettings(
        partial_month_rule=rules.get(partial_month, default.partial_month_rule),
        pay_days_per_month=_pay_days(pay_days) or default.pay_days_per_month,
        count_departure_day=count_departure_day,
    )
