"""``mediator limitation CASE_NO`` run as a user would, in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from mediator.paths import DataDir
from mediator.persistence.services import Services
from mediator.persistence.store import open_database
from tests.conftest import NOW
from tests.helpers.factories import collective_case

REPO = Path(__file__).resolve().parents[2]
AS_OF = ("--as-of", "2026-11-24")


def mediator(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mediator", "--data-dir", str(data), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture
def case(tmp_path: Path) -> tuple[Path, str]:
    """A store with one open case of two workers (left 2026-08-31, applied 2026-09-30)."""
    folder = DataDir(tmp_path / "data")
    folder.ensure()
    db = open_database(folder.default_db_url(), data_dir=folder, now=NOW)
    try:
        data = collective_case(2, date(2026, 9, 30))
        data.applicants[1].name = "王五"
        ref = Services(db, today=lambda: date(2026, 11, 24), now=lambda: NOW).create_case(data)
    finally:
        db.dispose()
    return folder.root, ref.number


def test_prints_each_applicant_with_date_days_and_basis(case: tuple[Path, str]) -> None:
    data, number = case
    done = mediator(data, "limitation", number, *AS_OF)
    assert done.returncode == 0, done.stderr
    assert "仅供参考，以仲裁委员会认定为准" in done.stdout
    assert "王五  劳动报酬  2027年10月15日  剩余325天" in done.stdout
    assert "2026年9月30日申请调解（时效中断）" in done.stdout


def test_add_event_for_one_applicant_then_json(case: tuple[Path, str]) -> None:
    data, number = case
    done = mediator(
        data,
        "limitation",
        number,
        "--add-event",
        "--date",
        "2026-11-02",
        "--kind",
        "劳动者向用人单位主张权利",
        "--applicant",
        "王五",
        "--note",
        "短信催要",
        "--operator",
        "李调解",
        *AS_OF,
    )
    assert done.returncode == 0, done.stderr
    assert "已登记：2026年11月2日劳动者向用人单位主张权利（时效中断）" in done.stdout
    shown = json.loads(mediator(data, "limitation", number, "--json", *AS_OF).stdout)
    by_name = {a["name"]: a["clocks"][0]["last_day"] for a in shown["applicants"]}
    assert by_name["王五"] == "2027-11-02"
    assert [e["applicant"] for e in shown["events"]] == ["王五"]
    assert shown["events"][0]["operator"] == "李调解"


def test_bad_input_is_refused_in_chinese(case: tuple[Path, str]) -> None:
    data, number = case
    future = mediator(
        data, "limitation", number, "--add-event", "--date", "2030-01-01", "--kind", "demand"
    )
    assert future.returncode == 2 and "不能晚于今天" in future.stderr
    kind = mediator(
        data, "limitation", number, "--add-event", "--date", "2026-11-01", "--kind", "x"
    )
    assert kind.returncode == 2 and "事件类型“x”无效" in kind.stderr
    who = mediator(data, "limitation", number, "--known-date", "2026-05-01", "--applicant", "无名")
    assert who.returncode == 2 and "没有名为“无名”的申请人" in who.stderr
    missing = mediator(data, "limitation", "不存在的编号")
    assert missing.returncode == 2 and "错误：" in missing.stderr


def test_refresh_all(case: tuple[Path, str]) -> None:
    data, _ = case
    done = mediator(data, "limitation", "--refresh-all")
    assert done.returncode == 0, done.stderr
    assert "0名申请人的时效日期有变化" in done.stdout


def test_counted_kinds_leave_an_unconfirmed_kind_out(case: tuple[Path, str]) -> None:
    data, number = case
    added = mediator(
        data,
        "limitation",
        number,
        "--add-event",
        "--date",
        "2026-11-05",
        "--kind",
        "negotiation_refused",
        *AS_OF,
    )
    assert added.returncode == 0, added.stderr
    assert "2027年11月5日" in added.stdout and "待核实" in added.stdout
    done = mediator(data, "limitation", "--counted-kinds", "demand,promise,relief,suspension")
    assert done.returncode == 0, done.stderr
    assert "劳动者向用人单位主张权利、用人单位同意履行（承诺支付）" in done.stdout
    shown = mediator(data, "limitation", number, *AS_OF).stdout
    assert "2027年10月15日" in shown and "（按设置不计入）" in shown
    bad = mediator(data, "limitation", "--counted-kinds", "demand,nonsense")
    assert bad.returncode == 2 and "“nonsense”无效" in bad.stderr
