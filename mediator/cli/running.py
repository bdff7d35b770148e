"""What the record-keeping commands share: exit codes, dates, opening the store, refusals.

Every command that changes a case prints ``错误：…`` on stderr and exits 2 when
the domain refuses the input (nothing was changed), and 1 when the store
cannot be opened at all.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date

from mediator.domain.errors import MediatorError, ValidationFailed
from mediator.persistence.db import SYSTEM, Database, Operator
from mediator.startup import open_store, storage_options

EXIT_OK, EXIT_ERROR, EXIT_REFUSED = 0, 1, 2


def refused(message: str) -> int:
    """Print a refusal and return the exit code for it."""
    print(f"错误：{message}", file=sys.stderr)
    return EXIT_REFUSED


def parse_day(text: str, what: str) -> date:
    """``2026-11-24`` as a date; ``ValueError`` with a Chinese message naming ``what``."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValueError(f"{what}“{text}”无效，请写成 2026-11-24 的形式") from exc


def operator_of(args: argparse.Namespace) -> Operator:
    """The ``--operator`` named on the command line, else the system."""
    name = (getattr(args, "operator", None) or "").strip()
    return Operator(None, name) if name else SYSTEM


def with_store(
    args: argparse.Namespace, operator: Operator, work: Callable[[Database], int]
) -> int:
    """Open the store, run ``work`` on it, and turn the domain's refusals into exit codes."""
    try:
        db = open_store(storage_options(args), operator=operator, daily_backup=False)
    except MediatorError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return work(db)
    except ValidationFailed as error:
        print(f"错误：{error.message}", file=sys.stderr)
        for issue in error.issues:
            print(f"  - {issue.message}", file=sys.stderr)
        return EXIT_REFUSED
    except MediatorError as error:
        return refused(error.message)
    finally:
        db.dispose()
