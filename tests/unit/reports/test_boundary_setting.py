"""The month boundary is an office setting that still reads the raw key older stores have."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from mediator.cli.main import main
from mediator.domain.errors import ValidationFailed
from mediator.paths import DataDir
from mediator.persistence import orm
from mediator.persistence.services import Services
from mediator.reports.periods import MonthBoundary, boundary_of
from tests.unit.reports.conftest import Store


def _store_raw(services: Services, value: str) -> None:
    with services.db.write() as session:
        session.add(orm.Setting(key="report_month_boundary", value=value))


@pytest.mark.parametrize(
    ("raw", "expected"), [("day21", "day21"), ("calendar", "calendar"), ("weekly", "calendar")]
)
def test_the_raw_key_is_the_field(services: Services, raw: str, expected: str) -> None:
    _store_raw(services, raw)
    assert services.settings().report_month_boundary == expected


def test_saved_and_validated(services: Services) -> None:
    services.save_settings(replace(services.settings(), report_month_boundary="day21"))
    assert boundary_of(services.settings().report_month_boundary) is MonthBoundary.DAY_21
    with pytest.raises(ValidationFailed) as refused:
        services.save_settings(replace(services.settings(), report_month_boundary="weekly"))
    assert refused.value.issues[0].field == "report_month_boundary"
    assert services.settings().report_month_boundary == "day21"


def test_the_cli_counts_with_the_setting(
    store: Store, data_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = store.services
    services.save_settings(replace(services.settings(), report_month_boundary="day21"))
    out = tmp_path / "october.json"
    args = ["--data-dir", str(data_dir.root), "tally", "--month", "2026-10", "--out", str(out)]
    assert main(args) == 0
    assert "2026年9月21日至2026年10月20日" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["period"]["start"] == "2026-09-21"
    # --boundary still overrides the setting.
    assert main([*args, "--boundary", "calendar"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["period"]["start"] == "2026-10-01"
