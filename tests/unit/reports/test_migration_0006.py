"""Migration 0006: a store at 0005 upgrades (a new ``reported_periods`` table) and back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from mediator.persistence.migrate import HEAD, _alembic_config
from mediator.reports.periods import month_period
from mediator.reports.services import ReportServices
from tests.unit.reports.conftest import Store


def _tables(store: Store) -> set[str]:
    with store.services.db.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}


def test_store_at_0005_upgrades_and_downgrades(store: Store) -> None:
    engine = store.services.db.engine
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0005")
    assert "reported_periods" not in _tables(store)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    sent = ReportServices(store.services.db).mark_reported(month_period(2026, 10))
    assert sent.tally.total["received"] == 6
