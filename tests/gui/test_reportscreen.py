"""The 统计 tab: figures as ReportServices computes them, drill-down, exports, reporting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from mediator.domain.enums import Category
from mediator.gui.charts import nice_top
from mediator.gui.ops import Ops
from mediator.gui.prefs import Prefs
from mediator.gui.reportscreen import (
    CATEGORIES,
    FIRST_CATEGORY_COLUMN,
    DrillDownDialog,
    FiguresModel,
    ReportScreen,
)
from mediator.gui.settingsdialog import SettingsDialog
from mediator.persistence.performance import ReceiptData
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.services import Services
from mediator.reports.export import COLUMNS, RATE_LABELS, cell_value
from mediator.reports.periods import MonthBoundary, month_period, range_period
from mediator.reports.services import ReportServices
from mediator.reports.tally import case_ids
from tests.gui.conftest import MessageBoxes
from tests.unit.reports.conftest import Store, build

OCTOBER = month_period(2026, 10)


@pytest.fixture
def store(services: Services) -> Store:
    return build(services)


@pytest.fixture
def screen(qtbot: QtBot, ops: Ops, store: Store) -> ReportScreen:
    widget = ReportScreen(ops)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.computed, timeout=20000):
        widget.show()
    return widget


def test_opens_on_the_last_complete_month(screen: ReportScreen) -> None:
    assert screen.period() == OCTOBER  # today is 2026-11-24
    assert "2026年10月1日至2026年10月31日" in screen.span.text()
    assert screen.state.text() == "未报送"
    assert screen.boundary_label.text() == "按自然月统计"


def test_figures_are_those_of_the_report_services(screen: ReportScreen, store: Store) -> None:
    report = ReportServices(store.services.db).report(OCTOBER)
    model = screen.model
    assert model.rowCount() == len(COLUMNS)
    assert model.columnCount() == FIRST_CATEGORY_COLUMN + len(Category)
    columns = [report.current.total, report.previous.total, report.year_earlier.total]
    columns += [report.current.by_category[c] for c in CATEGORIES]
    for row, key in enumerate(COLUMNS):
        for column, figures in enumerate(columns):
            shown = model.index(row, column).data(Qt.ItemDataRole.UserRole)
            assert shown == cell_value(figures, key), (key, column)
    received = COLUMNS.index("received")
    assert model.index(received, 0).data() == "6"
    agreed = COLUMNS.index("amount_agreed")
    assert model.index(agreed, 0).data() == "20,000.00"
    assert model.index(COLUMNS.index("fulfilment_rate"), 0).data() == "40.00%"
    assert model.headerData(received, Qt.Orientation.Vertical) == "本期收案"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "上期\n2026年9月"


def test_figures_model_passes_the_model_tester(qtmodeltester: object, screen: ReportScreen) -> None:
    qtmodeltester.check(screen.model)  # type: ignore[attr-defined]
    qtmodeltester.check(FiguresModel())  # type: ignore[attr-defined]


def _listed(screen: ReportScreen, row: int, column: int) -> list[int]:
    dialog = screen.drill_down(screen.model.index(row, column))
    assert dialog is not None
    ids = [dialog.model.case_id(r) for r in range(dialog.model.rowCount())]
    dialog.close()
    return [i for i in ids if i is not None]


def test_received_drills_down_to_exactly_its_cases(screen: ReportScreen, store: Store) -> None:
    ids = store.ids
    expected = sorted(
        ids[k]
        for k in (
            "not_accepted",
            "last_day",
            "collective",
            "reopened_later",
            "reopened_same",
            "not_performed",
        )
    )
    assert _listed(screen, COLUMNS.index("received"), 0) == expected
    pay = FIRST_CATEGORY_COLUMN + CATEGORIES.index(Category.PAY)
    assert _listed(screen, COLUMNS.index("received"), pay) == sorted(
        [ids["collective"], ids["reopened_later"]]
    )


def test_every_figure_drills_down_to_its_tally_ids(screen: ReportScreen, store: Store) -> None:
    hrs = FIRST_CATEGORY_COLUMN + CATEGORIES.index(Category.HRS)
    with store.services.db.read() as session:
        for row, key in enumerate(COLUMNS):
            if key in RATE_LABELS:
                assert screen.drill_down(screen.model.index(row, 0)) is None
                continue
            assert _listed(screen, row, 0) == case_ids(session, OCTOBER, key), key
            assert _listed(screen, row, 1) == case_ids(session, OCTOBER.previous(), key), key
            assert _listed(screen, row, hrs) == case_ids(session, OCTOBER, key, Category.HRS)


def test_a_listed_case_opens(screen: ReportScreen, store: Store, qtbot: QtBot) -> None:
    opened: list[int] = []
    screen.open_case.connect(opened.append)
    dialog = screen.drill_down(screen.model.index(COLUMNS.index("agreements"), 0))
    assert dialog is not None
    assert dialog.model.rowCount() == 3
    dialog.table.setCurrentIndex(dialog.model.index(1, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [dialog.model.case_id(1)]


def test_exports_from_the_screen(screen: ReportScreen, tmp_path: Path) -> None:
    assert screen.export("xlsx", tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["统计表"]
    assert "2026年10月" in sheet["A2"].value
    assert screen.export("pdf", tmp_path / "t.pdf")
    text = PdfReader(tmp_path / "t.pdf").pages[0].extract_text()
    assert "劳动争议调解案件统计表" in text and "每月收案与结案" in text
    assert screen.export("json", tmp_path / "t.json") and screen.export("csv", tmp_path / "t.csv")
    assert screen.suggested_name("pdf") == "统计表_20261001-20261031.pdf"


def test_mark_as_reported_after_confirmation(
    screen: ReportScreen, store: Store, boxes: MessageBoxes, qtbot: QtBot
) -> None:
    boxes.answers = [QMessageBox.StandardButton.Cancel]
    screen.mark_reported()
    assert ReportServices(store.services.db).reported(OCTOBER) is None
    boxes.answers = [QMessageBox.StandardButton.Yes]
    with qtbot.waitSignal(screen.computed, timeout=20000):
        screen.mark_reported()
    assert "不能撤销" in boxes.texts("question")[-1]
    assert ReportServices(store.services.db).reported(OCTOBER) is not None
    assert screen.state.text().startswith("已报送")
    assert not screen.mark_button.isEnabled()


def test_month_boundary_round_trips_through_the_settings_dialog(
    qtbot: QtBot, ops: Ops, prefs: Prefs, services: Services, screen: ReportScreen
) -> None:
    dialog = SettingsDialog(ops, prefs)
    qtbot.addWidget(dialog)
    assert dialog.office.month_boundary.value() == "calendar"
    dialog.office.month_boundary.set_value("day21")
    assert dialog.office.month_boundary.currentText() == "上月21日至本月20日"
    with qtbot.waitSignal(screen.computed, timeout=20000):
        dialog.save()
    assert services.settings().report_month_boundary == "day21"
    again = SettingsDialog(ops, prefs)
    qtbot.addWidget(again)
    assert again.office.month_boundary.value() == "day21"
    # The report screen counts the same month with the new boundary.
    assert screen.boundary_label.text() == "按上月21日至本月20日统计"
    assert screen.period() == month_period(2026, 10, MonthBoundary.DAY_21)
    assert "2026年9月21日至2026年10月20日" in screen.span.text()


def test_enter_on_a_figure_lists_its_cases(
    screen: ReportScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[DrillDownDialog] = []
    original = screen._open_list

    def record(title: str, ids: list[int], amounts: object = None) -> DrillDownDialog:
        dialog = original(title, ids)
        opened.append(dialog)
        return dialog

    monkeypatch.setattr(screen, "_open_list", record)
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(COLUMNS.index("closed"), 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    assert opened[0].windowTitle() == "结案合计（全部类别，2026年10月）"
    assert opened[0].model.rowCount() == int(screen.model.index(COLUMNS.index("closed"), 0).data())


def test_the_charts_show_the_chart_data(screen: ReportScreen, store: Store) -> None:
    reports = ReportServices(store.services.db)
    data = reports.charts(reports.report(OCTOBER).current)
    charts = screen.charts
    assert charts.months.series[0].values == tuple(m.received for m in data.months)
    assert charts.months.series[1].values == tuple(m.closed for m in data.months)
    assert charts.months.title == "每月收案与结案（件）"
    assert charts.amounts.series[0].values[-1] == 20000.0  # October agreed, in yuan
    assert [row[0] for row in charts.categories.rows][0] == "劳动报酬"
    assert charts.categories.rows[0][2] == "2件 33.3%"
    image = charts.grab().toImage()
    assert not image.isNull() and image.width() > 600


@pytest.mark.parametrize(
    ("value", "top"), [(0, 4), (7, 8), (10, 10), (10541, 15000), (25451.4, 30000), (0.4, 0.4)]
)
def test_axis_tops_are_round(value: float, top: float) -> None:
    assert nice_top(value) == pytest.approx(top)


def test_periods_compared_for_one_dispute_type(screen: ReportScreen, store: Store) -> None:
    report = ReportServices(store.services.db).report(OCTOBER)
    screen.scope.set_value(Category.PAY)
    model = screen.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "本期劳动报酬\n2026年10月"
    row = COLUMNS.index("carried_over")
    expected = [
        report.current.by_category[Category.PAY]["carried_over"],
        report.previous.by_category[Category.PAY]["carried_over"],
        report.year_earlier.by_category[Category.PAY]["carried_over"],
    ]
    assert [model.index(row, c).data(Qt.ItemDataRole.UserRole) for c in range(3)] == expected
    with store.services.db.read() as session:
        previous = case_ids(session, OCTOBER.previous(), "carried_over", Category.PAY)
    assert _listed(screen, row, 1) == previous
    screen.scope.set_value(None)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "本期合计\n2026年10月"


def test_a_change_after_reporting_shows_as_a_correction(
    screen: ReportScreen, store: Store, qtbot: QtBot
) -> None:
    ReportServices(store.services.db).mark_reported(OCTOBER)
    last_day = store.services.get_case(store.ids["last_day"])
    store.services.void_case(last_day.id, last_day.version, "重复登记")
    with qtbot.waitSignal(screen.computed, timeout=20000):
        screen.set_period(month_period(2026, 11))
    assert screen.corrections.isVisible()
    assert "随本期报送的以前期间更正" in screen.corrections_label.text()
    model = screen.corrections_model
    rows = [model.cells(item) for item in model.items]
    assert ["2026年10月", "本期收案", "合计", "6", "5", "-1", last_day.number] in rows
    row = next(i for i, cells in enumerate(rows) if cells[1:3] == ["本期收案", "合计"])
    dialog = screen._drill_correction(model.index(row, 0))
    assert dialog is not None
    assert [dialog.model.case_id(r) for r in range(dialog.model.rowCount())] == [last_day.id]
    # October itself still shows what was sent.
    with qtbot.waitSignal(screen.computed, timeout=20000):
        screen.set_period(OCTOBER)
    assert screen.model.index(COLUMNS.index("received"), 0).data() == "6"
    assert screen.state.text().startswith("已报送")


def test_an_unwritable_file_is_refused_in_chinese(
    screen: ReportScreen, tmp_path: Path, boxes: MessageBoxes
) -> None:
    assert not screen.export("xlsx", tmp_path / "no-such-folder" / "t.xlsx")
    assert "无法写入文件" in boxes.texts("warning")[-1]


def test_a_month_not_over_cannot_be_marked_as_reported(
    screen: ReportScreen, store: Store, qtbot: QtBot
) -> None:
    assert screen.mark_button.isEnabled() and screen.mark_button.toolTip() == ""  # October
    with qtbot.waitSignal(screen.computed, timeout=20000):
        screen.set_period(month_period(2026, 11))  # today is 2026-11-24
    assert not screen.mark_button.isEnabled()
    assert screen.mark_button.toolTip() == "2026年11月尚未结束（截至11月30日），不能标记为已报送。"
    with qtbot.waitSignal(screen.computed, timeout=20000):
        screen.set_period(month_period(2026, 12))
    assert not screen.mark_button.isEnabled()
    assert "2026年12月尚未结束（截至12月31日）" in screen.mark_button.toolTip()


def test_a_money_figure_lists_each_cases_part_of_it(screen: ReportScreen, store: Store) -> None:
    """Not the amount claimed: what each case adds to 协议金额, with the figure as the total."""
    row = COLUMNS.index("amount_agreed")
    index = screen.model.index(row, 0)
    assert index.data() == "20,000.00"  # 5,000 + 3,000 (one case), 10,000, 2,000
    dialog = screen.drill_down(index)
    assert dialog is not None
    model = dialog.model
    assert model.headerData(6, Qt.Orientation.Horizontal) == "协议金额"
    parts = {model.case_id(r): model.index(r, 6).data() for r in range(model.rowCount())}
    assert parts[store.ids["agreed"]] == "8,000.00"
    assert parts[store.ids["back_from_sep"]] == "10,000.00"
    heading = dialog.findChildren(QLabel)[0].text()
    assert heading.endswith("共3件案件，合计20,000.00元")


def test_export_says_where_the_file_went(
    screen: ReportScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert screen.export_folder() == Path(documents)  # not the working folder
    assert not screen.exported.isVisible()
    assert screen.export("xlsx", tmp_path / "t.xlsx")
    assert str(tmp_path / "t.xlsx") in screen.exported.text()
    assert screen.exported.isVisible() and screen.open_folder_button.isVisible()
    assert screen.export_folder() == tmp_path  # the next export starts there
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    screen.open_folder_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [tmp_path]


def test_a_date_range_is_named_once(screen: ReportScreen, qtbot: QtBot) -> None:
    with qtbot.waitSignal(screen.computed, timeout=20000):
        screen.set_period(range_period(date(2026, 10, 1), date(2026, 10, 31)))
    assert screen.span.text() == "2026年10月1日至2026年10月31日"


def test_money_corrections_have_thousands_separators_and_name_their_case(
    screen: ReportScreen, store: Store, qtbot: QtBot
) -> None:
    ReportServices(store.services.db).mark_reported(OCTOBER)
    perf = PerformanceServices(store.services.db)
    perf.record_receipt(
        store.ids["agreed"], ReceiptData(date(2026, 10, 29), Decimal("500"), method="银行转账")
    )
    with qtbot.waitSignal(screen.computed, timeout=20000):
        screen.set_period(month_period(2026, 11))
    model = screen.corrections_model
    rows = [model.cells(item) for item in model.items]
    number = store.services.get_case(store.ids["agreed"]).number
    assert ["2026年10月", "已履行金额", "合计", "8,000.00", "8,500.00", "+500.00", number] in rows
