"""Migration 0009: a store at 0008 with cases upgrades, gets its limitation dates, and goes back."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import inspect, text

from mediator.paths import DataDir
from mediator.persistence.db import Database
from mediator.persistence.migrate import HEAD, _alembic_config
from mediator.persistence.services import Services
from mediator.persistence.store import open_database
from tests.conftest import NOW
from tests.helpers.factories import collective_case


def columns(db: Database, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns(table)}


def test_store_at_0008_upgrades_and_fills_the_dates(
    db: Database, data_dir: DataDir, services: Services
) -> None:
    ref = services.create_case(collective_case(3, date(2026, 9, 30)))
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0008")
    assert "limitation_due" not in columns(db, "applicants")
    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        assert "limitation_events" not in tables
        assert conn.execute(text("SELECT count(*) FROM applicants")).scalar() == 3
    db.dispose()
    again = open_database(data_dir.default_db_url(), data_dir=data_dir, now=NOW)
    try:
        with again.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            days = conn.execute(
                text("SELECT limitation_due FROM applicants WHERE case_id = :c"), {"c": ref.id}
            ).scalars()
            assert list(days) == ["2027-10-15"] * 3
        assert {"infringement_known_on", "limitation_due"} <= columns(again, "applicants")
    finally:
        again.dispose()
