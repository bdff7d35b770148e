"""``mediator payments`` and ``mediator locality``: agreement performance on the command line.

``mediator payments CASE_NO [--json]`` prints the payment schedule of the
signed agreement, the receipts, each worker's agreed, paid, outstanding and
overdue amounts, the fulfilment rate (履行率) and, for each overdue
instalment, the enforcement routes open to the workers.
``mediator payments record CASE_NO --amount A --date D [--method M]
[--voucher V] [--operator NAME] [--override-reason TEXT]`` records money
received. ``mediator locality set NAME YEAR --average A --minimum M`` and
``mediator locality list`` keep the locality figures table the calculators
use. ``register(subparsers)`` adds both command groups; bad input prints
``错误：…`` on stderr and returns 2, a store that cannot be opened 1.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from decimal import Decimal
from typing import Any

from mediator.cli.running import EXIT_OK, operator_of, parse_day, refused, with_store
from mediator.domain.money import format_amount, parse_amount
from mediator.domain.performance import PAYMENT_METHODS, Figures, rate_text
from mediator.persistence.db import SYSTEM, Database
from mediator.persistence.performance import InstalmentInfo, ReceiptData
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.services import Services
from mediator.startup import add_storage_arguments, open_store, storage_options

_RECORD = "record"


# --------------------------------------------------------------------------
# Parsers
# --------------------------------------------------------------------------


def _storage(parser: argparse.ArgumentParser) -> None:
    add_storage_arguments(parser)
    for action in parser._actions:
        # --data-dir/--db-url may also come before the command; do not override them.
        if action.dest in ("data_dir", "db_url"):
            action.default = argparse.SUPPRESS


def register(subparsers: Any) -> None:
    """Add the ``payments`` and ``locality`` commands to the CLI's subparsers."""
    _add_payments(subparsers)
    _add_locality(subparsers)


def _add_payments(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "payments",
        help="调解协议履行情况（分期付款、收款登记、履行率）",
        description=(
            "mediator payments 案件编号：显示调解协议的付款计划、收款记录、每名劳动者的应付、"
            "已付、未付和逾期金额、履行率及逾期后的救济途径。\n"
            "mediator payments record 案件编号 --amount 金额 --date 日期：登记一笔收款。"
        ),
    )
    parser.add_argument(
        "words", nargs="+", metavar="案件编号", help="案件编号；登记收款时写 record 案件编号"
    )
    parser.add_argument("--json", action="store_true", help="以JSON格式输出（供其他程序读取）")
    parser.add_argument("--date", metavar="日期", help="收款日期，如 2026-11-24（登记收款时必填）")
    parser.add_argument("--as-of", metavar="日期", help="按此日期计算逾期（默认今天）")
    parser.add_argument("--amount", metavar="金额", help="收款金额（登记收款时必填）")
    parser.add_argument(
        "--method",
        default=PAYMENT_METHODS[0],
        metavar="方式",
        help=f"付款方式（默认{PAYMENT_METHODS[0]}；常用：{'、'.join(PAYMENT_METHODS)}）",
    )
    parser.add_argument("--voucher", default="", metavar="凭证号", help="付款凭证号")
    parser.add_argument("--operator", metavar="姓名", help="登记人（默认“系统”）")
    parser.add_argument(
        "--override-reason",
        default="",
        metavar="理由",
        help="收款超过尚欠金额时，确需登记的理由",
    )
    _storage(parser)
    parser.set_defaults(handler=run_payments)


def _add_locality(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "locality",
        help="当地数据（上年度职工月平均工资、最低工资标准）",
        description="维护按地区和年度的上年度职工月平均工资和最低工资标准，供法定金额计算使用。",
    )
    subs = parser.add_subparsers(dest="locality_command", metavar="操作", required=True)
    put = subs.add_parser("set", help="录入或修改一个地区某年度的数据")
    put.add_argument("name", metavar="地区", help="地区名称，如“某市”")
    put.add_argument("year", type=int, metavar="年度", help="年度，如 2025")
    put.add_argument("--average", metavar="金额", help="上年度职工月平均工资")
    put.add_argument("--minimum", metavar="金额", help="月最低工资标准")
    put.add_argument("--note", default="", metavar="说明", help="来源或说明")
    _storage(put)
    put.set_defaults(handler=run_locality)
    show = subs.add_parser("list", help="列出已录入的当地数据")
    show.add_argument("--json", action="store_true", help="以JSON格式输出（供其他程序读取）")
    _storage(show)
    show.set_defaults(handler=run_locality)


# --------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------


def run_payments(args: argparse.Namespace) -> int:
    words: list[str] = args.words
    recording = words[0] == _RECORD
    if recording and len(words) != 2 or not recording and len(words) != 1:
        return refused("请写 mediator payments 案件编号，或 mediator payments record 案件编号 …")
    if not recording and (args.amount or args.date):
        return refused("登记收款请写 mediator payments record 案件编号 --amount 金额 --date 日期")
    try:
        today = parse_day(args.as_of, "日期") if args.as_of else date.today()
        receipt = _receipt(args) if recording else None
    except ValueError as error:
        return refused(str(error))
    operator = operator_of(args)

    def work(db: Database) -> int:
        case_id = Services(db).find_case_id(words[-1])
        perf = PerformanceServices(db, today=lambda: today)
        if receipt is not None:
            info = perf.record_receipt(case_id, receipt)
            print(f"已登记收款{format_amount(info.amount)}元（{info.method}）。")
        perf.build_schedule(case_id)
        report = payments_report(perf, case_id, today)
        if receipt is None:
            print(as_json(report) if args.json else as_text(report))
        return EXIT_OK

    return with_store(args, operator, work)


def _receipt(args: argparse.Namespace) -> ReceiptData:
    if not args.amount or not args.date:
        raise ValueError("登记收款需要 --amount 金额 和 --date 日期")
    return ReceiptData(
        received_on=parse_day(args.date, "收款日期"),
        amount=parse_amount(args.amount),
        method=args.method,
        voucher_no=args.voucher,
        override_reason=args.override_reason,
    )


def run_locality(args: argparse.Namespace) -> int:
    if args.locality_command == "set":
        try:
            average = parse_amount(args.average) if args.average else None
            minimum = parse_amount(args.minimum) if args.minimum else None
        except ValueError as error:
            return refused(str(error))
        if average is None and minimum is None:
            return refused("请至少填写 --average 或 --minimum 之一")

        def put(db: Database) -> int:
            info = PerformanceServices(db).set_locality(
                args.name, args.year, average, minimum, args.note
            )
            print(f"已保存{info.locality}{info.year}年的当地数据。")
            return EXIT_OK

        return with_store(args, SYSTEM, put)

    def show(db: Database) -> int:
        rows = [_locality_row(i) for i in PerformanceServices(db).localities()]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        elif not rows:
            print(
                "尚未录入当地数据。请用 mediator locality set 地区 年度 --average 金额 --minimum 金额 录入。"
            )
        else:
            for r in rows:
                print(
                    f"{r['locality']}  {r['year']}年  上年度职工月平均工资 {r['average_monthly_wage'] or '—'}"
                    f"  最低工资 {r['minimum_wage'] or '—'}  {r['note']}".rstrip()
                )
        return EXIT_OK

    return with_store(args, SYSTEM, show)


def locality_figures(
    args: argparse.Namespace, name: str, year: int
) -> tuple[Decimal | None, Decimal | None]:
    """(上年度职工月平均工资, 最低工资) of ``name`` in ``year`` from the store.

    For ``mediator calc … --locality NAME --year YYYY``; raises ``NotFound``
    (a ``MediatorError`` with a Chinese message) when the table has no row.
    """
    db = open_store(storage_options(args), daily_backup=False)
    try:
        info = PerformanceServices(db).locality(name, year)
    finally:
        db.dispose()
    return info.average_monthly_wage, info.minimum_wage


def _locality_row(info: Any) -> dict[str, Any]:
    def money(value: Decimal | None) -> str | None:
        return None if value is None else f"{value:.2f}"

    return {
        "locality": info.locality,
        "year": info.year,
        "average_monthly_wage": money(info.average_monthly_wage),
        "minimum_wage": money(info.minimum_wage),
        "note": info.note,
    }


# --------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


def _figures(f: Figures) -> dict[str, Any]:
    return {
        "agreed": _money(f.agreed),
        "paid": _money(f.paid),
        "outstanding": _money(f.outstanding),
        "overdue": _money(f.overdue),
        "rate": None if f.rate is None else str(f.rate),
    }


def _instalment(i: InstalmentInfo, today: date) -> dict[str, Any]:
    return {
        "seq": i.seq,
        "payer": i.payer,
        "payee": i.payee,
        "item": i.item.value if i.item else None,
        "due_on": i.due_on.isoformat(),
        "pay_by": i.pay_by.isoformat(),
        "amount": _money(i.amount),
        "paid": _money(i.paid),
        "outstanding": _money(i.outstanding),
        "overdue": i.is_overdue(today),
        "shares": [
            {"worker": s.worker, "amount": _money(s.amount), "paid": _money(s.paid)}
            for s in i.shares
        ],
    }


def payments_report(perf: PerformanceServices, case_id: int, today: date) -> dict[str, Any]:
    """Everything ``mediator payments`` prints, as plain JSON-ready data."""
    case = perf.case_figures(case_id)
    return {
        "case_number": case.case_number,
        "as_of": today.isoformat(),
        "totals": _figures(case.figures),
        "fulfilment_rate": rate_text(case.rate),
        "schedule": [_instalment(i, today) for i in perf.schedule_of(case_id)],
        "receipts": [
            {
                "received_on": r.received_on.isoformat(),
                "amount": _money(r.amount),
                "method": r.method,
                "voucher_no": r.voucher_no,
                "operator": r.operator,
                "excess": _money(r.excess),
                "override_reason": r.override_reason,
            }
            for r in perf.receipts_of(case_id)
        ],
        "workers": [
            {"worker": w.worker} | _figures(w.figures) for w in perf.worker_figures(case_id)
        ],
        "overdue": [
            {
                "seq": o.instalment.seq,
                "due_on": o.instalment.due_on.isoformat(),
                "outstanding": _money(o.instalment.outstanding),
                "workers": [s.worker for s in o.workers],
                "routes": [
                    {
                        "code": r.code,
                        "title": r.title,
                        "explanation": r.explanation,
                        "basis": r.basis,
                    }
                    for r in o.routes
                ],
            }
            for o in perf.overdue_of(case_id)
        ],
    }


def as_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)


def as_text(report: dict[str, Any]) -> str:
    if not report["schedule"]:
        return f"{report['case_number']}：没有已签订调解协议中的给付条款。"
    t = report["totals"]
    lines = [
        f"{report['case_number']} 调解协议履行情况（截至{report['as_of']}）",
        f"应付 {t['agreed']} 元，已付 {t['paid']} 元，未付 {t['outstanding']} 元，"
        f"其中逾期 {t['overdue']} 元；履行率 {report['fulfilment_rate']}",
        "",
        "付款计划：",
    ]
    for i in report["schedule"]:
        flag = "（逾期）" if i["overdue"] else ""
        lines.append(
            f"  第{i['seq']}期  {i['due_on']}  {i['payer']} → {i['payee']}  "
            f"应付 {i['amount']}  已付 {i['paid']}  未付 {i['outstanding']}{flag}"
        )
    lines.append("收款记录：" if report["receipts"] else "收款记录：无")
    for r in report["receipts"]:
        voucher = f"  凭证号 {r['voucher_no']}" if r["voucher_no"] else ""
        lines.append(
            f"  {r['received_on']}  {r['amount']}  {r['method']}{voucher}  登记人 {r['operator']}"
        )
    lines.append("每名劳动者：")
    for w in report["workers"]:
        lines.append(
            f"  {w['worker']}  应付 {w['agreed']}  已付 {w['paid']}  未付 {w['outstanding']}  逾期 {w['overdue']}"
        )
    for o in report["overdue"]:
        lines.append(f"第{o['seq']}期逾期未付 {o['outstanding']} 元，可告知劳动者以下途径：")
        lines.extend(f"  · {r['title']}：{r['explanation']}（{r['basis']}）" for r in o["routes"])
    return "\n".join(lines)
