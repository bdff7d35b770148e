"""Shared fixtures: a fresh case store in a temporary folder, a fixed clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

# Before any QApplication exists: GUI tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mediator.paths import DataDir  # noqa: E402
from mediator.persistence.db import Database, Operator  # noqa: E402
from mediator.persistence.services import Services, UserInfo  # noqa: E402
from mediator.persistence.store import open_database  # noqa: E402

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 9, 30)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication, so `-m "not gui"` runs headless."""
    for item in items:
        if {"qtbot", "qapp", "qtmodeltester"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    folder = DataDir(tmp_path / "data")
    folder.ensure()
    return folder


@pytest.fixture
def db(data_dir: DataDir) -> Iterator[Database]:
    database = open_database(data_dir.default_db_url(), data_dir=data_dir, now=NOW)
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    service = Services(db, today=lambda: TODAY, now=lambda: NOW)
    user = service.save_user(UserInfo("李调解", certificate_no="调证-0001"))
    db.operator = Operator(user.id, user.name)
    return service
