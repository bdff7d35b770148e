"""``mediator roster`` and ``mediator arrears``: the workers' arrears on the command line.

``mediator roster CASE_NO FILE.xlsx [--dry-run]`` imports a roster (名册) of
workers into a case, all or nothing; on any error it lists every problem by
row and column ("第17行 [身份证号]：…") and exits 2 without importing anyone.
A row whose ID number is an applicant's already is merged into him.
``mediator arrears CASE_NO [--json]`` prints each worker's ledger (owed,
paid and unpaid before mediation, claimed, confirmed, evidence held) and the
case totals.
``register(subparsers)`` adds both; a store that cannot be opened exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from mediator.domain.arrears import Totals, range_text
from mediator.domain.errors import MediatorError, ValidationFailed
from mediator.domain.money import format_amount
from mediator.exchange.roster import RosterRefused, import_roster
from mediator.persistence.arrears import CaseLedger, LiabilityInfo, WorkerArrears
from mediator.persistence.arrears_services import ArrearsServices
from mediator.persistence.db import Database
from mediator.persistence.services import Services
from mediator.startup import add_storage_arguments, open_store, storage_options

EXIT_OK, EXIT_ERROR, EXIT_REFUSED = 0, 1, 2


def _storage(parser: argparse.ArgumentParser) -> None:
    add_storage_arguments(parser)
    for action in parser._actions:
        # --data-dir/--db-url may also come before the command; do not override them.
        if action.dest in ("data_dir", "db_url"):
            action.default = argparse.SUPPRESS


def register(subparsers: Any) -> None:
    """Add the ``roster`` and ``arrears`` commands to the CLI's subparsers."""
    roster = subparsers.add_parser(
        "roster",
        help="把工人名册（.xlsx/.csv）导入案件",
        description=(
            "把包工头或工人带来的名册导入已有案件：每名工人成为申请人，并登记其工作期间和欠薪金额。\n"
            "列：姓名、身份证号、电话、工作期间（如2026-03至2026-08，或开始月份、结束月份两列）、欠薪金额。\n"
            "身份证号与本案已登记的申请人相同的一行并入该申请人（更新其欠薪台账和工资请求），不重复登记。\n"
            "有任何一处错误则一个工人也不导入，并逐行列出错误（退出码2）。"
        ),
    )
    roster.add_argument("case_no", metavar="案件编号", help="要导入名册的案件")
    roster.add_argument("file", metavar="文件", help="名册文件（.xlsx 或 .csv）")
    roster.add_argument("--dry-run", action="store_true", help="只检查，不导入")
    _storage(roster)
    roster.set_defaults(handler=run_roster)
    arrears = subparsers.add_parser(
        "arrears",
        help="欠薪台账（每名工人的应付、调解前已付和欠付、主张和单位确认金额）",
        description="显示案件中每名工人的欠薪期间和金额、所持证据、用工链条的责任分担及合计。",
    )
    arrears.add_argument("case_no", metavar="案件编号", help="要查看的案件")
    arrears.add_argument("--json", action="store_true", help="以JSON格式输出（供其他程序读取）")
    _storage(arrears)
    arrears.set_defaults(handler=run_arrears)


def _open(args: argparse.Namespace) -> Database | None:
    try:
        return open_store(storage_options(args), daily_backup=False)
    except MediatorError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return None


def run_roster(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.suffix.lower() not in (".xlsx", ".xlsm", ".csv"):
        print("错误：名册请保存为Excel（.xlsx）或CSV（.csv）文件。", file=sys.stderr)
        return EXIT_REFUSED
    if not path.is_file():
        print(f"错误：找不到名册文件“{path}”。", file=sys.stderr)
        return EXIT_ERROR
    db = _open(args)
    if db is None:
        return EXIT_ERROR
    try:
        case_id = Services(db).find_case_id(args.case_no)
        result = import_roster(
            db, case_id, path, date.today(), datetime.now(), dry_run=args.dry_run
        )
    except RosterRefused as refused:
        for problem in refused.problems:
            print(("" if problem.is_error else "提示：") + str(problem), file=sys.stderr)
        print(f"错误：{refused.message}", file=sys.stderr)
        return EXIT_REFUSED
    except MediatorError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return EXIT_REFUSED if isinstance(error, ValidationFailed) else EXIT_ERROR
    finally:
        db.dispose()
    for warning in result.warnings:
        print(f"提示：{warning}")
    verb = "检查通过，可以导入" if result.dry_run else "已导入"
    print(f"{verb}{result.workers}名工人，欠薪合计{format_amount(result.total)}元。")
    if result.matched:
        print(f"其中{result.summary()}。")
    return EXIT_OK


def run_arrears(args: argparse.Namespace) -> int:
    db = _open(args)
    if db is None:
        return EXIT_ERROR
    try:
        case_id = Services(db).find_case_id(args.case_no)
        services = ArrearsServices(db)
        ledger = services.ledger(case_id)
        liabilities = services.liabilities(case_id)
    except MediatorError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        db.dispose()
    report = arrears_report(ledger, liabilities)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else as_text(report))
    return EXIT_OK


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


def _totals(t: Totals) -> dict[str, str]:
    return {
        "owed": _money(t.owed),
        "paid": _money(t.paid),
        "outstanding": _money(t.outstanding),
        "claimed": _money(t.claimed),
        "confirmed": _money(t.confirmed),
    }


def _worker(w: WorkerArrears) -> dict[str, Any]:
    return {
        "name": w.name,
        "id_number": w.id_number,
        "periods": [
            {
                "from": f"{p.from_month:%Y-%m}",
                "to": f"{p.to_month:%Y-%m}",
                "rate_unit": p.rate_unit.value,
                "rate": None if p.rate is None else _money(p.rate),
                "owed": _money(p.owed_amount()),
                "paid": _money(p.paid),
                "claimed": None if p.claimed is None else _money(p.claimed),
                "confirmed": None if p.confirmed is None else _money(p.confirmed),
                "note": p.note,
            }
            for p in w.periods
        ],
        "evidence": [k.label for k in w.evidence],
        "files": [f.filename for f in w.files],
        **_totals(w.totals),
    }


def arrears_report(ledger: CaseLedger, liabilities: list[LiabilityInfo]) -> dict[str, Any]:
    """The ledger as plain data (money as strings with two decimals)."""
    owed = ledger.totals.owed
    return {
        "case": ledger.case_number,
        "workers": [_worker(w) for w in ledger.workers],
        "totals": _totals(ledger.totals),
        "liabilities": [_liability(row, owed) for row in liabilities],
    }


def _liability(row: LiabilityInfo, total_owed: Decimal) -> dict[str, Any]:
    amount = row.amount_of(total_owed)
    return {
        "party": row.data.party,
        "role": row.data.role.label,
        "basis": row.data.basis,
        "amount": None if amount is None else _money(amount),
        "share": None if row.data.share is None else _money(row.data.share),
        "note": row.data.note,
    }


def _months(worker: dict[str, Any]) -> str:
    periods = worker["periods"]
    if not periods:
        return "（未登记期间）"
    spans = []
    for p in periods:
        first = date.fromisoformat(p["from"] + "-01")
        last = date.fromisoformat(p["to"] + "-01")
        spans.append(range_text(first, last))
    return "、".join(spans)


PAID, UNPAID = "已付（调解前）", "欠付（调解前）"
"""The ledger's paid and outstanding: before mediation, part of the arrears record, not the
payments under the agreement (the same words as the 欠薪 tab)."""


def as_text(report: dict[str, Any]) -> str:
    lines = [f"案件 {report['case']} 欠薪台账（金额单位：元）"]
    for n, w in enumerate(report["workers"], start=1):
        evidence = "、".join(w["evidence"]) or "无"
        lines.append(
            f"{n:>3}. {w['name']}  {_months(w)}  应付{format_amount(Decimal(w['owed']))}"
            f"  {PAID}{format_amount(Decimal(w['paid']))}"
            f"  {UNPAID}{format_amount(Decimal(w['outstanding']))}"
            f"  主张{format_amount(Decimal(w['claimed']))}"
            f"  单位确认{format_amount(Decimal(w['confirmed']))}  证据：{evidence}"
        )
    t = report["totals"]
    lines.append(
        f"合计{len(report['workers'])}人：应付{format_amount(Decimal(t['owed']))}"
        f"  {PAID}{format_amount(Decimal(t['paid']))}"
        f"  {UNPAID}{format_amount(Decimal(t['outstanding']))}"
        f"  主张{format_amount(Decimal(t['claimed']))}"
        f"  单位确认{format_amount(Decimal(t['confirmed']))}"
    )
    if report["liabilities"]:
        lines.append("用工链条责任：")
        for row in report["liabilities"]:
            amount = f"  {format_amount(Decimal(row['amount']))}元" if row["amount"] else ""
            lines.append(f"  {row['party']}（{row['role']}）：{row['basis']}{amount}")
    lines.append(
        f"协议履行情况（调解协议约定的给付和实际支付）请用 mediator payments {report['case']} 查看。"
    )
    return "\n".join(lines)
