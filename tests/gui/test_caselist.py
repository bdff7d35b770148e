"""The case list: lazy model, search as you type, filters, SQL sorting, opening a case."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mediator.gui.caselist import CaseListWidget
from mediator.gui.caselistmodel import OVERDUE_COLOR, CaseListModel, Column
from mediator.persistence.caselist import SortKey
from mediator.persistence.services import Services
from tests.gui.conftest import type_text
from tests.helpers.factories import collective_case, single_case

pytestmark = pytest.mark.gui


@pytest.fixture
def three_cases(services: Services) -> list[int]:
    ids = []
    for name, received in (
        ("张三丰", date(2026, 11, 20)),
        ("李四光", date(2026, 11, 21)),
        ("王五", date(2026, 9, 30)),
    ):
        data = single_case(name, received)
        data.applicants[0].id_number = ""
        ids.append(services.create_case(data).id)
    return ids


def loaded(qtbot: QtBot, widget: CaseListWidget) -> CaseListModel:
    qtbot.waitUntil(lambda: not widget.model.is_loading, timeout=3000)
    return widget.model


def names(model: CaseListModel) -> list[str]:
    return [model.index(r, Column.APPLICANTS).data() for r in range(model.rowCount())]


def test_search_as_you_type_narrows_the_list(
    qtbot: QtBot, services: Services, three_cases: list[int]
) -> None:
    widget = CaseListWidget(services)
    qtbot.addWidget(widget)
    widget.show()
    widget.model.refresh()
    model = loaded(qtbot, widget)
    assert names(model) == ["李四光", "张三丰", "王五"]  # newest first

    type_text(widget.search, "李四")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert names(model) == ["李四光"]

    widget.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=3000)
    number = services.get_case(three_cases[2]).number
    type_text(widget.search, number)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert names(model) == ["王五"]


def test_search_finds_a_worker_by_id_number(qtbot: QtBot, services: Services) -> None:
    group = collective_case(12)
    services.create_case(group)
    services.create_case(single_case("赵堃"))
    widget = CaseListWidget(services)
    qtbot.addWidget(widget)
    widget.model.refresh()
    model = loaded(qtbot, widget)
    assert model.rowCount() == 2
    qtbot.keyClicks(widget.search, group.applicants[7].id_number)  # ASCII: keyClicks is fine
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert model.index(0, Column.APPLICANTS).data().endswith("等12人")


def test_filters_and_header_sorting_go_through_sql(
    qtbot: QtBot, services: Services, three_cases: list[int]
) -> None:
    widget = CaseListWidget(services)
    qtbot.addWidget(widget)
    widget.show()
    widget.model.refresh()
    model = loaded(qtbot, widget)
    widget.overdue.setChecked(True)  # received 2026-09-30, still open on 2026-11-24
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert names(model) == ["王五"]
    due = model.index(0, Column.DUE)
    assert due.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert due.data(Qt.ItemDataRole.FontRole).bold()
    assert "已超期" in due.data(Qt.ItemDataRole.ToolTipRole)
    widget.clear_filters()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=3000)

    header = widget.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.APPLICANTS) + 5
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: not model.is_loading, timeout=3000)
    key, descending = model.sort_key
    assert key is SortKey.APPLICANTS
    ordered = names(model)
    assert ordered == sorted(ordered, reverse=descending)


def test_enter_opens_the_selected_case(
    qtbot: QtBot, services: Services, three_cases: list[int]
) -> None:
    widget = CaseListWidget(services)
    qtbot.addWidget(widget)
    widget.show()
    widget.model.refresh()
    model = loaded(qtbot, widget)
    widget.table.setCurrentIndex(model.index(1, 0))
    with qtbot.waitSignal(widget.open_case) as opened:
        QTest.keyClick(widget.table, Qt.Key.Key_Return)
    assert opened.args == [three_cases[0]]


def test_case_list_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, services: Services, three_cases: list[int]
) -> None:
    model = CaseListModel(services)
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    assert model.rowCount() == 3
    assert model.index(0, Column.CLAIMED).data() == "16,000.00"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
