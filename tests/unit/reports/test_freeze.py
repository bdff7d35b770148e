"""Reported periods (已报送): October is sent, a case changes in November, November corrects it."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from mediator.cli import reports as cli
from mediator.domain.enums import Category
from mediator.paths import DataDir
from mediator.persistence import orm
from mediator.persistence.performance import ReceiptData
from mediator.persistence.performance_services import PerformanceServices
from mediator.reports.export import report_json, write_csv, write_xlsx
from mediator.reports.periods import Period, month_period
from mediator.reports.services import AlreadyReported, PeriodNotOver, ReportServices
from mediator.reports.tally import Correction, case_ids
from tests.conftest import TODAY
from tests.unit.reports.conftest import Store

OCTOBER = month_period(2026, 10)
NOVEMBER = month_period(2026, 11)
DECEMBER = month_period(2026, 12)
SENT_AT = datetime(2026, 11, 3, 10, 0)


@pytest.fixture
def reports(store: Store) -> ReportServices:
    return ReportServices(store.services.db, today=lambda: TODAY, now=lambda: SENT_AT)


@pytest.fixture
def in_december(store: Store) -> ReportServices:
    """The report services on 2026-12-03, when November is over and can be reported."""
    return ReportServices(
        store.services.db, today=lambda: date(2026, 12, 3), now=lambda: datetime(2026, 12, 3, 9)
    )


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


def test_a_correction_is_reported_once(
    store: Store, reports: ReportServices, in_december: ReportServices
) -> None:
    reports.mark_reported(OCTOBER)
    _recategorise(store, "reopened_later", Category.SI)
    november = in_december.mark_reported(NOVEMBER)
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
    assert sheet["A1"].value == (
        "城南街道劳动人事争议调解委员会以前报送期间数字更正（随2026年11月报表报送）"
    )
    # Printed landscape, one page wide, the header on every page, case numbers wrapped.
    assert (sheet.page_setup.orientation, sheet.page_setup.fitToWidth) == ("landscape", 1)
    assert sheet.page_setup.fitToHeight == 0 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$2:$2"
    assert sheet["G3"].alignment.wrap_text and sheet.column_dimensions["G"].width >= 40

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


def _late_receipt(store: Store, key: str, on: date, amount: str) -> None:
    perf = PerformanceServices(store.services.db, today=lambda: TODAY, now=lambda: SENT_AT)
    perf.record_receipt(store.ids[key], ReceiptData(on, Decimal(amount), method="银行转账"))


def test_a_late_receipt_names_only_its_case(
    store: Store, reports: ReportServices, in_december: ReportServices
) -> None:
    """October's amounts come from three cases; a receipt recorded late changes one of them."""
    reports.mark_reported(OCTOBER)
    _late_receipt(store, "agreed", date(2026, 10, 29), "500")
    found = _by(reports.corrections_for(NOVEMBER))
    paid = found[("amount_paid", "合计")]
    assert (paid.sent, paid.current) == (Decimal("8000.00"), Decimal("8500.00"))
    assert paid.case_ids == (store.ids["agreed"],)
    due_paid = found[("amount_due_paid", "合计")]
    assert due_paid.case_ids == (store.ids["agreed"],)
    with store.services.db.read() as session:
        assert len(case_ids(session, OCTOBER, "amount_paid")) == 3  # the old answer: all three
    # November is sent with it; a second late receipt on another case names only that one.
    in_december.mark_reported(NOVEMBER)
    _late_receipt(store, "not_performed", date(2026, 10, 31), "1000")
    again = _by(reports.corrections_for(DECEMBER))
    assert again[("amount_paid", "合计")].sent == Decimal("8500.00")
    assert again[("amount_paid", "合计")].case_ids == (store.ids["not_performed"],)


def test_a_period_reported_before_amounts_were_kept_case_by_case(
    store: Store, reports: ReportServices
) -> None:
    """Old snapshots have no per-case amounts: a money correction names all its cases."""
    reports.mark_reported(OCTOBER)
    with store.services.db.write() as session:
        row = session.scalar(select(orm.ReportedPeriod))
        assert row is not None
        data = json.loads(row.figures)
        data.pop("amounts")
        row.figures = json.dumps(data, ensure_ascii=False)
    _late_receipt(store, "agreed", date(2026, 10, 29), "500")
    paid = _by(reports.corrections_for(NOVEMBER))[("amount_paid", "合计")]
    with store.services.db.read() as session:
        assert list(paid.case_ids) == case_ids(session, OCTOBER, "amount_paid")


@pytest.mark.parametrize(
    ("period", "message"),
    [
        (NOVEMBER, "2026年11月尚未结束（截至11月30日），不能标记为已报送。"),
        (DECEMBER, "2026年12月尚未结束（截至12月31日），不能标记为已报送。"),
        (month_period(2027, 1), "2027年1月尚未结束（截至2027年1月31日），不能标记为已报送。"),
    ],
)
def test_a_period_not_over_cannot_be_reported(
    reports: ReportServices, period: Period, message: str
) -> None:
    with pytest.raises(PeriodNotOver) as raised:
        reports.mark_reported(period)
    assert raised.value.message == message
    assert reports.reported(period) is None


def test_a_period_ending_yesterday_can_be_reported(store: Store) -> None:
    on_the_first = ReportServices(store.services.db, today=lambda: date(2026, 11, 1))
    assert on_the_first.mark_reported(OCTOBER).period == OCTOBER


def test_cli_refuses_to_mark_a_month_not_over(
    store: Store, data_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The command counts on the clock: a month far ahead is not over whenever this runs.
    out = tmp_path / "future.xlsx"
    folder = str(data_dir.root)
    code = _run("tally", "--data-dir", folder, "--month", "2099-12", "--mark-reported",
                "--out", str(out))  # fmt: skip
    assert code == 2
    assert "2099年12月尚未结束（截至2099年12月31日），不能标记为已报送。" in capsys.readouterr().err
    assert not out.exists()


def test_a_reported_amount_drills_down_to_each_cases_part_as_sent(
    store: Store, reports: ReportServices
) -> None:
    reports.mark_reported(OCTOBER)
    _late_receipt(store, "agreed", date(2026, 10, 29), "500")
    sent = reports.case_amounts(OCTOBER, "amount_paid")
    assert sent[store.ids["agreed"]] == Decimal("3000.00")  # as sent, not 3,500
    assert sum(sent.values()) == reports.report(OCTOBER).current.total["amount_paid"]
    pay = reports.case_amounts(OCTOBER, "amount_paid", Category.PAY)
    assert set(pay) == {store.ids["agreed"]}
    live = reports.case_amounts(NOVEMBER, "amount_paid")
    assert sum(live.values()) == reports.report(NOVEMBER).current.total["amount_paid"]
