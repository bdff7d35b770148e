"""Migration 0007: a store with cases downgrades to 0006 (referral tables gone) and comes back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from alembic import command
from sqlalchemy import text

from mediator.domain.routes import DeliveryMethod, RouteKind
from mediator.persistence.cases import CaseRef
from mediator.persistence.migrate import _alembic_config
from mediator.persistence.referral_services import ReferralServices
from mediator.persistence.referrals import ReferralData
from mediator.persistence.services import Services

TABLES = {"arbitration_committees", "referrals", "referral_outcomes"}


def _names(services: Services) -> set[str]:
    with services.db.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}


def test_0007_downgrades_and_upgrades_with_cases_kept(
    services: Services, referrals: ReferralServices, failed: Callable[..., CaseRef]
) -> None:
    case = failed()
    referrals.record_referral(
        case.id,
        ReferralData(RouteKind.ARBITRATION, date(2026, 11, 2), DeliveryMethod.POST, body="仲裁委"),
    )
    engine = services.db.engine
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0006")
    names = _names(services)
    assert not TABLES & names and "ix_agreements_signed_on" not in names
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0007")
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0007"
        command.upgrade(_alembic_config(conn), "head")
    assert TABLES <= _names(services)
    assert referrals.referrals(case.id) == []
    assert services.get_case(case.id).number == case.number
