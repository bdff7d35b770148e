"""Schema versions: create, check and upgrade the case store with Alembic.

Alembic costs about 0.35 s to import, so start-up reads the stored revision
with plain SQL and compares it with ``HEAD``; Alembic is imported only when
there is something to do. ``tests/unit/persistence/test_migrations.py`` keeps
``HEAD`` and ``KNOWN_REVISIONS`` equal to the migration scripts.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from mediator.persistence.db import BUSY_TIMEOUT_MS
from mediator.persistence.errors import StorageUnavailable, classify_sqlite_error

log = logging.getLogger("mediator.db")

HEAD = "0010"
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
)
"""Every revision this version of the app can upgrade from, oldest first."""

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaState(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    revision: str | None


def read_status(conn: Connection) -> SchemaStatus:
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        return SchemaStatus(SchemaState.FOREIGN if tables else SchemaState.EMPTY, None)
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision is None:
        return SchemaStatus(
            SchemaState.EMPTY if tables == {"alembic_version"} else SchemaState.FOREIGN, None
        )
    if revision == HEAD:
        return SchemaStatus(SchemaState.CURRENT, revision)
    if revision in KNOWN_REVISIONS:
        return SchemaStatus(SchemaState.OLDER, revision)
    return SchemaStatus(SchemaState.NEWER, revision)


def read_status_of_file(path: Path) -> SchemaStatus:
    """The schema state of a SQLite file, read without changing a byte of it.

    The engine's connect hook switches the file to WAL, which rewrites its
    header; a foreign or newer database must be refused before that happens.
    """
    if not path.exists() or path.stat().st_size == 0:
        return SchemaStatus(SchemaState.EMPTY, None)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        raise classify_sqlite_error(exc, str(path)) or exc from exc
    finally:
        conn.close()
    return _status_from(tables, revision)


def _status_from(tables: set[str], revision: str | None) -> SchemaStatus:
    if "alembic_version" not in tables:
        return SchemaStatus(SchemaState.FOREIGN if tables else SchemaState.EMPTY, None)
    if revision is None:
        state = SchemaState.EMPTY if tables == {"alembic_version"} else SchemaState.FOREIGN
        return SchemaStatus(state, None)
    if revision == HEAD:
        return SchemaStatus(SchemaState.CURRENT, revision)
    if revision in KNOWN_REVISIONS:
        return SchemaStatus(SchemaState.OLDER, revision)
    return SchemaStatus(SchemaState.NEWER, revision)


def refuse_unusable(status: SchemaStatus, where: str) -> None:
    if status.state is SchemaState.NEWER:
        raise StorageUnavailable(
            f"数据库“{where}”由更新版本的本软件创建（结构版本 {status.revision}），"
            "当前版本无法安全打开。请升级本软件后再打开；软件没有改动该文件。",
            reason="newer_version",
        )
    if status.state is SchemaState.FOREIGN:
        raise StorageUnavailable(
            f"文件“{where}”是一个数据库，但不是本软件的数据库。软件没有改动它。"
            "请确认选择的文件是否正确。",
            reason="not_a_database",
        )


def _alembic_config(conn: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    return config


def run_migration(engine: Engine, target: str, *, downgrade: bool = False) -> None:
    """Upgrade (or downgrade) the schema to ``target`` in one transaction.

    On SQLite, batch migrations copy a table and drop the original; with
    foreign keys on, dropping ``cases`` would cascade and delete every party
    and claim. So foreign keys are switched off around the migration (the
    pragma is ignored inside a transaction, hence the raw connection before
    BEGIN) and checked before the commit.
    """
    from alembic import command

    with engine.connect() as conn:
        raw = conn.connection.driver_connection if engine.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config = _alembic_config(conn)
                if downgrade:
                    command.downgrade(config, target)
                else:
                    command.upgrade(config, target)
                if raw is not None:
                    broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if broken:
                        raise RuntimeError(f"migration left broken references: {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def upgrade_to_head(engine: Engine) -> None:
    run_migration(engine, "head")


def script_revisions() -> list[str]:
    """All revisions in the migration scripts, oldest first (for tests)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def ensure_schema(engine: Engine, where: str, backups: Path | None, now: datetime) -> SchemaStatus:
    """Create a new store, or upgrade an older one after taking a backup."""
    with engine.connect() as conn:
        status = read_status(conn)
    refuse_unusable(status, where)
    if status.state is SchemaState.EMPTY:
        log.info("creating schema in %s", where)
        upgrade_to_head(engine)
    elif status.state is SchemaState.OLDER:
        if backups is not None and engine.dialect.name == "sqlite":
            from mediator.persistence.backup import backup_to, timestamped_name

            prefix = f"before-upgrade-{status.revision}-"
            backup_to(engine, backups / timestamped_name(prefix, now))
        log.info("upgrading %s from %s to %s", where, status.revision, HEAD)
        upgrade_to_head(engine)
    return status
