"""``mediator doc referral`` and the route documents, run as a user would, in a subprocess."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from mediator.paths import DataDir
from mediator.persistence.db import Database
from mediator.persistence.referral_services import ReferralServices
from mediator.persistence.referrals import CommitteeData
from mediator.persistence.services import Services
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import NOW, TODAY
from tests.unit.documents.conftest import CaseMaker, flat, pages_text

REPO = Path(__file__).resolve().parents[2]
COMMITTEE = "城南区劳动人事争议仲裁委员会"


def mediator(data: DataDir, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mediator", *args, "--data-dir", str(data.root)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _cases(services: Services) -> CaseMaker:
    return CaseMaker(services, WorkflowServices(services.db, lambda: TODAY, lambda: NOW))


def test_referral_packet_and_parts(
    data_dir: DataDir, db: Database, services: Services, tmp_path: Path
) -> None:
    ref = _cases(services).failed()
    out = tmp_path / "移送仲裁材料.pdf"
    parts = tmp_path / "分册"

    # No committee on record, none in the settings and none named: a Chinese error.
    refused = mediator(data_dir, "doc", "referral", ref.number, "--out", str(out))
    assert refused.returncode == 1 and "--committee" in refused.stderr and not out.exists()

    ReferralServices(db).add_committee(CommitteeData(COMMITTEE, jurisdiction="建设路"))
    done = mediator(
        data_dir, "doc", "移送仲裁材料", ref.number, "--out", str(out), "--parts-dir", str(parts)
    )
    assert done.returncode == 0, done.stderr
    assert f"致{COMMITTEE}" in done.stdout and "仲裁申请书（吉𠮷）：第" in done.stdout
    pages = pages_text(out.read_bytes())
    assert all(f"第{n}页共{len(pages)}页" in flat(p) for n, p in enumerate(pages, start=1))
    files = sorted(p.name for p in parts.iterdir())
    assert files == [
        "01_移送函.pdf",
        "02_仲裁申请书（吉𠮷）.pdf",
        "03_调解终止书.pdf",
        "04_证据清单.pdf",
        "05_调解笔录（第1次）.pdf",
    ]
    # The parts are the packet's pages, in order.
    merged = sum(len(PdfReader(io.BytesIO((parts / f).read_bytes())).pages) for f in files)
    assert merged == len(pages)
    assert mediator(data_dir, "verify", str(out)).returncode == 0
    assert mediator(data_dir, "verify", str(parts / files[1])).returncode == 0


def test_route_documents_and_usage_errors(
    data_dir: DataDir, services: Services, tmp_path: Path
) -> None:
    ref = _cases(services).agreed()
    out = tmp_path / "司法确认.pdf"
    done = mediator(data_dir, "doc", "司法确认申请书", ref.number, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "即2026年12月24日前" in flat("".join(pages_text(out.read_bytes())))
    review = tmp_path / "review.pdf"
    done = mediator(
        data_dir,
        "doc",
        "arbitral_review",
        ref.number,
        "--out",
        str(review),
        "--committee",
        "X仲裁委",
    )
    assert done.returncode == 0, done.stderr
    text = flat("".join(pages_text(review.read_bytes())))
    assert "即2026年12月9日前" in text and "此致X仲裁委" in text

    batch = mediator(data_dir, "doc", "referral", "--all", "--out-dir", str(tmp_path))
    assert batch.returncode == 1 and "逐案生成" in batch.stderr
    letter = mediator(data_dir, "doc", "移送函", ref.number, "--out", str(tmp_path / "l.pdf"))
    assert letter.returncode == 1 and "mediator doc referral" in letter.stderr
