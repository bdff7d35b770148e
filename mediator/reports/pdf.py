"""The tally as a PDF: the government form's table with three charts under it, landscape A4.

The table has the layout of the ``.xlsx`` form (``export.GROUPS``): title with
the office and the period, a two-level header, one row per category, the
total, and the previous period's and a year earlier's totals. The charts
(``charts.ChartData``) are drawn with ReportLab graphics in grey levels with
outlines and direct value labels, so a black-and-white print reads as well as
the screen. Corrections of earlier reported periods follow the charts (on a
second page when they do not fit). Fonts: ``documents.fonts`` (embedded
TrueType, per-character fallback in the paragraphs); a character no font can
draw stops the PDF with ``MissingGlyphs`` instead of printing a blank.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from mediator.documents.fonts import FontSet, MissingGlyphs, load_fonts
from mediator.domain.enums import Category
from mediator.reports.charts import ChartData
from mediator.reports.export import (
    CORRECTION_HEADER,
    FULFILMENT_FORMULA,
    GROUPS,
    RATE_LABELS,
    cell_value,
    column_label,
    correction_rows,
    table_rows,
    title_of,
)
from mediator.reports.tally import MONEY_KEYS, TallyReport

PAGE = landscape(A4)
MARGIN = 10 * mm
WIDTH = PAGE[0] - 2 * MARGIN
CELL_SIZE = 6.5
LABEL_WIDTH = 92.0
MIN_WIDTH = 18.0
CHART_HEIGHT = 250.0
CHART_WIDTHS = (300.0, 225.0)
"""The month chart and the category chart; the amounts chart takes the rest."""

LIGHT = colors.Color(0.86, 0.86, 0.86)
DARK = colors.Color(0.30, 0.30, 0.30)
INK = colors.black
GRID = colors.Color(0.6, 0.6, 0.6)


# -- text --------------------------------------------------------------------------------------


def _style(fonts: FontSet, size: float, align: int = TA_LEFT, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        f"tally{size}{align}",
        fontName=fonts.body,
        fontSize=size,
        leading=size * 1.25,
        alignment=align,
        wordWrap="CJK",
        **kw,
    )


def _para(fonts: FontSet, text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(fonts.markup(text), style)


def _number(key: str, value: Any) -> str:
    if key in RATE_LABELS:
        return "—" if value is None else f"{Decimal(value) * 100:.2f}%"
    if key in MONEY_KEYS:
        return f"{Decimal(value):,.2f}"
    return f"{int(value):,}"


def subtitle_of(report: TallyReport) -> str:
    period = report.current.period
    parts = [
        f"统计期间：{period.described}",
        f"调解成功率 = 调解成功 ÷ {report.current.denominator.label}",
        FULFILMENT_FORMULA,
        "金额单位：元",
    ]
    if report.reported_at is not None:
        parts.append(f"已报送（{report.reported_at:%Y-%m-%d %H:%M}，{report.reported_by}）")
    if report.corrections:
        parts.append(f"附：以前报送期间更正{len(report.corrections)}项（见表后）")
    return "；".join(parts)


# -- the table ---------------------------------------------------------------------------------


def _columns() -> list[str]:
    return [key for _, keys in GROUPS for key in keys]


def _header(fonts: FontSet) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """The two header rows and their SPAN commands (as the xlsx form merges them)."""
    style = _style(fonts, CELL_SIZE, TA_CENTER)
    top: list[Any] = [_para(fonts, "争议类别", style)]
    bottom: list[Any] = [""]
    spans: list[tuple[Any, ...]] = [("SPAN", (0, 0), (0, 1))]
    for group, keys in GROUPS:
        first = len(top)
        if len(keys) == 1:
            top.append(_para(fonts, column_label(keys[0]), style))
            bottom.append("")
            spans.append(("SPAN", (first, 0), (first, 1)))
            continue
        top.append(_para(fonts, group, style))
        top.extend([""] * (len(keys) - 1))
        bottom.extend(_para(fonts, column_label(k), style) for k in keys)
        spans.append(("SPAN", (first, 0), (first + len(keys) - 1, 0)))
    return [top, bottom], spans


def _label_width(fonts: FontSet, key: str) -> float:
    """A money column is wide anyway: wide enough for its label on one line.

    (Else 本期应履行金额 wraps as 本期应履行金 / 额.) Narrow count columns keep
    their labels on two or three lines so the table stays one page wide.
    """
    return fonts.width(column_label(key), CELL_SIZE) + 6 if key in MONEY_KEYS else 0.0


def _widths(fonts: FontSet, columns: Sequence[str], cells: list[list[str]]) -> list[float]:
    """Each column as wide as its widest number (plus padding), the spare width shared out."""
    needed = [
        max(
            MIN_WIDTH,
            _label_width(fonts, key),
            *(fonts.width(row[i], CELL_SIZE) + 6 for row in cells),
        )
        for i, key in enumerate(columns)
    ]
    spare = max(0.0, WIDTH - LABEL_WIDTH - sum(needed)) / len(columns)
    scale = min(1.0, (WIDTH - LABEL_WIDTH) / sum(needed))
    return [LABEL_WIDTH] + [w * scale + spare for w in needed]


def tally_table(report: TallyReport, fonts: FontSet) -> Table:
    columns = _columns()
    header, spans = _header(fonts)
    label_style = _style(fonts, CELL_SIZE)
    rows: list[list[Any]] = list(header)
    numbers: list[list[str]] = []
    for label, figures in table_rows(report):
        cells = [_number(key, cell_value(figures, key)) for key in columns]
        numbers.append(cells)
        rows.append([_para(fonts, label, label_style), *cells])
    total_row = len(header) + len(Category)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.body, CELL_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.5, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, len(header)), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, len(header) - 1), LIGHT),
        ("LINEABOVE", (0, total_row), (-1, total_row), 1.2, INK),
        ("LINEBELOW", (0, total_row), (-1, total_row), 1.2, INK),
        ("BACKGROUND", (0, total_row), (-1, total_row), colors.Color(0.94, 0.94, 0.94)),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        *spans,
    ]
    widths = _widths(fonts, columns, numbers)
    table = Table(rows, colWidths=widths, repeatRows=len(header))
    table.setStyle(TableStyle(commands))
    return table


def corrections_table(report: TallyReport, fonts: FontSet, numbers: dict[int, str]) -> Table:
    style = _style(fonts, CELL_SIZE + 1)
    rows: list[list[Any]] = [[_para(fonts, h, style) for h in CORRECTION_HEADER]]
    for texts in correction_rows(report, numbers):
        rows.append([_para(fonts, t, style) for t in texts])
    widths = [70.0, 70.0, 90.0, 60.0, 60.0, 60.0]
    widths.append(WIDTH - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, INK),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


# -- the charts --------------------------------------------------------------------------------


def _title(drawing: Drawing, fonts: FontSet, text: str, note: str = "") -> None:
    drawing.add(String(0, CHART_HEIGHT - 10, text, fontName=fonts.body, fontSize=8.5))
    if note:
        x = fonts.width(text, 8.5) + 6
        # A long note (the months, and which are drawn as sent) shrinks to the chart's width.
        size = min(6.5, 6.5 * (drawing.width - x) / fonts.width(note, 6.5))
        drawing.add(String(x, CHART_HEIGHT - 10, note, fontName=fonts.body, fontSize=size))


def _legend(drawing: Drawing, fonts: FontSet, x: float, y: float, items: Sequence[Any]) -> None:
    """Swatches with their names: grey levels with an outline, as they print."""
    for fill, name in items:
        drawing.add(Rect(x, y, 8, 6, fillColor=fill, strokeColor=INK, strokeWidth=0.5))
        drawing.add(String(x + 10, y + 0.5, name, fontName=fonts.body, fontSize=6.5))
        x += 14 + fonts.width(name, 6.5)


def _bar_chart(
    fonts: FontSet,
    width: float,
    labels: list[str],
    series: list[list[float]],
    value_format: Callable[[float], str],
) -> VerticalBarChart:
    """Two series of bars per month (the legend names the last month's values)."""
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 22
    chart.width, chart.height = width - 38, CHART_HEIGHT - 58
    chart.data = series
    chart.groupSpacing, chart.barSpacing = 3, 0.5
    chart.valueAxis.valueMin = 0
    top = max((max(s) for s in series if s), default=0)
    chart.valueAxis.valueMax = max(top * 1.12, 4)
    chart.valueAxis.labels.fontName = fonts.body
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.labelTextFormat = value_format
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = fonts.body
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.dy = -2
    for index, fill in enumerate((LIGHT, DARK)):
        chart.bars[index].fillColor = fill
        chart.bars[index].strokeColor = INK
        chart.bars[index].strokeWidth = 0.4
    return chart


def _count(value: float) -> str:
    return f"{value:,.0f}"


def _tenths(value: float) -> str:
    return f"{value:,.1f}"


def _last_values(
    names: Sequence[str],
    labels: Sequence[str],
    series: Sequence[Sequence[float]],
    fmt: Callable[[float], str],
) -> list[str]:
    """Legend entries that also give the report month's value, e.g. "收案 10月 10,541"."""
    return [
        f"{name} {labels[-1]} {fmt(values[-1])}" for name, values in zip(names, series, strict=True)
    ]


def month_chart(data: ChartData, fonts: FontSet, width: float) -> Drawing:
    drawing = Drawing(width, CHART_HEIGHT)
    _title(drawing, fonts, "每月收案与结案（件）", data.months_note)
    labels = [m.label for m in data.months]
    series: list[list[float]] = [
        [m.received for m in data.months],
        [m.closed for m in data.months],
    ]
    drawing.add(_bar_chart(fonts, width, labels, series, _count))
    names = _last_values(("收案", "结案"), labels, series, _count)
    _legend(drawing, fonts, 30, CHART_HEIGHT - 24, list(zip((LIGHT, DARK), names, strict=True)))
    return drawing


def amount_chart(data: ChartData, fonts: FontSet, width: float) -> Drawing:
    drawing = Drawing(width, CHART_HEIGHT)
    divisor = data.money_divisor
    unit = "万元" if divisor > 1 else "元"
    _title(drawing, fonts, f"每月协议金额与已履行金额（{unit}）", data.months_note)
    labels = [m.label for m in data.months]
    series = [
        [float(m.agreed / divisor) for m in data.months],
        [float(m.paid / divisor) for m in data.months],
    ]
    fmt = _tenths if divisor > 1 else _count
    drawing.add(_bar_chart(fonts, width, labels, series, fmt))
    names = _last_values(("协议金额", "已履行"), labels, series, fmt)
    _legend(drawing, fonts, 30, CHART_HEIGHT - 24, list(zip((LIGHT, DARK), names, strict=True)))
    return drawing


def share_label(count: int, share: Decimal) -> str:
    return f"{count}件 {share * 100:.1f}%"


def category_chart(data: ChartData, fonts: FontSet, width: float) -> Drawing:
    drawing = Drawing(width, CHART_HEIGHT)
    _title(drawing, fonts, "本期收案的争议类别", f"共{data.received_in_period}件")
    if not data.shares:
        drawing.add(String(10, CHART_HEIGHT / 2, "本期无收案", fontName=fonts.body, fontSize=8))
        return drawing
    shares = list(reversed(data.shares))  # ReportLab draws the first category at the bottom
    chart = HorizontalBarChart()
    height = min(CHART_HEIGHT - 26, 22.0 * len(shares))  # a few categories: thin bars on top
    chart.x, chart.y = 66, CHART_HEIGHT - 20 - height
    chart.width, chart.height = width - 66 - 52, height
    chart.data = [[s.count for s in shares]]
    chart.barLabelArray = [[share_label(s.count, s.share) for s in shares]]
    chart.barLabelFormat = "values"
    chart.barLabels.fontName = fonts.body
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 3
    chart.bars[0].fillColor = DARK
    chart.bars[0].strokeColor = INK
    chart.bars[0].strokeWidth = 0.4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(s.count for s in shares) * 1.05
    chart.valueAxis.visible = False
    chart.categoryAxis.categoryNames = [s.category.label for s in shares]
    chart.categoryAxis.labels.fontName = fonts.body
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.tickLeft = 0
    chart.groupSpacing = 4 if len(shares) > 5 else 14
    drawing.add(chart)
    return drawing


def charts_row(data: ChartData, fonts: FontSet) -> Table:
    rest = WIDTH - sum(CHART_WIDTHS)
    drawings: list[Flowable] = [
        month_chart(data, fonts, CHART_WIDTHS[0]),
        category_chart(data, fonts, CHART_WIDTHS[1]),
        amount_chart(data, fonts, rest),
    ]
    row = Table([drawings], colWidths=[*CHART_WIDTHS, rest])
    row.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return row


# -- the document ------------------------------------------------------------------------------


def _check_glyphs(report: TallyReport, fonts: FontSet, numbers: dict[int, str]) -> None:
    texts = [("单位名称", report.office), ("报送人", report.reported_by)]
    texts += [("案件编号", n) for n in numbers.values()]
    problems = [(ch, f"{what}「{text}」") for what, text in texts for ch in fonts.missing(text)]
    if problems:
        raise MissingGlyphs(problems)


def write_pdf(
    path: Path,
    report: TallyReport,
    charts: ChartData,
    numbers: dict[int, str] | None = None,
    fonts: FontSet | None = None,
) -> None:
    """Write the tally with its charts; ``numbers`` maps case ids to case numbers.

    Raises ``FontsUnavailable`` or ``MissingGlyphs`` (nothing is written then).
    """
    fonts = fonts or load_fonts()
    numbers = numbers or {}
    _check_glyphs(report, fonts, numbers)
    title = title_of(report)
    story: list[Flowable] = [
        _para(fonts, title, _style(fonts, 15, TA_CENTER, spaceAfter=4)),
        _para(fonts, subtitle_of(report), _style(fonts, 7.5, spaceAfter=4)),
        tally_table(report, fonts),
        Spacer(1, 8),
        charts_row(charts, fonts),
    ]
    if report.corrections:
        heading = f"以前报送期间数字更正（随{report.current.period.label}报表报送）"
        story += [
            Spacer(1, 6),
            _para(fonts, heading, _style(fonts, 9, spaceAfter=3, keepWithNext=1)),
            corrections_table(report, fonts, numbers),
        ]
    story.append(_para(fonts, f"填报单位：{report.office}", _style(fonts, 7.5, spaceBefore=4)))
    document = SimpleDocTemplate(
        str(path),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{title}（{report.current.period.label}）",
        author=report.office,
        subject="劳动争议调解案件统计表",
    )
    document.build(story)
