"""Every total figure against a plain Python recount over the JSON export of a demo store.

The JSON interchange format has no workflow records, and the demo makes none,
so the recount uses the rules of ``reports.tally`` for cases without a status
history: the current ``status`` and ``closed_on`` say when and how it closed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from mediator.domain.enums import COLLECTIVE_THRESHOLD
from mediator.paths import DataDir
from mediator.persistence.store import open_database
from mediator.reports.periods import (
    MonthBoundary,
    Period,
    month_period,
    quarter_period,
    range_period,
    year_period,
)
from mediator.reports.tally import compute_tally

CLOSED = {"agreed", "failed", "withdrawn", "refused", "not_accepted"}
OUTCOMES = {
    "closed_by_agreement": "agreed",
    "closed_no_agreement": "failed",
    "closed_withdrawn": "withdrawn",
    "closed_refused": "refused",
    "closed_not_accepted": "not_accepted",
}


def _mediator(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "mediator", *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[DataDir, list[dict[str, Any]]]]:
    folder = tmp_path_factory.mktemp("demo")
    _mediator("--data-dir", str(folder), "demo", "--cases", "300")
    out = folder / "cases.json"
    _mediator("--data-dir", str(folder), "export", "cases", "--format", "json", "--out", str(out))
    cases = json.loads(out.read_text(encoding="utf-8"))["cases"]
    yield DataDir(folder), [c for c in cases if c["voided"] is None]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _within(text: str | None, period: Period) -> bool:
    day = _day(text)
    return day is not None and period.start <= day <= period.end


def _open_at(case: dict[str, Any], day: date) -> bool:
    closed = _day(case["closed_on"])
    is_closed = case["status"] in CLOSED and closed is not None and closed <= day
    return _day(case["received_on"]) <= day and not is_closed  # type: ignore[operator]


def _overdue_at(case: dict[str, Any], day: date) -> bool:
    accepted = _day(case["accepted_on"])
    if accepted is not None and accepted <= day:
        return date.fromisoformat(case["mediation_due"]) < day
    return date.fromisoformat(case["acceptance_due"]) < day


def _closed_in(case: dict[str, Any], period: Period, status: str | None = None) -> bool:
    wanted = CLOSED if status is None else {status}
    return case["status"] in wanted and _within(case["closed_on"], period)


def _claimed(case: dict[str, Any]) -> Decimal:
    return sum((Decimal(c["amount"]) for c in case["claims"] if c["amount"]), Decimal("0"))


def recount(cases: list[dict[str, Any]], period: Period) -> dict[str, Any]:
    before = period.start - timedelta(days=1)
    received = [c for c in cases if _within(c["received_on"], period)]
    collective = [c for c in received if len(c["applicants"]) >= COLLECTIVE_THRESHOLD]
    workers = [a for c in received for a in c["applicants"]]
    out: dict[str, Any] = {
        "carried_over": sum(_open_at(c, before) for c in cases),
        "received": len(received),
        "accepted": sum(_within(c["accepted_on"], period) for c in cases),
        "collective_cases": len(collective),
        "collective_workers": sum(len(c["applicants"]) for c in collective),
        "workers": len(workers),
        "migrant_workers": sum(a["is_migrant"] for a in workers),
        "women": sum(a["sex"] == "F" for a in workers),
        "closed": sum(_closed_in(c, period) for c in cases),
        "closed_overdue": sum(
            _closed_in(c, period, "failed") and c["closure_reason"] == "overdue" for c in cases
        ),
        "agreements": 0,
        "amount_claimed": sum((_claimed(c) for c in received), Decimal("0")),
        "amount_agreed": Decimal("0"),
        "amount_paid": Decimal("0"),
        "pending_end": sum(_open_at(c, period.end) for c in cases),
        "overdue_end": sum(_open_at(c, period.end) and _overdue_at(c, period.end) for c in cases),
    }
    for key, status in OUTCOMES.items():
        out[key] = sum(_closed_in(c, period, status) for c in cases)
    return out


def _periods(today: date) -> list[Period]:
    """Periods inside the demo's three years before ``today`` (the demo uses today's date)."""
    last_month = today.replace(day=1) - timedelta(days=1)
    quarter = (last_month.month - 1) // 3 + 1
    return [
        month_period(last_month.year, last_month.month),
        month_period(last_month.year, last_month.month, MonthBoundary.DAY_21),
        month_period(today.year - 1, 2),
        quarter_period(last_month.year, quarter),
        year_period(today.year - 1),
        range_period(today - timedelta(days=700), today),
    ]


PERIODS = _periods(date.today())


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.kind}-{p.start}-{p.end}")
def test_every_total_matches_the_recount(
    demo: tuple[DataDir, list[dict[str, Any]]], period: Period
) -> None:
    folder, cases = demo
    db = open_database(folder.default_db_url(), data_dir=folder)
    try:
        with db.read() as session:
            tally = compute_tally(session, period)
    finally:
        db.dispose()
    expected = recount(cases, period)
    assert dict(tally.total.values) == expected
    assert expected["received"] > 0
