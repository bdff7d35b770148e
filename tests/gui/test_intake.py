"""The intake form as a user drives it: typing, pasting, saving, closing, recovering."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from mediator.domain.enums import Category, Sex
from mediator.gui import intakeform
from mediator.gui.drafts import DraftStore
from mediator.gui.intakeform import IntakeForm
from mediator.gui.mainwindow import MainWindow
from mediator.gui.ops import Ops
from mediator.gui.prefs import Prefs
from mediator.gui.records import ERROR_BACKGROUND, TablePanel
from mediator.persistence.caselist import CaseFilter
from mediator.persistence.db import Operator
from mediator.persistence.services import Services
from tests.gui.conftest import MessageBoxes, type_text
from tests.helpers.factories import GENERAL_CONTRACTOR_USCC, resident_id, single_case

pytestmark = pytest.mark.gui

GOOD_ID = resident_id(date(1985, 6, 1), 13)  # odd 17th digit: male
BAD_ID = GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1")


def edit_cell(qtbot: QtBot, panel: TablePanel, row: int, key: str, text: str) -> None:
    """Open the cell editor as a user would (F2), type, and press Enter."""
    view, model = panel.view, panel.model
    index = model.index(row, model.column_of(key))
    view.setCurrentIndex(index)
    # The previous cell's editor may still await deletion: take the new one.
    before = set(view.viewport().findChildren(QLineEdit))
    view.edit(index)
    opened = [e for e in view.viewport().findChildren(QLineEdit) if e not in before]
    assert len(opened) == 1, "no cell editor opened"
    editor = opened[0]
    editor.selectAll()
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: model.rows[row][key] == text, timeout=1000)


def new_form(qtbot: QtBot, ops: Ops, drafts: DraftStore, operator: Operator) -> IntakeForm:
    form = IntakeForm(ops, drafts, operator)
    qtbot.addWidget(form)
    form.show()
    return form


def fill_basic_case(qtbot: QtBot, form: IntakeForm, id_number: str) -> None:
    form.category.set_value(Category.PAY)
    type_text(form.facts, "在工地做钢筋工三个月，工资未结清。")
    edit_cell(qtbot, form.applicants, 0, "name", "孙悟空")
    edit_cell(qtbot, form.applicants, 0, "id_number", id_number)
    edit_cell(qtbot, form.applicants, 0, "phone", "13912345678")
    edit_cell(qtbot, form.respondents, 0, "name", "花果山建筑有限公司")
    edit_cell(qtbot, form.respondents, 0, "uscc", GENERAL_CONTRACTOR_USCC)
    form.claims.add_row()
    edit_cell(qtbot, form.claims, 0, "amount", "12,000")


def test_bad_id_is_shown_beside_the_cell_and_blocks_saving_until_fixed(
    qtbot: QtBot,
    ops: Ops,
    drafts: DraftStore,
    prefs: Prefs,
    operator: Operator,
    services: Services,
    boxes: MessageBoxes,
) -> None:
    window = MainWindow(ops, drafts, prefs, operator)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.case_list.model.loaded):
        pass
    window.new_action.trigger()
    form = window.forms[0]
    assert form.windowTitle() == "新建案件"
    fill_basic_case(qtbot, form, BAD_ID)

    assert form.save() is False
    model = form.applicants.model
    cell = model.index(0, model.column_of("id_number"))
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert "校验位错误" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    listed = [
        form.applicants.messages.item(i).text() for i in range(form.applicants.messages.count())
    ]
    assert any(m.startswith("第1名申请人（孙悟空）的身份证号码校验位错误") for m in listed)
    assert form.applicants.messages.isVisible()
    assert "未保存" in form.draft_label.text()
    assert services.case_ids(CaseFilter()) == []

    edit_cell(qtbot, form.applicants, 0, "id_number", GOOD_ID)
    assert model.rows[0]["sex"] is Sex.MALE  # filled in from the ID number
    assert form.save() is True
    assert not form.isVisible()
    list_model = window.case_list.model
    qtbot.waitUntil(lambda: list_model.rowCount() == 1)
    row = list_model.case_row(0)
    assert row is not None and row.applicant_summary == "孙悟空"
    assert row.claimed_total == 12000
    assert window.count_label.text() == "共1件"
    assert boxes.calls == []


def test_mailing_address_and_title_are_typed_in_and_saved(
    qtbot: QtBot, ops: Ops, drafts: DraftStore, operator: Operator, services: Services
) -> None:
    form = new_form(qtbot, ops, drafts, operator)
    model = form.respondents.model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headers[2:6] == ["法定代表人", "法定代表人职务", "住址", "通讯地址"]
    fill_basic_case(qtbot, form, GOOD_ID)
    edit_cell(qtbot, form.applicants, 0, "mailing_address", "城南区人民路5号302室")
    edit_cell(qtbot, form.respondents, 0, "legal_rep", "王建国")
    edit_cell(qtbot, form.respondents, 0, "legal_rep_title", "总经理")
    edit_cell(qtbot, form.respondents, 0, "mailing_address", "城南区科技园3号楼")
    assert form.save() is True
    (case_id,) = services.case_ids(CaseFilter())
    data = services.get_case(case_id).data
    assert data.applicants[0].mailing_address == "城南区人民路5号302室"
    assert data.respondents[0].legal_rep_title == "总经理"
    assert data.respondents[0].mailing_address == "城南区科技园3号楼"


def test_simple_field_problem_appears_under_the_field(
    qtbot: QtBot, ops: Ops, drafts: DraftStore, operator: Operator
) -> None:
    form = new_form(qtbot, ops, drafts, operator)
    assert form.messages["category"].isVisible()
    assert form.messages["category"].text() == "未选择争议类别，请选择"
    form.category.set_value(Category.PAY)
    qtbot.waitUntil(lambda: form.messages["category"].text() == "")
    assert form.messages["category"].isVisible()  # keeps its line: nothing below jumps


def test_pasting_twelve_excel_rows_creates_a_collective_case(
    qtbot: QtBot, ops: Ops, drafts: DraftStore, operator: Operator
) -> None:
    form = new_form(qtbot, ops, drafts, operator)
    header = "姓名\t性别\t证件号码\t联系电话\t农民工\t入职日期\t离职日期\t岗位\t月工资"
    lines = [header] + [
        f"工人{i}\t\t{resident_id(date(1980 + i, 3, 1), 11 + i)}\t139000000{i:02d}\t是\t"
        f"2025/3/1\t2026年8月31日\t钢筋工\t8,000"
        for i in range(12)
    ]
    QGuiApplication.clipboard().setText("\r\n".join(lines) + "\r\n")
    view = form.applicants.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    model = form.applicants.model
    assert model.rowCount() == 12  # the empty starting row was replaced
    assert [r["name"] for r in model.rows][:2] == ["工人0", "工人1"]
    assert model.rows[0]["is_migrant"] is True
    assert model.rows[0]["sex"] is Sex.MALE
    assert model.rows[11]["monthly_wage"] == "8,000"
    assert form.applicants.note.isVisible()
    assert form.applicants.note.text().startswith("集体劳动争议：共12名申请人")
    representative = model.column_of("is_representative")
    assert not view.isColumnHidden(representative)
    assert form.tabs.tabText(0) == "申请人（12）"
    data, problems = form.case_data()
    assert problems == []
    assert len(data.applicants) == 12 and data.is_collective
    assert data.applicants[3].employment_end == date(2026, 8, 31)


def test_claim_totals_follow_the_amounts(
    qtbot: QtBot, ops: Ops, drafts: DraftStore, operator: Operator
) -> None:
    form = new_form(qtbot, ops, drafts, operator)
    edit_cell(qtbot, form.applicants, 0, "name", "赵堃")
    form.claims.add_row()
    form.claims.add_row()
    edit_cell(qtbot, form.claims, 0, "amount", "1000.50")
    edit_cell(qtbot, form.claims, 1, "amount", "2000")
    assert form.claims.note.text() == "请求金额合计：3,000.50元（赵堃 3,000.50）"


def test_closing_with_unsaved_input_asks_first(
    qtbot: QtBot, ops: Ops, drafts: DraftStore, operator: Operator, boxes: MessageBoxes
) -> None:
    form = new_form(qtbot, ops, drafts, operator)
    form.close()  # nothing typed yet: closes without asking
    assert not form.isVisible() and boxes.calls == []

    form = new_form(qtbot, ops, drafts, operator)
    type_text(form.external_ref, "WS2026-001")
    boxes.answers = [boxes_button("Cancel")]
    QTest.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()
    assert boxes.calls[-1][2] == "此表单中有尚未保存的内容。现在保存吗？"
    boxes.answers = [boxes_button("Discard")]
    form.close()
    assert not form.isVisible()
    assert list(drafts.folder.glob("*.json")) == []


def boxes_button(name: str) -> object:
    from PySide6.QtWidgets import QMessageBox

    return getattr(QMessageBox.StandardButton, name)


def test_typed_input_survives_a_crash_as_a_draft(
    qtbot: QtBot,
    ops: Ops,
    drafts: DraftStore,
    prefs: Prefs,
    operator: Operator,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,
) -> None:
    monkeypatch.setattr(intakeform, "AUTOSAVE_DELAY_MS", 50)
    form = new_form(qtbot, ops, drafts, operator)
    edit_cell(qtbot, form.applicants, 0, "name", "吉𠮷")
    edit_cell(qtbot, form.applicants, 0, "employment_start", "2024-13-01")  # not a date: kept
    type_text(form.facts, "未签劳动合同")
    qtbot.waitUntil(lambda: form.draft_path is not None and form.draft_path.exists())
    assert "自动保存草稿" in form.draft_label.text()
    # The "crash": the form goes away without saving or discarding.
    form._dirty = False
    form.hide()

    window = MainWindow(ops, drafts, prefs, operator)
    qtbot.addWidget(window)
    boxes.answers = [boxes_button("Open")]
    restored = window.offer_drafts()
    assert "吉𠮷" in boxes.texts("question")[-1]
    assert len(restored) == 1
    again = restored[0]
    qtbot.addWidget(again)
    assert again.applicants.model.rows[0]["name"] == "吉𠮷"
    assert again.applicants.model.rows[0]["employment_start"] == "2024-13-01"
    assert again.facts.toPlainText() == "未签劳动合同"
    assert again.is_dirty
    cell = again.applicants.model.index(0, again.applicants.model.column_of("employment_start"))
    assert "入职日期有误：“2024-13-01”不是有效的日期" in again.applicants.model.data(
        cell, Qt.ItemDataRole.ToolTipRole
    )


def test_stale_edit_keeps_the_input_and_the_other_save(
    qtbot: QtBot,
    ops: Ops,
    drafts: DraftStore,
    operator: Operator,
    services: Services,
    boxes: MessageBoxes,
) -> None:
    ref = services.create_case(single_case("王喆"))
    detail = services.get_case(ref.id)
    form = IntakeForm(ops, drafts, operator, detail=detail)
    qtbot.addWidget(form)
    form.show()
    assert form.windowTitle() == f"编辑案件 {ref.number}"
    # Someone else saves the same case meanwhile.
    theirs = services.get_case(ref.id).data
    theirs.facts = "对方的修改"
    services.update_case(ref.id, detail.version, theirs)

    form.facts.clear()
    type_text(form.facts, "我的修改")
    assert form.save() is False
    warning = boxes.texts("warning")[-1]
    assert "已被他人" in warning and "没有保存" in warning
    assert form.isVisible()
    assert form.facts.toPlainText() == "我的修改"
    assert services.get_case(ref.id).data.facts == "对方的修改"
    assert form.draft_path is not None and form.draft_path.exists()


def test_intake_table_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, ops: Ops, drafts: DraftStore, operator: Operator
) -> None:
    form = new_form(qtbot, ops, drafts, operator)
    edit_cell(qtbot, form.applicants, 0, "id_number", BAD_ID)  # a marked cell, too
    form.applicants.model.append_blank()
    form.claims.add_row()
    form.save()
    for panel in form.panels:
        qtmodeltester.check(panel.model)  # type: ignore[attr-defined]


def test_removing_filled_rows_asks_first(
    qtbot: QtBot, ops: Ops, drafts: DraftStore, operator: Operator, boxes: MessageBoxes
) -> None:
    form = new_form(qtbot, ops, drafts, operator)
    form.applicants.model.set_value(0, "name", "张伟")
    form.applicants.view.selectRow(0)
    boxes.answers.append(QMessageBox.StandardButton.No)
    form.applicants.remove_button.click()
    assert form.applicants.model.rows[0]["name"] == "张伟"
    assert boxes.calls[-1][1] == "删除行"
    boxes.answers.append(QMessageBox.StandardButton.Yes)
    form.applicants.remove_button.click()
    assert all(row.get("name") != "张伟" for row in form.applicants.model.rows)
