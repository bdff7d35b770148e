"""mediator backup / restore: consistent copies, safety copies, refusing wrong files."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

from mediator.persistence.caselist import CaseFilter
from tests.cli.support import Run, count_cases, services_at
from tests.helpers.factories import single_case


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_case(folder: Path, name: str) -> None:
    with services_at(folder) as services:
        services.create_case(single_case(name))


def _printed_path(text: str, label: str) -> Path:
    match = re.search(rf"{label}：(.+)", text)
    assert match, text
    return Path(match[1].strip())


def test_backup_writes_a_copy_into_backups_and_says_where(run: Run, data_path: Path) -> None:
    assert run("init").code == 0
    _add_case(data_path, "吉𠮷")
    result = run("backup")
    assert result.code == 0, result.err
    copy = _printed_path(result.out, "已备份到")
    assert copy.parent == data_path / "backups"
    assert count_cases(copy.parent.parent) == 1
    connection = sqlite3.connect(copy)
    try:
        assert connection.execute("select count(*) from cases").fetchone() == (1,)
    finally:
        connection.close()


def test_backup_to_another_folder(run: Run, tmp_path: Path) -> None:
    assert run("init").code == 0
    result = run("backup", "--to", str(tmp_path / "U盘"))
    assert result.code == 0, result.err
    assert _printed_path(result.out, "已备份到").parent == tmp_path / "U盘"


def test_restore_replaces_the_database_and_keeps_a_safety_copy(run: Run, data_path: Path) -> None:
    assert run("init").code == 0
    _add_case(data_path, "吉𠮷")
    backup = _printed_path(run("backup").out, "已备份到")
    _add_case(data_path, "赵堃")
    assert count_cases(data_path) == 2

    result = run("restore", str(backup))

    assert result.code == 0, result.err
    assert str(backup) in result.out
    safety = _printed_path(result.out, "恢复前的数据库已另存为")
    assert safety.is_file() and safety.parent == data_path / "backups"
    assert count_cases(data_path) == 1
    with services_at(data_path) as services:
        assert services.case_ids(CaseFilter(text="赵堃")) == []
    connection = sqlite3.connect(safety)
    try:
        assert connection.execute("select count(*) from cases").fetchone() == (2,)
    finally:
        connection.close()


def test_restore_refuses_a_file_that_is_not_a_database(
    run: Run, data_path: Path, tmp_path: Path
) -> None:
    assert run("init").code == 0
    _add_case(data_path, "吉𠮷")
    before = _digest(data_path / "mediator.db")
    before_backups = sorted(p.name for p in (data_path / "backups").iterdir())
    bogus = tmp_path / "备份.db"
    bogus.write_text("这不是数据库", encoding="utf-8")

    result = run("restore", str(bogus))

    assert result.code == 1
    assert result.err.startswith("错误：")
    assert "不是本软件的数据库备份" in result.err
    assert _digest(data_path / "mediator.db") == before
    assert sorted(p.name for p in (data_path / "backups").iterdir()) == before_backups


def test_restore_refuses_a_foreign_sqlite_file(run: Run, data_path: Path, tmp_path: Path) -> None:
    assert run("init").code == 0
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("create table t (x)")
    connection.commit()
    connection.close()
    result = run("restore", str(other))
    assert result.code == 1
    assert "不是本软件的数据库备份" in result.err


def test_restore_refuses_a_backup_from_a_newer_version(
    run: Run, data_path: Path, tmp_path: Path
) -> None:
    assert run("init").code == 0
    backup = _printed_path(run("backup").out, "已备份到")
    connection = sqlite3.connect(backup)
    connection.execute("update alembic_version set version_num = '9999'")
    connection.commit()
    connection.close()
    before = _digest(data_path / "mediator.db")
    result = run("restore", str(backup))
    assert result.code == 1
    assert "更新版本" in result.err and "9999" in result.err
    assert _digest(data_path / "mediator.db") == before


def test_restore_over_a_damaged_database_keeps_its_bytes(
    run: Run, data_path: Path, tmp_path: Path
) -> None:
    assert run("init").code == 0
    _add_case(data_path, "吉𠮷")
    backup = _printed_path(run("backup", "--to", str(tmp_path)).out, "已备份到")
    damaged = data_path / "mediator.db"
    damaged.write_bytes(b"garbage after a power cut")
    assert run("init").code == 1

    result = run("restore", str(backup))

    assert result.code == 0, result.err
    safety = _printed_path(result.out, "恢复前的数据库已另存为")
    assert safety.read_bytes() == b"garbage after a power cut"
    assert count_cases(data_path) == 1


def test_restore_into_a_folder_without_a_database(run: Run, tmp_path: Path) -> None:
    assert run("init").code == 0
    backup = _printed_path(run("backup").out, "已备份到")
    fresh = tmp_path / "new"
    result = run("restore", str(backup), data=fresh)
    assert result.code == 0, result.err
    assert "无需保留副本" in result.out
    assert (fresh / "mediator.db").is_file()


def test_restore_needs_a_local_sqlite_database(run: Run, tmp_path: Path) -> None:
    result = run("--db-url", "postgresql://user@server/mediator", "restore", str(tmp_path / "x.db"))
    assert result.code == 1
    assert "SQLite" in result.err
