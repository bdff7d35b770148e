"""``mediator referral`` and ``mediator committee`` run as a user would, in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from mediator.domain.workflow_enums import Action, FailureReason
from mediator.paths import DataDir
from mediator.persistence.services import Services
from mediator.persistence.store import open_database
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import NOW, TODAY
from tests.helpers.factories import single_case

REPO = Path(__file__).resolve().parents[2]
COMMITTEE = "城南区劳动人事争议仲裁委员会"


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
    """A store with one case that failed on 2026-10-24 (no agreement in 15 days)."""
    folder = DataDir(tmp_path / "data")
    folder.ensure()
    db = open_database(folder.default_db_url(), data_dir=folder, now=NOW)
    try:
        ref = Services(db, today=lambda: TODAY, now=lambda: NOW).create_case(
            single_case("王五", date(2026, 10, 8))
        )
        flow = WorkflowServices(db, today=lambda: TODAY, now=lambda: NOW)
        ref = flow.decide_acceptance(
            ref.id, ref.version, accepted=True, decided_on=date(2026, 10, 8)
        )
        flow.close_case(ref.id, ref.version, Action.FAIL, date(2026, 10, 24), FailureReason.OVERDUE)
    finally:
        db.dispose()
    return folder.root, ref.number


def test_committee_add_refer_record_outcome_and_list(case: tuple[Path, str]) -> None:
    data, number = case
    done = mediator(
        data, "committee", "add", COMMITTEE, "--address", "城南路8号", "--phone", "010-1234"
    )
    assert done.returncode == 0, done.stderr
    assert f"已添加仲裁委员会：{COMMITTEE}。" in done.stdout
    assert COMMITTEE in mediator(data, "committee", "list").stdout
    done = mediator(
        data,
        "referral", "add", number,
        "--route", "arbitration", "--date", "2026-11-02", "--committee", COMMITTEE,
        "--method", "当面递交", "--enclosure", "移送函", "--enclosure", "仲裁申请书",
        "--receipt", "收件人张三", "--applicant", "王五",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "已登记转介（编号1）：2026年11月2日申请劳动争议仲裁，城南区劳动人事争议仲裁委员会。" in (
        done.stdout
    )
    done = mediator(
        data, "referral", "outcome", "1", "--kind", "accepted", "--date", "2026-11-06",
        "--number", "城劳人仲案〔2026〕12号",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    shown = mediator(data, "referral", "list", number, "--as-of", "2026-11-24")
    assert shown.returncode == 0, shown.stderr
    assert (
        "[可] 申请劳动争议仲裁：调解不成（自收到申请之日起15日内未达成协议（逾期））"
        in shown.stdout
    )
    assert "编号1  2026年11月2日  申请劳动争议仲裁  城南区劳动人事争议仲裁委员会  当面递交" in (
        shown.stdout
    )
    assert "材料：移送函、仲裁申请书" in shown.stdout
    assert "2026年11月6日 已受理（城劳人仲案〔2026〕12号）" in shown.stdout
    data_json = json.loads(mediator(data, "referral", "list", number, "--json").stdout)
    (made,) = data_json["referrals"]
    assert made["outcomes"][0]["body_case_number"] == "城劳人仲案〔2026〕12号"
    assert made["committee"]["phone"] == "010-1234"
    assert len(made["applicant_ids"]) == 1
    refused = mediator(data, "committee", "remove", COMMITTEE)
    assert refused.returncode == 2
    assert "已有1次转介记录使用" in refused.stderr


def test_bad_input_is_refused_in_chinese(case: tuple[Path, str]) -> None:
    data, number = case
    done = mediator(
        data, "referral", "add", number, "--route", "飞机", "--date", "2026-11-02",
        "--method", "post",
    )  # fmt: skip
    assert done.returncode == 2
    assert "错误：途径“飞机”无效，可用：arbitration=申请劳动争议仲裁" in done.stderr
    done = mediator(
        data, "referral", "add", number, "--route", "judicial_confirmation",
        "--date", "2026-11-02", "--method", "post", "--body", "城南区人民法院",
    )  # fmt: skip
    assert done.returncode == 2
    assert "目前不能登记“司法确认”：仅适用于已生效的调解协议。" in done.stderr
    done = mediator(
        data, "referral", "add", number, "--route", "arbitration", "--date", "2026-11-02",
        "--method", "post", "--body", "仲裁委", "--applicant", "赵六",
    )  # fmt: skip
    assert done.returncode == 2
    assert "本案没有名为“赵六”的申请人（申请人：王五）。" in done.stderr
    done = mediator(data, "referral", "outcome", "7", "--kind", "award", "--date", "2026-11-02")
    assert done.returncode == 2 and "该转介记录不存在" in done.stderr
    missing = mediator(data, "referral", "list", "不存在")
    assert missing.returncode == 2, missing.stderr
    assert "找不到案件编号为“不存在”的案件。" in missing.stderr
