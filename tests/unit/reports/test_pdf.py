"""The tally PDF opened again: landscape A4, one page, the table's text, the charts' labels."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mediator.cli.main import main
from mediator.domain.enums import Category
from mediator.paths import DataDir
from mediator.reports.pdf import write_pdf
from mediator.reports.periods import month_period
from mediator.reports.services import ReportServices
from mediator.reports.tally import TallyReport
from tests.unit.reports.conftest import Store

OFFICE = "城南街道劳动人事争议调解委员会"
A4_LANDSCAPE = (842, 595)


def _text(path: Path) -> tuple[PdfReader, str]:
    reader = PdfReader(path)
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def _landscape_a4(reader: PdfReader) -> bool:
    box = reader.pages[0].mediabox
    return (round(float(box.width)), round(float(box.height))) == A4_LANDSCAPE


def test_one_landscape_page_with_table_and_charts(
    store: Store, october_report: TallyReport, tmp_path: Path
) -> None:
    reports = ReportServices(store.services.db)
    out = tmp_path / "october.pdf"
    write_pdf(out, october_report, reports.charts(october_report.current))
    reader, text = _text(out)
    assert len(reader.pages) == 1
    assert _landscape_a4(reader)
    assert f"{OFFICE}劳动争议调解案件统计表" in text
    assert "2026年10月（2026年10月1日至2026年10月31日）" in text
    for category in Category:
        assert category.label in text
    assert (
        "合计" in text and "上期合计（2026年9月）" in text and "去年同期合计（2025年10月）" in text
    )
    assert "20,000.00" in text and "8,000.00" in text  # total agreed and paid
    assert "10,000.00" in text and "4,000.00" in text  # total due, of which paid by 10-31
    assert "40.00%" in text  # fulfilment rate
    flat = text.replace("\n", "")
    assert "本期应履行金额" in flat and "其中期末前已履行" in flat
    assert "本期到期应履行金额中，截至期末已履行的比例" in flat
    for title in ("每月收案与结案（件）", "本期收案的争议类别", "每月协议金额与已履行金额（元）"):
        assert title in text
    assert "2件 33.3%" in text  # PAY's share, labelled on its bar
    assert reader.metadata is not None and reader.metadata.author == OFFICE


def test_corrections_follow_the_charts(store: Store, tmp_path: Path) -> None:
    reports = ReportServices(store.services.db)
    reports.mark_reported(month_period(2026, 10))
    # After October was sent: a case received in October is voided, so October changes.
    ref = store.services.get_case(store.ids["last_day"])
    store.services.void_case(ref.id, ref.version, "重复登记")
    report = reports.report(month_period(2026, 11), office=OFFICE)
    assert report.corrections
    out = tmp_path / "november.pdf"
    write_pdf(out, report, reports.charts(report.current), {ref.id: ref.number})
    _reader, text = _text(out)
    assert "以前报送期间数字更正（随2026年11月报表报送）" in text
    assert ref.number in text


def test_cli_writes_the_pdf(store: Store, data_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "tally.pdf"
    command = [sys.executable, "-m", "mediator", "--data-dir", str(data_dir.root), "tally"]
    command += ["--month", "2026-10", "--format", "pdf", "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "已写入" in done.stdout
    reader, text = _text(out)
    assert _landscape_a4(reader) and len(reader.pages) == 1
    assert "劳动争议调解案件统计表" in text and "每月收案与结案" in text


def test_cli_refuses_an_unwritable_file(
    store: Store, data_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "tally.pdf"
    args = ["--data-dir", str(data_dir.root), "tally", "--month", "2026-10", "--out", str(out)]
    assert main(args) == 1
    assert "无法写入文件" in capsys.readouterr().err
