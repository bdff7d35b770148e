"""``mediator roster`` and ``mediator arrears`` run in-process against a real store."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from mediator.cli.main import main
from mediator.domain.arrears import EvidenceKind, LiabilityData
from mediator.domain.enums import ChainRole
from mediator.paths import DataDir
from mediator.persistence.arrears_services import ArrearsServices
from mediator.persistence.cases import CaseRef
from mediator.persistence.services import Services
from tests.unit.arrears.roster_files import roster_worker, write_roster


def mediator(
    data_dir: DataDir, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir.root), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_roster_dry_run_then_import_then_arrears(
    data_dir: DataDir,
    services: Services,
    arrears: ArrearsServices,
    case: CaseRef,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    workers = [roster_worker(i) for i in range(30)]
    total = sum((w["欠薪金额"] for w in workers), Decimal("0"))
    path = write_roster(tmp_path / "名册.xlsx", workers)
    code, out, _ = mediator(data_dir, capsys, "roster", case.number, str(path), "--dry-run")
    assert code == 0 and "检查通过，可以导入30名工人" in out
    assert len(services.get_case(case.id).data.applicants) == 3
    code, out, _ = mediator(data_dir, capsys, "roster", case.number, str(path))
    assert code == 0 and f"已导入30名工人，欠薪合计{total:,.2f}元" in out
    first = arrears.ledger(case.id).workers[3]
    arrears.set_evidence(case.id, first.applicant_id, EvidenceKind.IOU, True)
    arrears.save_liabilities(
        case.id,
        [
            LiabilityData(
                "城南建设集团有限公司",
                ChainRole.GENERAL_CONTRACTOR,
                "先行清偿",
                share=Decimal("100"),
            )
        ],
    )
    code, out, _ = mediator(data_dir, capsys, "arrears", case.number)
    assert code == 0
    assert (
        f"{first.name}  2026年3月至2026年7月  应付12,000.50  已付（调解前）0.00"
        "  欠付（调解前）12,000.50" in out
    )
    assert f"mediator payments {case.number} 查看" in out
    assert "证据：欠条" in out
    assert f"合计33人：应付{total:,.2f}" in out
    assert f"城南建设集团有限公司（总包）：先行清偿  {total:,.2f}元" in out
    code, out, _ = mediator(data_dir, capsys, "arrears", case.number, "--json")
    report = json.loads(out)
    assert report["totals"]["owed"] == f"{total:.2f}"
    assert sum(Decimal(w["owed"]) for w in report["workers"]) == total
    assert report["workers"][3]["evidence"] == ["欠条"]


def test_roster_errors_exit_2_with_the_row_report(
    data_dir: DataDir,
    services: Services,
    case: CaseRef,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    workers = [roster_worker(i) for i in range(20)]
    workers[14]["身份证号"] = "511321199001011234"
    path = write_roster(tmp_path / "名册.xlsx", workers)
    code, out, err = mediator(data_dir, capsys, "roster", case.number, str(path))
    assert code == 2
    assert "第17行 [身份证号]：" in err
    assert "没有导入任何工人" in err
    assert len(services.get_case(case.id).data.applicants) == 3


def test_unknown_case_and_wrong_file_type(
    data_dir: DataDir, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_roster(tmp_path / "名册.xlsx", [roster_worker(0)])
    code, _, err = mediator(data_dir, capsys, "roster", "不存在的编号", str(path))
    assert code == 1 and "找不到案件编号" in err
    code, _, err = mediator(data_dir, capsys, "roster", "X", str(tmp_path / "名册.xls"))
    assert code == 2 and ".xlsx" in err


def test_roster_merging_a_registered_applicant_in_a_subprocess(
    data_dir: DataDir, services: Services, case: CaseRef, tmp_path: Path
) -> None:
    existing = services.get_case(case.id).data.applicants[0]
    workers = [roster_worker(i) for i in range(4)]
    workers[0].update(姓名=existing.name, 身份证号=existing.id_number, 电话=existing.phone)
    path = write_roster(tmp_path / "名册.xlsx", workers)
    done = subprocess.run(
        [sys.executable, "-m", "mediator", "--data-dir", str(data_dir.root)]
        + ["roster", case.number, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "已导入4名工人" in done.stdout
    assert "其中新增3名工人，1名与本案已登记的申请人合并" in done.stdout
    data = services.get_case(case.id).data
    assert len(data.applicants) == 3 + 3
    assert [c.amount for c in data.claims if c.applicant_index == 0] == [workers[0]["欠薪金额"]]
