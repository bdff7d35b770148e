"""``mediator calc severance|double-wage|overtime|annual-leave|art85``: the calculators.

Prints the working in Chinese (steps, the result in figures and capitals,
the statutes), or with ``--json`` an object with ``kind``, ``amount`` (a
string with two decimals), ``n_months`` (a number, where the calculation
has one), ``steps``, ``basis``, ``notes`` and the intermediate figures.
Bad input prints ``错误：…`` on stderr and returns 2. Local figures (average
wage, minimum wage) are given as options, or with ``--locality NAME [--year
YYYY]`` read from the locality table of the store (the only case where a
database is opened); options given by hand win over the table.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from mediator.domain import calculators as calc
from mediator.domain import localfigures as localfig
from mediator.domain.calcclaims import working_text
from mediator.domain.errors import Issue, MediatorError, ValidationFailed
from mediator.domain.money import parse_amount
from mediator.startup import add_storage_arguments

EXIT_OK, EXIT_REFUSED = 0, 2

# --------------------------------------------------------------------------
# Parser
# --------------------------------------------------------------------------


def register(subparsers: Any) -> None:
    """Add the ``calc`` command and its calculators to the CLI's subparsers."""
    parser = subparsers.add_parser(
        "calc",
        help="法定金额计算（经济补偿、二倍工资、加班费、年休假工资、加付赔偿金）",
        description=(
            "按法律规定计算劳动争议中常见的金额，并列出计算过程和法律依据。"
            "当地上年度职工月平均工资、最低工资标准请按当地公布的数据填写。"
        ),
    )
    subs = parser.add_subparsers(dest="calc_command", metavar="计算项目", required=True)
    _add_severance(subs)
    _add_double_wage(subs)
    _add_overtime(subs)
    _add_annual_leave(subs)
    _add_art85(subs)
    parser.set_defaults(handler=run)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="以JSON格式输出（供其他程序读取）")
    parser.set_defaults(handler=run)


def _add_severance(subs: Any) -> None:
    p = subs.add_parser(
        "severance",
        help="经济补偿 / 违法解除劳动合同赔偿金",
        description="经济补偿（劳动合同法第四十七条），加 --unlawful 计算违法解除或终止的赔偿金（第八十七条，二倍）。",
    )
    p.add_argument(
        "--start", required=True, metavar="日期", help="入职日期（用工之日），如 2018-07-01"
    )
    p.add_argument("--end", required=True, metavar="日期", help="最后工作日，如 2026-03-15")
    p.add_argument("--wage", required=True, metavar="金额", help="离职前十二个月的月平均工资")
    p.add_argument("--local-average", metavar="金额", help="当地上年度职工月平均工资（用于封顶）")
    p.add_argument(
        "--minimum-wage", metavar="金额", help="当地最低工资标准（月平均工资低于时按此计算）"
    )
    p.add_argument(
        "--unlawful", action="store_true", help="违法解除或终止劳动合同，计算赔偿金（二倍）"
    )
    p.add_argument(
        "--locality",
        metavar="地区",
        help="从当地数据表读取上年度职工月平均工资和最低工资标准（手工填写的数字优先）",
    )
    p.add_argument("--year", metavar="年度", help="当地数据的年度（默认为最后工作日所在年度）")
    _storage(p)
    p.add_argument(
        "--partial-month",
        choices=[rule.value for rule in calc.PartialMonthRule],
        default=calc.PartialMonthRule.CALENDAR_MONTHS.value,
        help="不满一年部分的计算方法：calendar 按日历月（默认），days30 按每30天一个月",
    )
    _common(p)


def _add_double_wage(subs: Any) -> None:
    p = subs.add_parser(
        "double-wage",
        help="未订立书面劳动合同的二倍工资",
        description="未订立书面劳动合同应另付的一倍工资（劳动合同法第八十二条，实施条例第六、七条）。",
    )
    p.add_argument("--start", required=True, metavar="日期", help="用工之日，如 2025-03-01")
    p.add_argument("--signed", metavar="日期", help="书面劳动合同订立日期（未订立则不填）")
    p.add_argument("--end", metavar="日期", help="离职日期或计算截止日期（不填则按用工持续计算）")
    p.add_argument("--wage", required=True, metavar="金额", help="月工资")
    _common(p)


def _add_overtime(subs: Any) -> None:
    p = subs.add_parser(
        "overtime",
        help="加班费",
        description="加班费：工作日延长工作时间150%，休息日200%，法定休假日300%（劳动法第四十四条）。",
    )
    p.add_argument("--wage", required=True, metavar="金额", help="月工资")
    p.add_argument("--weekday-hours", default="0", metavar="小时", help="工作日延长工作时间")
    p.add_argument("--rest-day-hours", default="0", metavar="小时", help="休息日工作且未补休的时间")
    p.add_argument("--holiday-hours", default="0", metavar="小时", help="法定休假日工作时间")
    p.add_argument("--months", default="1", metavar="N", help="以上时间所跨的月数（默认1）")
    _add_pay_days(p)
    _common(p)


def _add_annual_leave(subs: Any) -> None:
    p = subs.add_parser(
        "annual-leave",
        help="未休年休假工资",
        description="未休年休假应另付的200%日工资（职工带薪年休假条例第五条）。",
    )
    p.add_argument(
        "--wage", required=True, metavar="金额", help="月工资（前十二个月平均，不含加班费）"
    )
    # Either one, not both: checked with the other inputs so the message is Chinese.
    p.add_argument(
        "--years", metavar="年", help="累计工作年限（据此确定5、10或15天），或用 --entitlement"
    )
    p.add_argument("--entitlement", metavar="天", help="全年应休年休假天数，或用 --years")
    p.add_argument("--taken", default="0", metavar="天", help="当年已休年休假天数（默认0）")
    p.add_argument("--leaving", metavar="日期", help="年度中间离职的离职日期（按已过天数折算）")
    p.add_argument("--employed-since", metavar="日期", help="当年入职的，入职日期")
    p.add_argument("--waived", action="store_true", help="职工因本人原因书面提出不休年休假")
    p.add_argument(
        "--exclude-departure-day", action="store_true", help="离职当日不计入已过日历天数"
    )
    _add_pay_days(p)
    _common(p)


def _add_art85(subs: Any) -> None:
    p = subs.add_parser(
        "art85",
        help="加付赔偿金协商区间（第八十五条）",
        description="欠付金额50%至100%的加付赔偿金区间，仅作调解中的协商参考。",
    )
    p.add_argument(
        "--unpaid", required=True, metavar="金额", help="欠付的劳动报酬、加班费或经济补偿"
    )
    _common(p)


def _storage(parser: argparse.ArgumentParser) -> None:
    """--data-dir/--db-url for --locality; they may also come before ``calc``."""
    add_storage_arguments(parser)
    for action in parser._actions:
        if action.dest in ("data_dir", "db_url"):
            action.default = argparse.SUPPRESS


def _add_pay_days(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pay-days", default="21.75", metavar="天", help="月计薪天数（默认21.75）")


# --------------------------------------------------------------------------
# Reading the options
# --------------------------------------------------------------------------


class _Reader:
    """Converts option strings, collecting every problem instead of stopping at the first."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.issues: list[Issue] = []

    def _text(self, name: str) -> str | None:
        value = getattr(self.args, name, None)
        return None if value is None else str(value).strip()

    def day(self, name: str, label: str) -> date | None:
        text = self._text(name)
        if text is None:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.issues.append(Issue(name, f"{label}“{text}”无效，请写成 2026-03-15 的形式"))
            return None

    def amount(self, name: str, label: str) -> Decimal | None:
        text = self._text(name)
        if text is None:
            return None
        try:
            return parse_amount(text)
        except ValueError as error:
            self.issues.append(Issue(name, f"{label}：{error}"))
            return None

    def number(self, name: str, label: str) -> Decimal | None:
        text = self._text(name)
        if text is None:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite() or value < 0:
            self.issues.append(Issue(name, f"{label}“{text}”无效，请填写不小于0的数字"))
            return None
        return value

    def whole(self, name: str, label: str) -> int | None:
        value = self.number(name, label)
        if value is not None and value != value.to_integral_value():
            self.issues.append(Issue(name, f"{label}应为整数"))
            return None
        return None if value is None else int(value)

    def check(self) -> None:
        if self.issues:
            raise ValidationFailed(self.issues)


def _need(value: Any) -> Any:
    """A value the reader has checked (``check`` raised if it was missing or bad)."""
    assert value is not None
    return value


def _pay_days(read: _Reader) -> Decimal:
    value = read.number("pay_days", "月计薪天数")
    if value is not None and not Decimal(1) <= value <= Decimal(31):
        read.issues.append(Issue("pay_days", "月计薪天数应在1至31之间"))
    return value if value is not None else Decimal("21.75")


# --------------------------------------------------------------------------
# Calculators
# --------------------------------------------------------------------------


def _severance(read: _Reader) -> calc.Calculation:
    start, end = read.day("start", "入职日期"), read.day("end", "最后工作日")
    wage = read.amount("wage", "月平均工资")
    local = read.amount("local_average", "上年度职工月平均工资")
    minimum = read.amount("minimum_wage", "最低工资标准")
    year = read.whole("year", "当地数据年度")
    read.check()
    figures = _table_figures(read.args, _need(end), year, local is None, minimum is None)
    rule = calc.PartialMonthRule(getattr(read.args, "partial_month", "calendar"))
    result = calc.severance(
        _need(start),
        _need(end),
        _need(wage),
        local_average=local
        if local is not None or figures is None
        else figures.average_monthly_wage,
        minimum_wage=minimum if minimum is not None or figures is None else figures.minimum_wage,
        unlawful=bool(getattr(read.args, "unlawful", False)),
        settings=calc.CalculatorSettings(partial_month_rule=rule),
    )
    if figures is None:
        return result
    step = localfig.source_step(
        figures,
        average_used=local is None,
        minimum_used=minimum is None,
        reason=localfig.severance_reason(result, figures.year),
    )
    return localfig.with_source(result, step)


def _table_figures(
    args: argparse.Namespace, end: date, year: int | None, need_average: bool, need_minimum: bool
) -> localfig.LocalFigures | None:
    """The row of ``--locality`` (None without it); refuses a row lacking a needed figure."""
    name = getattr(args, "locality", None)
    if not name or not (need_average or need_minimum):
        return None
    # Imported here: the plain calculators must not pay for opening a store.
    from mediator.cli.payments import locality_figures

    chosen = year if year is not None else localfig.severance_year(end)
    average, minimum = locality_figures(args, name, chosen)
    figures = localfig.LocalFigures(name.strip(), chosen, average, minimum)
    issues = localfig.missing_figures(figures, need_average=need_average, need_minimum=need_minimum)
    if issues:
        raise ValidationFailed(issues)
    return figures


def _double_wage(read: _Reader) -> calc.Calculation:
    start, signed = read.day("start", "用工之日"), read.day("signed", "合同订立日期")
    end, wage = read.day("end", "截止日期"), read.amount("wage", "月工资")
    read.check()
    return calc.double_wages(_need(start), signed, _need(wage), end=end)


def _overtime(read: _Reader) -> calc.Calculation:
    wage = read.amount("wage", "月工资")
    weekday = read.number("weekday_hours", "工作日延长工作时间")
    rest = read.number("rest_day_hours", "休息日工作时间")
    holiday = read.number("holiday_hours", "法定休假日工作时间")
    months = read.whole("months", "月数")
    pay_days = _pay_days(read)
    read.check()
    return calc.overtime(
        _need(wage),
        weekday or 0,
        rest or 0,
        holiday or 0,
        calc.CalculatorSettings(pay_days_per_month=pay_days),
        months=months if months is not None else 1,
    )


def _annual_leave(read: _Reader) -> calc.Calculation:
    wage = read.amount("wage", "月工资")
    years = read.whole("years", "累计工作年限")
    entitlement = read.whole("entitlement", "全年应休年休假天数")
    taken = read.number("taken", "已休年休假天数")
    leaving = read.day("leaving", "离职日期")
    since = read.day("employed_since", "入职日期")
    pay_days = _pay_days(read)
    read.check()
    settings = calc.CalculatorSettings(
        pay_days_per_month=pay_days,
        count_departure_day=not getattr(read.args, "exclude_departure_day", False),
    )
    return calc.annual_leave(
        _need(wage),
        cumulative_years=years,
        entitlement_days=entitlement,
        days_taken=taken or 0,
        leaving_on=leaving,
        employed_since=since,
        waived_in_writing=bool(getattr(read.args, "waived", False)),
        settings=settings,
    )


def _art85(read: _Reader) -> calc.Calculation:
    unpaid = read.amount("unpaid", "欠付金额")
    read.check()
    return calc.art85_range(_need(unpaid))


_CALCULATORS: dict[str, Callable[[_Reader], calc.Calculation]] = {
    "severance": _severance,
    "double-wage": _double_wage,
    "overtime": _overtime,
    "annual-leave": _annual_leave,
    "art85": _art85,
}


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def as_text(command: str, result: calc.Calculation) -> str:
    """The working as the calculator dialog shows it and a claim stores it."""
    del command  # the result knows its own heading
    return working_text(result)


def as_json(command: str, result: calc.Calculation) -> str:
    return json.dumps({"kind": command, **result.to_json()}, ensure_ascii=False, indent=2)


def run(args: argparse.Namespace) -> int:
    """Run the chosen calculator; 0 on success, 2 if the input was refused."""
    command = getattr(args, "calc_command", None)
    if command not in _CALCULATORS:
        print("错误：请选择计算项目：" + "、".join(_CALCULATORS), file=sys.stderr)
        return EXIT_REFUSED
    try:
        result = _CALCULATORS[command](_Reader(args))
    except ValidationFailed as failure:
        for issue in failure.issues:
            if issue.is_error:
                print(f"错误：{issue.message}", file=sys.stderr)
        return EXIT_REFUSED
    except MediatorError as error:  # no such locality row, or a store that cannot be opened
        print(f"错误：{error.message}", file=sys.stderr)
        return EXIT_REFUSED
    show = as_json if getattr(args, "json", False) else as_text
    print(show(command, result))
    return EXIT_OK
