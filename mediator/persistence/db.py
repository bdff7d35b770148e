"""Opening the case store: engine, SQLite pragmas, checks, transactions.

``open_database`` refuses, with a Chinese message, any database it cannot use
safely (not a database, corrupt, read-only, locked, from a newer version of
the app) and never writes to such a file. An older schema is upgraded after
a backup (``migrate.upgrade_with_backup``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mediator.persistence.errors import StorageUnavailable, classify_sqlite_error

log = logging.getLogger("mediator.db")

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class Operator:
    """Who is using the app: written into every audit row."""

    id: int | None
    name: str


SYSTEM = Operator(None, "系统")


@dataclass
class Database:
    """An open case store. Sessions come from ``read()`` and ``write()``."""

    url: str
    engine: Engine
    path: Path | None = None
    """The SQLite file, or None for another backend."""
    operator: Operator = SYSTEM
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Importing the audit module installs its flush hook on every Session;
        # so does the limitation module (it keeps applicants.limitation_due).
        from mediator.persistence import audit, limitation  # noqa: F401

        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action = one transaction; committed on success, rolled back on error.

        On SQLite the transaction starts with BEGIN IMMEDIATE: it takes the
        write lock up front (waiting up to the busy timeout) instead of failing
        half-way when another writer got there first.
        """
        with self._factory() as session:
            session.info["operator"] = self.operator
            session.connection(execution_options={"mediator_immediate": True})
            try:
                yield session
                session.commit()
            except DBAPIError as exc:
                session.rollback()
                raise self._translate(exc) from exc
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (a consistent snapshot on SQLite WAL)."""
        with self._factory() as session:
            try:
                yield session
            except DBAPIError as exc:
                raise self._translate(exc) from exc
            finally:
                session.rollback()

    def _translate(self, exc: DBAPIError) -> BaseException:
        return classify_sqlite_error(exc, self.display_name) or exc

    def dispose(self) -> None:
        self.engine.dispose()


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own
        # implicit transactions defer BEGIN and break SAVEPOINT/IMMEDIATE).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            # WAL: readers never block the writer. synchronous=FULL: a commit
            # survives a power cut, which office PCs see.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("mediator_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_db_engine(url: str) -> Engine:
    """An engine with mediator's connection settings; does not touch the database."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_pragmas(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser().resolve()


def precheck_sqlite_file(path: Path) -> None:
    """Refuse a file we must not open, before SQLite touches it.

    SQLite would happily turn an empty or foreign file into a database on the
    first write, so the header is checked by hand first.
    """
    where = str(path)
    if path.exists():
        if path.is_dir():
            raise StorageUnavailable(
                f"“{where}”是一个文件夹，不是数据库文件。请指定数据库文件的路径。",
                reason="not_a_database",
            )
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise StorageUnavailable(
                f"无法读取数据库文件“{where}”（{exc.strerror}）。请检查文件权限。",
                reason="cannot_open",
            ) from exc
        if header and header != SQLITE_HEADER:
            raise StorageUnavailable(
                f"文件“{where}”不是本软件的数据库（或已损坏）。软件没有改动它。"
                "请确认选择的文件是否正确，或从备份恢复（mediator restore 备份文件）。",
                reason="not_a_database",
            )
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise StorageUnavailable(
                f"数据库“{where}”或其所在文件夹是只读的，无法保存。"
                "请检查写入权限，或将数据文件夹移到可写的位置。",
                reason="read_only",
            )
    else:
        if not path.parent.exists():
            raise StorageUnavailable(
                f"数据库所在的文件夹“{path.parent}”不存在。请先创建该文件夹或指定其他数据文件夹。",
                reason="cannot_open",
            )
        if not os.access(path.parent, os.W_OK):
            raise StorageUnavailable(
                f"无法在文件夹“{path.parent}”中创建数据库：该文件夹是只读的。",
                reason="read_only",
            )


def probe(engine: Engine, where: str) -> None:
    """Read the schema and take the write lock once, so problems show at start."""
    try:
        with engine.connect() as conn:
            # Reading the schema fails fast on a foreign or badly damaged file.
            # (A full integrity_check would take seconds on a city-sized store.)
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        with engine.connect().execution_options(mediator_immediate=True) as conn:
            with conn.begin():
                pass
    except (OperationalError, DBAPIError) as exc:
        mapped = classify_sqlite_error(exc, where)
        if mapped is None:
            raise
        raise mapped from exc
