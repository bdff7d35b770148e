"""The 统计 tab: a period's tally, its comparisons, corrections, charts, exports and drill-down.

Everything shown comes from ``ReportServices`` (``report``, ``charts``,
``case_ids``, ``mark_reported``): the screen never counts. Computing a report
takes seconds on 200,000 cases, so it runs on a worker thread (as the
case list's query does) while a busy bar shows; each request carries a
generation number so a slow answer for an old period never replaces a newer
one. Marking as reported stores every figure's drill-down and runs there too.

Every figure cell opens the cases behind it (double-click or Enter): a
dialog listing exactly those ids with the case list's model, where a
double-click opens the case as the 案件 list does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.enums import Category
from mediator.domain.errors import MediatorError
from mediator.domain.money import format_amount
from mediator.gui.caselistmodel import CaseListModel, Column
from mediator.gui.charts import ReportCharts
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.widgets import ChoiceCombo, bold_font, list_table
from mediator.persistence.caselist import CaseRow
from mediator.persistence.services import Services
from mediator.reports.charts import ChartData
from mediator.reports.export import (
    COLUMNS,
    RATE_LABELS,
    cell_value,
    column_label,
    correction_row,
    write_csv,
    write_json,
    write_xlsx,
)
from mediator.reports.pdf import write_pdf
from mediator.reports.periods import (
    MonthBoundary,
    Period,
    PeriodKind,
    boundary_of,
    last_complete_month,
    month_period,
    not_over,
    quarter_period,
    range_period,
    year_period,
)
from mediator.reports.tally import MONEY_KEYS, Correction, Figures, TallyReport

Index = QModelIndex | QPersistentModelIndex
FIRST_CATEGORY_COLUMN = 3
"""Columns 0-2: this period's total, the previous period's, a year earlier's."""
CATEGORIES = tuple(Category)


def format_value(key: str, value: Any) -> str:
    """A figure as the report prints it: 1,234 cases, 1,234.50 yuan, 45.83 %, "—"."""
    if key in RATE_LABELS:
        return "—" if value is None else f"{value * 100:.2f}%"
    if key in MONEY_KEYS:
        return format_amount(value)
    return f"{int(value):,}"


def two_lines(label: str) -> str:
    """A long category name on two lines (column headers do not wrap by themselves)."""
    if len(label) <= 5:
        return label
    for mark in ("/", "、"):
        if mark in label:
            at = label.index(mark) + 1
            return f"{label[:at]}\n{label[at:]}"
    middle = (len(label) + 1) // 2
    return f"{label[:middle]}\n{label[middle:]}"


@dataclass(frozen=True)
class Target:
    """What a figure cell counts: the figure, of which category (None: all), in which period."""

    period: Period
    key: str
    category: Category | None


class FiguresModel(QAbstractTableModel):
    """Rows: the figures of the form; columns: this period, the previous one and a year
    earlier (of all categories, or of the ``scope`` category), then each category."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: TallyReport | None = None
        self.scope: Category | None = None

    def set_report(self, report: TallyReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def set_scope(self, scope: Category | None) -> None:
        """Compare the periods for one category (None: all of them)."""
        self.beginResetModel()
        self.scope = scope
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.report is None else len(COLUMNS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else FIRST_CATEGORY_COLUMN + len(CATEGORIES)

    def _figures(self, column: int) -> tuple[Period, Figures, Category | None]:
        report = self.report
        assert report is not None
        if column < FIRST_CATEGORY_COLUMN:
            tally = (report.current, report.previous, report.year_earlier)[column]
            scope = self.scope
            figures = tally.total if scope is None else tally.by_category[scope]
            return tally.period, figures, scope
        category = CATEGORIES[column - FIRST_CATEGORY_COLUMN]
        return report.current.period, report.current.by_category[category], category

    def target(self, index: Index) -> Target | None:
        """The cases behind a cell; None for a rate (a ratio of two figures, not a count)."""
        if not index.isValid() or self.report is None:
            return None
        key = COLUMNS[index.row()]
        if key in RATE_LABELS:
            return None
        period, _figures, category = self._figures(index.column())
        return Target(period, key, category)

    def value(self, row: int, column: int) -> Any:
        return cell_value(self._figures(column)[1], COLUMNS[row])

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            ok = self.report is not None and 0 <= section < len(COLUMNS)
            return column_label(COLUMNS[section]) if ok else None
        if not 0 <= section < self.columnCount():
            return None
        if section >= FIRST_CATEGORY_COLUMN:
            return two_lines(CATEGORIES[section - FIRST_CATEGORY_COLUMN].label)
        if self.report is None:
            return None
        periods = (self.report.previous.period, self.report.year_earlier.period)
        if section == 0:
            scope = self.tr("total") if self.scope is None else self.scope.label
            return self.tr("This period, {scope}\n{period}").format(
                scope=scope, period=self.report.current.period.label
            )
        label = self.tr("Previous period") if section == 1 else self.tr("A year earlier")
        return f"{label}\n{periods[section - 1].label}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        key = COLUMNS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(key, self.value(index.row(), index.column()))
        if role == Qt.ItemDataRole.UserRole:
            return self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index)
        return None

    def _tooltip(self, index: Index) -> str:
        report = self.report
        assert report is not None
        key = COLUMNS[index.row()]
        category = self._figures(index.column())[2]

        def of(figures_of: Callable[[Category], Figures], total: Figures) -> str:
            return format_value(
                key, cell_value(total if category is None else figures_of(category), key)
            )

        text = self.tr("Previous period {previous}; a year earlier {earlier}").format(
            previous=of(lambda c: report.previous.by_category[c], report.previous.total),
            earlier=of(lambda c: report.year_earlier.by_category[c], report.year_earlier.total),
        )
        if key not in RATE_LABELS:
            text += "\n" + self.tr("Double-click to list the cases")
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CorrectionsModel(ListModel):
    """The corrections of earlier reported periods carried by this report."""

    show_tooltips = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.numbers: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Period corrected"),
            self.tr("Figure"),
            self.tr("Dispute type"),
            self.tr("As reported"),
            self.tr("Now"),
            self.tr("Change"),
            self.tr("Cases"),
        ]

    def cells(self, item: Correction) -> list[str]:
        cells = list(correction_row(item, self.numbers))
        # As on the figures table: thousands separators (the export keeps plain numbers).
        sign = "+" if item.change > 0 else ""
        key = item.figure
        cells[3:6] = [
            format_value(key, item.sent),
            format_value(key, item.current),
            sign + format_value(key, item.change),
        ]
        return cells


class FixedCaseListModel(CaseListModel):
    """The case list's columns over a fixed list of ids (the cases behind a figure).

    For a money figure, ``amounts`` gives each case's part of it, shown (under the
    figure's name) instead of the amount claimed, which is not what the figure adds up.
    """

    def __init__(
        self,
        services: Services,
        ids: list[int],
        parent: QObject | None = None,
        amounts: tuple[str, dict[int, Decimal]] | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.amounts = amounts
        self.show_ids(ids)

    def _headers(self) -> list[str]:
        headers = super()._headers()
        if self.amounts is not None:
            headers[Column.CLAIMED] = self.amounts[0]
        return headers

    def _display(self, row: CaseRow, column: Column) -> str:
        if column == Column.CLAIMED and self.amounts is not None:
            return format_amount(self.amounts[1].get(row.id, Decimal(0)))
        return super()._display(row, column)

    def show_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows.clear()
        self.endResetModel()
        self.loaded.emit(len(self._ids))

    def refresh(self) -> None:
        """The cases may have changed (a case edited from this list): fetch the rows again."""
        self.show_ids(self._ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The list keeps the report's order (case ids, i.e. as registered)."""


class DrillDownDialog(QDialog):
    """The cases behind one figure; Enter or a double-click opens a case."""

    open_case = Signal(int)

    def __init__(
        self,
        services: Services,
        title: str,
        ids: list[int],
        parent: QWidget | None = None,
        amounts: tuple[str, dict[int, Decimal]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000 if amounts is None else 1130, 480)  # room for the amount column
        self.model = FixedCaseListModel(services, ids, self, amounts)
        self.table = list_table(self.model, self, fit_columns=False)
        self.table.activated.connect(self._activated)
        for column, width in enumerate((180, 90, 70, 150, 200, 220, 100, 80)):
            self.table.setColumnWidth(column, width)
        text = self.tr("{title}: {n} cases").format(title=title, n=len(ids))
        if amounts is not None:
            total = sum(amounts[1].values(), Decimal(0))
            text = self.tr("{title}: {n} cases, {amount} yuan in all").format(
                title=title, n=len(ids), amount=format_amount(total)
            )
        heading = QLabel(text, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.open_case.emit(case_id)


class _Relay(QObject):
    """Carries a worker thread's answer back to the GUI thread (queued signal)."""

    done = Signal(int, object)


@dataclass(frozen=True)
class Computed:
    report: TallyReport
    charts: ChartData
    numbers: dict[int, str]
    """Case numbers of the cases the corrections name."""


class ReportScreen(QWidget):
    open_case = Signal(int)
    computed = Signal()
    """A report arrived and is on screen (tests wait for it)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.reports = ops.reports
        self.result: Computed | None = None
        self._generation = 0
        self._dirty = True
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._handlers: dict[int, Callable[[object], None]] = {}
        self.boundary = MonthBoundary.CALENDAR
        self.office = ""
        self._build()
        self.load_settings()
        self._set_default_period()
        ops.changed.connect(self._on_changed)

    # -- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = ChoiceCombo(
            [
                (self.tr("Month"), PeriodKind.MONTH),
                (self.tr("Quarter"), PeriodKind.QUARTER),
                (self.tr("Year"), PeriodKind.YEAR),
                (self.tr("Date range"), PeriodKind.RANGE),
            ],
            self,
        )
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setSuffix(self.tr(" (year)"))
        self.number = QSpinBox(self)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.to_label = QLabel(self.tr("to"), self)
        self.boundary_label = QLabel(self)
        self.boundary_label.setStyleSheet("QLabel { color: #555; }")
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        for spin in (self.year, self.number):
            spin.valueChanged.connect(self.recompute)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.recompute)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.state = QLabel(self)
        self.span = QLabel(self)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, label in (
            ("xlsx", self.tr("Export Excel…")),
            ("pdf", self.tr("Export PDF…")),
            ("csv", self.tr("Export CSV…")),
            ("json", self.tr("Export JSON…")),
        ):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
        self._folder: Path | None = None
        self.exported = QLabel(self)
        self.exported.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.exported.hide()
        self.open_folder_button.hide()
        self.mark_button = QPushButton(self.tr("Mark as reported…"), self)
        self.mark_button.clicked.connect(lambda: self.mark_reported())

        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Period"), self))
        for widget in (self.kind, self.year, self.number, self.date_from, self.to_label):
            picker.addWidget(widget)
        picker.addWidget(self.date_to)
        picker.addWidget(self.boundary_label)
        picker.addStretch(1)
        picker.addWidget(self.busy)
        for button in self.export_buttons.values():
            picker.addWidget(button)
        picker.addWidget(self.mark_button)
        self.scope = ChoiceCombo(
            [(self.tr("All dispute types"), None), *[(c.label, c) for c in Category]], self
        )
        self.scope.currentIndexChanged.connect(self._on_scope_changed)
        status = QHBoxLayout()
        status.addWidget(self.span)
        status.addSpacing(16)
        status.addWidget(self.exported)
        status.addWidget(self.open_folder_button)
        status.addStretch(1)
        status.addWidget(self.state)
        status.addSpacing(16)
        status.addWidget(QLabel(self.tr("Compare periods for"), self))
        status.addWidget(self.scope)

        self.model = FiguresModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setDefaultSectionSize(96)
        self.table.activated.connect(self.drill_down)
        self.corrections_model = CorrectionsModel(self)
        self.corrections = list_table(self.corrections_model, self)
        self.corrections.activated.connect(self._drill_correction)
        self.corrections_label = QLabel(self)
        self.corrections.hide()
        self.corrections_label.hide()
        self.charts = ReportCharts(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.corrections_label)
        lower_layout.addWidget(self.corrections, 1)
        lower_layout.addWidget(self.charts, 3)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addLayout(status)
        layout.addWidget(splitter, 1)

    def _on_scope_changed(self) -> None:
        self.model.set_scope(self.scope.value())

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # -- the period ----------------------------------------------------------------------

    def load_settings(self) -> None:
        settings = self.ops.read(self, lambda s: s.settings())
        if settings is None:
            return
        self.office = settings.office_name
        self.boundary = boundary_of(settings.report_month_boundary)
        if self.boundary is MonthBoundary.DAY_21:
            self.boundary_label.setText(self.tr("Months run from the 21st to the 20th"))
        else:
            self.boundary_label.setText(self.tr("Calendar months"))

    def _set_default_period(self) -> None:
        """The last complete month, the report that is due now."""
        month = last_complete_month(self.ops.services.today(), self.boundary)
        self.set_period(month)

    def set_period(self, period: Period) -> None:
        """Show ``period`` in the picker (and compute it, when the screen is visible)."""
        widgets = (self.kind, self.year, self.number, self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.set_value(period.kind)
        self._arrange(period.kind)
        self.year.setValue(period.year or period.end.year)
        self.number.setValue(period.number or 1)
        self.date_from.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.date_to.setDate(QDate(period.end.year, period.end.month, period.end.day))
        for widget in widgets:
            widget.blockSignals(False)
        self.recompute()

    def _arrange(self, kind: PeriodKind) -> None:
        self.year.setVisible(kind is not PeriodKind.RANGE)
        self.number.setVisible(kind in (PeriodKind.MONTH, PeriodKind.QUARTER))
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(kind is PeriodKind.RANGE)
        self.number.blockSignals(True)
        if kind is PeriodKind.QUARTER:
            self.number.setRange(1, 4)
            self.number.setPrefix(self.tr("Q"))
            self.number.setSuffix(self.tr(" (quarter)"))
        else:
            self.number.setRange(1, 12)
            self.number.setPrefix("")
            self.number.setSuffix(self.tr(" (month)"))
        self.number.blockSignals(False)

    def _on_kind_changed(self) -> None:
        self._arrange(self.kind.value())
        self.recompute()

    def period(self) -> Period | None:
        """The period picked; None for a range that ends before it starts."""
        kind: PeriodKind = self.kind.value()
        year, number = self.year.value(), self.number.value()
        if kind is PeriodKind.MONTH:
            return month_period(year, number, self.boundary)
        if kind is PeriodKind.QUARTER:
            return quarter_period(year, number, self.boundary)
        if kind is PeriodKind.YEAR:
            return year_period(year, self.boundary)
        start = cast(date, self.date_from.date().toPython())
        end = cast(date, self.date_to.date().toPython())
        return range_period(start, end) if start <= end else None

    # -- computing off the GUI thread ----------------------------------------------------

    def _start(self, job: Callable[[], object], handler: Callable[[object], None]) -> None:
        """Run ``job`` on the worker thread; ``handler`` gets its result (or exception)."""
        self._generation += 1
        generation = self._generation
        self._handlers = {generation: handler}
        self._pool.clear()
        self.busy.show()
        self._set_actions_enabled(False)

        def run() -> None:
            try:
                result = job()
            except Exception as exc:  # handed to the GUI thread, which shows it
                result = exc
            self._relay.done.emit(generation, result)

        self._pool.start(run)

    def _on_done(self, generation: int, result: object) -> None:
        handler = self._handlers.pop(generation, None)
        if handler is None:
            return
        self.busy.hide()
        self._set_actions_enabled(True)
        if isinstance(result, MediatorError):
            self.ops.show_error(self, result)
            return
        if isinstance(result, Exception):
            raise result
        handler(result)

    def wait(self) -> None:
        """Block until the running computation is done (shutdown and tests)."""
        self._pool.waitForDone()

    def recompute(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        period = self.period()
        if period is None:
            self.span.setText(self.tr("The end date is before the start date."))
            return
        office, boundary = self.office, self.boundary
        self.span.setText(self.tr("Counting {period}…").format(period=period.label))
        self._start(lambda: self._compute(period, office, boundary), self._show)

    def _compute(self, period: Period, office: str, boundary: MonthBoundary) -> Computed:
        """Runs on the worker thread."""
        report = self.reports.report(period, office=office)
        charts = self.reports.charts(report.current, boundary)
        ids = sorted({i for c in report.corrections for i in c.case_ids})
        rows = self.ops.services.case_rows(ids) if ids else {}
        return Computed(report, charts, {i: row.number for i, row in rows.items()})

    def _show(self, result: object) -> None:
        assert isinstance(result, Computed)
        self.result = result
        report = result.report
        period = report.current.period
        self.model.set_report(report)
        self.table.resizeColumnsToContents()
        self.span.setText(period.described)
        if report.reported_at is not None:
            self.state.setText(
                self.tr("Reported on {when} by {who}: the figures are those sent").format(
                    when=report.reported_at.strftime("%Y-%m-%d %H:%M"), who=report.reported_by
                )
            )
            self.state.setStyleSheet("QLabel { font-weight: bold; }")
        else:
            self.state.setText(self.tr("Not reported yet"))
            self.state.setStyleSheet("")
        self._update_mark_button(True)
        self.corrections_model.numbers = result.numbers
        self.corrections_model.set_items(report.corrections)
        has = bool(report.corrections)
        self.corrections_label.setText(
            self.tr("Corrections to earlier reported periods, sent with this report: {n}").format(
                n=len(report.corrections)
            )
        )
        self.corrections_label.setVisible(has)
        self.corrections.setVisible(has)
        self.charts.show_data(result.charts)
        self.computed.emit()

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(enabled)
        self._update_mark_button(enabled)

    def _update_mark_button(self, enabled: bool) -> None:
        """Enabled for a period on screen that has ended and is not reported yet; the
        tooltip says why a period that has not ended cannot be reported."""
        report = None if self.result is None else self.result.report
        why = None
        if report is not None and report.reported_at is None:
            why = not_over(report.current.period, self.ops.services.today())
        reportable = report is not None and report.reported_at is None and why is None
        self.mark_button.setEnabled(enabled and reportable)
        self.mark_button.setToolTip(why or "")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.recompute()

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            # The same month, quarter or year, now counted with the office's boundary.
            self.load_settings()
        if changes.cases or changes.settings:
            self.recompute()

    # -- drill-down ----------------------------------------------------------------------

    def drill_down(self, index: QModelIndex) -> DrillDownDialog | None:
        target = self.model.target(index)
        if target is None:
            return None
        # One indexed query (0.2 s on 200,000 cases): a wait cursor, not a thread.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ids = self.ops.read(self, lambda _s: self.reports.case_ids(*_args(target)))
            amounts = None
            if target.key in MONEY_KEYS:
                parts = self.ops.read(self, lambda _s: self.reports.case_amounts(*_args(target)))
                # Empty for a period reported before the amounts were kept case by case.
                if parts or not ids:
                    amounts = (column_label(target.key), parts or {})
        finally:
            QApplication.restoreOverrideCursor()
        if ids is None:
            return None
        category = target.category.label if target.category else self.tr("all dispute types")
        title = self.tr("{figure}, {category}, {period}").format(
            figure=column_label(target.key), category=category, period=target.period.label
        )
        return self._open_list(title, ids, amounts)

    def _drill_correction(self, index: QModelIndex) -> DrillDownDialog | None:
        correction: Correction = self.corrections_model.items[index.row()]
        title = self.tr("Correction of {figure}, {period}").format(
            figure=correction.figure_label, period=correction.period.label
        )
        return self._open_list(title, list(correction.case_ids))

    def _open_list(
        self, title: str, ids: list[int], amounts: tuple[str, dict[int, Decimal]] | None = None
    ) -> DrillDownDialog:
        dialog = DrillDownDialog(self.ops.services, title, ids, self, amounts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_case.connect(self.open_case)
        dialog.show()
        return dialog

    # -- exporting and reporting ---------------------------------------------------------

    def suggested_name(self, fmt: str) -> str:
        assert self.result is not None
        period = self.result.report.current.period
        return f"统计表_{period.start:%Y%m%d}-{period.end:%Y%m%d}.{fmt}"

    def export(self, fmt: str, path: Path | None = None) -> bool:
        """Write the report on screen as ``fmt``; asks for the file unless ``path`` is given."""
        if self.result is None:
            return False
        if path is None:
            filters = {
                "xlsx": self.tr("Excel workbook (*.xlsx)"),
                "pdf": self.tr("PDF (*.pdf)"),
                "csv": self.tr("CSV (*.csv)"),
                "json": self.tr("JSON (*.json)"),
            }
            suggested = self.export_folder() / self.suggested_name(fmt)
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the tally"), str(suggested), filters[fmt]
            )
            if not chosen:
                return False
            path = Path(chosen)
        result = self.result
        # The figures are computed already: writing takes well under a second.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self.ops.read(self, lambda _s: _write(fmt, path, result))
        finally:
            QApplication.restoreOverrideCursor()
        if done:
            self._folder = path.parent
            self.exported.setText(self.tr("Saved to {path}").format(path=path))
            self.exported.show()
            self.open_folder_button.show()
        return bool(done)

    def export_folder(self) -> Path:
        """Where the save dialog starts: the folder of the last export, else the user's
        documents folder (not the program's working folder, which users cannot find)."""
        if self._folder is not None:
            return self._folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def open_folder(self) -> None:
        """Show the folder of the last export in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.export_folder())))

    def mark_reported(self, confirm: bool = True) -> None:
        """Keep this period's figures as sent, after a confirmation (it cannot be undone)."""
        period = self.period()
        if period is None or self.result is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Mark as reported"),
                self.tr(
                    "Mark {period} as reported to the district?\n\n"
                    "Its figures are kept as they are now and never change again; later "
                    "changes to its cases are shown as corrections in the next report. "
                    "This cannot be undone."
                ).format(period=period.label),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.span.setText(self.tr("Saving the figures of {period}…").format(period=period.label))
        self._start(lambda: self.reports.mark_reported(period), lambda _sent: self.recompute())


def _args(target: Target) -> tuple[Period, str, Category | None]:
    return target.period, target.key, target.category


def _write(fmt: str, path: Path, result: Computed) -> bool:
    try:
        if fmt == "json":
            write_json(path, result.report)
        elif fmt == "csv":
            write_csv(path, result.report, result.numbers)
        elif fmt == "pdf":
            write_pdf(path, result.report, result.charts, result.numbers)
        else:
            write_xlsx(path, result.report, result.numbers)
    except OSError as error:  # a read-only folder, a file open in Excel
        raise MediatorError(
            f"无法写入文件“{path}”：{error.strerror or error}。"
            "请确认文件没有在其他程序中打开，并选择可以写入的文件夹。"
        ) from error
    return True
