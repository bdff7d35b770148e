"""The tally's JSON and CSV forms."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from mediator.domain.enums import Category
from mediator.reports.export import report_json, write_csv, write_json
from mediator.reports.tally import TallyReport

REQUIRED = {
    "carried_over",
    "received",
    "accepted",
    "closed",
    "closed_by_agreement",
    "pending_end",
    "workers",
    "migrant_workers",
    "collective_cases",
    "collective_workers",
    "amount_claimed",
    "amount_agreed",
    "amount_paid",
    "amount_due",
    "amount_due_paid",
    "success_rate",
    "fulfilment_rate",
}


def test_json_keys_in_total_and_every_category(october_report: TallyReport, tmp_path: Path) -> None:
    path = tmp_path / "tally.json"
    write_json(path, october_report)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert REQUIRED <= set(data["total"])
    assert set(data["by_category"]) == {c.value for c in Category}
    for row in data["by_category"].values():
        assert REQUIRED <= set(row)
    assert data["period"] == {
        "kind": "month",
        "label": "2026年10月",
        "start": "2026-10-01",
        "end": "2026-10-31",
    }


def test_json_values(october_report: TallyReport) -> None:
    data = report_json(october_report)
    total = data["total"]
    assert total["amount_claimed"] == "272066.00"
    assert total["amount_agreed"] == "20000.00"
    assert total["amount_paid"] == "8000.00"
    assert (total["amount_due"], total["amount_due_paid"]) == ("10000.00", "4000.00")
    assert total["fulfilment_rate"] == 0.4  # 4,000 of the 10,000 due paid by 10-31
    assert data["by_category"]["INJ"]["fulfilment_rate"] is None  # nothing due in October
    assert total["closed"] == 7
    assert total["success_rate"] == 0.4286
    assert data["by_category"]["WEL"]["success_rate"] is None
    assert data["previous"]["period"]["label"] == "2026年9月"
    assert data["year_earlier"]["total"]["received"] == 1
    assert data["success_rate_denominator"] == "closed"


def test_csv(october_report: TallyReport, tmp_path: Path) -> None:
    path = tmp_path / "tally.csv"
    write_csv(path, october_report)
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["争议类别", "上期未结", "本期收案"]
    assert len(rows) == 1 + len(Category) + 3
    total = rows[1 + len(Category)]
    assert total[0] == "合计"
    assert total[1:3] == ["4", "6"]
    assert "42.86%" in total
    header = rows[0]
    due = header.index("本期应履行金额")
    assert header[due - 1 : due + 3] == [
        "已履行金额",
        "本期应履行金额",
        "其中期末前已履行",
        "调解成功率",
    ]
    assert total[due : due + 2] == ["10000.00", "4000.00"]
    assert total[header.index("履行率")] == "40.00%"
