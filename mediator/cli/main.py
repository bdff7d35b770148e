"""``mediator init|demo|backup|restore|import|export``: the command line (no Qt).

``main(argv)`` returns the exit code: 0 done, 1 an error the user can act on
(printed as ``错误：…`` on stderr, never a traceback), 2 an import refused
because the file has errors (every problem is listed) or a usage error.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from mediator import __version__
from mediator.cli import (
    calc,
    commands,
    deadlines,
    doc,
    limitation,
    payments,
    referral,
    reports,
    roster,
    verify,
)
from mediator.domain.errors import MediatorError, ValidationFailed
from mediator.exchange.importer import ImportRefused
from mediator.startup import add_storage_arguments

EXIT_OK, EXIT_ERROR, EXIT_REFUSED = 0, 1, 2

_ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (.*)", r"缺少必需的参数：\1"),
    (r"unrecognized arguments: (.*)", r"无法识别的参数：\1"),
    (
        r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)",
        r"参数 \1 的值 \2 无效（可选：\3）",
    ),
    (r"argument (\S+): invalid (\S+) value: (.*)", r"参数 \1 的值 \3 无效"),
    (r"argument (\S+): expected one argument", r"参数 \1 后面需要一个值"),
    (r"argument (\S+): expected at least one argument", r"参数 \1 后面至少需要一个值"),
    (r"argument (\S+): (.*)", r"参数 \1：\2"),
)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        # argparse passes prefix "" when it builds a subcommand's prog from the usage line.
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with Chinese headings and error messages."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示此帮助并退出")

    def error(self, message: str) -> NoReturn:
        for pattern, replacement in _ARGPARSE_MESSAGES:
            if re.fullmatch(pattern, message):
                message = re.sub(pattern, replacement, message)
                break
        self.print_usage(sys.stderr)
        self.exit(EXIT_REFUSED, f"错误：{message}\n请用 {self.prog} -h 查看用法。\n")


def _storage_arguments_anywhere(sub: argparse.ArgumentParser) -> None:
    """Accept --data-dir/--db-url after the command too, without overriding a value given before it."""
    add_storage_arguments(sub)
    for action in sub._actions:
        if action.dest in ("data_dir", "db_url"):
            action.default = argparse.SUPPRESS


def _add_init(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser(
        "init",
        help="新建或升级数据库",
        description="新建数据库（已存在则检查并升级），显示其位置。",
    )
    p.add_argument("--office-name", metavar="名称", help="调解组织全称（印在文书上）")
    p.add_argument("--short-name", metavar="简称", help="机构简称（用于案件编号，如“城南”）")
    p.add_argument("--operator", metavar="姓名", help="添加一名操作人员（调解员）")
    p.set_defaults(handler=commands.cmd_init)
    _storage_arguments_anywhere(p)


def _add_demo(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser(
        "demo",
        help="生成演示案件",
        description="在空数据库中生成虚构但逼真的演示案件（同一种子每次结果相同）。",
    )
    p.add_argument(
        "--cases",
        type=int,
        default=600,
        metavar="N",
        help="案件数（默认600，约一个乡镇调委会两年的案件）",
    )
    p.add_argument("--seed", type=int, default=1, metavar="S", help="随机种子（默认1）")
    p.set_defaults(handler=commands.cmd_demo)
    _storage_arguments_anywhere(p)


def _add_backup_restore(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("backup", help="备份数据库", description="把数据库完整复制为一个备份文件。")
    p.add_argument("--to", metavar="文件夹", help="备份到此文件夹（默认为数据文件夹中的 backups）")
    p.set_defaults(handler=commands.cmd_backup)
    _storage_arguments_anywhere(p)
    p = subs.add_parser(
        "restore",
        help="从备份恢复",
        description="用备份文件替换当前数据库；恢复前自动保留当前数据库的副本。请先关闭软件窗口。",
    )
    p.add_argument("file", metavar="备份文件", help="要恢复的备份文件（.db）")
    p.set_defaults(handler=commands.cmd_restore)
    _storage_arguments_anywhere(p)


def _add_import(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser(
        "import",
        help="导入登记表（.xlsx/.csv/.json）",
        description=(
            "导入Excel/CSV收案登记表或本软件导出的JSON文件。\n"
            "有任何一处错误则整批不导入，并逐行列出错误（退出码2）。"
        ),
    )
    p.add_argument("file", metavar="文件", help="要导入的文件")
    p.set_defaults(handler=commands.cmd_import)
    _storage_arguments_anywhere(p)


def _add_export(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser(
        "export",
        help="导出案件（.xlsx/.csv/.json）",
        description=(
            "导出案件。xlsx/csv 为登记表格式（每名申请人的每项请求一行，可重新导入，不含已作废案件）；\n"
            "json 为完整的交换格式（含全部信息和已作废案件，可在调委会之间无损转移）。"
        ),
    )
    p.add_argument("what", choices=["cases"], metavar="cases", help="导出的内容（目前只有 cases）")
    p.add_argument(
        "--format", choices=["xlsx", "csv", "json"], help="文件格式（默认按 --out 的扩展名）"
    )
    p.add_argument("--out", required=True, metavar="文件", help="导出到此文件")
    p.add_argument(
        "--status",
        nargs="+",
        metavar="状态",
        help="只导出这些状态（如 调解中 达成协议，或 mediating agreed）",
    )
    p.add_argument("--from", dest="date_from", metavar="日期", help="收案日期不早于此日")
    p.add_argument("--to", dest="date_to", metavar="日期", help="收案日期不晚于此日")
    p.set_defaults(handler=commands.cmd_export)
    _storage_arguments_anywhere(p)


def build_parser() -> ChineseArgumentParser:
    parser = ChineseArgumentParser(
        prog="mediator",
        description="劳动争议调解案件管理 — 命令行。不带命令运行 mediator 则打开软件窗口。",
    )
    parser.add_argument(
        "--version", action="version", version=f"mediator {__version__}", help="显示版本号"
    )
    add_storage_arguments(parser)
    subs = parser.add_subparsers(
        title="命令", metavar="命令", dest="command", parser_class=ChineseArgumentParser
    )
    subs.required = True
    for add in (_add_init, _add_demo, _add_backup_restore, _add_import, _add_export):
        add(subs)
    deadlines.register(subs)
    calc.register(subs)
    doc.register(subs)
    verify.register(subs)
    payments.register(subs)
    reports.register(subs)
    roster.register(subs)
    limitation.register(subs)
    referral.register(subs)
    return parser


def _print_error(error: MediatorError) -> None:
    print(f"错误：{error.message}", file=sys.stderr)
    if isinstance(error, ValidationFailed):
        for issue in error.issues:
            if issue.is_error:
                print(f"  - {issue.message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_REFUSED
    try:
        return int(args.handler(args))
    except ImportRefused as refused:
        commands.print_problems(refused.problems)
        print(f"错误：{refused.message}", file=sys.stderr)
        return EXIT_REFUSED
    except MediatorError as error:
        _print_error(error)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (``mediator ... | head``): not an error of ours. Point
        # stdout at nothing so the interpreter's final flush does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        where = f"“{error.filename}”" if error.filename else ""
        print(f"错误：无法读写文件{where}（{error.strerror or error}）。", file=sys.stderr)
        print("请检查路径是否存在、是否有写入权限、磁盘是否已满。", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("已中断，未完成的操作没有保存。", file=sys.stderr)
        return 130
