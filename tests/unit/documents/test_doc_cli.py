"""``mediator doc`` and ``mediator verify`` through their register/run functions."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from mediator.cli import doc, verify
from mediator.paths import DataDir
from tests.unit.documents.conftest import CaseMaker, pdf_text


def _cli(data_dir: DataDir, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="mediator")
    subs = parser.add_subparsers()
    doc.register(subs)
    verify.register(subs)
    args = parser.parse_args([*argv, "--data-dir", str(data_dir.root)])
    return int(args.handler(args))


def test_doc_writes_a_pdf_and_verify_accepts_it_until_edited(
    data_dir: DataDir, cases: CaseMaker, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = cases.agreed()
    out = tmp_path / "协议书.pdf"
    assert _cli(data_dir, "doc", "调解协议书", ref.number, "--out", str(out)) == 0
    assert "劳动争议调解协议书" in pdf_text(out.read_bytes())
    assert "核验码" in capsys.readouterr().out

    assert _cli(data_dir, "verify", str(out)) == 0
    assert "核对一致" in capsys.readouterr().out

    edited = tmp_path / "改过.pdf"
    edited.write_bytes(out.read_bytes().replace(b"/Producer", b"/Producex", 1))
    assert _cli(data_dir, "verify", str(edited)) == 1
    assert "被改动过" in capsys.readouterr().out


def test_batch_writes_one_file_per_case_and_skips_what_does_not_apply(
    data_dir: DataDir, cases: CaseMaker, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agreed = cases.agreed()
    cases.received(name="赵堃")
    out = tmp_path / "文书"
    assert _cli(data_dir, "doc", "agreement", "--all", "--out-dir", str(out)) == 0
    assert [p.name for p in out.iterdir()] == [f"{agreed.number}_调解协议书.pdf"]
    assert "1个案件不适用" in capsys.readouterr().out

    assert (
        _cli(data_dir, "doc", "application", "--cases", agreed.number, "--out-dir", str(out)) == 0
    )
    assert len(list(out.iterdir())) == 2


def test_errors_are_explained(
    data_dir: DataDir, cases: CaseMaker, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = cases.received()
    assert _cli(data_dir, "doc", "agreement", ref.number, "--out", str(tmp_path / "a.pdf")) == 1
    assert "还没有调解协议" in capsys.readouterr().err
    assert _cli(data_dir, "doc", "agreement", "--cases", "不存在", "--out-dir", str(tmp_path)) == 1
    assert "找不到案件编号" in capsys.readouterr().err
    assert _cli(data_dir, "doc", "agreement", ref.number) == 1
    assert "--out" in capsys.readouterr().err
    assert _cli(data_dir, "verify", str(tmp_path / "none.pdf")) == 1
    assert "无法读取" in capsys.readouterr().err


def test_one_applicants_arbitration_application(
    data_dir: DataDir, cases: CaseMaker, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = cases.failed(workers=3)
    out = tmp_path / "申请书.pdf"
    args = ("doc", "仲裁申请书", ref.number, "--out", str(out), "--committee", "某仲裁委")
    assert _cli(data_dir, *args, "--applicant", "2") == 0
    assert "仲裁申请书（赵堃）" in capsys.readouterr().out
    text = pdf_text(out.read_bytes())
    assert "申请人：赵堃" in text and "申请人：吉𠮷" not in text and "此致某仲裁委" in text
    assert _cli(data_dir, *args, "--applicant", "9") == 1
    assert "没有第9位申请人" in capsys.readouterr().err
    assert _cli(data_dir, *args) == 0  # every applicant's application, one after another
    text = pdf_text(out.read_bytes())
    assert text.count("劳动人事争议仲裁申请书") == 3
