"""Every document kind: made from the case data, with its required fields, on A4."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from mediator.documents.context import DocumentNotAvailable, Sources
from mediator.documents.generate import generate
from mediator.documents.kinds import DocumentKind
from mediator.domain.enums import ApplicationForm
from mediator.domain.workflow_enums import Action, FailureReason, FollowUpFinding, NotAcceptedReason
from mediator.persistence.services import Services
from mediator.persistence.workflow import FollowUpData
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import TODAY
from tests.unit.documents.conftest import RECEIVED, CaseMaker, pages_text, pdf_text

OFFICE = "城南街道劳动人事争议调解委员会"


def _make(sources: Sources, kind: DocumentKind, case_id: int) -> tuple[bytes, str]:
    document = generate(sources, kind, case_id)
    return document.pdf, pdf_text(document.pdf)


def _common(pdf: bytes, text: str, number: str) -> None:
    """Office name, case number on every page, page x of y, A4, embedded fonts."""
    assert OFFICE in text
    pages = pages_text(pdf)
    for n, page in enumerate(pages, start=1):
        flat = "".join(page.split())
        assert number in flat, f"page {n} lacks the case number"
        assert f"第{n}页共{len(pages)}页" in flat
        assert "核验码" in flat
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert b"/FontFile2" in pdf


def test_written_application(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.received()
    pdf, text = _make(sources, DocumentKind.APPLICATION, ref.id)
    _common(pdf, text, ref.number)
    for field in ("劳动争议调解申请书", "吉𠮷", "请求事项", "事实与理由", "城南建设集团有限公司"):
        assert field in text
    assert "91110000600037341L" in text and "2026年11月10日" in text
    assert "人民币16,000.00元（大写：壹万陆仟元整）" in text


def test_oral_application_has_read_back_and_signatures(
    services: Services, sources: Sources, cases: CaseMaker
) -> None:
    ref = cases.received()
    detail = services.get_case(ref.id)
    detail.data.application_form = ApplicationForm.ORAL
    services.update_case(ref.id, ref.version, detail.data)
    document = generate(sources, DocumentKind.APPLICATION, ref.id)
    text = pdf_text(document.pdf)
    assert document.title == "口头申请笔录"
    assert "口头申请笔录" in text and "宣读" in text and "确认记录无误" in text
    assert "申请人吉𠮷（签名并按指印）" in text and "记录人" in text


def test_acceptance_notice(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.accepted()
    pdf, text = _make(sources, DocumentKind.ACCEPTANCE, ref.id)
    _common(pdf, text, ref.number)
    for field in ("受理通知书", "决定受理", "李调解", "权利和义务", "回避", "（印章）"):
        assert field in text
    # Dated the day of the decision (2026-11-10), not the day it is printed (11-24).
    assert "2026年11月10日" in text.split("（印章）")[-1]
    assert "2026年11月24日" not in text.split("（印章）")[-1]


def test_non_acceptance_notice(sources: Sources, cases: CaseMaker, flow: WorkflowServices) -> None:
    ref = cases.received()
    with pytest.raises(DocumentNotAvailable, match="没有不予受理的决定"):
        generate(sources, DocumentKind.NON_ACCEPTANCE, ref.id)
    flow.decide_acceptance(
        ref.id,
        ref.version,
        accepted=False,
        decided_on=RECEIVED,
        reason=NotAcceptedReason.ALREADY_PENDING,
        reason_text="已向区仲裁委申请仲裁",
    )
    pdf, text = _make(sources, DocumentKind.NON_ACCEPTANCE, ref.id)
    _common(pdf, text, ref.number)
    assert "不予受理" in text and NotAcceptedReason.ALREADY_PENDING.label in text
    assert "已向区仲裁委申请仲裁" in text and "劳动保障监察" in text


def test_refusal_notice(sources: Sources, cases: CaseMaker, flow: WorkflowServices) -> None:
    ref = cases.received()
    flow.record_respondent_refusal(ref.id, ref.version, date(2026, 11, 12), "电话表示不同意")
    pdf, text = _make(sources, DocumentKind.REFUSAL, ref.id)
    _common(pdf, text, ref.number)
    assert "不同意调解" in text and "2026年11月12日" in text and "申请仲裁" in text


def test_session_record_signature_strip_on_every_page(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.with_session()
    document = generate(sources, DocumentKind.SESSION_RECORD, ref.id)
    pages = pages_text(document.pdf)
    text = pdf_text(document.pdf)
    assert document.title == "调解笔录（第1次）"
    assert len(pages) >= 2
    for field in (
        "城南街道调解室",
        "09:30",
        "李调解",
        "王书记",
        "王律师",
        "继续调解",
        "2026年11月23日",
    ):
        assert field in text
    for page in pages:
        assert "本页签名" in page and "吉𠮷" in page
    # Who attended, by side and kind (the agent with the note on the relation).
    assert "到场人员" in text
    assert "被申请人委托代理人：王律师（公司委托代理人）" in text
    assert "申请人：吉𠮷" in text
    assert "被申请人委托代理人王律师（签名）" in text


def test_termination_certificate(
    sources: Sources, cases: CaseMaker, flow: WorkflowServices
) -> None:
    ref = cases.accepted()
    with pytest.raises(DocumentNotAvailable):
        generate(sources, DocumentKind.TERMINATION, ref.id)
    flow.close_case(ref.id, ref.version, Action.FAIL, TODAY, FailureReason.NO_AGREEMENT, "差距过大")
    document = generate(sources, DocumentKind.TERMINATION, ref.id)
    text = pdf_text(document.pdf)
    _common(document.pdf, text, ref.number)
    assert "调解终止书" in text and FailureReason.NO_AGREEMENT.label in text
    assert "劳动人事争议仲裁委员会申请仲裁" in text and "2026年11月24日" in text
    assert document.copies == 3


def test_service_receipt_lists_every_party(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.agreed(workers=12)
    pdf, text = _make(sources, DocumentKind.SERVICE, ref.id)
    _common(pdf, text, ref.number)
    assert "送达回证" in text and "劳动争议调解协议书" not in text and "调解协议书" in text
    for name in ("吉𠮷", "徐强", "城南建设集团有限公司", "某劳务分包有限公司"):
        assert name in text
    pages = ["".join(p.split()) for p in pages_text(pdf)]
    table_pages = [p for p in pages if "送达地址" in p]
    rows = [p for p in pages if "某某村" in p or "建设路" in p]
    assert len(rows) >= 2  # the table is split ...
    assert len(table_pages) == len(rows)  # ... and its header repeats on every page


def test_follow_up_record(sources: Sources, cases: CaseMaker, flow: WorkflowServices) -> None:
    ref = cases.agreed()
    with pytest.raises(DocumentNotAvailable):
        generate(sources, DocumentKind.FOLLOW_UP, ref.id)
    flow.add_follow_up(
        ref.id,
        ref.version,
        FollowUpData(TODAY, FollowUpFinding.PARTLY_PAID, "吉𠮷", "第一期已到账", date(2027, 1, 11)),
    )
    pdf, text = _make(sources, DocumentKind.FOLLOW_UP, ref.id)
    _common(pdf, text, ref.number)
    assert "回访记录" in text and "部分履行" in text and "第一期已到账" in text
    assert "2027年1月11日" in text


def test_file_cover_and_contents(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.agreed()
    generate(sources, DocumentKind.APPLICATION, ref.id)
    generate(sources, DocumentKind.AGREEMENT, ref.id)
    pdf, text = _make(sources, DocumentKind.FILE_COVER, ref.id)
    _common(pdf, text, ref.number)
    for field in ("劳动争议调解案卷", "卷内目录", "1调解申请书", "2调解协议书", "达成协议"):
        assert field in text


def test_voided_case_prints_nothing(services: Services, sources: Sources, cases: CaseMaker) -> None:
    ref = cases.received()
    services.void_case(ref.id, ref.version, "重复登记")
    with pytest.raises(DocumentNotAvailable, match="已作废"):
        generate(sources, DocumentKind.APPLICATION, ref.id)


def test_kind_names() -> None:
    assert DocumentKind.parse("调解协议书") is DocumentKind.AGREEMENT
    assert DocumentKind.parse("agreement") is DocumentKind.AGREEMENT
    assert DocumentKind.parse("调解不成证明") is DocumentKind.TERMINATION
    with pytest.raises(ValueError, match="没有“判决书”这种文书"):
        DocumentKind.parse("判决书")
