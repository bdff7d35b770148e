"""``mediator referral`` and ``mediator committee``: referrals to arbitration and the other routes.

``mediator referral list CASE_NO [--json]`` prints the routes open to the
case (with their windows) and its referrals with their outcomes.
``mediator referral add CASE_NO --route arbitration --date D --method in_person
[--committee NAME] [--body TEXT] [--enclosure TEXT ...] [--receipt TEXT]``
records a referral; ``mediator referral outcome REFERRAL_ID --kind accepted
--date D [--number 仲裁案号]`` records what became of it. ``mediator committee
list|add|remove`` keeps the list of arbitration committees. Codes or Chinese
labels are accepted for routes, methods and outcomes. Bad input prints
``错误：…`` on stderr and returns 2, a store that cannot be opened 1.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any, TypeVar

from mediator.cli.running import EXIT_OK, operator_of, parse_day, refused, with_store
from mediator.domain.enums import LabelledEnum
from mediator.domain.errors import MediatorError
from mediator.domain.routes import DeliveryMethod, OutcomeKind, RouteKind, RouteOption
from mediator.persistence.db import SYSTEM, Database
from mediator.persistence.referral_services import ReferralServices
from mediator.persistence.referrals import (
    CommitteeData,
    CommitteeInfo,
    OutcomeData,
    ReferralData,
    ReferralInfo,
)
from mediator.persistence.services import Services
from mediator.startup import add_storage_arguments

E = TypeVar("E", bound=LabelledEnum)


# --------------------------------------------------------------------------
# Parsers
# --------------------------------------------------------------------------


def _storage(parser: argparse.ArgumentParser) -> None:
    add_storage_arguments(parser)
    for action in parser._actions:
        # --data-dir/--db-url may also come before the command; do not override them.
        if action.dest in ("data_dir", "db_url"):
            action.default = argparse.SUPPRESS


def _codes(enum: type[LabelledEnum]) -> str:
    return "；".join(f"{m.value}={m.label}" for m in enum)


def register(subparsers: Any) -> None:
    """Add the ``referral`` and ``committee`` commands to the CLI's subparsers."""
    _add_referral(subparsers)
    _add_committee(subparsers)


def _add_referral(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "referral",
        help="转介登记（移送仲裁、司法确认、支付令等）及其结果",
        description="登记案件转介仲裁委员会、法院等机构的情况及其结果。",
    )
    subs = parser.add_subparsers(dest="referral_command", metavar="操作", required=True)
    show = subs.add_parser("list", help="列出案件可走的途径及已登记的转介")
    show.add_argument("case_number", metavar="案件编号")
    show.add_argument("--json", action="store_true", help="以JSON格式输出（供其他程序读取）")
    show.add_argument("--as-of", metavar="日期", help="按此日期判断各途径是否可用（默认今天）")
    _storage(show)
    show.set_defaults(handler=run_list)

    add = subs.add_parser("add", help="登记一次转介")
    add.add_argument("case_number", metavar="案件编号")
    add.add_argument("--route", required=True, metavar="途径", help=_codes(RouteKind))
    add.add_argument("--date", required=True, metavar="日期", help="转介日期，如 2026-11-24")
    add.add_argument("--method", required=True, metavar="方式", help=_codes(DeliveryMethod))
    add.add_argument(
        "--committee", metavar="名称", help="仲裁委员会名称（见 mediator committee list）"
    )
    add.add_argument(
        "--body", default="", metavar="机构", help="接收机构（不填则为仲裁委员会名称）"
    )
    add.add_argument(
        "--enclosure", action="append", default=[], metavar="材料", help="移送材料（可重复）"
    )
    add.add_argument("--receipt", default="", metavar="回执", help="回执或签收情况")
    add.add_argument(
        "--applicant",
        action="append",
        default=[],
        metavar="姓名",
        help="只为这些申请人转介（可重复；不写则为全部申请人）",
    )
    add.add_argument("--note", default="", metavar="备注")
    add.add_argument("--operator", metavar="姓名", help="登记人（默认“系统”）")
    _storage(add)
    add.set_defaults(handler=run_add)

    outcome = subs.add_parser("outcome", help="登记转介的结果（受理、裁决等）")
    outcome.add_argument("referral_id", type=int, metavar="转介编号", help="见 referral list")
    outcome.add_argument("--kind", required=True, metavar="结果", help=_codes(OutcomeKind))
    outcome.add_argument("--date", required=True, metavar="日期", help="结果日期，如 2026-11-24")
    outcome.add_argument("--number", default="", metavar="案号", help="受理机构的案号")
    outcome.add_argument("--note", default="", metavar="备注")
    outcome.add_argument("--operator", metavar="姓名", help="登记人（默认“系统”）")
    _storage(outcome)
    outcome.set_defaults(handler=run_outcome)


def _add_committee(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "committee",
        help="劳动人事争议仲裁委员会名单（转介用）",
        description="维护转介用的劳动人事争议仲裁委员会名单：名称、地址、电话和管辖地名。",
    )
    subs = parser.add_subparsers(dest="committee_command", metavar="操作", required=True)
    show = subs.add_parser("list", help="列出仲裁委员会")
    show.add_argument("--json", action="store_true", help="以JSON格式输出（供其他程序读取）")
    _storage(show)
    show.set_defaults(handler=run_committee)
    add = subs.add_parser("add", help="添加仲裁委员会")
    add.add_argument("name", metavar="名称")
    add.add_argument("--address", default="", metavar="地址")
    add.add_argument("--phone", default="", metavar="电话")
    add.add_argument(
        "--jurisdiction", default="", metavar="地名", help="管辖范围内的地名，用空格或顿号分隔"
    )
    _storage(add)
    add.set_defaults(handler=run_committee)
    remove = subs.add_parser("remove", help="删除未被转介记录使用的仲裁委员会")
    remove.add_argument("name", metavar="名称")
    _storage(remove)
    remove.set_defaults(handler=run_committee)


# --------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------


def _member(enum: type[E], text: str, what: str) -> E:
    for member in enum:
        if text.strip() in (member.value, member.label):
            return member
    raise ValueError(f"{what}“{text}”无效，可用：{_codes(enum)}")


def _committee_named(referrals: ReferralServices, name: str) -> CommitteeInfo:
    for committee in referrals.committees():
        if committee.name == name.strip():
            return committee
    raise MediatorError(f"没有名为“{name}”的仲裁委员会，请先用 mediator committee add 添加。")


def _applicant_ids(referrals: ReferralServices, case_id: int, names: list[str]) -> tuple[int, ...]:
    """The ids of the applicants named (every name must be one of the case's applicants)."""
    if not names:
        return ()
    known = referrals.applicants(case_id)
    ids = []
    for name in names:
        found = [applicant_id for applicant_id, n in known if n == name.strip()]
        if not found:
            listed = "、".join(n for _i, n in known)
            raise MediatorError(f"本案没有名为“{name}”的申请人（申请人：{listed}）。")
        ids.extend(found)
    return tuple(ids)


def run_list(args: argparse.Namespace) -> int:
    try:
        today = parse_day(args.as_of, "日期") if args.as_of else date.today()
    except ValueError as error:
        return refused(str(error))

    def work(db: Database) -> int:
        case_id = Services(db).find_case_id(args.case_number)
        referrals = ReferralServices(db, today=lambda: today)
        routes = referrals.route_options(case_id)
        made = referrals.referrals(case_id)
        if args.json:
            data = {
                "routes": [_route_json(r) for r in routes],
                "referrals": [_referral_json(r) for r in made],
            }
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(_text(args.case_number, routes, made))
        return EXIT_OK

    return with_store(args, SYSTEM, work)


def run_add(args: argparse.Namespace) -> int:
    try:
        route = _member(RouteKind, args.route, "途径")
        method = _member(DeliveryMethod, args.method, "递交方式")
        referred_on = parse_day(args.date, "转介日期")
    except ValueError as error:
        return refused(str(error))

    def work(db: Database) -> int:
        case_id = Services(db).find_case_id(args.case_number)
        referrals = ReferralServices(db)
        committee = _committee_named(referrals, args.committee) if args.committee else None
        chosen = _applicant_ids(referrals, case_id, args.applicant)
        data = ReferralData(
            route,
            referred_on,
            method,
            committee_id=committee.id if committee else None,
            body=args.body,
            enclosures=tuple(args.enclosure),
            receipt=args.receipt,
            applicant_ids=chosen,
            note=args.note,
        )
        info = referrals.record_referral(case_id, data)
        print(
            f"已登记转介（编号{info.id}）：{_dated(info.referred_on)}{route.label}，{info.body}。"
        )
        return EXIT_OK

    return with_store(args, operator_of(args), work)


def run_outcome(args: argparse.Namespace) -> int:
    try:
        kind = _member(OutcomeKind, args.kind, "结果")
        decided_on = parse_day(args.date, "结果日期")
    except ValueError as error:
        return refused(str(error))

    def work(db: Database) -> int:
        data = OutcomeData(kind, decided_on, args.number, args.note)
        info = ReferralServices(db).record_outcome(args.referral_id, data)
        print(f"已登记转介（编号{info.id}）的结果：{_dated(decided_on)}{kind.label}。")
        return EXIT_OK

    return with_store(args, operator_of(args), work)


def run_committee(args: argparse.Namespace) -> int:
    def work(db: Database) -> int:
        referrals = ReferralServices(db)
        if args.committee_command == "add":
            data = CommitteeData(args.name, args.address, args.phone, args.jurisdiction)
            info = referrals.add_committee(data)
            print(f"已添加仲裁委员会：{info.name}。")
        elif args.committee_command == "remove":
            info = _committee_named(referrals, args.name)
            referrals.delete_committee(info.id)
            print(f"已删除仲裁委员会：{info.name}。")
        else:
            _print_committees(referrals.committees(), as_json=args.json)
        return EXIT_OK

    return with_store(args, SYSTEM, work)


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def _dated(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _print_committees(committees: list[CommitteeInfo], *, as_json: bool) -> None:
    if as_json:
        rows = [_committee_json(c) for c in committees]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not committees:
        print(
            "尚未添加仲裁委员会。请用 mediator committee add 名称 --address 地址 --phone 电话 添加。"
        )
    else:
        for c in committees:
            place = f"  管辖：{c.jurisdiction}" if c.jurisdiction else ""
            print(f"{c.name}  {c.address or '—'}  {c.phone or '—'}{place}")


def _committee_json(c: CommitteeInfo) -> dict[str, Any]:
    return {
        "name": c.name,
        "address": c.address,
        "phone": c.phone,
        "jurisdiction": c.jurisdiction,
    }


def _route_json(option: RouteOption) -> dict[str, Any]:
    return {
        "route": option.kind.value,
        "label": option.kind.label,
        "available": option.available,
        "deadline": option.deadline.isoformat() if option.deadline else None,
        "reason": option.reason,
        "basis": option.basis,
    }


def _referral_json(info: ReferralInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "route": info.route.value,
        "referred_on": info.referred_on.isoformat(),
        "body": info.body,
        "committee": _committee_json(info.committee) if info.committee else None,
        "method": info.method.value,
        "enclosures": list(info.enclosures),
        "receipt": info.receipt,
        "applicant_ids": list(info.applicant_ids),
        "note": info.note,
        "outcomes": [
            {
                "kind": o.kind.value,
                "decided_on": o.decided_on.isoformat(),
                "body_case_number": o.body_case_number,
                "note": o.note,
            }
            for o in info.outcomes
        ],
    }


def _text(number: str, routes: list[RouteOption], made: list[ReferralInfo]) -> str:
    lines = [f"案件{number}可选择的途径："]
    for option in routes:
        mark = "可" if option.available else "否"
        lines.append(f"  [{mark}] {option.kind.label}：{option.reason}")
    if not made:
        lines.append("尚未登记转介。")
        return "\n".join(lines)
    lines.append("已登记的转介：")
    for info in made:
        lines.append(
            f"  编号{info.id}  {_dated(info.referred_on)}  {info.route.label}  {info.body}"
            f"  {info.method.label}"
        )
        if info.enclosures:
            lines.append(f"    材料：{'、'.join(info.enclosures)}")
        if info.receipt:
            lines.append(f"    回执：{info.receipt}")
        for o in info.outcomes:
            number_text = f"（{o.body_case_number}）" if o.body_case_number else ""
            lines.append(f"    {_dated(o.decided_on)} {o.kind.label}{number_text}")
    return "\n".join(lines)
