"""Reported periods (已报送): October is sent, a case changes in November, November corrects it."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from mediator.cli import reports as cli
from mediator.domain.enums import Category
from mediator.paths import DataDir
from mediator.persistence import orm
from mediator.reports.export import report_json, write_csv, write_xlsx
from mediator.reports.periods import month_period
from mediator.reports.services import AlreadyReported, ReportServices
from mediator.reports.tally import Correction
from tests.conftest import TODAY
from tests.unit.reports.conftest import Store

OCTOBER = month_period(2026, 10)
NOVEMBER = month_period(2026, 11)
DECEMBER = month_period(2026, 12)
SENT_AT = datetime(2026, 11, 3, 10, 0)


@pytest.fixture
def reports(store: Store) -> ReportServices:
    return ReportServices(store.services.db, today=lambda: TODAY, now=lambda: SENT_AT)


def _recategorise(store: Store, key: str, category: Category) -> None:
    detail = store.services.get_case(store.ids[key])
    data = dataclasses.replace(detail.data, category=category)
    store.services.update_case(detail.id, detail.version, data)


def _by(corrections: tuple[Correction, ...]) -> dict[tuple[str, str], Correction]:
    return {(c.figure, c.category_label): c for c in corrections}


def test_a_reported_period_keeps_its_figures_and_the_next_report_corrects_them(
    store: Store, reports: ReportServices
) -> None:
    sent = reports.mark_reported(OCTOBER)
    assert (sent.reported_at, sent.tally.total["received"]) == (SENT_AT, 6)
    assert reports.corrections_for(NOVEMBER) == ()
    # November: the register clerk finds that reopened_later (PAY, received 10-03) is
    # really about social insurance, and voids last_day (CON_END, received 10-31).
    _recategorise(store, "reopened_later", Category.SI)
    last_day = store.services.get_case(store.ids["last_day"])
    store.services.void_case(last_day.id, last_day.version, "重复登记")

    october = reports.report(OCTOBER)
    assert october.reported_at == SENT_AT
    assert october.current.total["received"] == 6  # as sent
    assert october.current.by_category[Category.PAY]["received"] == 2
    assert october.corrections == ()

    corrections = _by(reports.corrections_for(NOVEMBER))
    moved, voided = store.ids["reopened_later"], store.ids["last_day"]
    received_pay = corrections[("received", "劳动报酬")]
    assert (received_pay.sent, received_pay.current, received_pay.case_ids) == (2, 1, (moved,))
    assert received_pay.period == OCTOBER
    assert corrections[("received", "社会保险")].case_ids == (moved,)
    assert corrections[("closed_withdrawn", "社会保险")].current == 1
    total = corrections[("received", "合计")]
    assert (total.sent, total.current, total.case_ids) == (6, 5, (voided,))
    assert corrections[("pending_end", "合计")].case_ids == (voided,)
    assert ("closed", "合计") not in corrections  # the move left the total closed alone
    assert corrections[("amount_claimed", "合计")].current < Decimal("272066.00")

    november = reports.report(NOVEMBER)
    assert november.reported_at is None
    assert november.previous.total["received"] == 6  # October beside November, as sent
    assert _by(november.corrections) == corrections


def test_a_correction_is_reported_once(store: Store, reports: ReportServices) -> None:
    reports.mark_reported(OCTOBER)
    _recategorise(store, "reopened_later", Category.SI)
    november = reports.mark_reported(NOVEMBER)
    assert november.corrections  # sent with November
    assert reports.corrections_for(DECEMBER) == ()
    assert reports.report(NOVEMBER).corrections == november.corrections
    _recategorise(store, "reopened_later", Category.HRS)  # changed again: corrected again
    again = _by(reports.corrections_for(DECEMBER))
    si, hrs = again[("received", "社会保险")], again[("received", "工作时间及休息休假")]
    assert (si.sent, si.current, hrs.sent, hrs.current) == (2, 1, 1, 2)  # 2: as corrected
    assert ("received", "劳动报酬") not in again


def test_a_period_is_reported_once(reports: ReportServices) -> None:
    reports.mark_reported(OCTOBER)
    with pytest.raises(AlreadyReported, match="已于2026年11月03日 10:00"):
        reports.mark_reported(OCTOBER)
    assert reports.reported(NOVEMBER) is None


def test_exports_carry_the_corrections(
    store: Store, reports: ReportServices, tmp_path: Path
) -> None:
    reports.mark_reported(OCTOBER)
    _recategorise(store, "reopened_later", Category.SI)
    report = reports.report(NOVEMBER, office="城南街道劳动人事争议调解委员会")
    moved = store.ids["reopened_later"]
    data = report_json(report)
    assert data["reported"] is None
    item = next(
        c for c in data["corrections"] if (c["figure"], c["category"]) == ("received", "PAY")
    )
    assert item["period"]["label"] == "2026年10月" and item["figure_label"] == "本期收案"
    assert (item["sent"], item["current"], item["case_ids"]) == (2, 1, [moved])
    assert report_json(reports.report(OCTOBER))["reported"]["reported_at"] == SENT_AT.isoformat()

    xlsx = tmp_path / "november.xlsx"
    write_xlsx(xlsx, report, {moved: "城南调字〔2026〕第1号"})
    workbook = openpyxl.load_workbook(xlsx)
    assert workbook.sheetnames == ["统计表", "更正"]
    sheet = workbook["更正"]
    header = [cell.value for cell in sheet[2]]
    assert header == ["更正期间", "统计项目", "争议类别", "原报数", "更正数", "增减", "涉及案件"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=3)]
    assert ["2026年10月", "本期收案", "劳动报酬", 2, 1, -1, "城南调字〔2026〕第1号"] in rows
    assert "更正" in workbook["统计表"]["A2"].value

    path = tmp_path / "november.csv"
    write_csv(path, report)
    with path.open(encoding="utf-8-sig") as handle:
        text = list(csv.reader(handle))
    assert ["2026年10月", "本期收案", "劳动报酬", "2", "1", "-1", str(moved)] in text


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="mediator")
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.handler(args))


def test_cli_mark_reported_then_the_next_month_shows_the_correction(
    store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    folder = str(data_dir.root)
    sent = tmp_path / "october.json"
    assert _run("tally", "--data-dir", folder, "--month", "2026-10", "--mark-reported",
                "--out", str(sent)) == 0  # fmt: skip
    assert _run("tally", "--data-dir", folder, "--month", "2026-10", "--mark-reported",
                "--out", str(tmp_path / "again.json")) == 1  # fmt: skip
    _recategorise(store, "reopened_later", Category.SI)
    out = tmp_path / "november.json"
    assert _run("tally", "--data-dir", folder, "--month", "2026-11", "--out", str(out)) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    ids = {i for c in data["corrections"] for i in c["case_ids"]}
    assert ids == {store.ids["reopened_later"]}
    october = tmp_path / "october-again.json"
    assert _run("tally", "--data-dir", folder, "--month", "2026-10", "--out", str(october)) == 0
    again = json.loads(october.read_text(encoding="utf-8"))
    first = json.loads(sent.read_text(encoding="utf-8"))
    assert again["by_category"] == first["by_category"]  # still as sent
    assert again["reported"] is not None
    xlsx = tmp_path / "november.xlsx"
    assert _run("tally", "--data-dir", folder, "--month", "2026-11", "--out", str(xlsx)) == 0
    assert openpyxl.load_workbook(xlsx)["更正"].max_row >= 3


def test_a_period_reported_before_the_amount_due_existed(
    store: Store, reports: ReportServices
) -> None:
    """Reports kept before 本期应履行金额 have no such figures: read as 0, never a correction."""
    reports.mark_reported(OCTOBER)
    new = ("amount_due", "amount_due_paid")
    with store.services.db.write() as session:
        row = session.scalar(select(orm.ReportedPeriod))
        assert row is not None
        data = json.loads(row.figures)
        for part in [data["total"], *data["by_category"].values(), data["cases"]]:
            for key in new:
                part.pop(key)
        row.figures = json.dumps(data, ensure_ascii=False)
    october = reports.report(OCTOBER)
    assert october.current.total["amount_due"] == 0
    assert october.current.total.fulfilment_rate is None  # not sent, so not shown
    assert october.current.total["amount_paid"] == Decimal("8000.00")  # as sent
    assert [c.figure for c in reports.corrections_for(NOVEMBER) if c.figure in new] == []
    assert reports.report(NOVEMBER).previous.total["amount_due"] == 0
