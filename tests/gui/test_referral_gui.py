"""The 转介 tab, its dialogs and the settings page of arbitration committees (today 2026-11-24)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mediator.domain.enums import ClaimCategory
from mediator.domain.routes import DeliveryMethod, OutcomeKind, RouteKind
from mediator.domain.workflow_enums import Action, FailureReason, TermKind
from mediator.gui.casedetail import CaseDetailDialog
from mediator.gui.committees import CommitteeDialog, CommitteesModel, CommitteesTab
from mediator.gui.ops import Ops
from mediator.gui.prefs import Prefs
from mediator.gui.referraltab import (
    OutcomeDialog,
    ReferralDialog,
    ReferralsModel,
    ReferralTab,
    RoutesModel,
)
from mediator.gui.settingsdialog import SettingsDialog
from mediator.persistence.cases import CaseRef
from mediator.persistence.referral_services import ReferralServices
from mediator.persistence.referrals import CommitteeData, OutcomeData, ReferralData
from mediator.persistence.workflow import TermData
from tests.gui.conftest import MessageBoxes, type_text
from tests.helpers.factories import collective_case

pytestmark = pytest.mark.gui

RECEIVED = date(2026, 10, 8)
COMMITTEE = "城南区劳动人事争议仲裁委员会"


def referrals_of(ops: Ops) -> ReferralServices:
    s = ops.services
    return ReferralServices(s.db, s.today, s.now)


def failed_case(ops: Ops, workers: int = 3) -> CaseRef:
    data = collective_case(workers, RECEIVED)
    data.respondents[0].address = "本市城南区建设路1号"
    ref = ops.services.create_case(data)
    flow = ops.workflow
    ref = flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=RECEIVED)
    return flow.close_case(
        ref.id, ref.version, Action.FAIL, date(2026, 10, 24), FailureReason.OVERDUE
    )


def signed_case(ops: Ops, signed_on: date) -> int:
    ref = ops.services.create_case(collective_case(1, RECEIVED))
    flow = ops.workflow
    ref = flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=RECEIVED)
    term = TermData(
        TermKind.PAYMENT,
        payer="某劳务分包有限公司",
        payee="申请人",
        item=ClaimCategory.WAGES,
        amount=Decimal("16000"),
        due_on=date(2026, 12, 31),
        method="银行转账",
    )
    draft = flow.create_agreement(ref.id, ref.version, [term])
    return flow.sign_agreement(draft.id, draft.case_version, signed_on).case_id


def add_committee(ops: Ops) -> int:
    data = CommitteeData(COMMITTEE, "城南路8号", "010-12345678", "城南区 城南街道")
    return referrals_of(ops).add_committee(data).id


def open_tab(qtbot: QtBot, ops: Ops, case_id: int) -> tuple[CaseDetailDialog, ReferralTab]:
    dialog = CaseDetailDialog(ops, case_id, lambda _d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = next(t for t in dialog.detail_tabs if isinstance(t, ReferralTab))
    dialog.tabs.setCurrentWidget(tab)
    return dialog, tab


def column(model: Any, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester: Any, ops: Ops, qtbot: QtBot) -> None:
    add_committee(ops)
    case = failed_case(ops)
    _dialog, tab = open_tab(qtbot, ops, case.id)
    referrals_of(ops).record_referral(
        case.id,
        ReferralData(RouteKind.ARBITRATION, date(2026, 11, 2), DeliveryMethod.POST, body=COMMITTEE),
    )
    tab.reload()
    committees = CommitteesModel()
    committees.set_items(referrals_of(ops).committees())
    for model in (tab.routes, tab.referrals, committees):
        assert isinstance(model, RoutesModel | ReferralsModel | CommitteesModel)
        qtmodeltester.check(model)


def test_the_tab_shows_the_routes_and_why(ops: Ops, qtbot: QtBot) -> None:
    case = failed_case(ops)
    dialog, tab = open_tab(qtbot, ops, case.id)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "转介"
    assert column(tab.routes, 0)[:4] == ["申请劳动争议仲裁", "司法确认", "仲裁审查确认", "支付令"]
    assert column(tab.routes, 1)[:3] == ["是", "否", "否"]
    assert (
        "调解不成（自收到申请之日起15日内未达成协议（逾期））于2026年10月24日结案"
        in (column(tab.routes, 3)[0])
    )
    assert tab.refer_button.isEnabled() and not tab.outcome_button.isEnabled()


def test_a_signed_agreement_shows_its_windows(ops: Ops, qtbot: QtBot) -> None:
    case_id = signed_case(ops, date(2026, 11, 10))
    _dialog, tab = open_tab(qtbot, ops, case_id)
    rows = {
        r: (column(tab.routes, 1)[i], column(tab.routes, 2)[i])
        for i, r in enumerate(column(tab.routes, 0))
    }
    assert rows["司法确认"] == ("是", "2026-12-10")
    assert rows["仲裁审查确认"] == ("是", "2026-11-25")
    assert rows["申请劳动争议仲裁"] == ("否", "")


def test_record_a_referral_with_the_suggested_committee(
    ops: Ops, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    committee = add_committee(ops)
    case = failed_case(ops)
    _dialog, tab = open_tab(qtbot, ops, case.id)
    seen: dict[str, Any] = {}

    def ask(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReferralDialog)
        seen["committee"] = dialog.committee.currentData()
        seen["reason"] = dialog.suggestion.text()
        seen["enclosures"] = [
            dialog.enclosures.item(i).text() for i in range(dialog.enclosures.count())
        ]
        dialog.referred_on.setDate(QDate(2026, 11, 2))
        type_text(dialog.receipt, "张三签收")
        dialog.chosen_applicants.setChecked(True)
        dialog.applicants.item(2).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.ask = ask  # type: ignore[method-assign]
    assert tab.record_referral()
    assert seen["committee"] == committee
    assert "被申请人城南建设集团有限公司的住所（用人单位所在地）写有“城南区”" in seen["reason"]
    # The case has no session record, so the record of what was sent does not claim one.
    assert seen["enclosures"] == ["移送函", "仲裁申请书", "调解终止书", "证据清单"]
    (made,) = referrals_of(ops).referrals(case.id)
    assert made.body == COMMITTEE and made.receipt == "张三签收"
    assert made.enclosures == ("移送函", "仲裁申请书", "调解终止书", "证据清单")
    assert len(made.applicant_ids) == 2
    assert column(tab.referrals, 5) == ["待登记结果"]
    assert tab.outcome_button.isEnabled()

    def correct(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReferralDialog)
        assert dialog.windowTitle() == "修改转介记录"
        assert dialog.receipt.text() == "张三签收" and dialog.chosen_applicants.isChecked()
        assert dialog.enclosures.count() == 4  # no session record to list
        dialog.method.setCurrentIndex(dialog.method.findData(DeliveryMethod.POST.value))
        type_text(dialog.extra, "身份证复印件")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.ask = correct  # type: ignore[method-assign]
    assert tab.edit_referral()
    (fixed,) = referrals_of(ops).referrals(case.id)
    assert fixed.id == made.id and fixed.method is DeliveryMethod.POST
    assert fixed.enclosures == ("移送函", "仲裁申请书", "调解终止书", "证据清单", "身份证复印件")
    assert fixed.applicant_ids == made.applicant_ids


def test_refusals_show_beside_the_field_and_keep_the_dialog(
    ops: Ops, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    case = failed_case(ops)  # no committees in the settings
    _dialog, tab = open_tab(qtbot, ops, case.id)
    dialog = tab.referral_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "尚未添加仲裁委员会" in dialog.suggestion.text()
    dialog.referred_on.setDate(QDate(2026, 10, 20))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.date_message.text() == "转介日期不能早于结案日期（2026年10月24日）。"
    assert dialog.body_message.text() == "请选择或填写仲裁委员会。"
    assert referrals_of(ops).referrals(case.id) == []
    assert boxes.calls == []


def test_record_an_outcome_then_delete(ops: Ops, qtbot: QtBot, boxes: MessageBoxes) -> None:
    committee = add_committee(ops)
    case = failed_case(ops)
    referrals_of(ops).record_referral(
        case.id,
        ReferralData(RouteKind.ARBITRATION, date(2026, 11, 2), DeliveryMethod.IN_PERSON, committee),
    )
    _dialog, tab = open_tab(qtbot, ops, case.id)

    def ask(dialog: QDialog) -> bool:
        assert isinstance(dialog, OutcomeDialog)
        assert dialog.kind.currentData() == OutcomeKind.ACCEPTED.value
        dialog.decided_on.setDate(QDate(2026, 11, 6))
        dialog.accept()  # no case number: refused beside the field
        assert dialog.number_message.text() == "请填写仲裁委员会的案号（见受理通知书）。"
        type_text(dialog.number, "城劳人仲案〔2026〕12号")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.ask = ask  # type: ignore[method-assign]
    assert tab.record_outcome()
    assert column(tab.referrals, 5) == ["2026-11-06 已受理（城劳人仲案〔2026〕12号）"]
    after = tab.outcome_dialog()
    assert after is not None
    qtbot.addWidget(after)
    assert after.kind.currentData() == OutcomeKind.AWARD.value  # what comes after acceptance
    referrals_of(ops).record_outcome(
        tab.referrals.items[0].id, OutcomeData(OutcomeKind.AWARD, date(2026, 11, 20))
    )
    tab.reload()
    boxes.answers = [QMessageBox.StandardButton.Yes]
    assert tab.delete_outcome()
    assert "删除2026-11-20登记的结果“仲裁裁决”？" in boxes.texts("question")
    assert column(tab.referrals, 5) == ["2026-11-06 已受理（城劳人仲案〔2026〕12号）"]
    boxes.answers = [QMessageBox.StandardButton.No]
    assert not tab.delete_referral()
    boxes.answers = [QMessageBox.StandardButton.Yes]
    assert tab.delete_referral()
    assert "删除2026-11-02转介城南区劳动人事争议仲裁委员会的记录及其1条结果？" in boxes.texts(
        "question"
    )
    assert tab.referrals.rowCount() == 0


def test_the_committees_page_in_settings(
    ops: Ops, prefs: Prefs, qtbot: QtBot, boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = SettingsDialog(ops, prefs)
    qtbot.addWidget(settings)
    page = settings.committees
    assert isinstance(page, CommitteesTab)
    assert settings.tabs.tabText(settings.tabs.indexOf(page)) == "仲裁委员会"

    def fill(dialog: CommitteeDialog) -> int:
        dialog.accept()  # empty name: refused beside it
        assert dialog.messages["name"].text() == "请填写仲裁委员会名称。"
        type_text(dialog.name, COMMITTEE)
        type_text(dialog.places, "城南区")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(CommitteeDialog, "exec", fill)
    saved = page.add()
    assert saved is not None and saved.jurisdiction == "城南区"
    assert column(page.model, 0) == [COMMITTEE]
    case = failed_case(ops)
    referrals_of(ops).record_referral(
        case.id,
        ReferralData(RouteKind.ARBITRATION, date(2026, 11, 2), DeliveryMethod.POST, saved.id),
    )
    page.view.selectRow(0)
    boxes.answers = [QMessageBox.StandardButton.Yes]
    assert not page.delete()
    assert "已有1次转介记录使用" in boxes.texts("warning")[0]
    assert page.model.rowCount() == 1


def test_the_history_names_referrals_in_chinese(qtbot: QtBot) -> None:
    from mediator.gui.labels import entity_label, field_label, value_label

    assert entity_label("referral") == "转介"
    assert entity_label("referral_outcome") == "转介结果"
    assert field_label("referral_outcome", "kind") == "结果"
    assert value_label("referral", "route", "arbitration") == "申请劳动争议仲裁"
    assert value_label("referral_outcome", "kind", "award") == "仲裁裁决"
    assert value_label("referral", "method", "guided") == "引导当事人自行申请"
