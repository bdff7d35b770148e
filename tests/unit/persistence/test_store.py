"""Opening the case store: creation, pragmas, migrations and refusing unusable files."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from mediator.paths import DataDir
from mediator.persistence import migrate
from mediator.persistence.db import Database, create_db_engine
from mediator.persistence.errors import StorageUnavailable
from mediator.persistence.services import Services
from mediator.persistence.store import open_database
from tests.helpers.factories import single_case

NOW = datetime(2026, 11, 24, 9, 0)


def test_new_store_is_created_at_head_with_safe_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrate.HEAD
        )


def test_known_revisions_match_the_migration_scripts() -> None:
    scripts = migrate.script_revisions()
    assert tuple(scripts) == migrate.KNOWN_REVISIONS
    assert scripts[-1] == migrate.HEAD


def test_migrations_create_exactly_the_model_schema(db: Database) -> None:
    """Autogenerate against a migrated database finds nothing to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from mediator.persistence.orm import Base

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def _refuse(path: Path, reason: str) -> StorageUnavailable:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(StorageUnavailable) as caught:
        open_database(f"sqlite:///{path}", now=NOW)
    assert caught.value.reason == reason
    if before is not None:
        assert path.read_bytes() == before, "an unusable file must never be changed"
    return caught.value


def test_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库", encoding="utf-8")
    error = _refuse(path, "not_a_database")
    assert "不是本软件的数据库" in error.message


def test_empty_file_is_not_mistaken_for_a_new_store(tmp_path: Path) -> None:
    # SQLite treats a zero-byte file as an empty database: that is fine to create into.
    path = tmp_path / "empty.db"
    path.touch()
    open_database(f"sqlite:///{path}", now=NOW).dispose()
    assert path.stat().st_size > 0


def test_corrupt_store_is_refused(db: Database, data_dir: DataDir) -> None:
    db.dispose()
    path = data_dir.database
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    path.write_bytes(bytes(raw))
    _refuse(path, "corrupt")


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    assert "不是本软件的数据库" in _refuse(path, "not_a_database").message


def test_store_from_a_newer_version_is_refused(db: Database, data_dir: DataDir) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    error = _refuse(data_dir.database, "newer_version")
    assert "更新版本" in error.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_store_is_refused(db: Database, data_dir: DataDir) -> None:
    db.dispose()
    data_dir.database.chmod(0o444)
    try:
        _refuse(data_dir.database, "read_only")
    finally:
        data_dir.database.chmod(0o644)


def test_read_only_check_uses_access_rights(
    db: Database, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs as root too: simulate a file the user may not write."""
    db.dispose()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    assert "只读" in _refuse(data_dir.database, "read_only").message


def test_locked_store_is_reported(
    db: Database, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mediator.persistence.db.BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(data_dir.database, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        error = _refuse(data_dir.database, "locked")
        assert "占用" in error.message
    finally:
        holder.rollback()
        holder.close()


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StorageUnavailable) as caught:
        open_database(f"sqlite:///{tmp_path / 'nope' / 'm.db'}", now=NOW)
    assert caught.value.reason == "cannot_open"
    assert not (tmp_path / "nope").exists()


def test_older_store_is_backed_up_then_upgraded(
    db: Database, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store at an older known revision gets a backup before the upgrade runs."""
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    db.dispose()
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", ("0000", *migrate.KNOWN_REVISIONS))
    monkeypatch.setattr(migrate, "upgrade_to_head", lambda engine: upgraded.append("yes"))
    open_database(data_dir.default_db_url(), data_dir=data_dir, now=NOW).dispose()
    assert upgraded == ["yes"]
    backups = list(data_dir.backups.glob("before-upgrade-0000-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000",)


def test_real_upgrade_from_the_first_schema_keeps_the_data(
    services: Services, data_dir: DataDir
) -> None:
    """Downgrade a store holding a case to the first revision, reopen: it upgrades, data intact."""
    ref = services.create_case(single_case())
    services.db.dispose()
    engine = create_db_engine(data_dir.default_db_url())
    migrate.run_migration(engine, migrate.KNOWN_REVISIONS[0], downgrade=True)
    engine.dispose()
    reopened = open_database(data_dir.default_db_url(), data_dir=data_dir, now=NOW)
    try:
        with reopened.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == migrate.HEAD
            )
        assert Services(reopened).get_case(ref.id).data.applicants[0].name == "吉𠮷"
    finally:
        reopened.dispose()
