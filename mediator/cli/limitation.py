"""``mediator limitation``: each applicant's advisory limitation date (仲裁时效) on the command line.

``mediator limitation CASE_NO [--json] [--as-of D]`` prints, for every
applicant and kind of claim, the last day to apply for arbitration, the days
left and the basis in plain words, then the events recorded for the case.
``mediator limitation CASE_NO --add-event --date D --kind K [--until D]
[--applicant NAME] [--note T] [--operator NAME]`` records an interruption or
suspension; ``--known-date D --applicant NAME`` sets the day the worker knew
of the infringement; ``mediator limitation --refresh-all`` recomputes the
dates the to-do board reads; ``--counted-kinds CODES`` sets which recorded
event kinds count (domain.md 8.2). Bad input prints
``错误：…`` on stderr and returns 2, a store that cannot be opened 1.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import date
from typing import Any

from mediator.cli.running import EXIT_OK, operator_of, parse_day, refused, with_store
from mediator.domain.errors import MediatorError
from mediator.domain.limitation import (
    ADVICE,
    EventKind,
    LimitationClock,
    LimitationRules,
    cn_date,
)
from mediator.persistence.db import Database
from mediator.persistence.limitation import ApplicantClock, CaseClock, EventInfo
from mediator.persistence.limitation_services import EventData, LimitationServices
from mediator.persistence.services import Services
from mediator.startup import add_storage_arguments


def register(subparsers: Any) -> None:
    kinds = "；".join(f"{k.value}={k.label}" for k in EventKind)
    parser = subparsers.add_parser(
        "limitation",
        help="仲裁时效（每名申请人申请仲裁的参考截止日期）",
        description=(
            "mediator limitation 案件编号：显示每名申请人各类请求的仲裁时效届满日、剩余天数和计算依据"
            f"（{ADVICE}）。\n"
            "mediator limitation 案件编号 --add-event --date 日期 --kind 类型：登记时效中断或中止事件。\n"
            "mediator limitation 案件编号 --known-date 日期 --applicant 姓名：填写知道权利被侵害之日。\n"
            "mediator limitation --refresh-all：重新计算全部案件的时效日期。\n"
            "mediator limitation --counted-kinds 代码,代码：设置计入时效的事件类型。"
        ),
    )
    parser.add_argument("case_number", nargs="?", metavar="案件编号", help="案件编号")
    parser.add_argument("--json", action="store_true", help="以JSON格式输出（供其他程序读取）")
    parser.add_argument("--as-of", metavar="日期", help="按此日期计算剩余天数（默认今天）")
    parser.add_argument("--add-event", action="store_true", help="登记一个时效中断或中止事件")
    parser.add_argument("--date", metavar="日期", help="事件发生的日期，如 2026-11-24")
    parser.add_argument("--kind", metavar="类型", help=f"事件类型（代码或名称）：{kinds}")
    parser.add_argument("--until", metavar="日期", help="时效中止：中止原因消除的日期")
    parser.add_argument("--applicant", metavar="姓名", help="事件涉及的申请人（默认全体申请人）")
    parser.add_argument("--note", default="", metavar="说明", help="说明，如证据来源")
    parser.add_argument("--known-date", metavar="日期", help="知道或应当知道权利被侵害之日")
    parser.add_argument("--operator", metavar="姓名", help="登记人（默认“系统”）")
    parser.add_argument("--refresh-all", action="store_true", help="重新计算全部案件的时效日期")
    parser.add_argument(
        "--counted-kinds",
        metavar="代码",
        help="设置计入时效的事件类型（代码以逗号分隔；17号令第31条的两类待核实，可不计入）",
    )
    add_storage_arguments(parser)
    for action in parser._actions:
        # --data-dir/--db-url may also come before the command; do not override them.
        if action.dest in ("data_dir", "db_url"):
            action.default = argparse.SUPPRESS
    parser.set_defaults(handler=run)


def _kind(text: str | None) -> EventKind:
    if not text:
        raise ValueError("登记事件需要 --kind 类型")
    try:
        return EventKind.from_label(text)  # type: ignore[return-value]
    except ValueError as exc:
        choices = "、".join(f"{k.value}（{k.label}）" for k in EventKind)
        raise ValueError(f"事件类型“{text}”无效，可选：{choices}") from exc


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.refresh_all or args.counted_kinds is not None:
        return None if args.case_number is None else "此操作不需要案件编号"
    if args.case_number is None:
        return "请写 mediator limitation 案件编号"
    if args.add_event and args.known_date:
        return "--add-event 和 --known-date 请分两次执行"
    if not args.add_event and (args.date or args.kind or args.until):
        return "登记事件请写 mediator limitation 案件编号 --add-event --date 日期 --kind 类型"
    if args.known_date and not args.applicant:
        return "填写知道权利被侵害之日需要 --applicant 姓名"
    return None


def run(args: argparse.Namespace) -> int:
    problem = _usage_problem(args)
    if problem:
        return refused(problem)
    try:
        today = parse_day(args.as_of, "日期") if args.as_of else date.today()
        event = _event(args) if args.add_event else None
        known = parse_day(args.known_date, "知道权利被侵害之日") if args.known_date else None
    except ValueError as error:
        return refused(str(error))
    return with_store(args, operator_of(args), lambda db: _work(db, args, today, event, known))


def _event(args: argparse.Namespace) -> EventData:
    if not args.date:
        raise ValueError("登记事件需要 --date 日期")
    return EventData(
        kind=_kind(args.kind),
        occurred_on=parse_day(args.date, "事件日期"),
        ended_on=parse_day(args.until, "中止原因消除的日期") if args.until else None,
        note=args.note,
    )


def _work(
    db: Database,
    args: argparse.Namespace,
    today: date,
    event: EventData | None,
    known: date | None,
) -> int:
    clocks = LimitationServices(db, today=lambda: today)
    if args.refresh_all:
        print(f"已重新计算，{clocks.refresh_all()}名申请人的时效日期有变化。")
        return EXIT_OK
    if args.counted_kinds is not None:
        return _set_counted(clocks, args.counted_kinds)
    case_id = Services(db).find_case_id(args.case_number)
    applicant_id = _applicant_id(clocks.clock_of(case_id), args.applicant)
    if event is not None:
        info = clocks.add_event(case_id, replace(event, applicant_id=applicant_id))
        print(f"已登记：{cn_date(info.occurred_on)}{info.kind.label}（{info.kind.effect}）。")
    elif args.known_date:
        assert applicant_id is not None
        clocks.set_known_date(applicant_id, known)
        print(f"已填写{args.applicant}知道权利被侵害之日：{args.known_date}。")
    result = clocks.clock_of(case_id)
    print(
        json.dumps(as_json(result), ensure_ascii=False, indent=2) if args.json else as_text(result)
    )
    return EXIT_OK


def _set_counted(clocks: LimitationServices, codes: str) -> int:
    words = codes.replace("，", ",").replace(",", " ").split()
    unknown = [w for w in words if w not in {k.value for k in EventKind}]
    if unknown:
        choices = "、".join(f"{k.value}（{k.label}）" for k in EventKind)
        return refused(f"事件类型“{'、'.join(unknown)}”无效，可选：{choices}")
    rules = LimitationRules.from_codes(" ".join(words))
    clocks.set_rules(rules)
    counted = "、".join(k.label for k in EventKind if k in rules.counted) or "无"
    print(f"已设置计入时效的事件类型：{counted}。各申请人的时效日期已重新计算。")
    return EXIT_OK


def _applicant_id(clock: CaseClock, name: str | None) -> int | None:
    if not name:
        return None
    found = [a.applicant_id for a in clock.applicants if a.name == name.strip()]
    if len(found) == 1:
        return found[0]
    names = "、".join(a.name for a in clock.applicants)
    if not found:
        raise MediatorError(f"本案没有名为“{name}”的申请人（申请人：{names}）。")
    raise MediatorError(f"本案有{len(found)}名申请人名为“{name}”，请在图形界面中选择。")


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def as_text(clock: CaseClock) -> str:
    lines = [f"{clock.case_number} 仲裁时效（{clock.advice}）"]
    if clock.settled:
        lines.append("本案调解协议已履行完毕，以下日期仅作记录。")
    for applicant in clock.applicants:
        for c in applicant.clocks:
            last = cn_date(c.last_day) if c.last_day else "—"
            left = c.summary
            if applicant.referred_on:
                left = f"已于{cn_date(applicant.referred_on)}移送仲裁"
            lines.append(f"{applicant.name}  {c.kind.label}  {last}  {left}")
            lines.append(f"  依据：{c.basis}")
    lines.append(
        "时效事件：" if clock.events else "时效事件：无（申请调解及其结果已按案件自动计入）"
    )
    lines += [f"  {_event_line(e)}" for e in clock.events]
    return "\n".join(lines)


def _event_line(e: EventInfo) -> str:
    until = f"至{cn_date(e.ended_on)}" if e.ended_on else ""
    who = e.applicant_name or "全体申请人"
    counted = "" if e.counted else "（按设置不计入）"
    note = f"  {e.note}" if e.note else ""
    return f"{cn_date(e.occurred_on)}{until}  {e.kind.label}（{e.kind.effect}）{counted}  {who}{note}  登记人：{e.operator}"


def _clock_json(c: LimitationClock) -> dict[str, Any]:
    return {
        "kind": c.kind.value,
        "kind_label": c.kind.label,
        "state": c.state.value,
        "last_day": c.last_day.isoformat() if c.last_day else None,
        "days_left": c.days_left,
        "summary": c.summary,
        "basis": c.basis,
    }


def _applicant_json(a: ApplicantClock) -> dict[str, Any]:
    return {
        "name": a.name,
        "employment_end": a.employment_end.isoformat() if a.employment_end else None,
        "known_on": a.known_on.isoformat() if a.known_on else None,
        "referred_to_arbitration_on": a.referred_on.isoformat() if a.referred_on else None,
        "clocks": [_clock_json(c) for c in a.clocks],
    }


def as_json(clock: CaseClock) -> dict[str, Any]:
    return {
        "case_number": clock.case_number,
        "advice": clock.advice,
        "settled": clock.settled,
        "applicants": [_applicant_json(a) for a in clock.applicants],
        "events": [
            {
                "id": e.id,
                "kind": e.kind.value,
                "kind_label": e.kind.label,
                "occurred_on": e.occurred_on.isoformat(),
                "ended_on": e.ended_on.isoformat() if e.ended_on else None,
                "applicant": e.applicant_name or None,
                "note": e.note,
                "operator": e.operator,
                "counted": e.counted,
            }
            for e in clock.events
        ],
    }
