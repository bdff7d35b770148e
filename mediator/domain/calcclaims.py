"""A calculator's result as text and as a claim (请求事项) of a case.

The working text is what the CLI prints and what the calculator dialog shows;
added to a case, it becomes the claim's description, so the claim carries
how its amount was reached and on which statutes.
"""

from __future__ import annotations

from mediator.domain import calculators as calc
from mediator.domain.enums import ClaimCategory
from mediator.domain.model import ClaimData
from mediator.domain.money import amount_with_capitals


def heading(result: calc.Calculation) -> str:
    if isinstance(result, calc.SeveranceResult):
        return "违法解除或者终止劳动合同的赔偿金" if result.unlawful else "经济补偿"
    if isinstance(result, calc.Art85Result):
        return "加付赔偿金（劳动合同法第八十五条）"
    return result.title


def claim_category(result: calc.Calculation) -> ClaimCategory:
    """The claim type a result is added as (加付赔偿金 has none of its own: 其他)."""
    if isinstance(result, calc.SeveranceResult):
        return ClaimCategory.DAMAGES if result.unlawful else ClaimCategory.SEVERANCE
    categories: dict[type[calc.Calculation], ClaimCategory] = {
        calc.DoubleWageResult: ClaimCategory.DOUBLE_WAGES,
        calc.OvertimeResult: ClaimCategory.OVERTIME,
        calc.AnnualLeaveResult: ClaimCategory.ANNUAL_LEAVE,
    }
    return categories.get(type(result), ClaimCategory.OTHER)


def result_line(result: calc.Calculation) -> str:
    if isinstance(result, calc.Art85Result):
        return (
            f"协商区间：{amount_with_capitals(result.low)} 至 {amount_with_capitals(result.high)}"
        )
    return f"结果：{amount_with_capitals(result.amount)}"


def working_text(result: calc.Calculation, title: str | None = None) -> str:
    """The heading, the numbered working, the result, the statutes and the notes."""
    lines = [title or heading(result)]
    if result.needs_manual:
        lines.append("注意：本案需人工计算，以下金额仅供参考。")
    lines.append("计算过程：")
    lines += [f"  {index}. {step}" for index, step in enumerate(result.steps, start=1)]
    lines.append(result_line(result))
    lines.append("法律依据：" + "、".join(result.basis))
    if result.notes:
        lines.append("提示：")
        lines += [f"  · {note}" for note in result.notes]
    return "\n".join(lines)


def as_claim(result: calc.Calculation, applicant_index: int) -> ClaimData:
    """The claim of one applicant: the type, the amount and the working as description.

    The description's first line reads like a claim (“支付经济补偿”): the
    claims table shows that line, the rest is the working.

    For the Art.85 range the amount is its top (100 %); the description says
    it is a negotiating range. Double wages keep their period.
    """
    claim = ClaimData(
        applicant_index=applicant_index,
        category=claim_category(result),
        description=working_text(result, f"支付{heading(result)}"),
        amount=result.amount,
    )
    if isinstance(result, calc.DoubleWageResult):
        claim.period_start, claim.period_end = result.period_start, result.period_end
    return claim
