"""The 办理 tab, the session record editor and the agreement editor (today 2026-11-24)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from mediator.domain.enums import AgentSide, CaseStatus, ClaimCategory, MediatorRole
from mediator.domain.model import AgentData
from mediator.domain.workflow_enums import (
    Action,
    AttendeeKind,
    AttendeeSide,
    FailureReason,
    FollowUpFinding,
    SessionOutcome,
    Speaker,
    TermKind,
)
from mediator.gui.agreementeditor import AgreementEditor, TermsModel
from mediator.gui.casedetail import CaseDetailDialog
from mediator.gui.ops import Ops
from mediator.gui.sessioneditor import SessionEditor, TurnsModel
from mediator.gui.workflowdialogs import (
    AcceptanceDialog,
    CloseDialog,
    FollowUpDialog,
    MediatorsDialog,
    ReopenDialog,
)
from mediator.gui.workflowtab import (
    ExtensionsModel,
    FollowUpsModel,
    HandlingTab,
    SessionsModel,
    StatusChangesModel,
)
from mediator.persistence.cases import CaseRef
from mediator.persistence.performance import ReceiptData
from mediator.persistence.workflow import MediatorAssignment, TermData
from tests.gui.conftest import MessageBoxes, type_text
from tests.helpers.factories import collective_case, single_case

pytestmark = pytest.mark.gui


def _new_case(ops: Ops, received: date = date(2026, 11, 20)) -> CaseRef:
    return ops.services.create_case(single_case("吉𠮷", received))


def _accepted(ops: Ops, received: date = date(2026, 11, 20)) -> CaseRef:
    ref = _new_case(ops, received)
    return ops.workflow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=received)


def open_handling(qtbot: QtBot, ops: Ops, case_id: int) -> tuple[CaseDetailDialog, HandlingTab]:
    dialog = CaseDetailDialog(ops, case_id, lambda _d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = next(t for t in dialog.detail_tabs if isinstance(t, HandlingTab))
    dialog.tabs.setCurrentWidget(tab)
    return dialog, tab


def answer(tab: Any, fill: Callable[[Any], None]) -> None:
    """Replace the modal dialog with ``fill(dialog)`` and OK."""

    def ask(dialog: QDialog) -> bool:
        fill(dialog)
        return True

    tab.ask = ask


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    models = (SessionsModel(), ExtensionsModel(), FollowUpsModel(), TurnsModel(), TermsModel())
    for model in (*models, StatusChangesModel()):
        qtmodeltester.check(model)


def test_accept_moves_the_case_to_mediating(qtbot: QtBot, ops: Ops) -> None:
    ref = _new_case(ops)
    dialog, tab = open_handling(qtbot, ops, ref.id)
    assert "受理期限" in tab.state.text()
    answer(tab, lambda d: isinstance(d, AcceptanceDialog))
    tab.buttons["accept"].click()
    assert ops.services.get_case(ref.id).status is CaseStatus.MEDIATING
    assert dialog.heading.text().endswith("调解中")


def test_forbidden_move_shows_the_domain_message(
    qtbot: QtBot, ops: Ops, boxes: MessageBoxes
) -> None:
    ref = _accepted(ops)
    _dialog, tab = open_handling(qtbot, ops, ref.id)
    answer(tab, lambda _d: None)
    tab.buttons["accept"].click()
    assert boxes.texts("warning") == ["案件已经受理，正在调解中，无需再次受理。"]
    answer(tab, lambda _d: None)  # reopening an open case
    tab.buttons["reopen"].click()
    assert "无需重新开启" in boxes.texts("warning")[-1]


def test_overdue_closing_only_after_the_due_date(qtbot: QtBot, ops: Ops) -> None:
    early = _accepted(ops, date(2026, 11, 20))  # mediation due 2026-12-05
    before = CloseDialog(CaseStatus.MEDIATING, date(2026, 11, 24), date(2026, 12, 5))
    qtbot.addWidget(before)
    assert FailureReason.OVERDUE not in before.reason._values
    late = _accepted(ops, date(2026, 11, 2))  # mediation due 2026-11-17
    _dialog, tab = open_handling(qtbot, ops, late.id)
    assert "已超期" in tab.state.text()
    offered: list[list[Any]] = []

    def fill(d: CloseDialog) -> None:
        offered.append(list(d.reason._values))
        d.action.set_value(Action.FAIL)
        d.reason.set_value(FailureReason.OVERDUE)

    answer(tab, fill)
    tab.buttons["close"].click()
    assert FailureReason.OVERDUE in offered[0]
    closed = ops.services.get_case(late.id)
    assert closed.status is CaseStatus.FAILED
    assert closed.closure_reason == FailureReason.OVERDUE.value
    assert "调解不成（逾期）" in tab.state.text()
    assert ops.services.get_case(early.id).status is CaseStatus.MEDIATING


def test_reopen_needs_a_reason(qtbot: QtBot, ops: Ops, boxes: MessageBoxes) -> None:
    ref = _accepted(ops)
    ref = ops.workflow.close_case(ref.id, ref.version, Action.WITHDRAW, date(2026, 11, 24))
    _dialog, tab = open_handling(qtbot, ops, ref.id)
    answer(tab, lambda _d: None)
    tab.buttons["reopen"].click()
    assert "必须填写理由" in boxes.texts("warning")[-1]

    def fill(d: ReopenDialog) -> None:
        d.reason.setPlainText("申请人撤回后又要求调解")

    answer(tab, fill)
    tab.buttons["reopen"].click()
    assert ops.services.get_case(ref.id).status is CaseStatus.MEDIATING
    last = [tab.changes.index(tab.changes.rowCount() - 1, c).data() for c in range(5)]
    assert last[1:] == ["重新开启", "已撤回", "调解中", "申请人撤回后又要求调解"]


def test_mediators_recusal_extension_and_visit(qtbot: QtBot, ops: Ops) -> None:
    ref = _accepted(ops, date(2026, 11, 10))
    _dialog, tab = open_handling(qtbot, ops, ref.id)

    def pick(d: MediatorsDialog) -> None:
        d.lead.setCurrentIndex(1)
        d.chosen.setChecked(True)

    answer(tab, pick)
    tab.buttons["mediators"].click()
    assert "李调解（主办调解员）" in tab.state.text()
    answer(tab, lambda d: d.requester_name.setText("吉𠮷"))
    tab.buttons["recusal"].click()
    assert "吉𠮷于2026-11-24申请李调解回避（待决定）" in tab.recusals.text()
    answer(tab, lambda _d: None)  # default: 15 more days from 2026-11-25
    tab.buttons["extend"].click()
    assert tab.extensions.rowCount() == 1
    assert tab.extensions.index(0, 1).data() == "2026-11-25"
    assert ops.services.get_case(ref.id).mediation_due == date(2026, 12, 10)


def _press(qtbot: QtBot, widget: Any, key: Qt.Key, ctrl: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(widget, key, mods)


def _type_turns(qtbot: QtBot, editor: SessionEditor) -> None:
    line = editor.turns.line
    _press(qtbot, line, Qt.Key.Key_1, ctrl=True)
    type_text(line, "请双方陈述。")
    _press(qtbot, line, Qt.Key.Key_Return)
    # After the mediator, the applicant by default; then back to the mediator.
    assert editor.turns.speaker is Speaker.APPLICANT
    type_text(line, "公司拖欠三个月工资。")
    _press(qtbot, line, Qt.Key.Key_Return)
    assert editor.turns.speaker is Speaker.MEDIATOR
    type_text(line, "被申请人意见？")
    _press(qtbot, line, Qt.Key.Key_Return)
    _press(qtbot, line, Qt.Key.Key_3, ctrl=True)
    type_text(line, "同意分三期支付")  # not committed: the window is closed mid-turn


def test_session_typed_with_the_keyboard_survives_closing(qtbot: QtBot, ops: Ops) -> None:
    ref = _accepted(ops)
    dialog, tab = open_handling(qtbot, ops, ref.id)
    editor = tab.new_session()
    assert editor is not None
    _type_turns(qtbot, editor)
    assert editor.timer.isActive()  # the debounced draft save is pending
    session_id = editor.info.id
    editor.close()  # mid-record, before the debounce fired
    saved = ops.workflow.session(session_id)
    assert saved.draft
    assert [(t.speaker, t.text) for t in saved.data.turns] == [
        (Speaker.MEDIATOR, "请双方陈述。"),
        (Speaker.APPLICANT, "公司拖欠三个月工资。"),
        (Speaker.MEDIATOR, "被申请人意见？"),
        (Speaker.RESPONDENT, "同意分三期支付"),
    ]
    # Reopening the case shows the draft; the user continues where they stopped.
    dialog.close()
    _dialog, tab = open_handling(qtbot, ops, ref.id)
    assert tab.sessions.rowCount() == 1
    assert tab.sessions.index(0, 6).data() == "草稿"
    again = tab.open_session(0)
    assert again is not None
    assert again.turns.model.rowCount() == 4
    line = again.turns.line
    _press(qtbot, line, Qt.Key.Key_Up)  # correct the last turn
    assert line.text() == "同意分三期支付"
    type_text(line, "，首期本月底")
    _press(qtbot, line, Qt.Key.Key_Return)
    assert again.turns.model.items[3].text == "同意分三期支付，首期本月底"
    again.outcome.set_value(SessionOutcome.AGREEMENT)
    again.finish()
    done = ops.workflow.session(session_id)
    assert not done.draft and done.data.outcome is SessionOutcome.AGREEMENT
    assert not again.finish_button.isEnabled()


def test_draft_is_saved_without_closing(qtbot: QtBot, ops: Ops) -> None:
    ref = _accepted(ops)
    _dialog, tab = open_handling(qtbot, ops, ref.id)
    editor = tab.new_session()
    assert editor is not None
    editor.timer.setInterval(50)
    with qtbot.waitSignal(editor.saved, timeout=2000):
        type_text(editor.turns.line, "调解员宣布调解纪律")
    turns = ops.workflow.session(editor.info.id).data.turns
    assert [t.text for t in turns] == ["调解员宣布调解纪律"]
    assert "草稿已保存" in editor.status.text()


def test_agreement_with_three_instalments_signed_then_read_only(
    qtbot: QtBot, ops: Ops, boxes: MessageBoxes
) -> None:
    ref = _accepted(ops)
    editor = AgreementEditor(ops, ops.services.get_case(ref.id))
    qtbot.addWidget(editor)
    assert editor.copies.value() == 3  # two parties + 1
    form = editor.term_form
    form.due_on.setDate(form.due_on.date().addDays(6))  # 2026-11-30
    for amount in ("3000", "3000", "2000"):
        form.amount.setFocus()
        qtbot.keyClicks(form.amount, amount)
        _press(qtbot, form.amount, Qt.Key.Key_Return)
    terms = editor.terms()
    assert [t.amount for t in terms] == [Decimal("3000"), Decimal("3000"), Decimal("2000")]
    assert [t.due_on for t in terms] == [date(2026, 11, 30), date(2026, 12, 30), date(2027, 1, 30)]
    assert terms[0].payer and terms[0].payee
    assert editor.model.index(2, 0).data() == "第3条"

    def sign(d: Any) -> None:
        d.signed_on.setDate(d.signed_on.date())

    answer(editor, sign)
    editor.sign_button.click()
    assert boxes.texts() == []
    assert ops.services.get_case(ref.id).status is CaseStatus.AGREED
    stored = ops.workflow.agreement_of(ref.id)
    assert stored is not None and stored.signed_on == date(2026, 11, 24)
    assert len(stored.terms) == 3
    assert not editor.term_form.isEnabled()
    assert not editor.save_button.isEnabled()
    assert editor.preamble.isReadOnly()
    assert editor.supplement_button.isEnabled()
    editor.start_supplement()
    form.kind.set_value(form.kind._values[1])
    form.text.setFocus()
    qtbot.keyClicks(form.text, "extra")
    _press(qtbot, form.text, Qt.Key.Key_Return)
    assert editor.save()
    agreements = ops.workflow.agreements_of(ref.id)
    assert agreements[-1].supplements_id == stored.id
    assert not editor.chooser.isHidden()
    assert editor.chooser.count() == 2
    assert editor.chooser.currentText() == "第2号补充协议（未签订）"
    assert editor.term_form.isEnabled()
    editor.chooser.setCurrentIndex(0)
    assert editor.chooser.currentText() == "调解协议（2026-11-24签订）"
    assert editor.model.rowCount() == 3
    assert not editor.term_form.isEnabled()


def test_a_collective_agreement_pays_all_applicants_by_default(qtbot: QtBot, ops: Ops) -> None:
    ref = ops.services.create_case(collective_case(3, date(2026, 11, 20)))
    ops.workflow.decide_acceptance(
        ref.id, ref.version, accepted=True, decided_on=date(2026, 11, 20)
    )
    editor = AgreementEditor(ops, ops.services.get_case(ref.id))
    qtbot.addWidget(editor)
    form = editor.term_form
    data = ops.services.get_case(ref.id).data
    names = [a.name for a in data.applicants]
    assert [form.payee.itemText(i) for i in range(form.payee.count())] == ["全体申请人", *names]
    assert form.payee.currentText() == "全体申请人"
    # The offered payee is no party: still one copy per party and one to keep.
    assert editor.copies.value() == len(data.applicants) + len(data.respondents) + 1
    form.amount.setFocus()
    qtbot.keyClicks(form.amount, "9000")
    _press(qtbot, form.amount, Qt.Key.Key_Return)
    assert editor.terms()[0].payee == "全体申请人"
    # A single worker's case offers his name only.
    single = AgreementEditor(ops, ops.services.get_case(_accepted(ops).id))
    qtbot.addWidget(single)
    assert single.term_form.payee.count() == 1
    assert single.term_form.payee.currentText() == "吉𠮷"


def test_follow_up_visit_after_agreement(qtbot: QtBot, ops: Ops) -> None:
    ref = _accepted(ops)
    me = ops.services.users()[0].id or 0
    term = TermData(TermKind.TEXT, text="被申请人出具离职证明")
    ops.workflow.assign_mediators(ref.id, ref.version, [MediatorAssignment(me, MediatorRole.LEAD)])
    version = ops.services.get_case(ref.id).version
    agreement = ops.workflow.create_agreement(ref.id, version, [term])
    ops.workflow.sign_agreement(agreement.id, agreement.case_version, date(2026, 11, 23))
    _dialog, tab = open_handling(qtbot, ops, ref.id)

    def visit(d: FollowUpDialog) -> None:
        d.contact.setText("吉𠮷")
        d.finding.set_value(FollowUpFinding.PARTLY_PAID)

    answer(tab, visit)
    tab.buttons["follow_up"].click()
    row = [tab.follow_ups.index(0, c).data() for c in range(5)]
    assert row == ["2026-11-24", "吉𠮷", "部分履行", "", "2026-12-24"]


def test_follow_up_finding_defaults_from_the_payments(qtbot: QtBot, ops: Ops) -> None:
    ref = _accepted(ops)
    payer = ops.services.get_case(ref.id).data.respondents[0].name
    terms = [
        TermData(
            TermKind.PAYMENT,
            payer=payer,
            payee="吉𠮷",
            item=ClaimCategory.WAGES,
            amount=Decimal(a),
            due_on=d,
        )
        for a, d in (("3000", date(2026, 11, 23)), ("2000", date(2026, 12, 23)))
    ]
    agreement = ops.workflow.create_agreement(ref.id, ref.version, terms)
    ops.workflow.sign_agreement(agreement.id, agreement.case_version, date(2026, 11, 21))
    _dialog, tab = open_handling(qtbot, ops, ref.id)
    seen: list[FollowUpFinding] = []
    answer(tab, lambda d: seen.append(d.finding.value()))

    tab.buttons["follow_up"].click()  # the first instalment is overdue, nothing paid
    ops.performance.record_receipt(ref.id, ReceiptData(date(2026, 11, 24), Decimal("1000")))
    tab.buttons["follow_up"].click()
    ops.performance.record_receipt(ref.id, ReceiptData(date(2026, 11, 24), Decimal("4000")))
    tab.buttons["follow_up"].click()
    assert seen == [FollowUpFinding.NOT_PAID, FollowUpFinding.PARTLY_PAID, FollowUpFinding.PAID]
    assert [tab.follow_ups.index(r, 2).data() for r in range(3)] == ["未履行", "部分履行", "已履行"]


def _case_with_agent(ops: Ops) -> CaseRef:
    data = single_case("吉𠮷", date(2026, 11, 20))
    data.agents = [AgentData(AgentSide.RESPONDENT, "王律师", relation="公司法务")]
    ref = ops.services.create_case(data)
    return ops.workflow.decide_acceptance(
        ref.id, ref.version, accepted=True, decided_on=date(2026, 11, 20)
    )


def _add_attendee(qtbot: QtBot, editor: SessionEditor, name: str, note: str = "") -> None:
    people = editor.attendees
    type_text(people.name, name)
    people.name.completer().popup().hide()
    if note:
        people.note.setFocus()
        type_text(people.note, note)
    _press(qtbot, people.note if note else people.name, Qt.Key.Key_Return)


def _attendee_rows(editor: SessionEditor) -> list[list[str]]:
    model = editor.attendees.model
    return [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]


def test_attendees_by_side_and_kind(qtbot: QtBot, ops: Ops) -> None:
    ref = _case_with_agent(ops)
    _dialog, tab = open_handling(qtbot, ops, ref.id)
    editor = tab.new_session()
    assert editor is not None
    people = editor.attendees
    assert people.model.headerData(1, Qt.Orientation.Horizontal) == "身份"
    _add_attendee(qtbot, editor, "吉𠮷")  # a name of the case brings side and kind
    _add_attendee(qtbot, editor, "王律师")  # an agent, with the relation from intake
    people.side.set_value(AttendeeSide.INVITED)
    assert people.kind.currentText() == "第三方"
    _add_attendee(qtbot, editor, "孙主任", "村委会")
    assert _attendee_rows(editor) == [
        ["申请人方", "当事人", "吉𠮷", ""],
        ["被申请人方", "委托代理人", "王律师", "公司法务"],
        ["邀请参加人员", "第三方", "孙主任", "村委会"],
    ]
    # Up picks the last row to correct; Enter on an emptied name removes it.
    _press(qtbot, people.name, Qt.Key.Key_Up)
    assert people.name.text() == "孙主任" and people.add_button.text() == "替换"
    people.name.clear()
    _press(qtbot, people.name, Qt.Key.Key_Return)
    assert len(_attendee_rows(editor)) == 2
    # The button adds the parties not yet listed (the respondent).
    people.parties_button.click()
    assert _attendee_rows(editor)[-1] == ["被申请人方", "当事人", "城南建设集团有限公司", ""]
    session_id = editor.info.id
    editor.close()  # the draft keeps them
    draft = ops.workflow.session(session_id).data.attendees
    assert [(a.side, a.kind, a.name, a.note) for a in draft] == [
        (AttendeeSide.APPLICANT, AttendeeKind.PARTY, "吉𠮷", ""),
        (AttendeeSide.RESPONDENT, AttendeeKind.AGENT, "王律师", "公司法务"),
        (AttendeeSide.RESPONDENT, AttendeeKind.PARTY, "城南建设集团有限公司", ""),
    ]
    again = tab.open_session(0)
    assert again is not None
    assert len(_attendee_rows(again)) == 3
    type_text(again.attendees.name, "赵某")  # typed, not yet added: the record still has it
    again.attendees.name.completer().popup().hide()
    again.outcome.set_value(SessionOutcome.NO_AGREEMENT)
    again.finish()
    done = ops.workflow.session(session_id)
    assert not done.draft
    assert [a.name for a in done.data.attendees][-1] == "赵某"
    assert not again.attendees.add_button.isEnabled()
    assert not again.attendees.name.isEnabled()
    assert not again.attendees.parties_button.isEnabled()
