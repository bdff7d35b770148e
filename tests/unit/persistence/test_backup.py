"""Daily backups, backups on demand, and restoring one."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mediator.paths import DataDir
from mediator.persistence.backup import backup_to, daily_backup, restore_file
from mediator.persistence.caselist import CaseFilter
from mediator.persistence.errors import StorageUnavailable
from mediator.persistence.services import Services
from mediator.persistence.store import open_database
from tests.helpers.factories import single_case

NOW = datetime(2026, 11, 24, 9, 0)


def _case_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM cases").fetchone()[0]


def test_backup_is_a_single_consistent_file(services: Services, tmp_path: Path) -> None:
    services.create_case(single_case())
    copy = backup_to(services.db.engine, tmp_path / "copy.db")
    assert _case_count(copy) == 1
    assert not Path(f"{copy}-wal").exists()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_never_overwrites(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    target.write_text("keep me")
    with pytest.raises(StorageUnavailable):
        backup_to(services.db.engine, target)
    assert target.read_text() == "keep me"


def test_first_start_of_each_day_keeps_thirty(services: Services, data_dir: DataDir) -> None:
    engine = services.db.engine
    for day in range(35):
        moment = NOW + timedelta(days=day)
        assert daily_backup(engine, data_dir.backups, moment) is not None
        assert daily_backup(engine, data_dir.backups, moment + timedelta(hours=3)) is None
    kept = sorted(p.name for p in data_dir.backups.glob("daily-*.db"))
    assert len(kept) == 30
    assert kept[0].startswith("daily-20261129")  # the five oldest were removed


def test_opening_the_store_takes_the_daily_backup(data_dir: DataDir) -> None:
    open_database(
        data_dir.default_db_url(), data_dir=data_dir, now=NOW, daily_backup=True
    ).dispose()
    assert len(list(data_dir.backups.glob("daily-20261124-*.db"))) == 1


def test_restore_keeps_a_copy_of_the_current_database(
    services: Services, data_dir: DataDir
) -> None:
    services.create_case(single_case())
    snapshot = backup_to(services.db.engine, data_dir.root / "one-case.db")
    services.create_case(single_case("张伟"))
    services.db.dispose()
    safety = restore_file(snapshot, data_dir.database, data_dir.backups, NOW)
    assert safety is not None and _case_count(safety) == 2
    reopened = open_database(data_dir.default_db_url(), data_dir=data_dir, now=NOW)
    try:
        assert len(Services(reopened).case_ids(CaseFilter())) == 1
    finally:
        reopened.dispose()


def test_restore_refuses_a_file_that_is_not_a_backup(services: Services, data_dir: DataDir) -> None:
    services.create_case(single_case())
    services.db.dispose()
    bogus = data_dir.root / "bogus.db"
    bogus.write_text("not a database")
    before = data_dir.database.read_bytes()
    with pytest.raises(StorageUnavailable) as caught:
        restore_file(bogus, data_dir.database, data_dir.backups, NOW)
    assert "不是本软件的数据库备份" in caught.value.message
    assert data_dir.database.read_bytes() == before


def test_daily_backup_runs_beside_the_app(services: Services, data_dir: DataDir) -> None:
    from mediator.startup import start_daily_backup

    services.create_case(single_case())
    thread = start_daily_backup(services.db, data_dir)
    assert thread is not None
    thread.join(timeout=30)
    (copy,) = data_dir.backups.glob("daily-*.db")
    assert _case_count(copy) == 1
