"""The settings page 地区标准: add, edit and delete rows of the locality table (today 2026-11-24)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mediator.gui.calculator import CalculatorDialog
from mediator.gui.localities import LocalitiesModel, LocalitiesTab, LocalityDialog
from mediator.gui.ops import Ops
from mediator.gui.prefs import Prefs
from mediator.gui.settingsdialog import SettingsDialog
from mediator.persistence import orm
from tests.gui.conftest import MessageBoxes, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def page(ops: Ops, prefs: Prefs, qtbot: QtBot) -> Iterator[LocalitiesTab]:
    """The 地区标准 page of a settings dialog, shown (the dialog lives as long as the test)."""
    settings = SettingsDialog(ops, prefs)
    qtbot.addWidget(settings)
    settings.show()
    settings.tabs.setCurrentWidget(settings.localities)
    yield settings.localities


def rows(model: LocalitiesModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def retype(edit: object, text: str) -> None:
    """Select all and type over, as a user corrects a field."""
    edit.selectAll()  # type: ignore[attr-defined]
    edit.del_()  # type: ignore[attr-defined]
    type_text(edit, text)  # type: ignore[arg-type]


def test_the_page_is_in_the_settings(ops: Ops, prefs: Prefs, qtbot: QtBot) -> None:
    settings = SettingsDialog(ops, prefs)
    qtbot.addWidget(settings)
    assert settings.tabs.tabText(settings.tabs.indexOf(settings.localities)) == "地区标准"
    model = settings.localities.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["地区", "年度", "上年度职工月平均工资", "最低工资（月）", "说明"]


def test_add_a_row_and_the_calculator_sees_it(
    ops: Ops, page: LocalitiesTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: LocalityDialog) -> int:
        assert dialog.windowTitle() == "添加地区标准"
        assert dialog.year.value() == 2026  # this year, the usual case
        type_text(dialog.locality, "某市")
        type_text(dialog.average, "10000")
        type_text(dialog.minimum, "2,490")
        type_text(dialog.note, "市统计局公报")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(LocalityDialog, "exec", fill)
    saved = page.add()
    assert saved is not None
    assert rows(page.model) == [["某市", "2026", "10,000.00", "2,490.00", "市统计局公报"]]
    assert page.selected() == saved
    money = page.model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole)
    assert money == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert page.model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None

    calculator = CalculatorDialog(ops)  # opened after the change: reads the table again
    qtbot.addWidget(calculator)
    assert calculator.locality.value() == "某市"
    severance = calculator.pages["severance"]
    assert (severance.text("local_average"), severance.text("minimum_wage")) == (
        "10,000.00",
        "2,490.00",
    )


def test_a_bad_amount_is_refused_beside_the_field_and_nothing_is_saved(
    ops: Ops, page: LocalitiesTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, str] = {}

    def fill(dialog: LocalityDialog) -> int:
        dialog.accept()  # nothing typed
        seen["locality"] = dialog.messages["locality"].text()
        seen["blank"] = dialog.messages["average_monthly_wage"].text()
        type_text(dialog.locality, "某县")
        type_text(dialog.average, "-8000")
        dialog.accept()
        seen["negative"] = dialog.messages["average_monthly_wage"].text()
        retype(dialog.average, "0")
        type_text(dialog.minimum, "2000")
        dialog.accept()  # a number, but the services refuse it
        seen["zero"] = dialog.messages["average_monthly_wage"].text()
        seen["minimum"] = dialog.messages["minimum_wage"].text()
        seen["visible"] = str(dialog.isVisible())
        return int(dialog.result())

    monkeypatch.setattr(LocalityDialog, "exec", fill)
    assert page.add() is None
    assert seen["locality"] == "请填写地区名称。"
    assert seen["blank"] == "请至少填写上年度职工月平均工资或最低工资之一。"
    assert seen["negative"] == "金额“-8000”是负数，金额不能为负，请核对"
    assert seen["zero"] == "金额必须大于零。"
    assert seen["minimum"] == ""
    assert ops.performance.localities() == []
    assert page.model.rowCount() == 0


def test_a_place_and_year_already_in_the_table_is_not_added_twice(
    ops: Ops, page: LocalitiesTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    ops.performance.set_locality("某市", 2026, Decimal(10000), Decimal(2490))
    page.reload()
    seen: list[str] = []

    def fill(dialog: LocalityDialog) -> int:
        type_text(dialog.locality, "某市")
        type_text(dialog.minimum, "2600")
        dialog.accept()
        seen.append(dialog.messages["year"].text())
        return int(dialog.result())

    monkeypatch.setattr(LocalityDialog, "exec", fill)
    assert page.add() is None
    assert seen == ["某市2026年度的数据已录入，请选中该行后修改。"]
    assert ops.performance.locality("某市", 2026).minimum_wage == Decimal(2490)


def test_enter_edits_the_selected_row(
    ops: Ops, page: LocalitiesTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ops.performance.set_locality("某市", 2025, Decimal(9000), Decimal(2300))
    ops.performance.set_locality("某市", 2026, Decimal(10000), Decimal(2490), "示例")
    page.reload()
    seen: dict[str, object] = {}

    def fill(dialog: LocalityDialog) -> int:
        seen["title"] = dialog.windowTitle()
        seen["fields"] = (dialog.locality.text(), dialog.year.value(), dialog.minimum.text())
        seen["fixed"] = (dialog.locality.isEnabled(), dialog.year.isEnabled())
        retype(dialog.minimum, "2,520.50")
        dialog.note.clear()
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(LocalityDialog, "exec", fill)
    page.view.setFocus()
    page.view.selectRow(1)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert seen["title"] == "修改地区标准"
    assert page.window().isVisible()  # Enter did not reach the settings' Save button
    assert seen["fields"] == ("某市", 2026, "2,490.00")
    assert seen["fixed"] == (False, False)
    assert rows(page.model)[1] == ["某市", "2026", "10,000.00", "2,520.50", ""]
    assert ops.performance.locality("某市", 2026).minimum_wage == Decimal("2520.50")
    assert ops.performance.locality("某市", 2025).minimum_wage == Decimal(2300)
    assert page.selected() is not None and page.selected().year == 2026  # type: ignore[union-attr]


def test_the_delete_key_deletes_after_confirmation(
    ops: Ops, page: LocalitiesTab, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    ops.performance.set_locality("某市", 2026, Decimal(10000), Decimal(2490))
    ops.performance.set_locality("某县", 2026, None, Decimal(2200))
    page.reload()
    page.view.setFocus()
    page.view.selectRow(0)  # 某县 sorts before 某市
    boxes.answers = [QMessageBox.StandardButton.No]
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert boxes.texts("question") == ["删除某县2026年度的数据？"]
    assert page.model.rowCount() == 2

    boxes.answers = [QMessageBox.StandardButton.Yes]
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert rows(page.model) == [["某市", "2026", "10,000.00", "2,490.00", ""]]
    assert [(r.locality, r.year) for r in ops.performance.localities()] == [("某市", 2026)]
    with ops.services.db.read() as session:
        deleted = session.scalars(
            select(orm.AuditEntry.user_name).where(
                orm.AuditEntry.entity == "locality_figure", orm.AuditEntry.action == "delete"
            )
        ).all()
    assert deleted == [ops.services.db.operator.name]


def test_the_model(ops: Ops, qtmodeltester: object) -> None:
    ops.performance.set_locality("某市", 2026, Decimal(10000), None, "只有社平工资")
    ops.performance.set_locality("某县", 2025, None, Decimal(2200))
    model = LocalitiesModel()
    model.set_items(ops.performance.localities())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert rows(model) == [
        ["某县", "2025", "—", "2,200.00", ""],
        ["某市", "2026", "10,000.00", "—", "只有社平工资"],
    ]
