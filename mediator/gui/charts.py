"""The report screen's charts, painted with QPainter from ``reports.charts.ChartData``.

The same three pictures as the PDF (``reports/pdf.py``): received and closed
per month, the categories of the period's cases, agreed and paid per month.
Grey levels with black outlines, a legend of swatches and direct value labels,
so they read the same on a grey-scale screen or a black-and-white print.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from mediator.reports.charts import ChartData

LIGHT = QColor(220, 220, 220)
DARK = QColor(77, 77, 77)
INK = QColor(0, 0, 0)
GRID = QColor(190, 190, 190)
MARGIN = 8


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    fill: QColor


def nice_top(value: float) -> float:
    """A round axis maximum at or above ``value`` (1 to 10 in a few steps, times a power of ten)."""
    if value <= 0:
        return 4.0
    power = 1.0
    while power * 10 <= value:
        power *= 10
    while power > value:
        power /= 10
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def axis_intervals(top: float, fmt: Callable[[float], str]) -> int:
    """How many gridline intervals split ``0 .. top`` so that every tick is the value its label says.

    Four quarters of 50 gave the labels 12, 25 and 38 for 12.5, 25 and 37.5; this
    picks 5 intervals of 10 instead (30: 3 of 10, 250 万元: 5 of 50), a step of 1, 2
    or 5 times a power of ten where one fits, and never a tick the label rounds.
    """

    def exact(count: int) -> bool:
        return all(
            abs(float(fmt(top * k / count).replace(",", "")) - top * k / count) < 1e-9
            for k in range(count + 1)
        )

    def round_step(count: int) -> bool:
        step = top / count
        power = 1.0
        while power * 10 <= step:
            power *= 10
        while power > step:
            power /= 10
        return any(abs(step - m * power) < 1e-9 * max(1.0, step) for m in (1, 2, 5, 10))

    candidates = (5, 4, 3, 6, 2, 1)
    for count in candidates:
        if exact(count) and round_step(count):
            return count
    for count in candidates:
        if exact(count):
            return count
    return 4


class ChartWidget(QWidget):
    """A titled chart area; subclasses paint the body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.note = ""
        self.setMinimumSize(QSize(260, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(255, 255, 255))
        painter.setPen(INK)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        painter.drawText(MARGIN, MARGIN + metrics.ascent(), self.title)
        title_width = metrics.horizontalAdvance(self.title)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor(85, 85, 85))
        top = MARGIN + metrics.height() + 4
        note_width = QFontMetrics(font).horizontalAdvance(self.note)
        if MARGIN + title_width + 8 + note_width <= self.width() - MARGIN:
            painter.drawText(MARGIN + title_width + 8, MARGIN + metrics.ascent(), self.note)
        else:  # a narrow chart: the note on a line of its own rather than cut off
            painter.drawText(MARGIN, top + metrics.ascent(), self.note)
            top += metrics.height() + 2
        painter.setPen(INK)
        body = QRectF(MARGIN, top, self.width() - 2 * MARGIN, self.height() - top - MARGIN)
        self.paint_body(painter, body)
        painter.end()

    def paint_body(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError


class GroupedBarChart(ChartWidget):
    """Two bars a month; the legend gives the last month's (the report's) values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.format: Callable[[float], str] = lambda v: f"{v:,.0f}"

    def set_data(
        self,
        title: str,
        note: str,
        labels: Sequence[str],
        series: Sequence[Series],
        fmt: Callable[[float], str],
    ) -> None:
        self.title, self.note = title, note
        self.labels, self.series, self.format = tuple(labels), tuple(series), fmt
        self.update()

    def paint_body(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        if not self.labels:
            return
        self._legend(painter, area.left(), area.top())
        top_value = nice_top(max((max(s.values, default=0) for s in self.series), default=0))
        axis_width = metrics.horizontalAdvance(self.format(top_value)) + 6
        plot = QRectF(
            area.left() + axis_width,
            area.top() + line * 2 + 4,
            area.width() - axis_width - 2,
            area.height() - line * 3 - 6,
        )
        if plot.height() < 20:
            return
        self._axis(painter, plot, top_value)
        group = plot.width() / len(self.labels)
        bar = max(1.0, (group - 4) / max(1, len(self.series)))
        for index, label in enumerate(self.labels):
            x = plot.left() + index * group + 2
            for number, series in enumerate(self.series):
                value = series.values[index]
                height = plot.height() * value / top_value
                rect = QRectF(x + number * bar, plot.bottom() - height, bar, height)
                painter.setPen(QPen(INK, 0.6))
                painter.setBrush(series.fill)
                painter.drawRect(rect)
            width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRectF(x - 2, plot.bottom() + 2, group, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label if width <= group + 4 else label.rstrip("月"),
            )

    def _legend(self, painter: QPainter, x: float, y: float) -> None:
        metrics = painter.fontMetrics()
        for series in self.series:
            painter.setPen(QPen(INK, 0.6))
            painter.setBrush(series.fill)
            painter.drawRect(QRectF(x, y + 3, 12, metrics.height() - 6))
            # The report month's value beside the name: a direct label that never overlaps.
            text = f"{series.name} {self.labels[-1]} {self.format(series.values[-1])}"
            painter.drawText(int(x + 16), int(y + metrics.ascent()), text)
            x += 28 + metrics.horizontalAdvance(text)

    def _axis(self, painter: QPainter, plot: QRectF, top_value: float) -> None:
        metrics = painter.fontMetrics()
        count = axis_intervals(top_value, self.format)
        for step in range(count + 1):
            value = top_value * step / count
            y = plot.bottom() - plot.height() * step / count
            painter.setPen(QPen(GRID, 0.5))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(INK)
            text = self.format(value)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 4, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.setPen(QPen(INK, 1))
        painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )


class ShareChart(ChartWidget):
    """Horizontal bars, the largest category first, each labelled "11件 45.8%"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[tuple[str, int, str], ...] = ()
        self.empty_text = ""

    def set_data(
        self, title: str, note: str, rows: Sequence[tuple[str, int, str]], empty_text: str
    ) -> None:
        self.title, self.note, self.rows, self.empty_text = title, note, tuple(rows), empty_text
        self.update()

    def paint_body(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        if not self.rows:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        label_width = max(metrics.horizontalAdvance(name) for name, _, _ in self.rows) + 8
        value_width = max(metrics.horizontalAdvance(text) for _, _, text in self.rows) + 8
        bar_area = area.width() - label_width - value_width
        top = max(count for _, count, _ in self.rows)
        row_height = min(area.height() / len(self.rows), metrics.height() * 2.0)
        for index, (name, count, text) in enumerate(self.rows):
            y = area.top() + index * row_height
            painter.setPen(INK)
            painter.drawText(
                QRectF(area.left(), y, label_width - 6, row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            width = max(1.0, bar_area * count / top)
            bar = QRectF(area.left() + label_width, y + row_height * 0.18, width, row_height * 0.64)
            painter.setPen(QPen(INK, 0.6))
            painter.setBrush(DARK)
            painter.drawRect(bar)
            painter.drawText(
                QRectF(bar.right() + 4, y, value_width, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )


def _count(value: float) -> str:
    return f"{value:,.0f}"


class ReportCharts(QWidget):
    """The three charts side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months = GroupedBarChart(self)
        self.categories = ShareChart(self)
        self.amounts = GroupedBarChart(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.months, 4)
        layout.addWidget(self.categories, 3)
        layout.addWidget(self.amounts, 4)

    def show_data(self, data: ChartData) -> None:
        labels = [m.label for m in data.months]
        span = data.months_note  # also says which months are drawn as sent
        self.months.set_data(
            self.tr("Cases received and closed per month"),
            span,
            labels,
            [
                Series(self.tr("Received"), tuple(m.received for m in data.months), LIGHT),
                Series(self.tr("Closed"), tuple(m.closed for m in data.months), DARK),
            ],
            _count,
        )
        rows = [
            (
                s.category.label,
                s.count,
                self.tr("{n} cases {p}%").format(n=s.count, p=f"{s.share * 100:.1f}"),
            )
            for s in data.shares
        ]
        self.categories.set_data(
            self.tr("Dispute types of the cases received"),
            self.tr("{n} in all").format(n=data.received_in_period),
            rows,
            self.tr("No cases received in this period"),
        )
        divisor = data.money_divisor
        unit = self.tr("10,000 yuan") if divisor > 1 else self.tr("yuan")
        self.amounts.set_data(
            self.tr("Amounts agreed and paid per month ({unit})").format(unit=unit),
            span,
            labels,
            [
                Series(
                    self.tr("Agreed"), tuple(float(m.agreed / divisor) for m in data.months), LIGHT
                ),
                Series(self.tr("Paid"), tuple(float(m.paid / divisor) for m in data.months), DARK),
            ],
            (lambda v: f"{v:,.1f}") if divisor > 1 else _count,
        )
