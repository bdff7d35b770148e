"""The locality table's use cases: a row needs a figure, and a row can be deleted (audited)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from mediator.domain.errors import NotFound, ValidationFailed
from mediator.persistence import orm
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.services import Services


def test_a_row_without_any_figure_is_refused(perf: PerformanceServices) -> None:
    with pytest.raises(ValidationFailed) as refused:
        perf.set_locality("某市", 2026, None, None)
    assert [(i.field, i.message) for i in refused.value.issues] == [
        ("average_monthly_wage", "请至少填写上年度职工月平均工资或最低工资之一。")
    ]
    with pytest.raises(ValidationFailed, match="年度“1989”无效"):
        perf.set_locality("某市", 1989, Decimal(9000), None)
    assert perf.localities() == []


def test_delete_a_row(perf: PerformanceServices, services: Services) -> None:
    perf.set_locality("某市", 2025, Decimal(9000), Decimal(2300))
    perf.set_locality("某市", 2026, Decimal(10000), Decimal(2490), "统计局公报")
    perf.delete_locality(" 某市 ", 2026)
    assert [(r.locality, r.year) for r in perf.localities()] == [("某市", 2025)]
    with pytest.raises(NotFound, match="可能已被删除"):
        perf.delete_locality("某市", 2026)
    with services.db.read() as session:
        trail = session.scalars(
            select(orm.AuditEntry.old_value).where(
                orm.AuditEntry.entity == "locality_figure", orm.AuditEntry.action == "delete"
            )
        ).all()
    assert len(trail) == 1  # the deleted row, kept in the history as it was
    assert json.loads(trail[0] or "{}") == {
        "locality": "某市",
        "year": "2026",
        "average_monthly_wage": "10000.00",
        "minimum_wage": "2490.00",
        "note": "统计局公报",
    }
