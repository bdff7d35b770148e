"""The handlers of the subcommands: each opens the store, does one thing, prints the outcome."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from mediator.cli.progress import ProgressLine
from mediator.domain.enums import CaseStatus
from mediator.domain.errors import MediatorError
from mediator.exchange import jsonformat, tabular
from mediator.exchange.bulk import write_demo
from mediator.exchange.importer import file_kind, import_file
from mediator.exchange.loading import ExportSelection, iter_records, selected_ids
from mediator.exchange.records import Problem
from mediator.exchange.values import parse_choice, parse_date
from mediator.persistence.backup import backup_to, check_backup_file, restore_file, timestamped_name
from mediator.persistence.db import Database, sqlite_path
from mediator.persistence.migrate import KNOWN_REVISIONS
from mediator.persistence.officesettings import load_settings
from mediator.persistence.services import Services, UserInfo
from mediator.startup import StorageOptions, open_store, setup_logging, storage_options

MAX_DEMO_CASES = 2_000_000
PROGRESS_FROM = 5000
MAX_LISTED_WARNINGS = 100


def options_of(args: argparse.Namespace) -> StorageOptions:
    """The data folder and database of the command; log lines go to the folder's log file."""
    options = storage_options(args)
    setup_logging(options.data_dir)
    return options


@contextmanager
def opened(options: StorageOptions, daily_backup: bool = False) -> Iterator[Database]:
    """The store, closed again when the command is done."""
    db = open_store(options, daily_backup=daily_backup)
    try:
        yield db
    finally:
        db.dispose()


def print_problems(problems: list[Problem], stream: TextIO | None = None) -> None:
    out = stream or sys.stderr
    for problem in problems:
        prefix = "" if problem.is_error else "提示："
        print(f"{prefix}{problem}", file=out)


# -- init ------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    options = options_of(args)
    path = sqlite_path(options.db_url)
    existed = path is not None and path.exists()
    with opened(options) as db:
        services = Services(db)
        if args.office_name or args.short_name:
            current = services.settings()
            services.save_settings(
                replace(
                    current,
                    office_name=(args.office_name or current.office_name).strip(),
                    short_name=(args.short_name or current.short_name).strip(),
                )
            )
        _add_operator(services, args.operator)
        settings = services.settings()
        if path is None:
            state = "数据库已就绪"
        else:
            state = "数据库已存在，已检查为最新版本" if existed else "已新建数据库"
        print(f"{state}：{db.display_name}")
        print(f"数据文件夹：{options.data_dir.root}")
        print(f"调解组织：{settings.office_name}（简称：{settings.short_name}）")
    return 0


def _add_operator(services: Services, name: str | None) -> None:
    if not name or not name.strip():
        return
    name = name.strip()
    if any(user.name == name for user in services.users()):
        print(f"操作人员“{name}”已存在，未重复添加。")
        return
    services.save_user(UserInfo(name))
    print(f"已添加操作人员：{name}")


# -- demo ------------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.cases <= MAX_DEMO_CASES:
        raise MediatorError(f"--cases 应在1至{MAX_DEMO_CASES}之间。")
    started = datetime.now()
    with opened(options_of(args)) as db:
        progress = ProgressLine("生成演示案件", args.cases) if args.cases >= PROGRESS_FROM else None
        summary = write_demo(
            db, count=args.cases, seed=args.seed, today=date.today(), progress=progress
        )
        if progress:
            progress.finish()
        seconds = (datetime.now() - started).total_seconds()
        print(
            f"已生成演示案件{summary.cases}件（申请人{summary.applicants}人，"
            f"请求事项{summary.claims}项，集体争议{summary.collective}件），用时{seconds:.1f}秒。"
        )
        print("按状态：" + "，".join(f"{k}{v}件" for k, v in sorted(summary.by_status.items())))
        print(
            f"办理记录：调解笔录{summary.sessions}份，调解协议{summary.agreements}份，"
            f"收款{summary.receipts}笔。"
        )
        print(f"数据库：{db.display_name}")
    return 0


# -- backup and restore ----------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    options = options_of(args)
    folder = Path(args.to).expanduser() if args.to else options.data_dir.backups
    with opened(options) as db:
        written = backup_to(db.engine, folder / timestamped_name("mediator-", datetime.now()))
    print(f"已备份到：{written}")
    return 0


def _check_restorable(source: Path) -> None:
    revision = check_backup_file(source)
    if revision is None:
        raise MediatorError(f"文件“{source}”不是本软件的数据库备份（没有结构版本），未恢复。")
    if revision not in KNOWN_REVISIONS:
        raise MediatorError(
            f"备份文件“{source}”由更新版本的本软件创建（结构版本 {revision}），"
            "当前版本无法使用它，未恢复。请先升级本软件。"
        )


def cmd_restore(args: argparse.Namespace) -> int:
    options = options_of(args)
    database = sqlite_path(options.db_url)
    if database is None:
        raise MediatorError(
            "只有本机 SQLite 数据库可以用本命令恢复；共享服务器上的数据库请由管理员用其自带工具恢复。"
        )
    source = Path(args.file).expanduser().resolve()
    _check_restorable(source)
    if source == database:
        raise MediatorError("要恢复的文件就是当前数据库本身，无需恢复。")
    safety = restore_file(source, database, options.data_dir.backups, datetime.now())
    print(f"已从备份恢复：{source}")
    print(f"当前数据库：{database}")
    if safety is not None:
        print(f"恢复前的数据库已另存为：{safety}")
    else:
        print("恢复前没有数据库，无需保留副本。")
    return 0


# -- import ----------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    file_kind(path)  # an unsupported or missing file is refused before the store is touched
    with opened(options_of(args), daily_backup=True) as db:
        result = import_file(db, path, date.today(), datetime.now())
    listed = result.warnings[:MAX_LISTED_WARNINGS]
    print_problems(listed, sys.stdout)
    if len(result.warnings) > len(listed):
        print(f"另有{len(result.warnings) - len(listed)}条提示未列出。")
    print(f"已导入{result.cases}件案件，申请人{result.applicants}人。")
    if result.adopted_office:
        office = result.adopted_office
        print(
            f"数据库原先没有机构设置，已采用文件中的设置：{office.office_name}（简称：{office.short_name}）"
        )
    if result.new_mediators:
        print(f"已新建调解员：{'、'.join(result.new_mediators)}")
    return 0


# -- export ----------------------------------------------------------------------------------


def _export_format(args: argparse.Namespace, out: Path) -> str:
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "csv", "json"):
        raise MediatorError("请用 --format 指定导出格式：xlsx、csv 或 json。")
    return str(fmt)


def _selection(args: argparse.Namespace, fmt: str) -> ExportSelection:
    statuses: set[CaseStatus] = set()
    for text in args.status or []:
        try:
            status = parse_choice(CaseStatus, text)
        except ValueError as exc:
            raise MediatorError(f"--status {exc}") from exc
        if status is not None:
            statuses.add(status)
    try:
        start, end = parse_date(args.date_from), parse_date(args.date_to)
    except ValueError as exc:
        raise MediatorError(f"日期有误：{exc}") from exc
    return ExportSelection(frozenset(statuses), start, end, include_voided=fmt == "json")


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    fmt = _export_format(args, out)
    selection = _selection(args, fmt)
    partial = out.with_name(out.name + ".partial")
    with opened(options_of(args)) as db, db.read() as session:
        ids = selected_ids(session, selection, date.today())
        records = iter_records(session, ids)
        try:
            if fmt == "json":
                with partial.open("w", encoding="utf-8", newline="\n") as handle:
                    now = datetime.now().astimezone()
                    cases = jsonformat.write_document(handle, load_settings(session), records, now)
                lines = cases
            elif fmt == "csv":
                cases, lines = tabular.write_csv(partial, records)
            else:
                cases, lines = tabular.write_xlsx(partial, records)
            partial.replace(out)
        finally:
            partial.unlink(missing_ok=True)
    rows = f"（{lines}行）" if fmt != "json" else ""
    print(f"已导出{cases}件案件{rows}到：{out.resolve()}")
    return 0
