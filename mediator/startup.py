"""Start-up shared by the window and the command line (imports no Qt).

Both accept ``--data-dir DIR`` (or ``MEDIATOR_DATA_DIR``) and ``--db-url URL``
and open the store the same way.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import threading
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from mediator.domain.errors import MediatorError
from mediator.paths import DataDir, resolve_data_dir
from mediator.persistence.db import SYSTEM, Database, Operator
from mediator.persistence.store import open_database

log = logging.getLogger("mediator")


@dataclass(frozen=True)
class StorageOptions:
    data_dir: DataDir
    db_url: str


def add_storage_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="把全部数据（数据库、备份、日志）放在此文件夹（也可用环境变量 MEDIATOR_DATA_DIR）",
    )
    parser.add_argument(
        "--db-url",
        metavar="URL",
        help="使用指定的数据库（SQLAlchemy URL，例如 sqlite:///D:/调解/mediator.db）",
    )


def storage_options(args: argparse.Namespace) -> StorageOptions:
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    data_dir.ensure()
    return StorageOptions(data_dir, getattr(args, "db_url", None) or data_dir.default_db_url())


def open_store(
    options: StorageOptions, operator: Operator = SYSTEM, daily_backup: bool = True
) -> Database:
    """Open the store; a malformed or unreachable ``--db-url`` becomes a Chinese message."""
    try:
        return open_database(
            options.db_url, data_dir=options.data_dir, operator=operator, daily_backup=daily_backup
        )
    except (ArgumentError, NoSuchModuleError, ModuleNotFoundError) as exc:
        raise MediatorError(
            f"数据库地址“{options.db_url}”无法使用（{exc}）。"
            "请检查 --db-url 的写法，例如 sqlite:///D:/调解/mediator.db。"
        ) from exc
    except DBAPIError as exc:
        raise MediatorError(f"无法打开数据库“{options.db_url}”：{exc.orig}") from exc


def start_daily_backup(db: Database, data_dir: DataDir) -> threading.Thread | None:
    """Take the first backup of the day on a worker thread (a city-sized store takes seconds).

    ``VACUUM INTO`` reads a consistent snapshot while the app goes on writing.
    The thread is not a daemon: quitting waits for the copy to finish rather
    than leaving half a file.
    """
    if not db.is_sqlite or db.path is None:
        return None

    def run() -> None:
        from mediator.persistence.backup import daily_backup

        try:
            written = daily_backup(db.engine, data_dir.backups, datetime.now())
            if written:
                log.info("daily backup written to %s", written)
        except Exception:  # a failed backup must never take the app down
            log.exception("daily backup failed")

    thread = threading.Thread(target=run, name="daily-backup")
    thread.start()
    return thread


def setup_logging(data_dir: DataDir, verbose: bool = False) -> None:
    """Log to a rotating file in the data folder (and to stderr when verbose)."""
    root = logging.getLogger("mediator")
    if root.handlers:
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler = logging.handlers.RotatingFileHandler(
        data_dir.logs / "mediator.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if verbose:
        root.addHandler(logging.StreamHandler())
