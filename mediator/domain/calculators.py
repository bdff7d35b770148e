"""Statutory calculators: severance, double wages, overtime, annual leave, Art.85.

Rules (domain.md 4): ``Decimal`` throughout, one rounding to the fen with
ROUND_HALF_UP at the very end; every result carries its working in plain
Chinese (``steps``) and the statutes it rests on (``basis``). Rules that the
statutes leave open are ``CalculatorSettings`` with the defaults of
domain.md 8.2. Local figures (上年度职工月平均工资, 最低工资) are inputs, never
constants: they come from the user-maintained locality table.

No Qt, no database: the GUI, the CLI and the claims code call these functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum
from typing import ClassVar

from mediator.domain.errors import Issue, ValidationFailed
from mediator.domain.money import format_amount, round_yuan

ZERO = Decimal(0)
HALF = Decimal("0.5")
CUTOFF_2008 = date(2008, 1, 1)
"""劳动合同法 in force; earlier service follows the old rules (Art.97 para 3)."""
HIGH_EARNER_CAP_YEARS = Decimal(12)
MAX_MONTHLY_WAGE = Decimal(10_000_000)
"""Sanity ceiling on any monthly figure typed in (a typo guard, not a rule of law)."""

# Per-month ceilings on overtime hours: what a body can work, not what the law
# allows (Art.41's 36 hours a month is exceeded in many real claims, and those
# hours are still paid).
MAX_WEEKDAY_HOURS_PER_MONTH = Decimal(16 * 23)
MAX_REST_DAY_HOURS_PER_MONTH = Decimal(24 * 10)
MAX_HOLIDAY_HOURS_PER_YEAR = Decimal(24 * 13)
LEGAL_EXTENSION_HOURS_PER_MONTH = Decimal(36)


class PartialMonthRule(StrEnum):
    """How the part of a year beyond whole years of service is measured (4.1)."""

    CALENDAR_MONTHS = "calendar"
    DAYS_30 = "days30"

    @property
    def label(self) -> str:
        if self is PartialMonthRule.CALENDAR_MONTHS:
            return "按日历月计算"
        return "按每30天为一个月折算"


@dataclass(frozen=True)
class CalculatorSettings:
    """The unconfirmed rules of domain.md 4, as settings (8.2)."""

    partial_month_rule: PartialMonthRule = PartialMonthRule.CALENDAR_MONTHS
    pay_days_per_month: Decimal = Decimal("21.75")
    """月计薪天数 (劳社部发〔2008〕3号)."""
    count_departure_day: bool = True
    """Annual-leave pro-rating counts the last working day among the days passed."""
    pre_2008_manual: bool = True
    """Service starting before 2008-01-01 is flagged for manual calculation."""


DEFAULT_SETTINGS = CalculatorSettings()


# --------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Calculation:
    """What every calculator returns: the amount, the working and the statutes.

    ``amount`` is rounded once, to the fen. ``notes`` are advice and warnings
    shown with the result; ``needs_manual`` says the figure is only a reference.
    """

    title: ClassVar[str] = "计算"
    number_fields: ClassVar[frozenset[str]] = frozenset()
    """Decimal fields written as JSON numbers; other Decimals are money strings."""

    amount: Decimal
    steps: list[str]
    basis: list[str]
    notes: list[str] = field(default_factory=list)
    needs_manual: bool = False

    def to_json(self) -> dict[str, object]:
        """Plain JSON values: money as "64000.00", counts as numbers, dates ISO."""
        return {f.name: self._json_value(f.name, getattr(self, f.name)) for f in fields(self)}

    def _json_value(self, name: str, value: object) -> object:
        if isinstance(value, Decimal):
            if name in self.number_fields:
                return int(value) if value == value.to_integral_value() else float(value)
            return f"{round_yuan(value):.2f}"
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, StrEnum):
            return value.value
        return value


@dataclass(frozen=True, kw_only=True)
class SeveranceResult(Calculation):
    """经济补偿 (Art.47) or, if ``unlawful``, 赔偿金 (Art.87) as ``amount``."""

    title: ClassVar[str] = "经济补偿 / 赔偿金"
    number_fields: ClassVar[frozenset[str]] = frozenset(
        {"n_months", "n_months_uncapped", "remainder_months"}
    )

    start: date
    last_day: date
    years: int
    remainder_months: Decimal
    """Months beyond the whole years (calendar months, or days ÷ 30)."""
    remainder_days: int
    """Days beyond the whole calendar months (0 under the days ÷ 30 rule)."""
    n_months: Decimal
    n_months_uncapped: Decimal
    average_wage: Decimal
    base: Decimal
    minimum_wage_applied: bool
    capped: bool
    compensation: Decimal
    damages: Decimal | None
    unlawful: bool
    partial_month_rule: PartialMonthRule
    manual_reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class DoubleWageResult(Calculation):
    """The extra month's wage per month without a written contract (Art.82)."""

    title: ClassVar[str] = "未订立书面劳动合同的二倍工资"
    number_fields: ClassVar[frozenset[str]] = frozenset({"n_months"})

    employment_start: date
    contract_signed_on: date | None
    period_start: date | None
    period_end: date | None
    n_months: Decimal
    """Whole months in the period."""
    extra_days: int
    """Days beyond the whole months, paid at monthly wage ÷ 30 per day."""
    monthly_wage: Decimal
    deemed_open_ended_from: date | None


@dataclass(frozen=True, kw_only=True)
class OvertimeResult(Calculation):
    """加班费 at 150 / 200 / 300 % of the hourly wage."""

    title: ClassVar[str] = "加班费"
    number_fields: ClassVar[frozenset[str]] = frozenset(
        {"weekday_hours", "rest_day_hours", "holiday_hours", "pay_days_per_month"}
    )

    monthly_wage: Decimal
    pay_days_per_month: Decimal
    daily_wage: Decimal
    hourly_wage: Decimal
    weekday_hours: Decimal
    rest_day_hours: Decimal
    holiday_hours: Decimal
    weekday_pay: Decimal
    rest_day_pay: Decimal
    holiday_pay: Decimal


@dataclass(frozen=True, kw_only=True)
class AnnualLeaveResult(Calculation):
    """The extra 200 % owed for untaken annual leave (the normal 100 % was paid)."""

    title: ClassVar[str] = "未休年休假工资"
    number_fields: ClassVar[frozenset[str]] = frozenset(
        {"untaken_days", "days_taken", "pro_rata_days"}
    )

    monthly_wage: Decimal
    daily_wage: Decimal
    entitlement_days: int
    days_taken: Decimal
    days_passed: int | None
    pro_rata_days: Decimal | None
    untaken_days: Decimal
    total_at_300: Decimal
    already_paid: Decimal
    waived_in_writing: bool


@dataclass(frozen=True, kw_only=True)
class Art85Result(Calculation):
    """A negotiating range, not an entitlement; ``amount`` is its top (100 %)."""

    title: ClassVar[str] = "加付赔偿金（协商区间）"

    unpaid: Decimal
    low: Decimal
    high: Decimal
    total_low: Decimal
    total_high: Decimal


# --------------------------------------------------------------------------
# Formatting and date helpers
# --------------------------------------------------------------------------


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def num(value: Decimal | int) -> str:
    """8 -> "8", 3.5 -> "3.5", 21.75 -> "21.75" (no exponent, no trailing zeros)."""
    return format(Decimal(value).normalize(), "f")


def yuan(value: Decimal) -> str:
    """Money in figures; a figure that is not whole fen is marked as approximate."""
    if value == round_yuan(value):
        return format_amount(value)
    return f"约{format_amount(value)}"


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later; a missing day becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def whole_months(start: date, end_exclusive: date) -> tuple[int, int]:
    """Whole calendar months from ``start`` to ``end_exclusive`` and the days left over."""
    months = (end_exclusive.year - start.year) * 12 + end_exclusive.month - start.month
    if end_exclusive.day < start.day:
        months -= 1
    months = max(months, 0)
    return months, (end_exclusive - add_months(start, months)).days


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------


def _finite(value: Decimal | int, name: str, label: str, issues: list[Issue]) -> Decimal:
    number = Decimal(value)
    if not number.is_finite():
        issues.append(Issue(name, f"{label}“{value}”不是有效数字"))
        return ZERO
    return number


def _money(
    value: Decimal | int, name: str, label: str, issues: list[Issue], *, positive: bool = False
) -> Decimal:
    number = _finite(value, name, label, issues)
    if number < 0 or (positive and number == 0):
        issues.append(Issue(name, f"{label}不能{'为零或' if positive else ''}为负数，请核对"))
    elif number > MAX_MONTHLY_WAGE:
        issues.append(Issue(name, f"{label}{format_amount(number)}元超过1000万元，请核对"))
    return number


def _optional_money(
    value: Decimal | int | None, name: str, label: str, issues: list[Issue]
) -> Decimal | None:
    if value is None:
        return None
    return _money(value, name, label, issues, positive=True)


def _check_pay_days(settings: CalculatorSettings, issues: list[Issue]) -> None:
    days = settings.pay_days_per_month
    if not (days.is_finite() and 1 <= days <= 31):
        issues.append(Issue("pay_days_per_month", f"月计薪天数“{days}”无效，应在1至31之间"))


def _raise_if(issues: list[Issue]) -> None:
    if issues:
        raise ValidationFailed(issues)


# --------------------------------------------------------------------------
# 4.1 经济补偿 and 赔偿金
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Service:
    years: int
    remainder_months: Decimal
    remainder_days: int
    n_months: Decimal
    text: str


def _n_for_remainder(years: int, remainder_months: Decimal, remainder_days: int) -> Decimal:
    if remainder_months >= 6:
        return Decimal(years + 1)
    if remainder_months > 0 or remainder_days > 0:
        return years + HALF
    return Decimal(years)


def _measure_service(start: date, last_day: date, rule: PartialMonthRule) -> _Service:
    end_exclusive = last_day + timedelta(days=1)
    months, days = whole_months(start, end_exclusive)
    years = months // 12
    if rule is PartialMonthRule.DAYS_30:
        days_left = (end_exclusive - add_months(start, years * 12)).days
        remainder = Decimal(days_left) / 30
        n_months = _n_for_remainder(years, remainder, 0)
        text = f"满{years}年，另有{days_left}天，按每30天一个月折算为{num(remainder.quantize(Decimal('0.01')))}个月"
        return _Service(years, remainder, 0, n_months, text)
    remainder_months = Decimal(months % 12)
    n_months = _n_for_remainder(years, remainder_months, days)
    text = f"共{years}年{months % 12}个月" + (f"{days}天" if days else "")
    return _Service(years, remainder_months, days, n_months, text)


def _service_step(start: date, last_day: date, service: _Service) -> str:
    if service.remainder_months >= 6:
        how = "（满六个月按一年计）"
    elif service.n_months != service.years:
        how = "（不满六个月的部分按半个月计）"
    else:
        how = ""
    return (
        f"工作年限：{cn_date(start)}至{cn_date(last_day)}，{service.text} "
        f"→ 折算{num(service.n_months)}个月工资{how}"
    )


def _pre_2008_reason(start: date) -> str:
    return (
        f"工作年限自{cn_date(start)}开始，早于2008年1月1日。依《劳动合同法》第九十七条第三款，"
        "2008年以前的工作年限应按当时的规定（劳部发〔1994〕481号等）计算，2008年以后按第四十七条计算，"
        "两段相加。请人工分段计算；以下按第四十七条对全部年限计算的金额仅供参考。"
    )


def severance(
    start: date,
    last_day: date,
    average_wage: Decimal | int,
    *,
    local_average: Decimal | int | None = None,
    minimum_wage: Decimal | int | None = None,
    unlawful: bool = False,
    settings: CalculatorSettings = DEFAULT_SETTINGS,
) -> SeveranceResult:
    """经济补偿 under 劳动合同法 Art.47, or 赔偿金 (2×) under Art.87 if ``unlawful``.

    ``start`` is 用工之日, ``last_day`` the last working day, ``average_wage``
    the average monthly wage of the 12 months before termination (all
    monetary income, 实施条例 Art.27). ``local_average`` is the previous
    year's average monthly wage of the city (for the high-earner cap),
    ``minimum_wage`` the local minimum wage (the floor).
    """
    issues: list[Issue] = []
    wage = _money(average_wage, "average_wage", "月平均工资", issues)
    city = _optional_money(local_average, "local_average", "上年度职工月平均工资", issues)
    floor = _optional_money(minimum_wage, "minimum_wage", "最低工资标准", issues)
    if last_day < start:
        issues.append(
            Issue(
                "last_day",
                f"最后工作日{cn_date(last_day)}早于入职日期{cn_date(start)}，请核对",
            )
        )
    _raise_if(issues)

    service = _measure_service(start, last_day, settings.partial_month_rule)
    steps = [_service_step(start, last_day, service)]
    basis = ["《劳动合同法》第四十七条", "《劳动合同法实施条例》第二十七条"]
    notes: list[str] = []

    base, floored = _apply_minimum_wage(wage, floor, steps)
    n_months, base, capped = _apply_cap(service.n_months, base, city, steps, notes)
    compensation = round_yuan(n_months * base)
    steps.append(f"经济补偿 = {num(n_months)} × {yuan(base)} = {format_amount(compensation)}元")

    damages = None
    if unlawful:
        damages = compensation * 2
        steps.append(
            f"违法解除或者终止劳动合同的赔偿金 = 2 × {format_amount(compensation)} = "
            f"{format_amount(damages)}元（支付赔偿金的，不再支付经济补偿）"
        )
        basis += ["《劳动合同法》第八十七条", "《劳动合同法实施条例》第二十五条"]

    manual_reason = None
    if start < CUTOFF_2008:
        if settings.pre_2008_manual:
            manual_reason = _pre_2008_reason(start)
            notes.insert(0, manual_reason)
        else:
            notes.insert(0, "2008年以前的工作年限按设置与以后的年限一并按第四十七条计算。")
        basis.append("《劳动合同法》第九十七条第三款")

    return SeveranceResult(
        amount=damages if damages is not None else compensation,
        steps=steps,
        basis=basis,
        notes=notes,
        needs_manual=manual_reason is not None,
        start=start,
        last_day=last_day,
        years=service.years,
        remainder_months=service.remainder_months,
        remainder_days=service.remainder_days,
        n_months=n_months,
        n_months_uncapped=service.n_months,
        average_wage=wage,
        base=base,
        minimum_wage_applied=floored,
        capped=capped,
        compensation=compensation,
        damages=damages,
        unlawful=unlawful,
        partial_month_rule=settings.partial_month_rule,
        manual_reason=manual_reason,
    )


def _apply_minimum_wage(
    wage: Decimal, floor: Decimal | None, steps: list[str]
) -> tuple[Decimal, bool]:
    if floor is not None and wage < floor:
        steps.append(
            f"离职前十二个月平均工资{yuan(wage)}元低于当地最低工资标准{yuan(floor)}元，"
            f"按最低工资标准{yuan(floor)}元计算"
        )
        return floor, True
    steps.append(f"月工资按离职前十二个月的平均工资计算：{yuan(wage)}元")
    return wage, False


def _apply_cap(
    n_months: Decimal,
    base: Decimal,
    city: Decimal | None,
    steps: list[str],
    notes: list[str],
) -> tuple[Decimal, Decimal, bool]:
    if city is None:
        steps.append("未提供上年度职工月平均工资，未作高收入封顶检查")
        notes.append(
            "月工资高于当地上年度职工月平均工资三倍的，应按三倍封顶且最多计十二年（第四十七条第二款），"
            "请补充当地数据后重新计算。"
        )
        return n_months, base, False
    cap = city * 3
    if base <= cap:
        steps.append(f"月工资{yuan(base)}元未超过上年度职工月平均工资三倍（{yuan(cap)}元），不封顶")
        return n_months, base, False
    capped_n = min(n_months, HIGH_EARNER_CAP_YEARS)
    years_text = (
        f"，支付年限最多十二年：{num(n_months)}个月 → {num(capped_n)}个月"
        if capped_n != n_months
        else "，支付年限不超过十二年，不受影响"
    )
    steps.append(
        f"月工资{yuan(base)}元高于上年度职工月平均工资三倍（{yuan(cap)}元），"
        f"按{yuan(cap)}元计算{years_text}"
    )
    return capped_n, cap, True


# --------------------------------------------------------------------------
# 4.2 二倍工资
# --------------------------------------------------------------------------


def double_wages(
    employment_start: date,
    contract_signed_on: date | None,
    monthly_wage: Decimal | int,
    *,
    end: date | None = None,
) -> DoubleWageResult:
    """The extra wage owed for months without a written contract (实施条例 Arts.6–7).

    ``end`` is the last day of employment or the date of the calculation; if
    omitted, the employment is taken to have lasted past the period (a
    contract signed later, or the first anniversary).
    """
    issues: list[Issue] = []
    wage = _money(monthly_wage, "monthly_wage", "月工资", issues)
    if end is not None and end < employment_start:
        issues.append(
            Issue("end", f"截止日期{cn_date(end)}早于用工之日{cn_date(employment_start)}")
        )
    if contract_signed_on is not None and end is not None and contract_signed_on > end:
        issues.append(
            Issue(
                "contract_signed_on",
                f"书面劳动合同订立日期{cn_date(contract_signed_on)}晚于截止日期{cn_date(end)}，请核对",
            )
        )
    _raise_if(issues)

    period_start = add_months(employment_start, 1)
    anniversary = add_months(employment_start, 12)
    steps = [
        f"用工之日：{cn_date(employment_start)}；应自用工之日起一个月内（至"
        f"{cn_date(period_start - timedelta(days=1))}）订立书面劳动合同"
    ]
    steps.append(
        f"书面劳动合同于{cn_date(contract_signed_on)}订立"
        if contract_signed_on
        else "未订立书面劳动合同"
    )
    candidates = [anniversary]
    if contract_signed_on is not None:
        candidates.append(contract_signed_on)
    if end is not None:
        candidates.append(end + timedelta(days=1))
    stop = min(candidates)  # first day without double wages
    unsigned_at_anniversary = contract_signed_on is None or contract_signed_on > anniversary
    still_employed = end is None or end >= anniversary
    deemed = anniversary if unsigned_at_anniversary and still_employed else None

    basis = [
        "《劳动合同法》第十条",
        "《劳动合同法》第八十二条第一款",
        "《劳动合同法实施条例》第六条",
    ]
    if stop <= period_start:
        signed_in_time = contract_signed_on is not None and contract_signed_on <= period_start
        steps.append(
            "用工之日起一个月内已订立书面劳动合同，不支付二倍工资"
            if signed_in_time
            else "用工不满一个月即已结束，不支付二倍工资"
        )
        return _double_result(
            round_yuan(ZERO),
            steps,
            basis,
            employment_start,
            contract_signed_on,
            wage,
            None,
            None,
            0,
            0,
            None,
        )

    # Counted from 用工之日 so that a start on the 29th–31st keeps its day in every month.
    months, days = whole_months(employment_start, stop)
    months -= 1
    last = stop - timedelta(days=1)
    length = f"共{months}个月" + (f"{days}天" if days else "")
    steps.append(f"二倍工资期间：{cn_date(period_start)}至{cn_date(last)}，{length}")
    if deemed is not None:
        basis += ["《劳动合同法实施条例》第七条", "《劳动合同法》第十四条第三款"]
        steps.append(
            f"用工满一年仍未订立书面劳动合同：二倍工资最多支付11个月（计至{cn_date(last)}），"
            f"自{cn_date(deemed)}起视为已订立无固定期限劳动合同，并应立即补订书面劳动合同"
        )
    amount = round_yuan(wage * months + wage / 30 * days)
    steps.append(_double_amount_step(wage, months, days, amount))
    return _double_result(
        amount,
        steps,
        basis,
        employment_start,
        contract_signed_on,
        wage,
        period_start,
        last,
        months,
        days,
        deemed,
    )


def _double_amount_step(wage: Decimal, months: int, days: int, amount: Decimal) -> str:
    formula = f"{months} × {yuan(wage)}"
    if days:
        formula += f" + {yuan(wage)} ÷ 30 × {days}"
    return f"另付一倍工资 = {formula} = {format_amount(amount)}元（正常工资已发放，差额为每月一倍工资）"


def _double_result(
    amount: Decimal,
    steps: list[str],
    basis: list[str],
    employment_start: date,
    signed: date | None,
    wage: Decimal,
    period_start: date | None,
    period_end: date | None,
    months: int,
    days: int,
    deemed: date | None,
) -> DoubleWageResult:
    notes = [
        "二倍工资的仲裁时效，各地有逐月分别计算和自期间届满起计算两种做法，本结果仅供参考。",
    ]
    if days:
        notes.append("不足一个月的天数按月工资 ÷ 30 折算，各地做法不一，请核对。")
    return DoubleWageResult(
        amount=amount,
        steps=steps,
        basis=basis,
        notes=notes,
        employment_start=employment_start,
        contract_signed_on=signed,
        period_start=period_start,
        period_end=period_end,
        n_months=Decimal(months),
        extra_days=days,
        monthly_wage=wage,
        deemed_open_ended_from=deemed,
    )


# --------------------------------------------------------------------------
# 4.3 加班费
# --------------------------------------------------------------------------

_OVERTIME_KINDS = (
    ("weekday_hours", "工作日延长工作时间", Decimal("1.5")),
    ("rest_day_hours", "休息日工作且未安排补休", Decimal(2)),
    ("holiday_hours", "法定休假日工作", Decimal(3)),
)


def _hours(
    value: Decimal | int, name: str, label: str, limit: Decimal, issues: list[Issue]
) -> Decimal:
    hours = _finite(value, name, label, issues)
    if hours < 0:
        issues.append(Issue(name, f"{label}的小时数不能为负数"))
    elif hours > limit:
        issues.append(
            Issue(name, f"{label}{num(hours)}小时超过该期间可能的上限{num(limit)}小时，请核对")
        )
    return hours


def overtime(
    monthly_wage: Decimal | int,
    weekday_hours: Decimal | int = 0,
    rest_day_hours: Decimal | int = 0,
    holiday_hours: Decimal | int = 0,
    settings: CalculatorSettings = DEFAULT_SETTINGS,
    *,
    months: int = 1,
) -> OvertimeResult:
    """加班费 for the hours worked over ``months`` months (劳动法 Art.44).

    Rest-day hours are those without compensatory time off. The hourly wage
    is monthly ÷ (月计薪天数 × 8); the hour limits refuse figures no one can
    work in the period (typing errors), not hours beyond the legal limit.
    """
    issues: list[Issue] = []
    wage = _money(monthly_wage, "monthly_wage", "月工资", issues)
    if months < 1 or months > 600:
        issues.append(Issue("months", f"加班期间的月数{months}无效，应为1至600"))
        months = 1
    years = -(-months // 12)
    limits = {
        "weekday_hours": MAX_WEEKDAY_HOURS_PER_MONTH * months,
        "rest_day_hours": MAX_REST_DAY_HOURS_PER_MONTH * months,
        "holiday_hours": MAX_HOLIDAY_HOURS_PER_YEAR * years,
    }
    raw = {
        "weekday_hours": weekday_hours,
        "rest_day_hours": rest_day_hours,
        "holiday_hours": holiday_hours,
    }
    hours = {
        name: _hours(raw[name], name, label, limits[name], issues)
        for name, label, _ in _OVERTIME_KINDS
    }
    _check_pay_days(settings, issues)
    _raise_if(issues)

    pay_days = settings.pay_days_per_month
    daily = wage / pay_days
    hourly = wage / (pay_days * 8)
    steps = [
        f"日工资 = {yuan(wage)} ÷ {num(pay_days)} = {yuan(daily)}元；"
        f"小时工资 = {yuan(wage)} ÷ ({num(pay_days)} × 8) = {yuan(hourly)}元"
    ]
    pays: dict[str, Decimal] = {}
    for name, label, rate in _OVERTIME_KINDS:
        pays[name] = hours[name] * hourly * rate
        if hours[name]:
            steps.append(
                f"{label}：{num(hours[name])}小时 × {yuan(hourly)} × {num(rate * 100)}% = "
                f"{yuan(pays[name])}元"
            )
    amount = round_yuan(sum(pays.values(), ZERO))
    parts = [yuan(pays[name]) for name, *_ in _OVERTIME_KINDS if hours[name]]
    if not parts:
        steps.append("未填写加班时间，加班费为0")
    else:
        steps.append(f"加班费合计 = {' + '.join(parts)} = {format_amount(amount)}元")
    return OvertimeResult(
        amount=amount,
        steps=steps,
        basis=[
            "《劳动法》第四十四条",
            "《工资支付暂行规定》第十三条",
            "《关于职工全年月平均工作时间和工资折算问题的通知》（劳社部发〔2008〕3号）",
        ],
        notes=_overtime_notes(hours["weekday_hours"], months, pay_days),
        monthly_wage=wage,
        pay_days_per_month=pay_days,
        daily_wage=daily,
        hourly_wage=hourly,
        weekday_hours=hours["weekday_hours"],
        rest_day_hours=hours["rest_day_hours"],
        holiday_hours=hours["holiday_hours"],
        weekday_pay=round_yuan(pays["weekday_hours"]),
        rest_day_pay=round_yuan(pays["rest_day_hours"]),
        holiday_pay=round_yuan(pays["holiday_hours"]),
    )


def _overtime_notes(weekday_hours: Decimal, months: int, pay_days: Decimal) -> list[str]:
    notes = ["工资支付的倍数为法定最低标准（“不低于”）；休息日工作已安排补休的，不支付加班费。"]
    if weekday_hours > LEGAL_EXTENSION_HOURS_PER_MONTH * months:
        notes.append(
            "延长工作时间超过《劳动法》第四十一条每月36小时的上限；超出部分的加班费仍应支付，"
            "用人单位的违法行为可向劳动保障监察机构反映。"
        )
    if pay_days != Decimal("21.75"):
        notes.append(f"月计薪天数按设置取{num(pay_days)}天（劳社部发〔2008〕3号为21.75天）。")
    return notes


# --------------------------------------------------------------------------
# 4.4 未休年休假工资
# --------------------------------------------------------------------------


def leave_entitlement(cumulative_years: int) -> int:
    """Statutory days by cumulative working years (年休假条例 Art.3)."""
    if cumulative_years >= 20:
        return 15
    if cumulative_years >= 10:
        return 10
    if cumulative_years >= 1:
        return 5
    return 0


def _leave_inputs(
    cumulative_years: int | None,
    entitlement_days: int | None,
    days_taken: Decimal,
    leaving_on: date | None,
    employed_since: date | None,
    issues: list[Issue],
) -> None:
    if (cumulative_years is None) == (entitlement_days is None):
        issues.append(Issue("cumulative_years", "请填写累计工作年限或全年应休年休假天数（二选一）"))
    if cumulative_years is not None and not 0 <= cumulative_years <= 70:
        issues.append(Issue("cumulative_years", f"累计工作年限{cumulative_years}年无效，应为0至70"))
    if entitlement_days is not None and not 0 <= entitlement_days <= 15:
        issues.append(
            Issue("entitlement_days", f"全年应休年休假天数{entitlement_days}天无效，法定为0至15天")
        )
    if days_taken < 0 or days_taken > 366:
        issues.append(Issue("days_taken", f"已休年休假天数{num(days_taken)}天无效"))
    if employed_since is not None and leaving_on is not None and leaving_on < employed_since:
        issues.append(
            Issue(
                "leaving_on",
                f"离职日期{cn_date(leaving_on)}早于入职日期{cn_date(employed_since)}，请核对",
            )
        )


def annual_leave(
    monthly_wage: Decimal | int,
    *,
    cumulative_years: int | None = None,
    entitlement_days: int | None = None,
    days_taken: Decimal | int = 0,
    leaving_on: date | None = None,
    employed_since: date | None = None,
    waived_in_writing: bool = False,
    settings: CalculatorSettings = DEFAULT_SETTINGS,
) -> AnnualLeaveResult:
    """The extra 200 % of the daily wage per untaken day (年休假条例 Art.5).

    ``monthly_wage`` excludes overtime pay (实施办法 Art.11). Give either
    ``cumulative_years`` or ``entitlement_days``. With ``leaving_on`` the
    entitlement is pro-rated for the days passed in that year at this
    employer (from ``employed_since`` if it falls in that year), and a
    fraction of a day is not paid (实施办法 Art.12).
    """
    issues: list[Issue] = []
    wage = _money(monthly_wage, "monthly_wage", "月工资（不含加班费）", issues)
    taken = _finite(days_taken, "days_taken", "已休年休假天数", issues)
    _leave_inputs(cumulative_years, entitlement_days, taken, leaving_on, employed_since, issues)
    _check_pay_days(settings, issues)
    _raise_if(issues)

    steps: list[str] = []
    basis = ["《职工带薪年休假条例》第三条", "《职工带薪年休假条例》第五条"]
    if entitlement_days is None:
        assert cumulative_years is not None
        entitlement = leave_entitlement(cumulative_years)
        steps.append(f"累计工作{cumulative_years}年，全年应休年休假{entitlement}天")
    else:
        entitlement = entitlement_days
        steps.append(f"全年应休年休假{entitlement}天")

    days_passed: int | None = None
    pro_rata: Decimal | None = None
    if leaving_on is None:
        untaken = max(Decimal(entitlement) - taken, ZERO)
        steps.append(f"未休天数 = {entitlement} − {num(taken)} = {num(untaken)}天")
    else:
        days_passed, span_step = _days_passed(leaving_on, employed_since, settings)
        pro_rata = Decimal(days_passed) / 365 * entitlement - taken
        untaken = max(pro_rata, ZERO).to_integral_value(rounding=ROUND_FLOOR)
        steps.append(span_step)
        steps.append(
            f"未休天数 = {days_passed} ÷ 365 × {entitlement} − {num(taken)} = "
            f"{num(pro_rata.quantize(Decimal('0.001')))}天，不足一整天的部分不支付 → {num(untaken)}天"
        )
    basis += ["《企业职工带薪年休假实施办法》第十条", "《企业职工带薪年休假实施办法》第十一条"]
    if leaving_on is not None:
        basis.append("《企业职工带薪年休假实施办法》第十二条")

    daily = wage / settings.pay_days_per_month
    steps.append(
        f"日工资 = {yuan(wage)} ÷ {num(settings.pay_days_per_month)} = {yuan(daily)}元"
        "（月工资为前十二个月剔除加班工资后的平均工资）"
    )
    total = untaken * daily * 3
    paid = untaken * daily
    if waived_in_writing:
        amount = round_yuan(ZERO)
        steps.append("职工因本人原因书面提出不休年休假，只支付正常工作期间的工资收入，不另付报酬")
    else:
        amount = round_yuan(untaken * daily * 2)
        steps.append(
            f"应另付 = {num(untaken)} × {yuan(daily)} × 200% = {format_amount(amount)}元"
            f"（按300%计为{yuan(total)}元，其中100%即{yuan(paid)}元已作为正常工资发放）"
        )
    return AnnualLeaveResult(
        amount=amount,
        steps=steps,
        basis=basis,
        notes=_leave_notes(leaving_on, settings),
        monthly_wage=wage,
        daily_wage=daily,
        entitlement_days=entitlement,
        days_taken=taken,
        days_passed=days_passed,
        pro_rata_days=pro_rata,
        untaken_days=untaken,
        total_at_300=round_yuan(total),
        already_paid=round_yuan(paid),
        waived_in_writing=waived_in_writing,
    )


def _days_passed(
    leaving_on: date, employed_since: date | None, settings: CalculatorSettings
) -> tuple[int, str]:
    """Calendar days passed this year at this employer, capped at 365, and their span."""
    first = date(leaving_on.year, 1, 1)
    if employed_since is not None and employed_since > first:
        first = employed_since
    last = leaving_on if settings.count_departure_day else leaving_on - timedelta(days=1)
    passed = min(max((last - first).days + 1, 0), 365)  # the formula divides by 365
    span = f"{cn_date(first)}至{cn_date(last)}" if last >= first else "无"
    return passed, f"当年度在本单位已过日历天数：{span}，共{passed}天"


def _leave_notes(leaving_on: date | None, settings: CalculatorSettings) -> list[str]:
    notes = ["当年已安排年休假多于折算应休天数的，不再扣回。"] if leaving_on else []
    if leaving_on is not None and not settings.count_departure_day:
        notes.append("按设置，离职当日不计入已过日历天数。")
    return notes


# --------------------------------------------------------------------------
# 4.5 劳动合同法 Art.85
# --------------------------------------------------------------------------


def art85_range(unpaid: Decimal | int) -> Art85Result:
    """The 50 %–100 % 加付赔偿金 range on an unpaid amount: for negotiation only."""
    issues: list[Issue] = []
    owed = _finite(unpaid, "unpaid", "欠付金额", issues)
    if owed < 0:
        issues.append(Issue("unpaid", "欠付金额不能为负数，请核对"))
    elif owed > MAX_MONTHLY_WAGE * 100:
        issues.append(Issue("unpaid", f"欠付金额{format_amount(owed)}元过大，请核对"))
    _raise_if(issues)

    low, high = round_yuan(owed * HALF), round_yuan(owed)
    total_low, total_high = round_yuan(owed + owed * HALF), round_yuan(owed * 2)
    steps = [
        f"欠付金额：{yuan(owed)}元",
        f"加付赔偿金区间 = {yuan(owed)} × 50% 至 {yuan(owed)} × 100% = "
        f"{format_amount(low)}元至{format_amount(high)}元",
        f"连同欠付金额合计：{format_amount(total_low)}元至{format_amount(total_high)}元",
    ]
    notes = [
        "加付赔偿金以劳动行政部门责令限期支付、用人单位逾期仍不支付为前提，"
        "是行政执法措施；调解中只作为协商区间，不是计算出的应得金额。",
        "欠薪也可向劳动保障监察机构投诉（《劳动争议调解仲裁法》第九条）；"
        "以转移财产、逃匿等方法逃避支付或有能力支付而不支付，经责令仍不支付的，"
        "可能构成拒不支付劳动报酬罪（《刑法》第二百七十六条之一）。",
    ]
    return Art85Result(
        amount=high,
        steps=steps,
        basis=["《劳动合同法》第八十五条"],
        notes=notes,
        unpaid=owed,
        low=low,
        high=high,
        total_low=total_low,
        total_high=total_high,
    )
