"""The 欠薪 tab: ledger by keyboard, evidence, chain liability and roster import (today 2026-11-24)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mediator.domain.arrears import EvidenceKind, PeriodData
from mediator.domain.enums import ChainRole
from mediator.gui.arrearstab import ArrearsTab, BasesDialog, RosterReportDialog, WorkersModel
from mediator.gui.casedetail import CaseDetailDialog
from mediator.gui.ops import Ops
from mediator.persistence.cases import CaseRef
from tests.gui.conftest import MessageBoxes, type_text
from tests.helpers.factories import collective_case
from tests.unit.arrears.roster_files import roster_worker, write_roster

pytestmark = pytest.mark.gui
YES = QMessageBox.StandardButton.Yes


def open_tab(qtbot: QtBot, ops: Ops, case_id: int) -> tuple[CaseDetailDialog, ArrearsTab]:
    dialog = CaseDetailDialog(ops, case_id, lambda _d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = next(t for t in dialog.detail_tabs if isinstance(t, ArrearsTab))
    dialog.tabs.setCurrentWidget(tab)
    return dialog, tab


def type_cell(qtbot: QtBot, grid: QAbstractItemView, text: str) -> None:
    """Type into the current cell as a user does (the first key opens the editor unless Tab
    already did; the editor has the focus) and Tab to the next cell."""
    if grid.state() != QAbstractItemView.State.EditingState:  # Tab opened no editor yet
        qtbot.keyClick(grid, text[0])
        text = text[1:]
    editor = grid.focusWidget()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


@pytest.fixture
def case(ops: Ops) -> CaseRef:
    return ops.services.create_case(collective_case(3))


def test_workers_model_passes_the_model_tester(
    qtmodeltester: object, ops: Ops, case: CaseRef, qtbot: QtBot
) -> None:
    _dialog, tab = open_tab(qtbot, ops, case.id)
    model = tab.workers
    assert isinstance(model, WorkersModel) and model.rowCount() == 3
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_periods_typed_with_the_keyboard_are_saved(qtbot: QtBot, ops: Ops) -> None:
    data = collective_case(3)
    data.applicants[0].employment_start = data.applicants[0].employment_end = None
    case = ops.services.create_case(data)  # intake has no dates: the first row starts empty
    _dialog, tab = open_tab(qtbot, ops, case.id)
    grid = tab.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # Enter on an empty grid adds a row
    assert grid.rowCount() == 1 and grid.currentColumn() == 0
    type_cell(qtbot, grid, "2026-03")
    type_cell(qtbot, grid, "2026-08")
    qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Tab)  # keep 月薪
    type_cell(qtbot, grid, "8000")
    assert grid.text(0, 7) == "48,000.00"  # computed: 6 months x 8,000
    assert tab.messages.text() == ""
    qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Return)  # Enter in the last row: a new one
    qtbot.waitUntil(lambda: grid.rowCount() == 2)  # the delegate closes the editor queued
    assert grid.rowCount() == 2
    type_cell(qtbot, grid, "2026-09")
    type_cell(qtbot, grid, "2026-07")
    assert "结束月份（2026年7月）早于开始月份（2026年9月）" in tab.messages.text()
    assert not tab.save_periods()
    grid.removeRow(1)
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    worker = tab.service.ledger(case.id).workers[0]
    assert worker.totals.owed == Decimal("48000.00")
    assert tab.workers.cells(tab.workers.items[0])[3] == "48,000.00"
    assert "应付48,000.00元" in tab.summary.text()


def test_chinese_note_explains_an_over_payment(qtbot: QtBot, ops: Ops, case: CaseRef) -> None:
    _dialog, tab = open_tab(qtbot, ops, case.id)
    tab.grid.append_row()
    for column, text in ((0, "2026-05"), (8, "1000"), (9, "1200")):
        tab.grid.item(0, column).setText(text)  # type: ignore[union-attr]
    assert "已付金额（1,200.00元）超过应付金额" in tab.messages.text()
    tab.grid.setCurrentCell(0, 12)
    tab.grid.editItem(tab.grid.item(0, 12))  # type: ignore[arg-type]
    type_text(tab.grid.focusWidget(), "预支生活费")
    tab.grid.setCurrentCell(0, 0)  # commits the editor
    assert tab.grid.text(0, 12) == "预支生活费"
    assert tab.save_periods()
    assert tab.service.ledger(case.id).workers[0].periods[0].note == "预支生活费"


def test_switching_worker_with_unsaved_periods_asks(
    qtbot: QtBot, ops: Ops, case: CaseRef, boxes: MessageBoxes
) -> None:
    _dialog, tab = open_tab(qtbot, ops, case.id)
    tab.grid.append_row()
    tab.grid.item(0, 0).setText("2026-05")  # type: ignore[union-attr]
    tab.grid.item(0, 8).setText("500")  # type: ignore[union-attr]
    boxes.answers = [QMessageBox.StandardButton.Save]
    tab.workers_view.selectRow(1)
    assert "是否保存" in boxes.texts("question")[-1]
    assert tab.service.ledger(case.id).workers[0].totals.owed == Decimal("500")
    assert tab.current_worker().name == tab.workers.items[1].name  # type: ignore[union-attr]


def test_evidence_checklist_and_files(
    qtbot: QtBot, ops: Ops, case: CaseRef, tmp_path: Path, boxes: MessageBoxes
) -> None:
    _dialog, tab = open_tab(qtbot, ops, case.id)
    tab.checks[EvidenceKind.ATTENDANCE].click()
    scan = tmp_path / "考勤表.jpg"
    scan.write_bytes(b"\xff\xd8\xff jpeg")
    tab.choose_file = lambda: scan  # type: ignore[method-assign]
    tab.choose_kind = lambda: EvidenceKind.PAYSLIP  # type: ignore[method-assign]
    assert tab.attach_file()
    worker = tab.service.ledger(case.id).workers[0]
    assert set(worker.evidence) == {EvidenceKind.ATTENDANCE, EvidenceKind.PAYSLIP}
    assert tab.checks[EvidenceKind.PAYSLIP].isChecked()
    assert tab.files.count() == 1 and "考勤表.jpg" in tab.files.item(0).text()
    assert tab.workers.cells(tab.workers.items[0])[8] == "工资条、考勤记录"
    opened: list[Path] = []
    tab.launch = opened.append  # type: ignore[method-assign, assignment]
    tab.files.setCurrentRow(0)
    path = tab.open_file()
    assert path is not None and opened == [path] and path.read_bytes() == b"\xff\xd8\xff jpeg"
    boxes.answers = [YES]
    assert tab.remove_file()
    assert tab.files.count() == 0


def test_chain_liability_filled_from_respondents_and_saved(
    qtbot: QtBot, ops: Ops, case: CaseRef
) -> None:
    _dialog, tab = open_tab(qtbot, ops, case.id)
    tab.suggest()
    assert tab.chain.rowCount() == 2
    assert tab.chain.text(0, 1) == "总包" and "先行清偿" in tab.chain.text(0, 2)
    tab.chain.item(1, 4).setText("100")  # type: ignore[union-attr]
    assert tab.save_chain()
    rows = tab.service.liabilities(case.id)
    assert [(r.data.role, r.data.share) for r in rows] == [
        (ChainRole.GENERAL_CONTRACTOR, None),
        (ChainRole.SUBCONTRACTOR, Decimal("100")),
    ]
    tab.suggest()
    assert tab.chain.rowCount() == 2  # respondents already listed are not added twice
    tab.chain.append_row()
    tab.chain.item(2, 0).setText("某房地产开发有限公司")  # type: ignore[union-attr]
    tab.chain.item(2, 1).setText("建设单位")  # type: ignore[union-attr]
    assert "责任依据未填写" in tab.chain_messages.text()
    assert not tab.save_chain()


def test_roster_with_errors_shows_every_row_and_imports_nothing(
    qtbot: QtBot, ops: Ops, case: CaseRef, tmp_path: Path
) -> None:
    _dialog, tab = open_tab(qtbot, ops, case.id)
    workers = [roster_worker(i) for i in range(20)]
    workers[14]["身份证号"] = "511321199001011234"
    workers[15]["工作期间"] = "去年"
    path = write_roster(tmp_path / "名册.xlsx", workers)
    tab.choose_roster = lambda: path  # type: ignore[method-assign]
    shown: list[RosterReportDialog] = []

    def ask(dialog: QDialog) -> bool:
        assert isinstance(dialog, RosterReportDialog)
        shown.append(dialog)
        return False

    tab.ask = ask  # type: ignore[method-assign]
    assert tab.import_roster() is None
    report = shown[0]
    cells = [report.table.item(r, 0).text() for r in range(report.table.rowCount())]  # type: ignore[union-attr]
    assert cells == ["第17行 [身份证号]", "第18行 [工作期间]"]
    assert "没有导入任何工人" in report.summary.text()
    assert report.report_text().startswith("第17行 [身份证号]：")
    assert tab.workers.rowCount() == 3


def test_thirty_worker_roster_imported_from_the_tab(
    qtbot: QtBot, ops: Ops, case: CaseRef, tmp_path: Path, boxes: MessageBoxes
) -> None:
    dialog, tab = open_tab(qtbot, ops, case.id)
    workers = [roster_worker(i) for i in range(30)]
    path = write_roster(tmp_path / "名册.xlsx", workers)
    tab.choose_roster = lambda: path  # type: ignore[method-assign]
    boxes.answers = [YES]
    result = tab.import_roster()
    total = sum((w["欠薪金额"] for w in workers), Decimal("0"))
    assert result is not None and result.workers == 30
    assert "30名工人" in boxes.texts("question")[-1]
    assert tab.workers.rowCount() == 33  # the window reloaded after the import
    assert "共33名工人" in tab.summary.text()
    # The ledger's paid is before mediation; the agreement's payments are on another tab.
    assert f"已付（调解前）0.00元，欠付（调解前）{total:,.2f}元" in tab.summary.text()
    assert "协议履行情况见“履行”页" in tab.summary.text()
    headers = [tab.workers.headerData(c, Qt.Orientation.Horizontal) for c in range(4, 6)]
    assert headers == ["已付（调解前）", "欠付（调解前）"]
    assert tab.ledger is not None and tab.ledger.totals.owed == total
    assert dialog.view is not None and len(dialog.view.detail.data.applicants) == 33


def test_roster_with_an_applicant_registered_at_intake_merges_him(
    qtbot: QtBot, ops: Ops, case: CaseRef, tmp_path: Path, boxes: MessageBoxes
) -> None:
    _dialog, tab = open_tab(qtbot, ops, case.id)
    existing = ops.services.get_case(case.id).data.applicants[0]
    workers = [roster_worker(i) for i in range(5)]
    workers[0].update(姓名=existing.name, 身份证号=existing.id_number, 电话=existing.phone)
    tab.choose_roster = lambda: path  # type: ignore[method-assign]
    path = write_roster(tmp_path / "名册.xlsx", workers)
    boxes.answers = [YES]
    result = tab.import_roster()
    assert result is not None and (result.added, result.matched) == (4, 1)
    question = boxes.texts("question")[-1]
    assert "其中新增4名；1名是本案已登记的申请人，将按名册更新其欠薪台账和工资请求。" in question
    assert tab.workers.rowCount() == 3 + 4


def test_period_without_amount_names_what_is_missing(qtbot: QtBot, ops: Ops, case: CaseRef) -> None:
    _dialog, tab = open_tab(qtbot, ops, case.id)
    march = date(2026, 3, 1)
    first = tab.workers.items[0].applicant_id
    tab.service.save_periods(case.id, first, [PeriodData(march, march, owed=Decimal("1"))])
    tab.reload()
    tab.grid.item(0, 8).setText("")  # type: ignore[union-attr]
    assert "应付金额未填写，也无法计算" in tab.messages.text()


def test_claims_updated_from_the_ledger_after_asking(
    qtbot: QtBot, ops: Ops, case: CaseRef, boxes: MessageBoxes
) -> None:
    dialog, tab = open_tab(qtbot, ops, case.id)
    tab.grid.append_row()
    tab.grid.item(0, 0).setText("2026-04")  # type: ignore[union-attr]
    tab.grid.item(0, 8).setText("20000")  # type: ignore[union-attr]
    tab.grid.item(0, 10).setText("18000")  # type: ignore[union-attr]
    boxes.answers = [YES]
    assert tab.claims_from_ledger() == 1  # unsaved periods are saved first
    assert "已更新或添加1项拖欠工资请求" in boxes.texts("information")[-1]
    assert dialog.view is not None
    assert dialog.view.detail.data.claims[0].amount == Decimal("18000")


def test_history_names_ledger_records_in_chinese(qtbot: QtBot, ops: Ops, case: CaseRef) -> None:
    from mediator.gui.labels import entity_label, field_label, value_label

    assert entity_label("arrears_period") == "欠薪期间"
    assert field_label("arrears_period", "owed") == "应付金额"
    assert value_label("arrears_period", "rate_unit", "daily") == "日薪"
    assert value_label("chain_liability", "role", "client") == "建设单位"
    assert value_label("evidence_file", "kind", "iou") == "欠条"


def test_a_voided_case_shows_its_ledger_read_only(qtbot: QtBot, ops: Ops, case: CaseRef) -> None:
    ops.services.void_case(case.id, case.version, "重复登记")
    _dialog, tab = open_tab(qtbot, ops, case.id)
    assert tab.workers.rowCount() == 3
    assert not tab.import_button.isEnabled() and not tab.save_button.isEnabled()
    assert not tab.checks[EvidenceKind.IOU].isEnabled() and not tab.grid.isEnabled()
    assert not tab.chain.isEnabled()


def test_the_office_rewords_the_bases_of_liability(qtbot: QtBot, ops: Ops, case: CaseRef) -> None:
    _dialog, tab = open_tab(qtbot, ops, case.id)

    def reword(dialog: QDialog) -> bool:
        assert isinstance(dialog, BasesDialog)
        lines = dialog.lines()
        lines[2] = "总包单位先行清偿（本委习惯表述）"
        dialog.text.setPlainText("\n".join(lines))
        return True

    tab.ask = reword  # type: ignore[method-assign]
    saved = tab.edit_bases()
    assert saved is not None and saved[2] == "总包单位先行清偿（本委习惯表述）"
    assert tab.chain.bases.labels == saved
    tab.suggest()
    assert tab.chain.text(0, 2) == "总包单位先行清偿（本委习惯表述）"
    assert tab.service.liability_bases() == saved


def test_a_first_period_starts_from_the_intake_record(
    qtbot: QtBot, ops: Ops, case: CaseRef
) -> None:
    _dialog, tab = open_tab(qtbot, ops, case.id)
    tab.add_period_button.click()
    # collective_case: employed 2025-03-01 to 2026-08-31 at 8,000 a month
    assert [tab.grid.text(0, c) for c in (0, 1, 2, 3)] == ["2025-03", "2026-08", "月薪", "8,000.00"]
    assert tab.grid.text(0, 7) == "144,000.00"  # 18 months
    assert tab.grid.currentColumn() == 9  # on to what was paid
    tab.add_period_button.click()
    assert tab.grid.text(1, 0) == ""  # later periods start empty
