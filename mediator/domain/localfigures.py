"""Local figures for the calculators: which year of the locality table a rule reads.

The locality table (``persistence.orm.LocalityFigure``) holds, per place and
year, the 上年度职工月平均工资 and the 最低工资标准 *in force that year*: the
row of 2026 carries the 2025 average wage as published for use in 2026. The
severance rule (domain.md 4.1) takes the previous year's average of the year
of termination and the minimum wage then in force, so it reads the row of the
year of the last working day. The working names the row it used.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TypeVar

from mediator.domain.calculators import Calculation, SeveranceResult
from mediator.domain.errors import Issue
from mediator.domain.money import format_amount

C = TypeVar("C", bound=Calculation)


@dataclass(frozen=True)
class LocalFigures:
    """One row of the locality table, as the calculators need it."""

    locality: str
    year: int
    average_monthly_wage: Decimal | None
    minimum_wage: Decimal | None


def severance_year(last_day: date) -> int:
    """The table year severance reads: the year of the last working day."""
    return last_day.year


def missing_figures(
    figures: LocalFigures, *, need_average: bool, need_minimum: bool
) -> list[Issue]:
    """Figures the row lacks that the user did not give by hand either."""
    place = f"“{figures.locality}”{figures.year}年的当地数据"
    issues = []
    if need_average and figures.average_monthly_wage is None:
        issues.append(
            Issue("local_average", f"{place}中没有上年度职工月平均工资，请补录或直接填写该数字")
        )
    if need_minimum and figures.minimum_wage is None:
        issues.append(Issue("minimum_wage", f"{place}中没有最低工资标准，请补录或直接填写该数字"))
    return issues


def source_step(
    figures: LocalFigures, *, average_used: bool, minimum_used: bool, reason: str
) -> str | None:
    """One line of working saying which figures came from which row of the table."""
    parts = []
    if average_used and figures.average_monthly_wage is not None:
        parts.append(f"上年度职工月平均工资{format_amount(figures.average_monthly_wage)}元")
    if minimum_used and figures.minimum_wage is not None:
        parts.append(f"最低工资标准{format_amount(figures.minimum_wage)}元")
    if not parts:
        return None
    return (
        f"当地数据：{'、'.join(parts)}，取自当地数据表“{figures.locality}”{figures.year}年度"
        f"（{reason}）"
    )


def severance_reason(result: SeveranceResult, year: int) -> str:
    """Why this year: the rule's year, or a year the user chose instead."""
    if year == severance_year(result.last_day):
        return "按最后工作日所在年度"
    return f"按所选年度；最后工作日在{result.last_day.year}年"


def with_source(result: C, step: str | None) -> C:
    """The result with the source of its local figures as the first step of the working."""
    if step is None:
        return result
    return replace(result, steps=[step, *result.steps])
