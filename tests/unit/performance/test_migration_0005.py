"""Migration 0005: a store with cases and a signed agreement at 0004 upgrades, and back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from alembic import command
from sqlalchemy import text

from mediator.persistence.db import Database
from mediator.persistence.migrate import HEAD, _alembic_config
from mediator.persistence.performance import ReceiptData
from mediator.persistence.performance_services import PerformanceServices
from tests.unit.performance.conftest import Signed


def test_store_at_0004_with_data_upgrades(
    db: Database, perf: PerformanceServices, signed_case: Callable[..., Signed]
) -> None:
    case = signed_case(3, amounts=(Decimal("1000"), Decimal("2000")))
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0004")
    with db.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert "instalments" not in tables and "locality_figures" not in tables
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        assert conn.execute(text("SELECT count(*) FROM agreement_terms")).scalar() == 2
    schedule = perf.build_schedule(case.ref.id)
    assert [i.amount for i in schedule] == [Decimal("1000"), Decimal("2000")]
    perf.record_receipt(case.ref.id, ReceiptData(date(2026, 10, 20), Decimal("1000")))
    assert perf.case_figures(case.ref.id).figures.paid == Decimal("1000")
