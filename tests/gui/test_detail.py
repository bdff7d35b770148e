"""The case detail window: tabs, overdue deadlines, history in words, edit and void."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mediator.domain.workflow_enums import Action, FailureReason
from mediator.gui.casedetail import CaseDetailDialog, HistoryModel, HistoryTab, VoidDialog
from mediator.gui.ops import Ops
from mediator.persistence.cases import CaseDetail
from mediator.persistence.services import Services
from tests.gui.conftest import MessageBoxes
from tests.helpers.factories import collective_case

pytestmark = pytest.mark.gui


@pytest.fixture
def case_id(services: Services) -> int:
    ref = services.create_case(collective_case(12))
    data = services.get_case(ref.id).data
    data.applicants[1].phone = "13800138000"
    data.applicants[1].mailing_address = "城南区人民路5号302室"
    data.respondents[0].legal_rep_title = "总经理"
    services.update_case(ref.id, 1, data)
    return ref.id


def open_detail(qtbot: QtBot, ops: Ops, case_id: int) -> tuple[CaseDetailDialog, list[CaseDetail]]:
    edits: list[CaseDetail] = []
    dialog = CaseDetailDialog(ops, case_id, edits.append)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, edits


def test_tabs_show_the_case(qtbot: QtBot, ops: Ops, case_id: int, services: Services) -> None:
    dialog, _edits = open_detail(qtbot, ops, case_id)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == [
        "概况",
        "当事人",
        "请求事项",
        "欠薪",
        "办理",
        "文书",
        "履行",
        "转介",
        "仲裁时效",
        "历史记录",
    ]
    assert "文书" in titles
    overview = dialog.detail_tabs[0]
    number = services.get_case(case_id).number
    assert overview.values["number"].text() == number
    assert overview.values["status"].text() == "待受理"
    # Received 2026-09-30 and still open on 2026-11-24: both limits have passed.
    assert "已超期" in overview.values["mediation_due"].text()
    assert "已超期" in overview.values["acceptance_due"].text()
    parties = dialog.detail_tabs[1]
    assert parties.applicants.rowCount() == 12
    title = parties.respondents.index(0, parties.respondents.column_of("legal_rep_title"))
    assert title.data() == "总经理"
    mailing = parties.applicants.index(1, parties.applicants.column_of("mailing_address"))
    assert mailing.data() == "城南区人民路5号302室"
    assert parties.applicant_title.text() == "申请人（12） — 集体劳动争议"
    claims = dialog.detail_tabs[2]
    assert claims.totals.text().startswith("请求金额合计：192,066.00元")


def test_history_is_in_words(qtbot: QtBot, ops: Ops, case_id: int) -> None:
    dialog, _edits = open_detail(qtbot, ops, case_id)
    model = next(t for t in dialog.detail_tabs if isinstance(t, HistoryTab)).model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert any(r[2] == "新建" and r[3] == "案件" for r in rows)
    change = next(r for r in rows if r[2] == "修改")
    assert change[1] == "李调解"
    assert change[3] == "申请人 赵堃"
    assert change[4:] == ["联系电话", "13900000001", "13800138000"]


def test_edit_and_void(
    qtbot: QtBot,
    ops: Ops,
    case_id: int,
    services: Services,
    boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog, edits = open_detail(qtbot, ops, case_id)
    dialog.edit_button.click()
    assert [d.id for d in edits] == [case_id]

    def answer(self: VoidDialog) -> int:
        self.reason.setPlainText("重复登记")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(VoidDialog, "exec", answer)
    boxes.answers = [QMessageBox.StandardButton.Yes]
    dialog.void_button.click()
    assert "确定作废案件" in boxes.texts("question")[-1]
    assert services.get_case(case_id).void_reason == "重复登记"
    assert dialog.void_banner.isVisible()
    assert "重复登记" in dialog.void_banner.text()
    assert not dialog.edit_button.isEnabled()


def test_history_model_passes_the_model_tester(
    qtmodeltester: object, ops: Ops, case_id: int, services: Services
) -> None:
    model = HistoryModel()
    model.set_entries(services.history(case_id), {})
    assert model.rowCount() > 10
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_overview_says_how_a_closed_case_ended(qtbot: QtBot, ops: Ops, case_id: int) -> None:
    case = ops.services.get_case(case_id)
    day = case.data.received_on
    ref = ops.workflow.decide_acceptance(case_id, case.version, accepted=True, decided_on=day)
    ops.workflow.close_case(ref.id, ref.version, Action.FAIL, day, FailureReason.NO_AGREEMENT)
    dialog, _edits = open_detail(qtbot, ops, case_id)
    overview = dialog.detail_tabs[0]
    assert overview.values["status"].text() == "调解不成（未能达成协议）"
