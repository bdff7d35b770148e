"""Consistent single-file copies of the SQLite case store, and restoring them.

``VACUUM INTO`` writes a transactionally consistent copy while the app keeps
running, in rollback-journal mode (no -wal/-shm beside it), so a backup is
one file that can be copied to a USB stick.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from mediator.persistence.errors import StorageUnavailable

log = logging.getLogger("mediator.backup")

KEEP_DAILY = 30
DAILY_PREFIX = "daily-"


def backup_to(engine: Engine, target: Path) -> Path:
    """Write a consistent copy of the database to ``target`` (a new file)."""
    if engine.dialect.name != "sqlite":
        raise StorageUnavailable(
            "只有本机 SQLite 数据库可以由本软件备份；共享服务器上的数据库请由管理员用其自带工具备份。",
            reason="unsupported",
        )
    target = target.resolve()
    if target.exists():
        raise StorageUnavailable(f"备份文件“{target}”已存在，未覆盖。", reason="exists")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with engine.connect() as conn:
        # VACUUM cannot run inside a transaction: use the raw connection.
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("VACUUM INTO ?", (str(partial),))
    # Rename only a complete copy, so an interrupted backup never looks usable.
    partial.replace(target)
    log.info("backup written to %s", target)
    return target


def timestamped_name(prefix: str, now: datetime) -> str:
    return f"{prefix}{now:%Y%m%d-%H%M%S}.db"


def daily_backup(
    engine: Engine, folder: Path, now: datetime, keep: int = KEEP_DAILY
) -> Path | None:
    """On the first start of a day, copy the database; keep the newest ``keep`` copies."""
    folder.mkdir(parents=True, exist_ok=True)
    today_prefix = f"{DAILY_PREFIX}{now:%Y%m%d}-"
    if any(p.name.startswith(today_prefix) for p in folder.glob(f"{DAILY_PREFIX}*.db")):
        return None
    written = backup_to(engine, folder / timestamped_name(DAILY_PREFIX, now))
    prune(folder, keep)
    return written


def prune(folder: Path, keep: int) -> None:
    dailies = sorted(folder.glob(f"{DAILY_PREFIX}*.db"))
    for old in dailies[:-keep] if keep > 0 else dailies:
        old.unlink()
        log.info("old backup removed: %s", old)


def check_backup_file(path: Path) -> str | None:
    """The schema revision stored in a backup file; raises if it is not a usable backup."""
    from mediator.persistence.db import SQLITE_HEADER

    where = str(path)
    if not path.is_file():
        raise StorageUnavailable(f"找不到备份文件“{where}”。", reason="cannot_open")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise StorageUnavailable(
                f"文件“{where}”不是本软件的数据库备份，未恢复。", reason="not_a_database"
            )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                raise StorageUnavailable(
                    f"备份文件“{where}”已损坏（{ok}），未恢复。请选择其他备份。", reason="corrupt"
                )
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "cases" not in tables or "alembic_version" not in tables:
                raise StorageUnavailable(
                    f"文件“{where}”不是本软件的数据库备份，未恢复。", reason="not_a_database"
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return None if row is None else str(row[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageUnavailable(
            f"备份文件“{where}”无法读取（{exc}），未恢复。", reason="corrupt"
        ) from exc


def _safety_copy(database: Path, target: Path) -> Path:
    """Copy the database about to be replaced: consistently if SQLite can read it.

    A damaged or foreign file (the usual reason to restore) cannot be read by
    ``VACUUM INTO``; its bytes (and any -wal file) are kept as they are.
    """
    from mediator.persistence.db import create_db_engine

    engine = create_db_engine(f"sqlite:///{database}")
    try:
        copy = backup_to(engine, target)
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        return copy
    except DBAPIError:
        log.warning("%s is unreadable; keeping its raw bytes as %s", database, target)
    finally:
        engine.dispose()
    target.with_name(target.name + ".partial").unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(database, target)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(database) + suffix)
        if extra.exists():
            shutil.copy2(extra, Path(str(target) + suffix))
    return target


def restore_file(source: Path, database: Path, safety_folder: Path, now: datetime) -> Path | None:
    """Replace ``database`` by the backup ``source``; first keep a copy of the current one.

    Returns the path of the safety copy (None when there was no database yet).
    The caller must have closed every connection to ``database``.
    """
    check_backup_file(source)
    safety: Path | None = None
    if database.exists():
        safety = _safety_copy(database, safety_folder / timestamped_name("before-restore-", now))
    staged = database.with_name(database.name + ".restoring")
    shutil.copyfile(source, staged)
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    staged.replace(database)
    log.info("restored %s from %s (safety copy %s)", database, source, safety)
    return safety
