"""The mediation agreement (domain.md 2.4): every field, capitals, a 12-worker case."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from mediator.documents.context import Sources
from mediator.documents.fonts import MissingGlyphs
from mediator.documents.generate import generate
from mediator.documents.kinds import DocumentKind
from mediator.domain.enums import ClaimCategory
from mediator.domain.workflow_enums import TermKind
from mediator.persistence.workflow import TermData
from tests.unit.documents.conftest import CaseMaker, flat, pages_text, pdf_text

# domain.md 6.1, written out here rather than computed by the code under test.
VECTORS = [
    ("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"),
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
    ("107000.53", "壹拾万零柒仟元伍角叁分"),
    ("207000", "贰拾万零柒仟元整"),
    ("10007000", "壹仟万零柒仟元整"),
    ("40000.04", "肆万元零肆分"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("10000", "壹万元整"),
    ("100000000", "壹亿元整"),
    ("100010001.01", "壹亿零壹万零壹元零壹分"),
    ("30005", "叁万零伍元整"),
    ("1010.10", "壹仟零壹拾元壹角"),
    ("100020", "壹拾万零贰拾元整"),
    ("15", "壹拾伍元整"),
    ("0.07", "柒分"),
    ("0.50", "伍角"),
    ("64000", "陆万肆仟元整"),
    ("139500", "壹拾叁万玖仟伍佰元整"),
    ("200.30", "贰佰元叁角"),
    ("1000000", "壹佰万元整"),
    ("20", "贰拾元整"),
    ("1.00", "壹元整"),
    ("360000", "叁拾陆万元整"),
    ("2580", "贰仟伍佰捌拾元整"),
]


def _payment(amount: str, due: date = date(2026, 12, 31)) -> TermData:
    return TermData(
        TermKind.PAYMENT,
        payer="城南建设集团有限公司",
        payee="吉𠮷",
        item=ClaimCategory.SEVERANCE,
        amount=Decimal(amount),
        due_on=due,
        method="银行转账",
        place="本委调解室",
    )


def test_every_capital_vector_prints_in_figures_and_capitals(
    sources: Sources, cases: CaseMaker
) -> None:
    ref = cases.agreed(terms=[_payment(a) for a, _ in VECTORS])
    text = pdf_text(generate(sources, DocumentKind.AGREEMENT, ref.id).pdf)
    for amount, capitals in VECTORS:
        figures = f"{Decimal(amount):,.2f}"
        assert f"人民币{figures}元（大写：{capitals}）" in text, amount


def test_single_worker_agreement_has_every_field(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.agreed(name="赵堃")
    document = generate(sources, DocumentKind.AGREEMENT, ref.id)
    text = pdf_text(document.pdf)
    expected = [
        "城南街道劳动人事争议调解委员会",
        "劳动争议调解协议书",
        ref.number,
        # parties
        "申请人：赵堃，男，1980年1月1日出生，居民身份证号码：",
        "住址：岳池县某某镇某某村1组",
        "被申请人：城南建设集团有限公司，统一社会信用代码：91110000600037341L",
        "法定代表人（主要负责人）：王建国",
        # facts, points in dispute, agreement terms
        "纠纷的主要事实、争议事项及双方责任",
        "双方确认欠薪事实",
        "（一）城南建设集团有限公司于2026年12月10日前向吉𠮷支付拖欠工资人民币64,000.00元（大写：陆万肆仟元整）",
        "支付方式：银行转账",
        "支付地点：城南街道劳动人事争议调解委员会",
        "（四）被申请人于付清之日起7日内出具离职证明。",
        "合计人民币192,066.00元（大写：壹拾玖万贰仟零陆拾陆元整）",
        # non-performance, payment order, review and confirmation
        "申请支付令",
        "15日内共同向有管辖权的劳动人事争议仲裁委员会申请仲裁审查确认（即2026年12月9日前）",
        "30日内共同向人民法院申请司法确认（即2026年12月24日前）",
        # copies and effect
        "本协议书一式三份",
        "自双方当事人签名（盖章或按指印）、调解员签名并加盖本委印章之日起生效",
        # signature block
        "申请人赵堃（签名并按指印）",
        "被申请人（盖章）：城南建设集团有限公司",
        "法定代表人或委托代理人（签名）",
        "调解员李调解（签名）",
        "调解员王书记（签名）",
        "城南街道劳动人事争议调解委员会（印章）",
        "2026年11月24日",
    ]
    for phrase in expected:
        assert flat(phrase) in text, phrase
    assert document.copies == 3


def test_no_payment_order_clause_for_other_claims(sources: Sources, cases: CaseMaker) -> None:
    term = TermData(TermKind.TEXT, text="被申请人为申请人补缴社会保险费。")
    ref = cases.received()
    detail = cases.services.get_case(ref.id)
    for claim in detail.data.claims:
        claim.category = ClaimCategory.SOCIAL_INSURANCE
    ref = cases.services.update_case(ref.id, ref.version, detail.data)
    ref = cases.flow.decide_acceptance(
        ref.id, ref.version, accepted=True, decided_on=date(2026, 11, 10)
    )
    cases.flow.create_agreement(ref.id, ref.version, [term])
    text = pdf_text(generate(sources, DocumentKind.AGREEMENT, ref.id).pdf)
    assert "支付令" not in text
    assert "____年__月__日" in text  # not signed yet: the date is written by hand


def test_collective_agreement_of_twelve_workers_with_instalments(
    sources: Sources, cases: CaseMaker
) -> None:
    ref = cases.agreed(workers=12)
    document = generate(sources, DocumentKind.AGREEMENT, ref.id)
    pages = [flat(p) for p in pages_text(document.pdf)]
    text = "".join(pages)
    assert document.copies == 15  # 12 workers + 2 employers + the committee
    assert "共12人" in text and "代表人：吉𠮷" in text
    assert "附件一：申请人名册" in text and "附件二：申请人签名表" in text
    for name in ("吉𠮷", "赵堃", "王喆", "徐强"):
        assert text.count(name) >= 2, name
    assert text.count("大写：陆万肆仟元整") == 2 and "大写：陆万肆仟零陆拾陆元整" in text
    for due in ("2026年12月10日", "2027年1月10日", "2027年2月10日"):
        assert due in text
    # every page with rows of the signature table shows the table's header
    for page in pages:
        if "110105" in page and "签名表" not in page and "名册" not in page:
            assert "公民身份号码" in page and "指印" in page
    for page in PdfReader(io.BytesIO(document.pdf)).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_a_long_roster_splits_with_its_header_repeated(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.agreed(workers=20)
    pages = [flat(p) for p in pages_text(generate(sources, DocumentKind.AGREEMENT, ref.id).pdf)]
    with_rows = [p for p in pages if "指印" in p and "110105" in p]
    assert len(with_rows) >= 2
    assert all("序号姓名公民身份号码" in p for p in with_rows)


def test_a_character_no_font_has_is_reported_not_printed(
    sources: Sources, cases: CaseMaker
) -> None:
    ref = cases.agreed(name="张𰻞")
    with pytest.raises(MissingGlyphs) as caught:
        generate(sources, DocumentKind.AGREEMENT, ref.id)
    assert "“𰻞”（U+30EDE）：申请人姓名「张𰻞」" in caught.value.message
    assert caught.value.chars == ["𰻞"]
    assert sources.documents.documents_of(ref.id) == []  # nothing recorded either
