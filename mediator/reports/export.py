"""The tally as JSON, CSV and a government-form ``.xlsx``; the case ledger (台账) as ``.xlsx``.

Labels are Chinese; amounts are yuan with two decimals (strings in JSON, number
cells with ``#,##0.00`` in the workbook); rates are fractions (JSON) or
percentages (CSV, workbook), "—" when there is nothing to divide by.
"""

from __future__ import annotations

import csv
import json
import math
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

from mediator.domain.enums import Category
from mediator.reports.freeze import correction_json
from mediator.reports.tally import (
    FIGURE_BY_KEY,
    MONEY_KEYS,
    Correction,
    Figures,
    Tally,
    TallyReport,
)

RATE_LABELS = {"success_rate": "调解成功率", "fulfilment_rate": "履行率"}

FULFILMENT_FORMULA = (
    "履行率 = 其中期末前已履行 ÷ 本期应履行金额（本期到期应履行金额中，截至期末已履行的比例）"
)
"""How the fulfilment rate is computed, printed under the title of the form and the PDF."""

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("上期未结", ("carried_over",)),
    (
        "收案情况",
        (
            "received",
            "accepted",
            "collective_cases",
            "collective_workers",
            "workers",
            "migrant_workers",
            "women",
        ),
    ),
    (
        "结案情况",
        (
            "closed",
            "closed_by_agreement",
            "closed_no_agreement",
            "closed_overdue",
            "closed_withdrawn",
            "closed_refused",
            "closed_not_accepted",
        ),
    ),
    (
        "协议及金额（元）",
        (
            "agreements",
            "amount_claimed",
            "amount_agreed",
            "amount_paid",
            "amount_due",
            "amount_due_paid",
        ),
    ),
    ("比率", ("success_rate", "fulfilment_rate")),
    ("期末", ("pending_end", "overdue_end")),
    (
        "转介仲裁",
        (
            "referred_to_arbitration",
            "referral_accepted",
            "referral_award",
            "referral_arbitration_mediation",
            "referral_withdrawn",
        ),
    ),
)
"""The form's column groups, left to right (the first column is the category)."""

COLUMNS: tuple[str, ...] = tuple(key for _, keys in GROUPS for key in keys)


def column_label(key: str) -> str:
    return RATE_LABELS.get(key) or FIGURE_BY_KEY[key].label


def title_of(report: TallyReport) -> str:
    return f"{report.office}劳动争议调解案件统计表"


# -- JSON -------------------------------------------------------------------------------------


def _money(value: Decimal | int) -> str:
    return f"{Decimal(value):.2f}"


def _rate(value: Decimal | None) -> float | None:
    return None if value is None else round(float(value), 4)


def figures_json(figures: Figures) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in figures.values.items():
        out[key] = _money(value) if key in MONEY_KEYS else int(value)
    out["success_rate"] = _rate(figures.success_rate)
    out["fulfilment_rate"] = _rate(figures.fulfilment_rate)
    return out


def tally_json(tally: Tally) -> dict[str, Any]:
    period = tally.period
    return {
        "period": {
            "kind": period.kind.value,
            "label": period.label,
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
        },
        "total": figures_json(tally.total),
        "by_category": {c.value: figures_json(f) for c, f in tally.by_category.items()},
    }


def report_json(report: TallyReport) -> dict[str, Any]:
    """The period's tally, with ``previous`` and ``year_earlier`` of the same shape.

    ``reported`` tells when the period was reported (``None``: not yet);
    ``corrections`` lists the changed figures of earlier reported periods.
    """
    data = tally_json(report.current)
    data["office"] = report.office
    data["success_rate_denominator"] = report.current.denominator.value
    data["previous"] = tally_json(report.previous)
    data["year_earlier"] = tally_json(report.year_earlier)
    data["reported"] = (
        None
        if report.reported_at is None
        else {"reported_at": report.reported_at.isoformat(), "operator": report.reported_by}
    )
    data["corrections"] = [correction_json(c) for c in report.corrections]
    return data


def write_json(path: Path, report: TallyReport) -> None:
    text = json.dumps(report_json(report), ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")


# -- rows shared by CSV and xlsx --------------------------------------------------------------


def cell_value(figures: Figures, key: str) -> Any:
    """The value of one cell: int, Decimal yuan, or a rate as a fraction (None: nothing)."""
    if key == "success_rate":
        return figures.success_rate
    if key == "fulfilment_rate":
        return figures.fulfilment_rate
    return figures[key]


def table_rows(report: TallyReport) -> list[tuple[str, Figures]]:
    """(row label, figures): each category, the total, and the two comparison totals."""
    rows = [(c.label, report.current.by_category[c]) for c in Category]
    rows.append(("合计", report.current.total))
    rows.append((f"上期合计（{report.previous.period.label}）", report.previous.total))
    rows.append((f"去年同期合计（{report.year_earlier.period.label}）", report.year_earlier.total))
    return rows


def _csv_cell(key: str, value: Any) -> str:
    if key in RATE_LABELS:
        return "—" if value is None else f"{Decimal(value) * 100:.2f}%"
    if key in MONEY_KEYS:
        return _money(value)
    return str(value)


CORRECTION_HEADER = ("更正期间", "统计项目", "争议类别", "原报数", "更正数", "增减", "涉及案件")


def _plain(key: str, value: Any) -> str:
    return _money(value) if key in MONEY_KEYS else str(value)


def correction_row(c: Correction, numbers: dict[int, str]) -> tuple[str, ...]:
    """One correction as text; ``numbers`` maps case ids to case numbers."""
    return (
        c.period.label,
        c.figure_label,
        c.category_label,
        _plain(c.figure, c.sent),
        _plain(c.figure, c.current),
        ("+" if c.change > 0 else "") + _plain(c.figure, c.change),
        "、".join(numbers.get(i, str(i)) for i in c.case_ids),
    )


def correction_rows(report: TallyReport, numbers: dict[int, str]) -> list[tuple[str, ...]]:
    return [correction_row(c, numbers) for c in report.corrections]


def write_csv(path: Path, report: TallyReport, numbers: dict[int, str] | None = None) -> None:
    """UTF-8 with BOM (Excel on Chinese Windows opens it right); one row per category.

    Corrections of earlier reports, if any, follow after an empty row under "更正".
    """
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["争议类别", *(column_label(k) for k in COLUMNS)])
        for label, figures in table_rows(report):
            cells = [_csv_cell(k, cell_value(figures, k)) for k in COLUMNS]
            writer.writerow([label, *cells])
        if report.corrections:
            writer.writerow([])
            writer.writerow(["更正"])
            writer.writerow(CORRECTION_HEADER)
            writer.writerows(correction_rows(report, numbers or {}))


# -- the government form (.xlsx) --------------------------------------------------------------

FIRST_DATA_ROW = 5
"""Rows 1-2: title and period; rows 3-4: the two-level header; data from row 5."""

MONEY_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"
RATE_FORMAT = "0.00%"


def _number_format(key: str) -> str:
    if key in RATE_LABELS:
        return RATE_FORMAT
    return MONEY_FORMAT if key in MONEY_KEYS else COUNT_FORMAT


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin", color="000000")
    return {
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "wrap": Alignment(vertical="top", wrap_text=True),
        "top": Alignment(vertical="top"),
        "bold": Font(bold=True),
        "title": Font(bold=True, size=16),
    }


def _write_title(sheet: Any, report: TallyReport, width: int, styles: dict[str, Any]) -> None:
    period = report.current.period
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.cell(1, 1, title_of(report)).font = styles["title"]
    sheet.cell(1, 1).alignment = styles["center"]
    sheet.row_dimensions[1].height = 30
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    denominator = report.current.denominator.label
    text = f"统计期间：{period.described}    调解成功率 = 调解成功 ÷ {denominator}"
    text += f"    {FULFILMENT_FORMULA}"
    if report.reported_at is not None:
        text += f"    已报送（{report.reported_at:%Y-%m-%d %H:%M}，{report.reported_by}）"
    if report.corrections:
        text += f"    附：以前报送期间更正{len(report.corrections)}项（见“更正”表）"
    sheet.cell(2, 1, text).alignment = styles["wrap"]
    sheet.row_dimensions[2].height = 32  # two lines: the line is longer than the form is wide


def _write_header(sheet: Any, styles: dict[str, Any]) -> None:
    sheet.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    sheet.cell(3, 1, "争议类别")
    column = 2
    for group, keys in GROUPS:
        last = column + len(keys) - 1
        if len(keys) == 1:
            sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
            sheet.cell(3, column, column_label(keys[0]))
        else:
            sheet.merge_cells(start_row=3, start_column=column, end_row=3, end_column=last)
            sheet.cell(3, column, group)
            for offset, key in enumerate(keys):
                sheet.cell(4, column + offset, column_label(key))
        column = last + 1
    for row in (3, 4):
        sheet.row_dimensions[row].height = 36
        for col in range(1, column):
            cell = sheet.cell(row, col)
            cell.font, cell.alignment, cell.border = (
                styles["bold"],
                styles["center"],
                styles["border"],
            )


def _write_body(sheet: Any, report: TallyReport, styles: dict[str, Any]) -> None:
    total_row = FIRST_DATA_ROW + len(Category)
    for index, (label, figures) in enumerate(table_rows(report)):
        row = FIRST_DATA_ROW + index
        sheet.cell(row, 1, label).border = styles["border"]
        for offset, key in enumerate(COLUMNS):
            value = cell_value(figures, key)
            cell = sheet.cell(row, 2 + offset, "—" if value is None else value)
            cell.number_format = _number_format(key)
            cell.border = styles["border"]
            if value is None:
                cell.alignment = styles["center"]
            if row == total_row:
                cell.font = styles["bold"]
        if row == total_row:
            sheet.cell(row, 1).font = styles["bold"]


def text_width(text: str) -> float:
    """Width of ``text`` in Excel column units: a CJK (wide) character takes about two."""
    return float(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text))


def _shown(key: str, value: Any) -> str:
    """A cell value as the workbook displays it (``#,##0.00``, ``#,##0``, ``0.00%``)."""
    if value is None:
        return "—"
    if key in RATE_LABELS:
        return f"{Decimal(value) * 100:.2f}%"
    if key in MONEY_KEYS:
        return f"{Decimal(value):,.2f}"
    return f"{int(value):,}"


CELL_PADDING = 2.5
"""Room for the cell margins and the bold total row, in column units."""


def column_widths(report: TallyReport) -> list[float]:
    """Each column's width: its longest displayed value, or its header on two lines.

    Headers wrap (rows 3-4 are two lines high), so a header needs half its width;
    values never wrap, and a too narrow number column prints as ``###``.
    """
    rows = table_rows(report)
    widths = [max(text_width(label) for label, _ in rows) + CELL_PADDING]
    for key in COLUMNS:
        longest = max(text_width(_shown(key, cell_value(f, key))) for _, f in rows)
        widths.append(max(longest + CELL_PADDING, _header_width(column_label(key))))
    return widths


def _header_width(label: str) -> float:
    """Room for a header on two lines (a bold CJK character is a little over 2 units)."""
    per_line = math.ceil(text_width(label) / 2 / 2) * 2
    return per_line * 1.1 + 1.5


def _page_setup(sheet: Any, report: TallyReport, last_row: int) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.freeze_panes = sheet.cell(FIRST_DATA_ROW, 2)
    widths = column_widths(report)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.print_area = f"A1:{get_column_letter(len(widths))}{last_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    # One page: the form has a dozen rows, so fitting the width fits the height too.
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = "3:4"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4


CASES_WIDTH = 60.0
"""The 涉及案件 column: case numbers wrap within it, so a long list makes a taller row."""

LINE_HEIGHT = 15.0
"""Points per line of an 11-point row."""


def _write_corrections(
    workbook: Any, report: TallyReport, numbers: dict[int, str], styles: dict[str, Any]
) -> None:
    """The corrections sheet: landscape, as wide as the page, case numbers wrapped."""
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet("更正")
    width = len(CORRECTION_HEADER)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    title = f"{report.office}以前报送期间数字更正（随{report.current.period.label}报表报送）"
    sheet.cell(1, 1, title).font = styles["title"]
    sheet.cell(1, 1).alignment = styles["center"]
    sheet.row_dimensions[1].height = 30
    for col, label in enumerate(CORRECTION_HEADER, start=1):
        cell = sheet.cell(2, col, label)
        cell.font, cell.alignment, cell.border = styles["bold"], styles["center"], styles["border"]
    rows = [correction_row(c, numbers) for c in report.corrections]
    widths = _correction_widths(rows)
    for col, chars in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = chars
    if not rows:
        sheet.merge_cells(start_row=3, start_column=1, end_row=3, end_column=width)
        sheet.cell(3, 1, "无更正").alignment = styles["center"]
        for col in range(1, width + 1):
            sheet.cell(3, col).border = styles["border"]
    for row, (correction, texts) in enumerate(zip(report.corrections, rows, strict=True), 3):
        _write_correction(sheet, row, correction, texts, styles)
        # Set, not left to the spreadsheet: Excel does not grow a wrapped row on opening.
        lines = max(1, math.ceil(text_width(texts[-1]) / (CASES_WIDTH - CELL_PADDING)))
        sheet.row_dimensions[row].height = LINE_HEIGHT * lines + 3
    last_row = max(3, 2 + len(rows))
    sheet.freeze_panes = "A3"
    sheet.print_title_rows = "2:2"
    sheet.print_area = f"A1:{get_column_letter(width)}{last_row}"
    _fit_width(sheet)


def _correction_widths(rows: list[tuple[str, ...]]) -> list[float]:
    """Each column as wide as its longest text or header; 涉及案件 a fixed width, wrapping."""
    widths = []
    for col, header in enumerate(CORRECTION_HEADER[:-1]):
        longest = max([text_width(r[col]) for r in rows] + [text_width(header)])
        widths.append(longest + CELL_PADDING)
    return [*widths, CASES_WIDTH]


def _write_correction(
    sheet: Any, row: int, correction: Correction, texts: tuple[str, ...], styles: dict[str, Any]
) -> None:
    numbers = {4: correction.sent, 5: correction.current, 6: correction.change}
    money = correction.figure in MONEY_KEYS
    for col, text in enumerate(texts, start=1):
        cell = sheet.cell(row, col, numbers.get(col, text))
        cell.border = styles["border"]
        if col in numbers:
            cell.number_format = MONEY_FORMAT if money else COUNT_FORMAT
            cell.alignment = styles["top"]
        else:
            cell.alignment = styles["wrap"]


def _fit_width(sheet: Any) -> None:
    """Landscape A4, one page wide and as many pages long as needed."""
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4


def write_xlsx(path: Path, report: TallyReport, numbers: dict[int, str] | None = None) -> None:
    """The tally as a government form: one landscape A4 page wide; corrections on "更正".

    ``numbers`` maps case ids to case numbers for the corrections (else the ids).
    """
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "统计表"
    width = 1 + len(COLUMNS)
    styles = _styles()
    _write_title(sheet, report, width, styles)
    _write_header(sheet, styles)
    _write_body(sheet, report, styles)
    note_row = FIRST_DATA_ROW + len(Category) + 4
    sheet.cell(note_row, 1, f"填报单位：{report.office}")
    _page_setup(sheet, report, note_row)
    _write_corrections(workbook, report, numbers or {}, styles)
    workbook.save(path)
