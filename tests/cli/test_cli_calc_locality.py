"""``mediator calc severance --locality NAME [--year YYYY]`` run as a user would, in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def mediator(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mediator", "--data-dir", str(data), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose table has 某市 for 2026 (both figures) and 2025 (minimum wage only)."""
    folder = tmp_path_factory.mktemp("calc-locality")
    for args in (
        ("某市", "2026", "--average", "10000", "--minimum", "2490"),
        ("某市", "2025", "--minimum", "2300"),
    ):
        done = mediator(folder, "locality", "set", *args)
        assert done.returncode == 0, done.stderr
    return folder


def severance(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return mediator(data, "calc", "severance", *args)


def test_case_d_takes_the_cap_from_the_year_of_the_last_working_day(data: Path) -> None:
    done = severance(
        data, "--start", "2010-12-01", "--end", "2026-02-28", "--wage", "40000",
        "--locality", "某市", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["amount"] == "360000.00"
    assert result["n_months"] == 12
    assert result["capped"] is True
    assert "取自当地数据表“某市”2026年度（按最后工作日所在年度）" in result["steps"][0]


def test_case_i_takes_the_minimum_wage_from_the_table(data: Path) -> None:
    done = severance(
        data, "--start", "2023-03-01", "--end", "2026-02-28", "--wage", "1800",
        "--locality", "某市",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "最低工资标准2,490.00元，取自当地数据表“某市”2026年度" in done.stdout
    assert "人民币7,470.00元" in done.stdout


def test_a_figure_given_by_hand_wins_and_the_working_says_which_came_from_the_table(
    data: Path,
) -> None:
    done = severance(
        data, "--start", "2020-08-01", "--end", "2026-02-28", "--wage", "40000",
        "--locality", "某市", "--local-average", "12000", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["base"] == "36000.00"
    assert result["steps"][0].startswith("当地数据：最低工资标准2,490.00元")
    assert "上年度职工月平均工资10,000.00" not in done.stdout


def test_an_explicit_year_is_named_in_the_working(data: Path) -> None:
    done = severance(
        data, "--start", "2023-03-01", "--end", "2026-02-28", "--wage", "1800",
        "--locality", "某市", "--year", "2025", "--local-average", "9000",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "“某市”2025年度（按所选年度；最后工作日在2026年）" in done.stdout
    assert "人民币6,900.00元" in done.stdout  # 3 × 2,300


def test_no_row_for_the_year_is_a_chinese_error(data: Path) -> None:
    done = severance(
        data, "--start", "2018-07-01", "--end", "2024-03-15", "--wage", "8000",
        "--locality", "某市",
    )  # fmt: skip
    assert done.returncode == 2
    assert "错误：没有“某市”2024年的当地数据" in done.stderr
    assert done.stdout == ""


def test_a_row_without_the_needed_figure_is_a_chinese_error(data: Path) -> None:
    done = severance(
        data, "--start", "2018-07-01", "--end", "2026-03-15", "--wage", "8000",
        "--locality", "某市", "--year", "2025",
    )  # fmt: skip
    assert done.returncode == 2
    assert "“某市”2025年的当地数据中没有上年度职工月平均工资" in done.stderr


def test_without_locality_no_store_is_created(tmp_path: Path) -> None:
    folder = tmp_path / "never"
    done = severance(folder, "--start", "2018-07-01", "--end", "2026-03-15", "--wage", "8000")
    assert done.returncode == 0, done.stderr
    assert not (folder / "mediator.db").exists()
