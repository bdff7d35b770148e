"""What is owed to each worker: the arrears ledger, the evidence held, the chain's liability.

A worker's ledger is a list of periods (from one month to another) with the
time worked, the agreed rate and its unit, and four amounts: owed, already
paid, claimed, and what the employer confirms. ``computed_owed`` works out
the amount owed from the rate and the quantity where it can; the clerk may
type another figure (a foreman's settlement sheet often rounds). All money
is ``Decimal`` yuan, rounded once to the fen.

The liability rules of the subcontracting chain are not in domain.md; they
follow 保障农民工工资支付条例 (国务院令第724号, 2020) Arts. 29, 30 and 36 as
commonly cited (unconfirmed: check the official text). They are only
suggestions, which the office may reword (``default_basis`` takes its list);
the basis of each liable party is free text in the ledger.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from mediator.domain.enums import ChainRole, LabelledEnum
from mediator.domain.errors import Issue, Severity
from mediator.domain.money import FEN, amount_problem, format_amount, round_yuan

ZERO = Decimal("0")
MAX_QUANTITY = Decimal("99999.99")
"""Largest days, hours or pieces a period accepts (stored in hundredths)."""

_Report = Callable[[str, str], None]
"""The ``error``/``warn`` callbacks of the checks: (field, message)."""


class RateUnit(LabelledEnum):
    """What the agreed rate is paid per."""

    MONTHLY = "monthly", "月薪"
    DAILY = "daily", "日薪"
    HOURLY = "hourly", "时薪"
    PIECE = "piece", "计件"


class EvidenceKind(LabelledEnum):
    """Evidence a worker holds of what is owed (the checklist of the ledger)."""

    PAYSLIP = "payslip", "工资条"
    ATTENDANCE = "attendance", "考勤记录"
    IOU = "iou", "欠条"
    WITNESS = "witness", "工友证言"
    CHAT = "chat", "聊天记录"
    BANK = "bank", "银行流水"
    OTHER = "other", "其他"


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def months_between(first: date, last: date) -> int:
    """Calendar months from ``first``'s month to ``last``'s month, both counted."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def month_text(day: date) -> str:
    return f"{day.year}年{day.month}月"


def range_text(first: date, last: date) -> str:
    """ "2026年3月至2026年8月", or one month alone."""
    if (first.year, first.month) == (last.year, last.month):
        return month_text(first)
    return f"{month_text(first)}至{month_text(last)}"


@dataclass(frozen=True)
class PeriodData:
    """One period of a worker's ledger as entered (``id`` finds the row on an edit)."""

    from_month: date
    to_month: date
    rate_unit: RateUnit = RateUnit.MONTHLY
    rate: Decimal | None = None
    days_worked: Decimal | None = None
    hours_worked: Decimal | None = None
    pieces: Decimal | None = None
    owed: Decimal | None = None
    """None: work it out from the rate (``computed_owed``)."""
    paid: Decimal = ZERO
    claimed: Decimal | None = None
    confirmed: Decimal | None = None
    """What the employer confirms it owes; None until it has said."""
    note: str = ""
    id: int | None = None

    @property
    def months(self) -> int:
        return months_between(self.from_month, self.to_month)

    def quantity(self) -> Decimal | None:
        """The count the rate multiplies: months, days, hours or pieces."""
        if self.rate_unit is RateUnit.MONTHLY:
            return Decimal(self.months)
        if self.rate_unit is RateUnit.DAILY:
            return self.days_worked
        if self.rate_unit is RateUnit.HOURLY:
            return self.hours_worked
        return self.pieces

    def computed_owed(self) -> Decimal | None:
        """Rate × quantity rounded to the fen, or None when either is missing."""
        quantity = self.quantity()
        if self.rate is None or quantity is None:
            return None
        return round_yuan(self.rate * quantity)

    def owed_amount(self) -> Decimal:
        """The amount owed as entered, else as computed, else nothing."""
        if self.owed is not None:
            return self.owed
        return self.computed_owed() or ZERO

    @property
    def outstanding(self) -> Decimal:
        return self.owed_amount() - self.paid


@dataclass(frozen=True)
class Totals:
    """Sums over periods, workers or a whole case."""

    owed: Decimal = ZERO
    paid: Decimal = ZERO
    claimed: Decimal = ZERO
    confirmed: Decimal = ZERO

    @property
    def outstanding(self) -> Decimal:
        return self.owed - self.paid

    def __add__(self, other: Totals) -> Totals:
        return Totals(
            self.owed + other.owed,
            self.paid + other.paid,
            self.claimed + other.claimed,
            self.confirmed + other.confirmed,
        )


def totals_of(periods: Sequence[PeriodData]) -> Totals:
    """Exact sums of the periods (an unset claim or confirmation counts as 0)."""
    total = Totals()
    for p in periods:
        total += Totals(p.owed_amount(), p.paid, p.claimed or ZERO, p.confirmed or ZERO)
    return total


def sum_totals(parts: Sequence[Totals]) -> Totals:
    total = Totals()
    for part in parts:
        total += part
    return total


@dataclass(frozen=True)
class LedgerClaim:
    """The wage claim (拖欠工资) a worker's ledger supports."""

    amount: Decimal
    start: date
    end: date

    @property
    def description(self) -> str:
        return f"拖欠工资（{range_text(self.start, self.end)}）"


def ledger_claim(periods: Sequence[PeriodData], today: date) -> LedgerClaim | None:
    """What the worker claims (the claimed amounts, or else what is outstanding) over the
    months of the ledger; None when the ledger shows nothing to claim."""
    if not periods:
        return None
    totals = totals_of(periods)
    claimed_any = any(p.claimed is not None for p in periods)
    amount = totals.claimed if claimed_any else totals.outstanding
    if amount <= 0:
        return None
    start = min(month_start(p.from_month) for p in periods)
    # A period running into the current month ends today, not at the end of the month.
    end = min(month_end(max(p.to_month for p in periods)), today)
    return LedgerClaim(amount, start, end)


# -- validation ---------------------------------------------------------------------------------


def _quantity_problem(value: Decimal, what: str) -> str | None:
    if not value.is_finite() or value < 0:
        return f"{what}（{value}）不能为负数，请重新填写"
    if value > MAX_QUANTITY:
        return f"{what}（{value}）过大，请核对"
    if value.quantize(FEN) != value:
        return f"{what}（{value}）最多保留两位小数"
    return None


def validate_period(
    period: PeriodData, today: date, prefix: str = "", label: str = ""
) -> list[Issue]:
    """Every problem of one period; ``prefix`` is the field path, ``label`` starts each message."""
    issues: list[Issue] = []

    def error(field: str, message: str) -> None:
        issues.append(Issue(prefix + field, label + message))

    def warn(field: str, message: str) -> None:
        issues.append(Issue(prefix + field, label + message, Severity.WARNING))

    first, last = month_start(period.from_month), month_start(period.to_month)
    if last < first:
        error(
            "to_month",
            f"结束月份（{month_text(last)}）早于开始月份（{month_text(first)}），请核对",
        )
    if first > month_start(today):
        error("from_month", f"开始月份（{month_text(first)}）在本月之后，请核对")
    for field, value, what in (
        ("days_worked", period.days_worked, "出勤天数"),
        ("hours_worked", period.hours_worked, "工作小时数"),
        ("pieces", period.pieces, "计件数量"),
    ):
        problem = None if value is None else _quantity_problem(value, what)
        if problem:
            error(field, problem)
    _check_time_fits(period, first, last, error)
    for field, money, what in (
        ("rate", period.rate, "工资标准"),
        ("owed", period.owed, "应付金额"),
        ("paid", period.paid, "已付金额"),
        ("claimed", period.claimed, "主张金额"),
        ("confirmed", period.confirmed, "单位确认金额"),
    ):
        problem = None if money is None else amount_problem(money, what)
        if problem:
            error(field, problem)
    if issues:
        return issues
    _check_amounts(period, error, warn)
    return issues


def _check_time_fits(period: PeriodData, first: date, last: date, error: _Report) -> None:
    if last < first:
        return
    calendar_days = (month_end(last) - first).days + 1
    if period.days_worked is not None and period.days_worked > calendar_days:
        error(
            "days_worked",
            f"出勤天数（{period.days_worked}）超过这段期间的天数（{calendar_days}天），请核对",
        )
    if period.hours_worked is not None and period.hours_worked > calendar_days * 24:
        error(
            "hours_worked",
            f"工作小时数（{period.hours_worked}）超过这段期间的总小时数，请核对",
        )


def _check_amounts(period: PeriodData, error: _Report, warn: _Report) -> None:
    if period.owed is None and period.computed_owed() is None:
        need = {
            RateUnit.MONTHLY: "月工资标准",
            RateUnit.DAILY: "日工资标准和出勤天数",
            RateUnit.HOURLY: "小时工资标准和工作小时数",
            RateUnit.PIECE: "计件单价和计件数量",
        }[period.rate_unit]
        error("owed", f"应付金额未填写，也无法计算：请填写应付金额，或填写{need}")
        return
    owed = period.owed_amount()
    if period.paid > owed and not period.note.strip():
        error(
            "paid",
            f"已付金额（{format_amount(period.paid)}元）超过应付金额（{format_amount(owed)}元），"
            "如确属多付（如预支、借款），请在备注中说明",
        )
    if period.claimed is not None and period.claimed > owed - period.paid:
        warn(
            "claimed",
            f"主张金额（{format_amount(period.claimed)}元）超过尚欠金额"
            f"（{format_amount(owed - period.paid)}元），请核对",
        )
    if period.confirmed is not None and period.confirmed > owed:
        warn(
            "confirmed",
            f"单位确认金额（{format_amount(period.confirmed)}元）超过应付金额，请核对",
        )


def validate_ledger(periods: Sequence[PeriodData], today: date) -> list[Issue]:
    """Problems of a worker's periods; fields are "periods.N.field", messages name 第N段."""
    issues: list[Issue] = []
    for index, period in enumerate(periods):
        issues += validate_period(period, today, f"periods.{index}.", f"第{index + 1}段期间的")
    issues += _overlaps(periods)
    return issues


def _overlaps(periods: Sequence[PeriodData]) -> list[Issue]:
    """Two periods covering the same month count the same work twice (a warning)."""
    issues = []
    spans = sorted(
        (month_start(p.from_month), month_start(p.to_month), i) for i, p in enumerate(periods)
    )
    for (_, end_a, a), (start_b, _, b) in zip(spans, spans[1:], strict=False):
        if start_b <= end_a:
            issues.append(
                Issue(
                    f"periods.{b}.from_month",
                    f"第{b + 1}段期间与第{a + 1}段期间有重叠的月份，请确认没有重复计算",
                    Severity.WARNING,
                )
            )
    return issues


# -- the subcontracting chain -------------------------------------------------------------------

LIABILITY_BASES: tuple[str, ...] = (
    "直接支付（用人单位）",
    "直接支付（分包单位，条例第30条）",
    "先行清偿后追偿（施工总承包单位，条例第30条）",
    "以未结清工程款为限先行垫付（建设单位，条例第29条）",
    "清偿（违法发包、分包给个人或无资质单位，条例第36条）",
    "协助核对、组织发放（班组长）",
    "其他",
)
"""Suggested bases of liability (保障农民工工资支付条例, unconfirmed: check the official
text); the basis stored is free text, so an office can word it its own way."""

_DEFAULT_BASIS = {
    ChainRole.EMPLOYER: LIABILITY_BASES[0],
    ChainRole.SUBCONTRACTOR: LIABILITY_BASES[1],
    ChainRole.GENERAL_CONTRACTOR: LIABILITY_BASES[2],
    ChainRole.CLIENT: LIABILITY_BASES[3],
    ChainRole.ACTUAL_BUILDER: LIABILITY_BASES[0],
    ChainRole.TEAM_LEADER: LIABILITY_BASES[5],
}


def default_basis(role: ChainRole, bases: Sequence[str] = LIABILITY_BASES) -> str:
    """The suggested basis of liability for a link of the chain.

    ``bases`` is the office's own list (same order as ``LIABILITY_BASES``): an
    office that rewords a basis gets its wording suggested.
    """
    basis = _DEFAULT_BASIS.get(role, LIABILITY_BASES[-1])
    position = LIABILITY_BASES.index(basis)
    return bases[position] if position < len(bases) and bases[position].strip() else basis


def clean_bases(lines: Sequence[str]) -> list[str]:
    """An office's list of bases: stripped, no blanks or repeats, each at most 200 characters."""
    out: list[str] = []
    for line in lines:
        text = line.strip()[:200]
        if text and text not in out:
            out.append(text)
    return out


@dataclass(frozen=True)
class LiabilityData:
    """Who in the chain answers for what (one row of the liability table)."""

    party: str
    role: ChainRole
    basis: str
    amount: Decimal | None = None
    share: Decimal | None = None
    """Percentage of the total owed (0-100), as an alternative to an amount."""
    note: str = ""
    respondent_id: int | None = None
    id: int | None = None


def validate_liabilities(rows: Sequence[LiabilityData]) -> list[Issue]:
    issues: list[Issue] = []
    for index, row in enumerate(rows):
        label = f"第{index + 1}行责任主体"
        path = f"liabilities.{index}."
        if not row.party.strip():
            issues.append(Issue(path + "party", f"{label}的名称未填写，请填写"))
        if not row.basis.strip():
            issues.append(Issue(path + "basis", f"{label}的责任依据未填写，请选择或填写"))
        if row.amount is not None:
            problem = amount_problem(row.amount, "金额")
            if problem:
                issues.append(Issue(path + "amount", f"{label}的{problem}"))
        if row.share is not None and not (ZERO <= row.share <= Decimal("100")):
            issues.append(Issue(path + "share", f"{label}的比例应在0到100之间，请核对"))
        if row.share is not None and row.share.quantize(FEN) != row.share:
            issues.append(Issue(path + "share", f"{label}的比例最多保留两位小数"))
    return issues
