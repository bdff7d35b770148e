"""Migration 0002: a store with cases at 0001 upgrades with defaults, and back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from mediator.persistence.db import Database
from mediator.persistence.migrate import _alembic_config
from mediator.persistence.services import Services
from tests.helpers.factories import single_case


def test_existing_cases_get_workflow_defaults(services: Services, db: Database) -> None:
    ref = services.create_case(single_case())
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0001")
    with db.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert "mediation_sessions" not in tables
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    with db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT respondent_consent, next_follow_up_on FROM cases WHERE id = :id"),
            {"id": ref.id},
        ).one()
        assert tuple(row) == ("unknown", None)
        chosen = conn.execute(text("SELECT chosen_by_parties FROM case_mediators")).all()
        assert all(c[0] == 0 for c in chosen)
    assert services.get_case(ref.id).number == ref.number
