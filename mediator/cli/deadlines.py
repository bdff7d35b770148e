"""``mediator deadlines [--json]``: the to-do board (首页) on the command line.

Prints the same items as the board in the window: acceptance decisions due,
mediation periods ending within three days or ended, sessions this week and
follow-up visits due. ``--json`` prints a list of objects with ``kind``,
``case_number``, ``title``, ``due`` (ISO date) and ``overdue``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from mediator.domain.errors import MediatorError
from mediator.persistence.todo import TodoItem
from mediator.persistence.workflow_services import WorkflowServices
from mediator.startup import add_storage_arguments, open_store, storage_options


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期“{text}”无效，请写成 2026-11-24 的形式") from exc


def register(subparsers: Any) -> None:
    """Add the ``deadlines`` command to the CLI's subparsers."""
    parser = subparsers.add_parser(
        "deadlines",
        help="列出需要处理的期限和待办事项",
        description=(
            "列出今天需要处理的事项，与软件首页的待办相同：待作出的受理决定、"
            "3日内届满或已届满的调解期限、本周的调解安排、到期的回访。"
        ),
    )
    parser.add_argument("--json", action="store_true", help="以JSON格式输出（供其他程序读取）")
    parser.add_argument(
        "--date", type=_day, metavar="日期", help="按此日期列出（默认今天，如 2026-11-24）"
    )
    add_storage_arguments(parser)
    for action in parser._actions:
        # --data-dir/--db-url may also come before the command; do not override them.
        if action.dest in ("data_dir", "db_url"):
            action.default = argparse.SUPPRESS
    parser.set_defaults(handler=run)


def as_json(items: list[TodoItem]) -> str:
    return json.dumps(
        [
            {
                "kind": item.kind.value,
                "case_number": item.case_number,
                "title": item.title,
                "due": item.due.isoformat(),
                "overdue": item.overdue,
            }
            for item in items
        ],
        ensure_ascii=False,
        indent=2,
    )


def as_text(items: list[TodoItem], today: date) -> str:
    heading = f"{today.year}年{today.month}月{today.day}日"
    if not items:
        return f"{heading}没有需要处理的事项。"
    lines = [f"{heading}需要处理的事项（{len(items)}项）："]
    for item in items:
        flag = "逾期" if item.overdue else "    "
        lines.append(
            f"{flag}  {item.due.isoformat()}  {item.kind.label}  {item.case_number}  {item.title}"
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Print the board; 0 on success, 1 if the store cannot be opened."""
    today = getattr(args, "date", None) or date.today()
    try:
        db = open_store(storage_options(args), daily_backup=False)
    except MediatorError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return 1
    try:
        items = WorkflowServices(db, today=lambda: today).todo()
    finally:
        db.dispose()
    print(as_json(items) if getattr(args, "json", False) else as_text(items, today))
    return 0
