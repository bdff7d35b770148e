"""``mediator tally`` and ``mediator ledger`` through their own parser (cli/main wires them in)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from mediator.cli import reports
from mediator.paths import DataDir
from mediator.reports.periods import MonthBoundary, PeriodKind
from tests.unit.reports.conftest import Store


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="mediator")
    reports.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.handler(args))


def test_tally_json(store: Store, data_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "october.json"
    folder = str(data_dir.root)
    code = _run(
        "tally", "--data-dir", folder, "--month", "2026-10", "--format", "json", "--out", str(out)
    )
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["total"]["received"] == 6
    assert data["total"]["amount_agreed"] == "20000.00"
    assert data["by_category"]["PAY"]["carried_over"] == 3


def test_tally_range_xlsx_and_csv(store: Store, data_dir: DataDir, tmp_path: Path) -> None:
    folder = str(data_dir.root)
    xlsx, csv = tmp_path / "t.xlsx", tmp_path / "t.csv"
    span = ("--from", "2026-10-01", "--to", "2026-10-31")
    assert _run("tally", "--data-dir", folder, *span, "--format", "xlsx", "--out", str(xlsx)) == 0
    assert _run("tally", "--data-dir", folder, *span, "--out", str(csv)) == 0
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None and "2026年10月1日至2026年10月31日" in sheet["A2"].value
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")


def test_ledger(store: Store, data_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "ledger.xlsx"
    assert (
        _run("ledger", "--data-dir", str(data_dir.root), "--month", "2026-10", "--out", str(out))
        == 0
    )
    assert openpyxl.load_workbook(out)["案件台账"].max_row == 13


def test_bad_period_is_refused(store: Store, data_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    assert (
        _run("tally", "--data-dir", str(data_dir.root), "--month", "2026-13", "--out", str(out))
        == 1
    )
    assert _run("tally", "--data-dir", str(data_dir.root), "--out", str(out)) == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("argv", "kind", "start", "end"),
    [
        (["--month", "2026-10"], PeriodKind.MONTH, date(2026, 10, 1), date(2026, 10, 31)),
        (["--quarter", "2026-Q4"], PeriodKind.QUARTER, date(2026, 10, 1), date(2026, 12, 31)),
        (["--year", "2026"], PeriodKind.YEAR, date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_choose_period(argv: list[str], kind: PeriodKind, start: date, end: date) -> None:
    parser = argparse.ArgumentParser()
    reports.register(parser.add_subparsers())
    args = parser.parse_args(["tally", *argv, "--out", "x"])
    period = reports.choose_period(args, MonthBoundary.CALENDAR)
    assert (period.kind, period.start, period.end) == (kind, start, end)
