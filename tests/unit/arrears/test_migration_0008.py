"""Migration 0008: the ledger tables go down to 0007 and come back with the data of other tables."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from alembic import command
from sqlalchemy import text

from mediator.domain.arrears import PeriodData
from mediator.persistence.arrears_services import ArrearsServices
from mediator.persistence.cases import CaseRef
from mediator.persistence.db import Database
from mediator.persistence.migrate import HEAD, _alembic_config

LEDGER_TABLES = {"arrears_periods", "arrears_evidence", "evidence_files", "chain_liabilities"}


def test_downgrade_to_0007_and_upgrade_again(
    db: Database, arrears: ArrearsServices, case: CaseRef
) -> None:
    applicant = arrears.ledger(case.id).workers[0].applicant_id
    arrears.save_periods(
        case.id, applicant, [PeriodData(date(2026, 3, 1), date(2026, 3, 1), owed=Decimal("5"))]
    )
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0007")
    with db.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert not LEDGER_TABLES & tables
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        assert conn.execute(text("SELECT count(*) FROM applicants")).scalar() == 3
    assert arrears.ledger(case.id).totals.owed == Decimal("0")
