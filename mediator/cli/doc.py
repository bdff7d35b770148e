"""``mediator doc KIND CASE_NO --out FILE.pdf`` and the batch form.

    mediator doc agreement 城南劳调字〔2026〕第15号 --out 协议书.pdf
    mediator doc 调解协议书 --cases NO1 NO2 --out-dir 文书/
    mediator doc termination --all --out-dir 文书/
    mediator doc referral 城南劳调字〔2026〕第15号 --out 移送仲裁材料.pdf --parts-dir 分册/

KIND is a code (``agreement``) or a Chinese name (调解协议书); ``referral``
(移送仲裁材料) writes the arbitration packet: one merged PDF with the page
numbers of the packet, and with ``--parts-dir`` each part as its own file. The
committee is the one of the case's latest arbitration referral, else
``--committee``, else the one suggested from the settings. Each PDF is
recorded with its verification code (``mediator verify`` checks it later).
``--all`` skips the cases the document does not apply to (no agreement yet,
...); a named case that lacks the data is an error. Exit 0 when every
requested document was written, 1 otherwise.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from mediator.documents.context import (
    DocumentNotAvailable,
    DocumentOptions,
    RouteRequest,
    Sources,
)
from mediator.documents.generate import GeneratedPdf, generate
from mediator.documents.kinds import PACKET_TITLE, DocumentKind
from mediator.documents.packet import build_packet, committee_for, part_file_name
from mediator.documents.route_context import ARBITRATION_KINDS
from mediator.domain.errors import MediatorError
from mediator.persistence.caselist import CaseFilter
from mediator.persistence.db import Database
from mediator.startup import add_storage_arguments, open_store, storage_options

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')
PACKET = "referral"
PACKET_NAMES = (PACKET, PACKET_TITLE)


def _kind(text: str) -> DocumentKind | str:
    if text.strip() in PACKET_NAMES:
        return PACKET
    try:
        return DocumentKind.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{exc}、{PACKET}（移送仲裁材料）") from exc


def register(subparsers: Any) -> None:
    """Add the ``doc`` command to the CLI's subparsers."""
    kinds = "、".join(f"{k.value}（{k.label}）" for k in DocumentKind)
    parser = subparsers.add_parser(
        "doc",
        help="生成案件文书（PDF）",
        description=(
            f"由案件数据生成可打印的文书PDF，并登记核验码。文书种类：{kinds}；"
            f"{PACKET}（移送仲裁材料：合并的PDF，另可分册保存）。"
        ),
    )
    parser.add_argument("kind", type=_kind, metavar="文书种类", help="如 agreement 或 调解协议书")
    parser.add_argument("case_no", nargs="?", metavar="案件编号", help="单个案件的编号")
    parser.add_argument("--out", metavar="FILE.pdf", help="单个案件：输出文件")
    parser.add_argument("--cases", nargs="+", metavar="案件编号", help="批量：这些案件")
    parser.add_argument("--all", action="store_true", help="批量：全部案件（不适用的自动跳过）")
    parser.add_argument("--out-dir", metavar="文件夹", help="批量：输出到此文件夹")
    parser.add_argument(
        "--session", type=int, metavar="N", help="调解笔录：第N次调解（默认最近一次）"
    )
    parser.add_argument(
        "--template-dir", metavar="文件夹", help="使用此文件夹中的文书模板（覆盖同名模板）"
    )
    parser.add_argument(
        "--parts-dir", metavar="文件夹", help="移送仲裁材料：另将各份材料分别保存到此文件夹"
    )
    parser.add_argument(
        "--committee",
        metavar="名称",
        help="移送仲裁材料、仲裁申请书：本案没有移送仲裁记录时，寄往此仲裁委员会",
    )
    parser.add_argument(
        "--applicant", type=int, metavar="N", help="仲裁申请书：只写第N位申请人的申请书"
    )
    add_storage_arguments(parser)
    for action in parser._actions:
        if action.dest in ("data_dir", "db_url"):
            action.default = argparse.SUPPRESS
    parser.set_defaults(handler=run)


def _usage_problem(args: argparse.Namespace) -> str | None:
    batch = bool(args.cases or args.all)
    if batch and args.case_no:
        return "请在单个案件编号与 --cases/--all 之间二选一。"
    if not batch and not args.case_no:
        return "请给出案件编号，或用 --cases/--all 批量生成。"
    if batch and not args.out_dir:
        return "批量生成请用 --out-dir 指定输出文件夹。"
    if not batch and not args.out:
        return "请用 --out 指定输出的PDF文件。"
    if batch and args.kind == PACKET:
        return "移送仲裁材料请逐案生成：mediator doc referral 案件编号 --out 文件.pdf。"
    if args.parts_dir and args.kind != PACKET:
        return "--parts-dir 只用于移送仲裁材料（referral）。"
    return None


def file_name(document: GeneratedPdf) -> str:
    """ "城南劳调字〔2026〕第15号_调解协议书.pdf" without characters file systems refuse."""
    return _UNSAFE.sub("_", f"{document.case_number}_{document.title}") + ".pdf"


def _options(sources: Sources, args: argparse.Namespace) -> DocumentOptions:
    template_dir = Path(args.template_dir) if args.template_dir else None
    return DocumentOptions.from_settings(sources.services.settings(), template_dir)


def _route(sources: Sources, args: argparse.Namespace, case_id: int) -> RouteRequest | None:
    if args.kind not in ARBITRATION_KINDS and args.applicant is None:
        return None
    addressee = committee_for(sources, case_id, args.committee) if args.committee else None
    applicant = args.applicant - 1 if args.applicant is not None else None
    return RouteRequest(addressee=addressee, applicant=applicant)


def _make(sources: Sources, args: argparse.Namespace, case_id: int) -> GeneratedPdf:
    return generate(
        sources,
        args.kind,
        case_id,
        _options(sources, args),
        session_seq=args.session,
        route=_route(sources, args, case_id),
    )


def _packet(sources: Sources, args: argparse.Namespace, case_id: int) -> int:
    packet = build_packet(sources, case_id, args.committee, _options(sources, args))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(packet.pdf)
    print(
        f"已生成移送仲裁材料：{out}（致{packet.committee.name}，共{packet.pages}页，"
        f"核验码 {packet.code}）"
    )
    parts_dir = Path(args.parts_dir) if args.parts_dir else None
    if parts_dir is not None:
        parts_dir.mkdir(parents=True, exist_ok=True)
    for n, part in enumerate(packet.parts, start=1):
        print(f"  {n}. {part.title}：第{part.pages}页（核验码 {part.document.code}）")
        if parts_dir is not None:
            (parts_dir / _UNSAFE.sub("_", part_file_name(n, part))).write_bytes(part.document.pdf)
    if parts_dir is not None:
        print(f"各份材料另存于 {parts_dir}")
    return 0


def _single(sources: Sources, args: argparse.Namespace) -> int:
    case_id = sources.services.find_case_id(args.case_no)
    if args.kind == PACKET:
        return _packet(sources, args, case_id)
    document = _make(sources, args, case_id)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(document.pdf)
    print(f"已生成：{out}（{document.title}，{document.pages}页，核验码 {document.code}）")
    return 0


def _batch_ids(sources: Sources, args: argparse.Namespace) -> list[tuple[str, int | None]]:
    if args.all:
        ids = sources.services.case_ids(CaseFilter(), descending=False)
        rows = sources.services.case_rows(ids)
        return [(rows[i].number, i) for i in ids if i in rows]
    found: list[tuple[str, int | None]] = []
    for number in args.cases:
        try:
            found.append((number, sources.services.find_case_id(number)))
        except MediatorError:
            found.append((number, None))
    return found


def _batch(sources: Sources, args: argparse.Namespace) -> int:
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = failed = skipped = 0
    for number, case_id in _batch_ids(sources, args):
        if case_id is None:
            print(f"错误：找不到案件编号为“{number}”的案件。", file=sys.stderr)
            failed += 1
            continue
        try:
            document = _make(sources, args, case_id)
        except DocumentNotAvailable as error:
            if args.all:
                skipped += 1
                continue
            print(f"错误：{error.message}", file=sys.stderr)
            failed += 1
            continue
        except MediatorError as error:
            print(f"错误：{number}：{error.message}", file=sys.stderr)
            failed += 1
            continue
        (out_dir / file_name(document)).write_bytes(document.pdf)
        written += 1
    print(
        f"已生成{written}份文书，保存在 {out_dir}"
        + (f"；{skipped}个案件不适用，已跳过" if skipped else "")
        + (f"；{failed}个失败" if failed else "")
        + "。"
    )
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    """Write the documents; 0 when all were written, 1 otherwise."""
    problem = _usage_problem(args)
    if problem:
        print(f"错误：{problem}", file=sys.stderr)
        return 1
    try:
        db = open_store(storage_options(args), daily_backup=False)
    except MediatorError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return 1
    try:
        return _run_with(db, args)
    finally:
        db.dispose()


def _run_with(db: Database, args: argparse.Namespace) -> int:
    sources = Sources.of(db, date.today)
    try:
        return _batch(sources, args) if (args.cases or args.all) else _single(sources, args)
    except MediatorError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return 1
