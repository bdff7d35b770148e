"""Every total figure against a plain Python recount over the JSON export of a demo store.

The JSON interchange format has no workflow records, so the recount reads the
demo's status history, agreements, instalment shares, receipt allocations and
referrals from the database file with plain SQL and replays them in Python: a
closing counts in the period of its day unless a reopening on or before the
period's end undid it (an agreement that was later not performed still counts
as closed by agreement when it was signed); a case is open at a day if the last
change up to that day left it open. A case without history closes as its
``status`` and ``closed_on`` say. The money due in a period is the shares whose
instalment's last day to pay falls in it; of it, paid by the end is what the
receipts received by the period's last day allocated to those shares.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
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

REFERRAL_OUTCOMES = {
    "referral_accepted": "accepted",
    "referral_award": "award",
    "referral_arbitration_mediation": "arbitration_mediation",
    "referral_withdrawn": "withdrawn",
}


def _mediator(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "mediator", *args], check=True, capture_output=True)


@dataclass(frozen=True)
class Change:
    day: date
    action: str
    from_status: str
    to_status: str
    reason: str


@dataclass
class Records:
    """What the JSON export leaves out, by case number, read with plain SQL."""

    changes: dict[str, list[Change]] = field(default_factory=lambda: defaultdict(list))
    agreements: list[tuple[str, bool, date | None, Decimal]] = field(default_factory=list)
    """(case number, is a supplement, signed on, total of its payment terms)."""
    paid: list[tuple[date, Decimal]] = field(default_factory=list)
    """(receipt day, amount allocated to an instalment) of every allocation."""
    due: list[tuple[date, Decimal]] = field(default_factory=list)
    """(last day to pay, amount) of every worker's share of an instalment."""
    due_paid: list[tuple[date, date, Decimal]] = field(default_factory=list)
    """(share's last day to pay, receipt day, amount) of every allocation."""
    referred: list[tuple[str, date]] = field(default_factory=list)
    """(case number, day) of every referral to arbitration."""
    outcomes: list[tuple[str, str, date]] = field(default_factory=list)
    """(case number, kind, day) of every outcome of a referral to arbitration."""


def _fen(value: int | None) -> Decimal:
    return Decimal(value or 0) / 100


def read_records(db_file: str) -> Records:
    records = Records()
    with sqlite3.connect(db_file) as con:
        for number, day, action, old, new, reason in con.execute(
            "SELECT c.number, s.changed_on, s.action, s.from_status, s.to_status, s.reason"
            " FROM status_changes s JOIN cases c ON c.id = s.case_id ORDER BY s.id"
        ):
            records.changes[number].append(
                Change(date.fromisoformat(day), action, old, new, reason)
            )
        for number, supplement, signed, amount in con.execute(
            "SELECT c.number, a.supplements_id IS NOT NULL, a.signed_on,"
            " (SELECT SUM(t.amount) FROM agreement_terms t"
            "  WHERE t.agreement_id = a.id AND t.kind = 'payment')"
            " FROM agreements a JOIN cases c ON c.id = a.case_id WHERE c.voided_on IS NULL"
        ):
            records.agreements.append((number, bool(supplement), _day(signed), _fen(amount)))
        for day, amount in con.execute(
            "SELECT r.received_on, a.amount FROM receipt_allocations a"
            " JOIN receipts r ON r.id = a.receipt_id JOIN cases c ON c.id = a.case_id"
            " WHERE c.voided_on IS NULL"
        ):
            records.paid.append((date.fromisoformat(day), _fen(amount)))
        for pay_by, amount in con.execute(
            "SELECT i.pay_by, s.amount FROM instalment_shares s"
            " JOIN instalments i ON i.id = s.instalment_id JOIN cases c ON c.id = s.case_id"
            " WHERE c.voided_on IS NULL"
        ):
            records.due.append((date.fromisoformat(pay_by), _fen(amount)))
        for pay_by, day, amount in con.execute(
            "SELECT i.pay_by, r.received_on, a.amount FROM receipt_allocations a"
            " JOIN instalment_shares s ON s.id = a.share_id"
            " JOIN instalments i ON i.id = s.instalment_id"
            " JOIN receipts r ON r.id = a.receipt_id JOIN cases c ON c.id = a.case_id"
            " WHERE c.voided_on IS NULL"
        ):
            records.due_paid.append(
                (date.fromisoformat(pay_by), date.fromisoformat(day), _fen(amount))
            )
        for number, day in con.execute(
            "SELECT c.number, r.referred_on FROM referrals r JOIN cases c ON c.id = r.case_id"
            " WHERE c.voided_on IS NULL AND r.route = 'arbitration'"
        ):
            records.referred.append((number, date.fromisoformat(day)))
        for number, kind, day in con.execute(
            "SELECT c.number, o.kind, o.decided_on FROM referral_outcomes o"
            " JOIN referrals r ON r.id = o.referral_id JOIN cases c ON c.id = o.case_id"
            " WHERE c.voided_on IS NULL AND r.route = 'arbitration'"
        ):
            records.outcomes.append((number, kind, date.fromisoformat(day)))
    return records


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[DataDir, list[dict[str, Any]], Records]]:
    folder = tmp_path_factory.mktemp("demo")
    _mediator("--data-dir", str(folder), "demo", "--cases", "300")
    out = folder / "cases.json"
    _mediator("--data-dir", str(folder), "export", "cases", "--format", "json", "--out", str(out))
    cases = json.loads(out.read_text(encoding="utf-8"))["cases"]
    records = read_records(str(DataDir(folder).database))
    yield DataDir(folder), [c for c in cases if c["voided"] is None], records


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _within(text: str | None, period: Period) -> bool:
    day = _day(text)
    return day is not None and period.start <= day <= period.end


def _open_at(case: dict[str, Any], day: date, changes: list[Change]) -> bool:
    if _day(case["received_on"]) > day:  # type: ignore[operator]
        return False
    if changes:
        reached = [c.to_status for c in changes if c.day <= day]
        return not reached or reached[-1] not in CLOSED
    closed = _day(case["closed_on"])
    return not (case["status"] in CLOSED and closed is not None and closed <= day)


def _overdue_at(case: dict[str, Any], day: date) -> bool:
    accepted = _day(case["accepted_on"])
    if accepted is not None and accepted <= day:
        return date.fromisoformat(case["mediation_due"]) < day
    return date.fromisoformat(case["acceptance_due"]) < day


def _closing(case: dict[str, Any], period: Period, changes: list[Change]) -> tuple[str, str] | None:
    """(status, reason) of the case's closing in the period that stands at its end."""
    if not changes:
        if case["status"] in CLOSED and _within(case["closed_on"], period):
            return case["status"], case["closure_reason"]
        return None
    found = None
    for i, change in enumerate(changes):
        new = change.from_status not in CLOSED and change.to_status in CLOSED
        if not new or not period.start <= change.day <= period.end:
            continue
        undone = any(c.action == "reopen" and c.day <= period.end for c in changes[i + 1 :])
        if not undone:
            found = change.to_status, change.reason
    return found


def _closed_in(
    case: dict[str, Any], period: Period, changes: list[Change], status: str | None = None
) -> bool:
    closing = _closing(case, period, changes)
    return closing is not None and (status is None or closing[0] == status)


def _claimed(case: dict[str, Any]) -> Decimal:
    return sum((Decimal(c["amount"]) for c in case["claims"] if c["amount"]), Decimal("0"))


def recount(cases: list[dict[str, Any]], period: Period, records: Records) -> dict[str, Any]:
    before = period.start - timedelta(days=1)
    history = {c["number"]: records.changes.get(c["number"], []) for c in cases}

    def open_at(c: dict[str, Any], day: date) -> bool:
        return _open_at(c, day, history[c["number"]])

    def closed_in(c: dict[str, Any], status: str | None = None) -> bool:
        return _closed_in(c, period, history[c["number"]], status)

    def in_period(day: date | None) -> bool:
        return day is not None and period.start <= day <= period.end

    signed = [a for a in records.agreements if in_period(a[2])]
    received = [c for c in cases if _within(c["received_on"], period)]
    collective = [c for c in received if len(c["applicants"]) >= COLLECTIVE_THRESHOLD]
    workers = [a for c in received for a in c["applicants"]]
    out: dict[str, Any] = {
        "carried_over": sum(open_at(c, before) for c in cases),
        "received": len(received),
        "accepted": sum(_within(c["accepted_on"], period) for c in cases),
        "collective_cases": len(collective),
        "collective_workers": sum(len(c["applicants"]) for c in collective),
        "workers": len(workers),
        "migrant_workers": sum(a["is_migrant"] for a in workers),
        "women": sum(a["sex"] == "F" for a in workers),
        "closed": sum(closed_in(c) for c in cases),
        "closed_overdue": sum(
            _closing(c, period, history[c["number"]]) == ("failed", "overdue") for c in cases
        ),
        "agreements": len({a[0] for a in signed if not a[1]}),
        "amount_claimed": sum((_claimed(c) for c in received), Decimal("0")),
        "amount_agreed": sum((a[3] for a in signed), Decimal("0")),
        "amount_paid": sum((p[1] for p in records.paid if in_period(p[0])), Decimal("0")),
        "amount_due": sum((d[1] for d in records.due if in_period(d[0])), Decimal("0")),
        "amount_due_paid": sum(
            (d[2] for d in records.due_paid if in_period(d[0]) and d[1] <= period.end),
            Decimal("0"),
        ),
        "pending_end": sum(open_at(c, period.end) for c in cases),
        "overdue_end": sum(open_at(c, period.end) and _overdue_at(c, period.end) for c in cases),
    }
    for key, status in OUTCOMES.items():
        out[key] = sum(closed_in(c, status) for c in cases)
    out["referred_to_arbitration"] = len({n for n, day in records.referred if in_period(day)})
    for key, kind in REFERRAL_OUTCOMES.items():
        out[key] = len({n for n, k, day in records.outcomes if k == kind and in_period(day)})
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
    demo: tuple[DataDir, list[dict[str, Any]], Records], period: Period
) -> None:
    folder, cases, records = demo
    db = open_database(folder.default_db_url(), data_dir=folder)
    try:
        with db.read() as session:
            tally = compute_tally(session, period)
    finally:
        db.dispose()
    expected = recount(cases, period, records)
    assert dict(tally.total.values) == expected
    assert expected["received"] > 0
    rate = tally.total.fulfilment_rate
    assert rate is None or 0 <= rate <= 1  # allocations never exceed what was due
