"""``mediator payments`` and ``mediator locality`` on the command line."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from decimal import Decimal

import pytest

from mediator.cli import payments
from mediator.domain.errors import MediatorError
from mediator.paths import DataDir
from mediator.persistence.performance_services import PerformanceServices
from tests.unit.performance.conftest import Signed


def run(data_dir: DataDir, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    subs = parser.add_subparsers(dest="command", required=True)
    payments.register(subs)
    args = parser.parse_args([*argv, "--data-dir", str(data_dir.root)])
    return int(args.handler(args))


def test_record_and_show_payments(
    data_dir: DataDir,
    perf: PerformanceServices,
    signed_case: Callable[..., Signed],
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = signed_case(12, amounts=(Decimal("100000"), Decimal("50000"), Decimal("42066")))
    number = case.ref.number
    record = ("payments", "record", number, "--as-of", "2026-11-24", "--operator", "李调解")
    assert (
        run(data_dir, *record, "--amount", "100,000", "--date", "2026-10-20", "--voucher", "V1")
        == 0
    )
    assert "已登记收款100,000.00元" in capsys.readouterr().out
    assert run(data_dir, *record, "--amount", "9999999", "--date", "2026-10-21") == 2
    assert "超出尚欠金额" in capsys.readouterr().err
    assert run(data_dir, "payments", number, "--json", "--as-of", "2026-11-24") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["totals"]["paid"] == "100000.00"
    assert [i["overdue"] for i in report["schedule"]] == [False, True, True]
    assert len(report["workers"]) == 12
    assert report["receipts"][0]["operator"] == "李调解"
    assert [o["seq"] for o in report["overdue"]] == [2, 3]
    assert report["overdue"][0]["routes"][0]["title"] == "申请支付令"
    assert run(data_dir, "payments", number, "--as-of", "2026-11-24") == 0
    text = capsys.readouterr().out
    assert "履行率" in text and "申请支付令" in text and "第3期" in text
    assert perf.case_figures(case.ref.id).figures.paid == Decimal("100000")


def test_bad_payments_input(data_dir: DataDir, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "payments", "record", "X", "--amount", "10") == 2
    assert "--date" in capsys.readouterr().err
    assert run(data_dir, "payments", "X", "--amount", "10") == 2
    assert run(data_dir, "payments", "不存在的编号") == 2
    assert "找不到" in capsys.readouterr().err


def test_locality_commands(data_dir: DataDir, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "locality", "list") == 0
    assert "尚未录入" in capsys.readouterr().out
    assert (
        run(data_dir, "locality", "set", "某市", "2025", "--average", "9000", "--minimum", "2300")
        == 0
    )
    assert "已保存某市2025年" in capsys.readouterr().out
    assert run(data_dir, "locality", "set", "某市", "2025") == 2
    assert "--average" in capsys.readouterr().err
    assert run(data_dir, "locality", "list", "--json") == 0
    rows = json.loads(
        capsys.readouterr().out.splitlines()[-1] if False else capsys.readouterr().out
    )
    assert rows == [
        {
            "locality": "某市",
            "year": 2025,
            "average_monthly_wage": "9000.00",
            "minimum_wage": "2300.00",
            "note": "",
        }
    ]


def test_calculators_read_the_locality_table(
    data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "locality", "set", "某市", "2025", "--average", "9100.5") == 0
    args = argparse.Namespace(data_dir=str(data_dir.root), db_url=None)
    assert payments.locality_figures(args, "某市", 2025) == (Decimal("9100.50"), None)
    with pytest.raises(MediatorError, match="没有“某县”2025年"):
        payments.locality_figures(args, "某县", 2025)
