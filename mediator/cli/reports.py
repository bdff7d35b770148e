"""``mediator tally`` and ``mediator ledger``: the monthly tally (月报) and the case ledger (台账).

``tally --month 2026-10 [--from DATE --to DATE] [--quarter 2026-Q4] [--year 2026]
--format xlsx|csv|pdf|json --out FILE [--mark-reported]`` writes the figures of a
period by category and in total, beside the previous period's and a year
earlier's (the PDF with its charts, landscape A4). ``--mark-reported`` marks the period as reported (已报送): its
figures are kept as sent; a reported period is always written as sent, and
later changes to its figures are listed as corrections (更正) in the next
period's report.
``ledger --month 2026-10 --out FILE.xlsx`` writes every case handled in the
period, with a second sheet of its applicants.

The month boundary is ``--boundary calendar|21`` (calendar month, or the 21st
of the previous month to the 20th); without it, the office setting
``OfficeSettings.report_month_boundary`` (settings dialog, 统计月度口径).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain.enums import Category
from mediator.domain.errors import MediatorError
from mediator.domain.money import format_amount
from mediator.persistence import orm
from mediator.persistence.db import Database
from mediator.persistence.officesettings import load_settings
from mediator.reports.export import write_csv, write_json, write_xlsx
from mediator.reports.ledger import write_ledger
from mediator.reports.pdf import write_pdf
from mediator.reports.periods import (
    MonthBoundary,
    Period,
    boundary_of,
    parse_period,
    range_period,
)
from mediator.reports.services import PeriodNotOver, ReportServices
from mediator.reports.tally import FIGURE_BY_KEY, Denominator, TallyReport
from mediator.startup import add_storage_arguments, open_store, storage_options

FORMATS = ("xlsx", "csv", "pdf", "json")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期“{text}”无效，请写成 2026-10-01 的形式") from exc


def _boundary(text: str) -> MonthBoundary:
    if text in ("21", "day21"):
        return MonthBoundary.DAY_21
    if text == "calendar":
        return MonthBoundary.CALENDAR
    raise argparse.ArgumentTypeError("月度口径只能是 calendar（自然月）或 21（上月21日至本月20日）")


def _period_arguments(parser: argparse.ArgumentParser, out_required: bool = True) -> None:
    parser.add_argument("--month", metavar="年-月", help="统计月份，如 2026-10")
    parser.add_argument("--quarter", metavar="年-Q季", help="统计季度，如 2026-Q4")
    parser.add_argument("--year", metavar="年", help="统计年度，如 2026")
    parser.add_argument("--from", dest="date_from", type=_day, metavar="日期", help="起始日期")
    parser.add_argument("--to", dest="date_to", type=_day, metavar="日期", help="截止日期")
    parser.add_argument(
        "--boundary",
        type=_boundary,
        metavar="口径",
        help="月度口径：calendar 自然月，21 上月21日至本月20日（默认按设置，否则自然月）",
    )
    parser.add_argument("--out", required=out_required, type=Path, metavar="文件", help="输出文件")
    add_storage_arguments(parser)
    for action in parser._actions:
        # --data-dir/--db-url may also come before the command; do not override them.
        if action.dest in ("data_dir", "db_url"):
            action.default = argparse.SUPPRESS


def register(subparsers: Any) -> None:
    """Add the ``tally`` and ``ledger`` commands to the CLI's subparsers."""
    tally = subparsers.add_parser(
        "tally",
        help="生成调解案件统计表（月报）",
        description="按争议类别统计一个期间的收案、结案、金额和比率，并列出上期和去年同期的数字。",
    )
    _period_arguments(tally, out_required=False)
    tally.add_argument(
        "--format", choices=FORMATS, default=None, help="xlsx、csv、pdf（附图表）或 json"
    )
    tally.add_argument(
        "--denominator",
        choices=[d.value for d in Denominator],
        default=Denominator.CLOSED.value,
        help="调解成功率的分母：closed 结案数（默认）；closed_after_acceptance 不含不予受理",
    )
    tally.add_argument(
        "--mark-reported",
        action="store_true",
        help="标记本期已报送：保存报送时的数字，以后的变动作为更正列入下期报表",
    )
    tally.add_argument(
        "--cases",
        metavar="指标",
        help="不写文件，列出某项指标背后的案件（如 closed_by_agreement、amount_paid；"
        "键名见 --format json 的输出）",
    )
    tally.add_argument(
        "--category", metavar="类别", help="与 --cases 合用：只列一个争议类别（如 PAY）"
    )
    tally.set_defaults(handler=run_tally)
    ledger = subparsers.add_parser(
        "ledger",
        help="导出案件台账（Excel）",
        description="导出一个期间办理的全部案件（本期收到的和上期未结的），另附申请人名单。",
    )
    _period_arguments(ledger)
    ledger.set_defaults(handler=run_ledger)


def stored_boundary(session: Session) -> MonthBoundary:
    """The office's month boundary (settings dialog)."""
    return boundary_of(load_settings(session).report_month_boundary)


def choose_period(args: argparse.Namespace, boundary: MonthBoundary) -> Period:
    """The period named on the command line; ``ValueError`` with a Chinese message if none."""
    date_from, date_to = getattr(args, "date_from", None), getattr(args, "date_to", None)
    if date_from or date_to:
        if not (date_from and date_to):
            raise ValueError("--from 和 --to 需要同时给出。")
        if date_to < date_from:
            raise ValueError("截止日期不能早于起始日期。")
        return range_period(date_from, date_to)
    for name in ("month", "quarter", "year"):
        text = getattr(args, name, None)
        if text:
            try:
                return parse_period(text, boundary)
            except ValueError:
                raise ValueError(
                    f"统计期间“{text}”无效，请写成 2026-10、2026-Q4 或 2026。"
                ) from None
    raise ValueError("请用 --month、--quarter、--year 或 --from/--to 指定统计期间。")


def _format_of(args: argparse.Namespace) -> str:
    chosen = getattr(args, "format", None)
    if chosen:
        return str(chosen)
    suffix = Path(args.out).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "xlsx"


def _drill_down_request(args: argparse.Namespace) -> tuple[str, Category | None] | None:
    """The figure (and category) ``--cases`` asks for; ``ValueError`` in Chinese if unknown."""
    key = getattr(args, "cases", None)
    if key is None:
        if getattr(args, "category", None):
            raise ValueError("--category 需要与 --cases 一起使用。")
        if args.out is None:
            raise ValueError("请用 --out 指定输出文件，或用 --cases 列出某项指标的案件。")
        return None
    if key not in FIGURE_BY_KEY:
        raise ValueError(f"没有指标“{key}”。可用：{'、'.join(FIGURE_BY_KEY)}")
    code = getattr(args, "category", None)
    if code is None:
        return key, None
    try:
        return key, Category.by_code(code.strip().upper())
    except ValueError:
        codes = "、".join(f"{c.value}（{c.label}）" for c in Category)
        raise ValueError(f"没有争议类别“{code}”。可用：{codes}") from None


def _print_cases(
    db: Database, services: ReportServices, period: Period, key: str, category: Category | None
) -> None:
    """The drill-down on the command line: the cases behind one figure, one line each."""
    figure = FIGURE_BY_KEY[key]
    ids = services.case_ids(period, key, category)
    amounts = services.case_amounts(period, key, category) if figure.kind == "money" else {}
    scope = category.label if category else "合计"
    print(f"{period.described} {figure.label}（{scope}）：{len(ids)}件案件")
    with db.read() as session:
        rows = {
            row.id: row
            for start in range(0, len(ids), 500)
            for row in session.execute(
                select(
                    orm.Case.id,
                    orm.Case.number,
                    orm.Case.received_on,
                    orm.Case.applicant_summary,
                    orm.Case.respondent_summary,
                ).where(orm.Case.id.in_(ids[start : start + 500]))
            )
        }
    for case_id in ids:
        row = rows[case_id]
        line = (
            f"{row.number}\t{row.received_on}\t{row.applicant_summary} 与 {row.respondent_summary}"
        )
        if case_id in amounts:
            line += f"\t{format_amount(amounts[case_id])}"
        print(line)
    if amounts:
        print(f"合计{format_amount(sum(amounts.values(), Decimal(0)))}元")


def run_tally(args: argparse.Namespace) -> int:
    """Write the tally, or list the cases behind one figure (``--cases``); 0 on success,
    1 on a store or period error, 2 when asked to mark a period as reported that has
    not ended yet (nothing is written)."""
    try:
        drill = _drill_down_request(args)
    except ValueError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    try:
        db = open_store(storage_options(args), daily_backup=False)
    except MediatorError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return 1
    fmt = "" if drill else _format_of(args)
    try:
        started = time.perf_counter()
        with db.read() as session:
            boundary = args.boundary or stored_boundary(session)
            period = choose_period(args, boundary)
            office = load_settings(session).office_name
        services = ReportServices(db)
        denominator = Denominator(args.denominator)
        if getattr(args, "mark_reported", False):
            services.mark_reported(period, denominator)
        if drill is not None:
            _print_cases(db, services, period, *drill)
            return 0
        report = services.report(period, denominator, office)
        with db.read() as session:
            numbers = _case_numbers(session, report)
        elapsed = time.perf_counter() - started
        if fmt == "pdf":
            write_pdf(args.out, report, services.charts(report.current, boundary), numbers)
        elif fmt == "json":
            write_json(args.out, report)
        else:
            (write_xlsx if fmt == "xlsx" else write_csv)(args.out, report, numbers)
    except ValueError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    except PeriodNotOver as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return 2
    except MediatorError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise
    except OSError as error:
        print(f"错误：无法写入文件“{args.out}”：{error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    total = report.current.total
    print(
        f"{period.described}：收案{total['received']}件，结案{total['closed']}件，"
        f"期末未结{total['pending_end']}件；统计用时{elapsed:.2f}秒。已写入 {args.out}"
    )
    if report.reported_at is not None:
        print(f"本期已于{report.reported_at:%Y-%m-%d %H:%M}报送，按报送时的数字输出。")
    if report.corrections:
        print(f"附以前报送期间的更正{len(report.corrections)}项。")
    return 0


def _case_numbers(session: Session, report: TallyReport) -> dict[int, str]:
    ids = {i for c in report.corrections for i in c.case_ids}
    if not ids:
        return {}
    rows = session.execute(select(orm.Case.id, orm.Case.number).where(orm.Case.id.in_(ids)))
    return {case_id: str(number) for case_id, number in rows}


def run_ledger(args: argparse.Namespace) -> int:
    """Write the ledger workbook; 0 on success, 1 on a store or period error."""
    try:
        db = open_store(storage_options(args), daily_backup=False)
    except MediatorError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return 1
    try:
        with db.read() as session:
            period = choose_period(args, args.boundary or stored_boundary(session))
            office = load_settings(session).office_name
            count = write_ledger(args.out, session, period, office)
    except ValueError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(f"{period.described}台账：{count}件案件。已写入 {args.out}")
    return 0
