"""The documents of the other routes (issue 6, domain.md 1.10): deadlines, bodies, rosters."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mediator.documents.context import DocumentNotAvailable, Sources
from mediator.documents.generate import generate
from mediator.documents.kinds import DocumentKind
from mediator.domain.enums import ClaimCategory
from mediator.domain.routes import DeliveryMethod, RouteKind
from mediator.domain.workflow_enums import TermKind
from mediator.persistence.cases import CaseRef
from mediator.persistence.performance import ReceiptData
from mediator.persistence.referrals import ReferralData
from mediator.persistence.workflow import TermData
from tests.conftest import TODAY
from tests.unit.documents.conftest import INSTALMENTS, CaseMaker, flat, pages_text, pdf_text
from tests.unit.documents.test_doc_referral import _keep


def _text(sources: Sources, kind: DocumentKind, case_id: int, keep: str = "") -> str:
    document = generate(sources, kind, case_id)
    if keep:
        _keep(keep, document.pdf)
    pages = pages_text(document.pdf)
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页共{len(pages)}页" in flat(page) and "核验码" in page
    return pdf_text(document.pdf)


def test_judicial_confirmation_states_the_30_day_deadline(
    sources: Sources, cases: CaseMaker
) -> None:
    ref = cases.agreed()
    text = _text(sources, DocumentKind.JUDICIAL_CONFIRMATION, ref.id, "judicial.pdf")
    for field in (
        "司法确认申请书",
        "申请人（劳动者一方）：吉𠮷",
        "申请人（用人单位一方）：城南建设集团有限公司",
        "请求人民法院依法确认申请人于2026年11月24日在城南街道劳动人事争议调解委员会主持下达成的调解协议",
        "自调解协议生效之日起30日内，即2026年12月24日前，共同向",
        "人民调解法》第三十三条",
        "城南建设集团有限公司于2026年12月10日前向吉𠮷支付拖欠工资人民币64,000.00元",
        "________________人民法院",
        "申请人城南建设集团有限公司（盖章）",
    ):
        assert flat(field) in text, field
    assert "期限已于" not in text


def test_arbitral_review_states_the_15_day_deadline_and_expiry(
    sources: Sources, cases: CaseMaker
) -> None:
    ref = cases.agreed()
    text = _text(sources, DocumentKind.ARBITRAL_REVIEW, ref.id, "review.pdf")
    assert flat("自调解协议生效之日起15日内，即2026年12月9日前") in text
    assert "办案规则》第七十四条" in text and "期限已于" not in text
    later = Sources.of(sources.services.db, lambda: TODAY.replace(month=12, day=10))
    assert "本申请的期限已于2026年12月9日届满" in pdf_text(
        generate(later, DocumentKind.ARBITRAL_REVIEW, ref.id, record=False).pdf
    )


def test_joint_applications_need_a_signed_agreement(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.failed()
    for kind in (DocumentKind.JUDICIAL_CONFIRMATION, DocumentKind.ARBITRAL_REVIEW):
        with pytest.raises(DocumentNotAvailable, match="没有已签订生效的调解协议"):
            generate(sources, kind, ref.id)


def test_collective_joint_application_has_a_roster(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.agreed(workers=12)
    text = _text(sources, DocumentKind.JUDICIAL_CONFIRMATION, ref.id, "judicial12.pdf")
    assert "等12人（各申请人的身份信息、送达地址和联系电话见附件《申请人名册》）" in text
    assert "附件：申请人名册" in text and "徐强" in text


def test_payment_order_guide(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.agreed()
    text = _text(sources, DocumentKind.PAYMENT_ORDER_GUIDE, ref.id, "payment_order.pdf")
    for field in (
        "支付令申请指引",
        "劳动争议调解仲裁法》第十六条",
        "被申请人应当自收到支付令之日起15日内清偿债务，或者向人民法院提出书面异议",
        "受理后15日内向被申请人发出支付令",
        "申请强制执行",
        "调解协议书原件及复印件",
        "192,066.00",
        "2027年2月10日前",
        "《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第十三条",
        "被申请人（用人单位）：城南建设集团有限公司",
    ):
        assert flat(field) in text, field
    # Nothing recorded yet: the agreement's payer is the debtor, no worker table.
    assert "到期未付（元）" not in text


def _agreed_with_subcontractor(
    cases: CaseMaker, workers: int, payers: tuple[str, ...] = ("某劳务分包有限公司",) * 3
) -> tuple[CaseRef, Sources]:
    """The agreement binds only the 分包; the first instalment is paid, the second partly,
    the third not at all; the guide is made after the third fell due."""
    payee = f"申请人吉𠮷等{workers}人"
    terms = [
        TermData(
            TermKind.PAYMENT,
            payer=payer,
            payee=payee,
            item=ClaimCategory.WAGES,
            amount=amount,
            due_on=due,
            method="银行转账",
        )
        for (amount, due), payer in zip(INSTALMENTS, payers, strict=True)
    ]
    ref = cases.agreed(workers=workers, terms=terms)
    later = Sources.of(cases.services.db, lambda: date(2027, 2, 20))
    later.performance.build_schedule(ref.id)
    later.performance.record_receipt(ref.id, ReceiptData(date(2026, 12, 9), Decimal("64000")))
    later.performance.record_receipt(ref.id, ReceiptData(date(2027, 1, 9), Decimal("30000")))
    return ref, later


def _unpaid_rows(later: Sources, ref: CaseRef) -> dict[str, Decimal]:
    """Each worker's overdue outstanding, counted from the schedule by hand."""
    owed: dict[str, Decimal] = {}
    for row in later.performance.overdue_of(ref.id):
        for share in row.workers:
            owed[share.worker] = owed.get(share.worker, Decimal(0)) + share.outstanding
    return owed


def test_payment_order_guide_is_against_the_payer_and_lists_the_unpaid_workers(
    sources: Sources, cases: CaseMaker
) -> None:
    ref, later = _agreed_with_subcontractor(cases, workers=3)
    document = generate(later, DocumentKind.PAYMENT_ORDER_GUIDE, ref.id, record=False)
    _keep("payment_order_sub.pdf", document.pdf)
    text = pdf_text(document.pdf)
    assert flat("被申请人（用人单位）：某劳务分包有限公司") in text
    assert flat("被申请人住所：某劳务分包有限公司") in text
    assert "被申请人住所：城南建设集团有限公司" not in flat(text)
    assert flat("城南建设集团有限公司不承担调解协议约定的给付义务，不列为支付令的被申请人") in flat(
        text
    )
    owed = _unpaid_rows(later, ref)
    assert sum(owed.values()) == Decimal("192066") - Decimal("94000")
    assert flat("到期未付（元）") in text and "附件" not in text
    for worker, amount in owed.items():
        assert flat(f"{worker}2027年1月10日2027年2月10日{amount:,.2f}") in text
        assert flat(f"{amount:,.2f}") in text
    assert flat("合计98,066.00") in text


def test_payment_order_guide_puts_many_unpaid_workers_in_an_annex(
    sources: Sources, cases: CaseMaker
) -> None:
    ref, later = _agreed_with_subcontractor(cases, workers=12)
    document = generate(later, DocumentKind.PAYMENT_ORDER_GUIDE, ref.id, record=False)
    _keep("payment_order_sub12.pdf", document.pdf)
    pages = pages_text(document.pdf)
    annex = flat(pages[-1])
    assert "附件：未获支付劳动者名册" in annex
    assert flat("按劳动者列于附件《未获支付劳动者名册》，合计人民币98,066.00元") in flat(
        "".join(pages)
    )
    owed = _unpaid_rows(later, ref)
    assert len(owed) == 12
    for worker, amount in owed.items():
        assert flat(f"{worker}2027年1月10日2027年2月10日{amount:,.2f}") in annex


def test_payment_order_guide_follows_the_claims_not_only_the_terms(
    sources: Sources, cases: CaseMaker
) -> None:
    ref = cases.agreed(terms=[TermData(TermKind.TEXT, text="被申请人出具离职证明。")])
    detail = sources.services.get_case(ref.id)
    assert {c.category for c in detail.data.claims} == {ClaimCategory.WAGES}
    # The claim is for wages, so the guide is offered even if the terms are not payments.
    assert "支付令申请指引" in _text(sources, DocumentKind.PAYMENT_ORDER_GUIDE, ref.id)


def test_inspection_complaint_notes_the_crime_of_refusing_wages(
    sources: Sources, cases: CaseMaker
) -> None:
    ref = cases.failed()
    sources.referrals.record_referral(
        ref.id,
        ReferralData(
            RouteKind.LABOUR_INSPECTION,
            TODAY,
            DeliveryMethod.GUIDED,
            body="城南区人力资源和社会保障局劳动保障监察大队",
        ),
    )
    text = _text(sources, DocumentKind.INSPECTION_COMPLAINT, ref.id, "inspection.pdf")
    for field in (
        "劳动保障监察投诉书",
        "投诉人：吉𠮷",
        "被投诉人：城南建设集团有限公司",
        "责令被投诉人支付拖欠工资，合计人民币16,000.00元",
        "劳动争议调解仲裁法》第九条",
        "刑法》第二百七十六条之一",
        "拒不支付劳动报酬罪",
        "此致城南区人力资源和社会保障局劳动保障监察大队",
    ):
        assert flat(field) in text, field


def test_collective_inspection_complaint_has_a_roster(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.failed(workers=12)
    text = _text(sources, DocumentKind.INSPECTION_COMPLAINT, ref.id, "inspection12.pdf")
    assert "附件：投诉人名册" in text and "投诉人代表吉𠮷（签名）" in text


@pytest.mark.parametrize(
    ("kind", "body", "words"),
    [
        (DocumentKind.LEGAL_AID, "法律援助中心", "《中华人民共和国法律援助法》"),
        (DocumentKind.UNION_AID, "总工会（职工服务中心）", "《中华人民共和国工会法》"),
    ],
)
def test_referral_letters(
    sources: Sources, cases: CaseMaker, kind: DocumentKind, body: str, words: str
) -> None:
    ref = cases.failed(workers=12)
    text = _text(sources, kind, ref.id, f"{kind.value}.pdf")
    for field in (
        kind.label,
        f"{body}：",
        "申请人吉𠮷、赵堃、王喆等12人与城南建设集团有限公司、某劳务分包有限公司",
        "因经调解未能达成协议，本委于2026年11月24日终止调解",
        words,
        "本案涉及追索劳动报酬",
        "转介回执",
        "吉𠮷（代表人）13900000000",
    ):
        assert flat(field) in text, field


def test_payment_order_guide_with_two_payers_names_both_and_who_owes_what(
    sources: Sources, cases: CaseMaker
) -> None:
    general = "城南建设集团有限公司"
    payers = ("某劳务分包有限公司", "某劳务分包有限公司", general)
    ref, later = _agreed_with_subcontractor(cases, workers=2, payers=payers)
    document = generate(later, DocumentKind.PAYMENT_ORDER_GUIDE, ref.id, record=False)
    text = flat(pdf_text(document.pdf))
    assert flat(f"被申请人（用人单位）：某劳务分包有限公司、{general}") in text
    assert "不列为支付令的被申请人" not in text
    assert flat("序号劳动者被申请人约定支付期限到期未付（元）") in text
    by_payer: dict[str, Decimal] = {}
    for row in later.performance.overdue_of(ref.id):
        for share in row.workers:
            key = f"{share.worker}{row.instalment.payer}{row.instalment.due_on:%Y年%-m月%-d日}"
            by_payer[key] = share.outstanding
    assert len(by_payer) == 4
    for key, amount in by_payer.items():
        assert flat(f"{key}{amount:,.2f}") in text
