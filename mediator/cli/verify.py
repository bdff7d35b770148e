"""``mediator verify FILE.pdf``: is this PDF the document on file?

Exit 0: byte for byte a document the app generated (and recorded). Exit 1:
not on file, or carries a known verification code but was changed since
(the message says which document it claims to be), or cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mediator.documents.verification import verify_pdf
from mediator.domain.errors import MediatorError
from mediator.persistence.document_services import DocumentServices
from mediator.startup import add_storage_arguments, open_store, storage_options


def register(subparsers: Any) -> None:
    """Add the ``verify`` command to the CLI's subparsers."""
    parser = subparsers.add_parser(
        "verify",
        help="核对PDF文书是否与存档一致",
        description="核对一份PDF是否就是本系统生成并存档的文书（逐字节一致）；"
        "若带有本系统的核验码但内容不同，说明该文件已被改动。",
    )
    parser.add_argument("file", metavar="FILE.pdf", help="要核对的PDF文件")
    add_storage_arguments(parser)
    for action in parser._actions:
        if action.dest in ("data_dir", "db_url"):
            action.default = argparse.SUPPRESS
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """0 when the PDF is on file, 1 when it is not (or was changed)."""
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as error:
        print(f"错误：无法读取文件“{path}”：{error.strerror or error}", file=sys.stderr)
        return 1
    try:
        db = open_store(storage_options(args), daily_backup=False)
    except MediatorError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return 1
    try:
        result = verify_pdf(DocumentServices(db), data)
    finally:
        db.dispose()
    print(result.message)
    return 0 if result.ok else 1
