"""The tally form and the ledger, opened again with openpyxl."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from mediator.domain.enums import Category
from mediator.persistence import orm
from mediator.reports.export import COLUMNS, FIRST_DATA_ROW, text_width, write_xlsx
from mediator.reports.ledger import write_ledger
from mediator.reports.periods import month_period
from mediator.reports.tally import MONEY_KEYS, TallyReport, case_ids
from tests.unit.reports.conftest import Store


def _column_values(sheet: Any, col: int) -> list[Any]:
    return [sheet.cell(r, col).value for r in range(3, sheet.max_row + 1)]


TOTAL_ROW = FIRST_DATA_ROW + len(Category)


def _column(key: str) -> int:
    return 2 + COLUMNS.index(key)


def test_form_title_header_totals(october_report: TallyReport, tmp_path: Path) -> None:
    path = tmp_path / "tally.xlsx"
    write_xlsx(path, october_report)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "城南街道劳动人事争议调解委员会劳动争议调解案件统计表"
    assert "2026年10月（2026年10月1日至2026年10月31日）" in sheet["A2"].value
    assert "调解成功 ÷ 结案数" in sheet["A2"].value
    assert "履行率 = 其中期末前已履行 ÷ 本期应履行金额" in sheet["A2"].value
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert "A1:AE1" in merged  # 30 figures and rates after the category (issue 6 added 5)
    assert "A3:A4" in merged  # 争议类别 over both header rows
    assert "B3:B4" in merged  # 上期未结
    assert "C3:I3" in merged  # 收案情况
    assert sheet["C3"].value == "收案情况"
    assert sheet["C4"].value == "本期收案"
    assert sheet.cell(FIRST_DATA_ROW, 1).value == "劳动报酬"
    assert sheet.cell(TOTAL_ROW, 1).value == "合计"
    assert sheet.cell(TOTAL_ROW, 1).font.bold
    assert sheet.cell(TOTAL_ROW, _column("carried_over")).value == 4
    assert sheet.cell(TOTAL_ROW, _column("received")).value == 6
    claimed = sheet.cell(TOTAL_ROW, _column("amount_claimed"))
    assert Decimal(str(claimed.value)) == Decimal("272066")
    assert claimed.number_format == "#,##0.00"
    due = _column("amount_due")
    assert [sheet.cell(4, due + i).value for i in range(2)] == [
        "本期应履行金额",
        "其中期末前已履行",
    ]
    assert [sheet.cell(TOTAL_ROW, due + i).value for i in range(2)] == [10000, 4000]
    assert abs(sheet.cell(TOTAL_ROW, _column("fulfilment_rate")).value - 0.4) < 1e-9
    rate = sheet.cell(TOTAL_ROW, _column("success_rate"))
    assert abs(rate.value - 3 / 7) < 1e-9
    assert rate.number_format == "0.00%"
    assert sheet.cell(TOTAL_ROW + 1, 1).value == "上期合计（2026年9月）"
    assert sheet.cell(TOTAL_ROW + 2, 1).value == "去年同期合计（2025年10月）"
    assert sheet.cell(TOTAL_ROW + 2, _column("received")).value == 1
    assert sheet.cell(FIRST_DATA_ROW + 8, _column("success_rate")).value == "—"  # 福利 row


def test_form_prints_on_one_landscape_a4_page(october_report: TallyReport, tmp_path: Path) -> None:
    path = tmp_path / "tally.xlsx"
    write_xlsx(path, october_report)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.fitToHeight == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.freeze_panes == "B5"
    assert sheet.print_title_rows == "$3:$4"


def test_ledger_one_row_per_case_and_per_applicant(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "ledger.xlsx"
    with store.services.db.read() as session:
        count = write_ledger(path, session, month_period(2026, 10), "城南调委会")
    # received (6) + carried over (4) + reopened in October (back_from_sep)
    assert count == 11
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["案件台账", "申请人"]
    cases, applicants = workbook["案件台账"], workbook["申请人"]
    assert cases["A1"].value == "城南调委会劳动争议调解案件台账（2026年10月）"
    assert cases["A2"].value == "案件编号"
    assert cases.max_row == 2 + 11
    statuses = {cases.cell(r, 5).value for r in range(3, cases.max_row + 1)}
    assert "达成协议" in statuses and "不予受理（不属于劳动争议调解受理范围）" in statuses
    # 11 cases, one of them with 12 workers
    assert applicants.max_row == 2 + 10 + 12
    closed = set(_column_values(cases, 1))
    with store.services.db.read() as session:
        numbers = dict(session.execute(select(orm.Case.id, orm.Case.number)).all())
        assert {numbers[i] for i in case_ids(session, month_period(2026, 10), "closed")} <= closed
    assert applicants["D3"].value in ("男", "女")
    assert applicants.freeze_panes == "A3"


def test_number_columns_are_wide_enough_for_their_values(
    october_report: TallyReport, tmp_path: Path
) -> None:
    """A column narrower than its value prints as ``###`` (2,205,121.00 in a 9.5 wide column)."""
    path = tmp_path / "tally.xlsx"
    write_xlsx(path, october_report)
    sheet = openpyxl.load_workbook(path)["统计表"]
    last_row = TOTAL_ROW + 2
    for key in MONEY_KEYS:
        col = _column(key)
        values = [sheet.cell(r, col).value for r in range(FIRST_DATA_ROW, last_row + 1)]
        longest = max(len(f"{Decimal(str(v)):,.2f}") for v in values)
        width = sheet.column_dimensions[get_column_letter(col)].width
        assert width >= longest + 1, (key, width, longest)
    claimed = sheet.column_dimensions[get_column_letter(_column("amount_claimed"))].width
    assert claimed >= len("272,066.00") + 1
    labels = [sheet.cell(r, 1).value for r in range(FIRST_DATA_ROW, last_row + 1)]
    assert sheet.column_dimensions["A"].width >= max(text_width(v) for v in labels)
    assert sheet.print_area == "'统计表'!$A$1:$AE$19"  # down to 填报单位


def test_no_corrections_is_one_row_saying_so(october_report: TallyReport, tmp_path: Path) -> None:
    path = tmp_path / "tally.xlsx"
    write_xlsx(path, october_report)
    sheet = openpyxl.load_workbook(path)["更正"]
    assert sheet["A3"].value == "无更正"
    assert "A3:G3" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet.max_row == 3
    assert sheet.print_area == "'更正'!$A$1:$G$3"
    assert sheet.page_setup.orientation == "landscape"
