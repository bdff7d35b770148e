"""Migration 0010: a store at 0009 upgrades keeping its parties, with empty new fields."""

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


def test_store_at_0009_upgrades_keeping_rows(
    db: Database, data_dir: DataDir, services: Services
) -> None:
    ref = services.create_case(collective_case(3, date(2026, 9, 30)))
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0009")
    assert "mailing_address" not in columns(db, "applicants")
    assert {"mailing_address", "legal_rep_title"}.isdisjoint(columns(db, "respondents"))
    db.dispose()
    again = open_database(data_dir.default_db_url(), data_dir=data_dir, now=NOW)
    try:
        with again.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            workers = conn.execute(
                text("SELECT name, address, mailing_address FROM applicants WHERE case_id = :c"),
                {"c": ref.id},
            ).all()
            assert len(workers) == 3
            assert all(w.name and w.mailing_address == "" for w in workers)
            firms = conn.execute(
                text("SELECT name, legal_rep_title, mailing_address FROM respondents")
            ).all()
            assert firms and all(f.name and f.legal_rep_title == "" for f in firms)
            assert all(f.mailing_address == "" for f in firms)
    finally:
        again.dispose()
