"""The arbitration packet (issue 6): parts in order, page ranges, every 2.6 field."""

from __future__ import annotations

import io
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mediator.documents.context import DocumentNotAvailable, Sources
from mediator.documents.generate import generate
from mediator.documents.kinds import DocumentKind
from mediator.documents.packet import NoCommittee, Packet, build_packet
from mediator.domain.arrears import EvidenceKind
from mediator.domain.errors import ValidationFailed
from mediator.domain.routes import DeliveryMethod, RouteKind
from mediator.domain.workflow_enums import Action, FailureReason, NotAcceptedReason
from mediator.persistence.referrals import CommitteeData, ReferralData
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import TODAY
from tests.unit.documents.conftest import RECEIVED, CaseMaker, flat, pages_text, pdf_text

COMMITTEE = "城南区劳动人事争议仲裁委员会"
OTHER = "北岸区劳动人事争议仲裁委员会"
KEEP = os.environ.get("MEDIATOR_KEEP_PDFS")
"""A folder to write the PDFs into, to look at them (pdftoppm)."""


def _keep(name: str, pdf: bytes) -> None:
    if KEEP:
        Path(KEEP).mkdir(parents=True, exist_ok=True)
        (Path(KEEP) / name).write_bytes(pdf)


@pytest.fixture
def committee(sources: Sources) -> str:
    sources.referrals.add_committee(
        CommitteeData(COMMITTEE, "城南区人民路1号", "0571-88880000", "城南区 建设路")
    )
    return COMMITTEE


def _part_of_page(page: str) -> str:
    """The head line of a packet page: "移送仲裁材料　附件2　调解终止书　本件第 1 页 共 1 页"."""
    found = re.search(r"移送仲裁材料(?:\s*附件\d+)?\s*(\S+)\s*本件第", page)
    assert found, page[:200]
    return found.group(1)


def _packet_pages(packet: Packet) -> list[str]:
    return pages_text(packet.pdf)


def test_single_case_packet_order_and_page_numbers(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    ref = cases.failed()
    packet = build_packet(sources, ref.id)
    _keep("packet_single.pdf", packet.pdf)
    titles = [p.title for p in packet.parts]
    assert titles == [
        "移送函",
        "仲裁申请书（吉𠮷）",
        "调解终止书",
        "证据清单",
        "调解笔录（第1次）",
    ]
    pages = _packet_pages(packet)
    assert len(pages) == packet.pages == sum(p.document.pages for p in packet.parts)
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页共{packet.pages}页" in flat(page), f"page {n}"
        assert ref.number in flat(page)
    # Each page says which part it belongs to, and the parts follow in the fixed order.
    for part in packet.parts:
        for n in range(part.first_page, part.last_page + 1):
            assert _part_of_page(pages[n - 1]) == part.title
    # The cover letter lists each enclosure with its real page range.
    letter = flat("".join(pages[: packet.parts[0].last_page]))
    for n, part in enumerate(packet.parts[1:], start=1):
        assert f"{n}{part.title}1{part.document.pages}第{part.pages}页" in letter, part.title
    assert packet.enclosure_lines()[0] == f"仲裁申请书（吉𠮷）（第{packet.parts[1].pages}页）"
    assert f"本移送材料共{packet.pages}页（含本函{packet.parts[0].document.pages}页）" in letter
    assert COMMITTEE in letter
    # Recorded: each part and the merged packet verify as on file.
    on_file = sources.documents.verify_bytes(packet.pdf)
    assert on_file.ok and on_file.document and on_file.document.title == "移送仲裁材料"
    for part in packet.parts:
        assert sources.documents.verify_bytes(part.document.pdf).ok
    outline = [item.title for item in PdfReader(io.BytesIO(packet.pdf)).outline]
    assert outline == titles


def test_evidence_list_points_at_the_records_in_the_packet(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    packet = build_packet(sources, cases.failed().id)
    part = {p.key: p for p in packet.parts}
    text = flat(pdf_text(part["evidence"].document.pdf))
    for name in ("工资欠条", "考勤记录", "微信聊天记录"):
        assert f"{name}第1次调解时出示" in text
    assert "调解终止书城南街道劳动人事争议调解委员会出具" in text
    assert f"（仲裁时效中断）{part['termination'].pages}" in text
    assert f"调解经过及双方当事人的陈述{part['session1'].pages}" in text


def test_single_application_has_every_field_of_2_6(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    ref = cases.failed()
    document = generate(sources, DocumentKind.ARBITRATION_APPLICATION, ref.id)
    _keep("arbitration_single.pdf", document.pdf)
    text = pdf_text(document.pdf)
    for field in (
        "劳动人事争议仲裁申请书",
        # the worker: 姓名、性别、出生日期、身份证件号码、住所、通讯地址、联系电话
        "申请人：吉𠮷",
        "性别：男",
        "出生日期：1980年1月1日",
        "居民身份证号码：110105198001010112",
        "住所：岳池县某某镇某某村1组",
        "通讯地址：同住所",
        "联系电话：13900000000",
        # the employer: 名称、住所、通讯地址、联系电话、法定代表人或者主要负责人的姓名、职务
        "被申请人：城南建设集团有限公司",
        "统一社会信用代码：91110000600037341L",
        "住所：城南区建设路88号",
        "法定代表人（主要负责人）：王建国",
        "职务：",
        # 仲裁请求 with amounts in figures and capitals
        "仲裁请求",
        "裁决被申请人支付申请人拖欠工资人民币16,000.00元（大写：壹万陆仟元整）",
        # 事实与理由: the facts, the employment and the course of the mediation
        "事实与理由",
        "申请人于2025年3月1日入职城南建设集团有限公司，从事钢筋工工作，月工资8,000.00元",
        "工程完工后工资未结清",
        "于2026年11月20日组织调解一次",
        "因经调解未能达成协议，该委于2026年11月24日终止调解",
        # 证据和证据来源，证人姓名和住所
        "证据和证据来源",
        "工资欠条第1次调解时出示",
        "证人1：孙记工（项目部记工员），住所：",
        f"此致{COMMITTEE}",
        "申请人吉𠮷（签名并按指印）",
    ):
        assert flat(field) in text, field


def test_application_prints_the_recorded_mailing_address_and_title(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    ref = cases.failed()
    detail = cases.services.get_case(ref.id)
    detail.data.applicants[0].mailing_address = "城南区人民路5号302室"
    detail.data.respondents[0].legal_rep_title = "总经理"
    detail.data.respondents[0].mailing_address = "城南区科技园3号楼"
    cases.services.update_case(ref.id, detail.version, detail.data)
    text = pdf_text(generate(sources, DocumentKind.ARBITRATION_APPLICATION, ref.id).pdf)
    for field in (
        "住所：岳池县某某镇某某村1组，通讯地址：城南区人民路5号302室，联系电话：13900000000",
        "住所：城南区建设路88号，通讯地址：城南区科技园3号楼，联系电话：",
        "法定代表人（主要负责人）：王建国，职务：总经理。",
    ):
        assert flat(field) in text, field
    assert "职务：____" not in text


def test_collective_application_has_representatives_and_roster(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    ref = cases.failed(workers=12)
    packet = build_packet(sources, ref.id)
    _keep("packet_collective.pdf", packet.pdf)
    assert [p.title for p in packet.parts][:3] == ["移送函", "仲裁申请书", "调解终止书"]
    application = next(p for p in packet.parts if p.key == "application")
    text = pdf_text(application.document.pdf)
    for field in (
        "申请人：吉𠮷、赵堃、王喆等12人（各申请人的姓名、性别、公民身份号码",
        "代表人：吉𠮷，性别：男，出生日期：1980年1月1日",
        "被申请人（二）：某劳务分包有限公司",
        "统一社会信用代码：91350100M000100Y43",
        "法定代表人（主要负责人）：赵四",
        "裁决被申请人向12名申请人支付拖欠工资共计人民币192,066.00元（大写：壹拾玖万贰仟零陆拾陆元整）",
        "住所：城南区建设路88号，通讯地址：同住所，联系电话：",
        "事实与理由",
        "申请人在某小区二期工地从事钢筋工作，工程完工后工资未结清",
        "于2026年11月20日组织调解一次",
        "证据和证据来源",
        "工资欠条第1次调解时出示",
        "证人1：孙记工（项目部记工员），住所：",
        "附件：申请人名册",
        "序号姓名性别公民身份号码联系电话住址工作期间请求金额（元）",
        "代表人吉𠮷（签名并按指印）",
        f"此致{COMMITTEE}",
    ):
        assert flat(field) in text, field
    # Every worker is in the roster with sex, ID, phone, address and amount.
    detail = sources.services.get_case(ref.id)
    for i, worker in enumerate(detail.data.applicants):
        row = (
            f"{worker.name}{'（代表人）' if i == 0 else ''}{worker.sex.label if worker.sex else ''}"
        )
        assert flat(row + worker.id_number + worker.phone) in text, worker.name
        assert f"{16000 + i:,}.00" in text


def test_committee_comes_from_the_referral_then_the_option_then_the_suggestion(
    sources: Sources, cases: CaseMaker
) -> None:
    ref = cases.failed()
    with pytest.raises(NoCommittee, match="--committee"):
        build_packet(sources, ref.id)
    assert build_packet(sources, ref.id, committee=OTHER).committee.name == OTHER
    sources.referrals.add_committee(CommitteeData(COMMITTEE, jurisdiction="建设路"))
    assert build_packet(sources, ref.id).committee.name == COMMITTEE
    other = sources.referrals.add_committee(CommitteeData(OTHER, "北岸路2号", "0571-1"))
    sources.referrals.record_referral(
        ref.id, ReferralData(RouteKind.ARBITRATION, TODAY, DeliveryMethod.IN_PERSON, other.id)
    )
    packet = build_packet(sources, ref.id, committee="不用这个")
    assert packet.committee.name == OTHER and packet.committee.address == "北岸路2号"


def test_a_case_still_in_mediation_is_not_referred(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    ref = cases.with_session()
    with pytest.raises(DocumentNotAvailable, match="目前不能移送仲裁：案件仍在办理中"):
        build_packet(sources, ref.id)
    with pytest.raises(DocumentNotAvailable, match="mediator doc referral"):
        generate(sources, DocumentKind.REFERRAL_LETTER, ref.id)


def test_unperformed_agreement_goes_into_the_packet(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    ref = cases.agreed()
    with pytest.raises(DocumentNotAvailable, match="目前没有逾期未付的款项"):
        build_packet(sources, ref.id)
    # After the first instalment (due 2026-12-10) was not paid:
    sources = Sources.of(sources.services.db, lambda: date(2026, 12, 20))
    packet = build_packet(sources, ref.id)
    assert [p.title for p in packet.parts] == [
        "移送函",
        "仲裁申请书（吉𠮷）",
        "调解协议书",
        "证据清单",
    ]
    text = pdf_text(packet.parts[1].document.pdf)
    assert "2026年11月24日，双方在该委主持下达成调解协议" in text
    assert "截至2026年12月20日，被申请人未支付任何款项，尚欠人民币192,066.00元" in text
    assert "其中已到期未付人民币64,000.00元（大写：陆万肆仟元整）" in text
    assert "被申请人未按调解协议约定履行" in text and "第十五条" in text


def test_ledger_evidence_is_listed_per_kind_with_the_workers_who_hold_it(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    ref = cases.failed(workers=12)
    workers = sources.services.get_case(ref.id).data.applicants
    for worker in workers:
        assert worker.id is not None
        sources.arrears.set_evidence(ref.id, worker.id, EvidenceKind.IOU, True, "包工头签字")
    assert workers[1].id is not None
    sources.arrears.attach_evidence(ref.id, workers[1].id, EvidenceKind.CHAT, "催款.png", b"x")
    packet = build_packet(sources, ref.id)
    _keep("packet_ledger.pdf", packet.pdf)
    evidence = next(p for p in packet.parts if p.key == "evidence")
    text = pdf_text(evidence.document.pdf)
    assert "1欠条（包工头签字）吉𠮷、赵堃、王喆等12人提供被申请人确认拖欠工资的事实及数额" in text
    assert "2聊天记录，附电子文件1份赵堃提供催要工资的经过及被申请人的答复" in text
    application = next(p for p in packet.parts if p.key == "application")
    assert "欠条（包工头签字）吉𠮷、赵堃、王喆等12人提供" in pdf_text(application.document.pdf)


def test_an_applicants_own_application_lists_only_their_evidence(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    ref = cases.failed()
    worker = sources.services.get_case(ref.id).data.applicants[0]
    assert worker.id is not None
    sources.arrears.set_evidence(ref.id, worker.id, EvidenceKind.PAYSLIP, True)
    text = pdf_text(generate(sources, DocumentKind.ARBITRATION_APPLICATION, ref.id).pdf)
    assert "1工资条吉𠮷提供工资标准及拖欠工资的数额" in text


def test_a_refused_application_is_referred_with_the_refusal_notice(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    ref = cases.received()
    WorkflowServices(sources.services.db, lambda: TODAY).decide_acceptance(
        ref.id,
        ref.version,
        accepted=False,
        decided_on=RECEIVED,
        reason=NotAcceptedReason.OUT_OF_SCOPE,
    )
    packet = build_packet(sources, ref.id)
    assert [p.title for p in packet.parts] == [
        "移送函",
        "仲裁申请书（吉𠮷）",
        "不予受理通知书",
        "证据清单",
    ]
    text = pdf_text(packet.parts[1].document.pdf)
    assert "该委于2026年11月10日决定不予受理（不属于劳动争议调解受理范围）" in text
    evidence = pdf_text(packet.parts[3].document.pdf)
    assert f"（仲裁时效中断）{packet.parts[2].pages}" in evidence


def test_a_referral_for_some_workers_files_their_applications_only(
    sources: Sources, cases: CaseMaker
) -> None:
    ref = cases.failed(workers=12)
    ids = [a.id for a in sources.services.get_case(ref.id).data.applicants]
    other = sources.referrals.add_committee(CommitteeData(OTHER))
    sources.referrals.record_referral(
        ref.id,
        ReferralData(
            RouteKind.ARBITRATION,
            TODAY,
            DeliveryMethod.GUIDED,
            other.id,
            applicant_ids=tuple(i for i in ids[:2] if i is not None),
        ),
    )
    packet = build_packet(sources, ref.id)
    assert [p.title for p in packet.parts][:3] == [
        "移送函",
        "仲裁申请书（吉𠮷）",
        "仲裁申请书（赵堃）",
    ]
    sources.referrals.record_referral(
        ref.id,
        ReferralData(
            RouteKind.ARBITRATION,
            TODAY,
            DeliveryMethod.GUIDED,
            other.id,
            applicant_ids=tuple(i for i in ids[1:] if i is not None),
        ),
    )
    packet = build_packet(sources, ref.id)
    application = packet.parts[1]
    assert application.title == "仲裁申请书"
    text = pdf_text(application.document.pdf)
    assert "申请人：赵堃、王喆、张伟等11人（" in text
    assert "代表人：赵堃" in text  # the elected representative is not among them
    assert f"{sum(16000 + i for i in range(1, 12)):,}.00" in text


def test_agreement_not_performed_then_closed_tells_the_story_in_order(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    ref = cases.agreed()
    later = date(2026, 12, 20)
    flow = WorkflowServices(sources.services.db, lambda: later)
    flow.close_case(ref.id, ref.version, Action.FAIL, later, FailureReason.NOT_PERFORMED)
    sources = Sources.of(sources.services.db, lambda: later)
    packet = build_packet(sources, ref.id)
    assert [p.title for p in packet.parts] == [
        "移送函",
        "仲裁申请书（吉𠮷）",
        "调解终止书",
        "调解协议书",
        "证据清单",
    ]
    text = pdf_text(packet.parts[1].document.pdf)
    agreed = text.index("2026年11月24日，双方在该委主持下达成调解协议")
    unpaid = text.index("被申请人未按调解协议约定履行")
    ended = text.index("因达成协议后一方未按期履行，该委于2026年12月20日终止调解")
    assert agreed < unpaid < ended


def test_the_letter_gives_the_offices_telephone_and_address(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    services = sources.services
    office = replace(services.settings(), office_phone="0571-87654321", office_address="城南路8号")
    services.save_settings(office)
    packet = build_packet(sources, cases.failed().id)
    letter = flat("".join(pages_text(packet.parts[0].document.pdf)))
    assert "联系电话：0571-87654321，地址：城南路8号。" in letter


def test_a_wrong_office_telephone_is_refused_beside_its_field(sources: Sources) -> None:
    services = sources.services
    with pytest.raises(ValidationFailed) as refused:
        services.save_settings(replace(services.settings(), office_phone="12345"))
    assert [issue.field for issue in refused.value.issues] == ["office_phone"]
    assert services.settings().office_phone == ""


def test_a_collective_termination_lists_the_workers_in_a_roster_annex(
    sources: Sources, cases: CaseMaker, committee: str
) -> None:
    packet = build_packet(sources, cases.failed(workers=12).id)
    termination = next(p for p in packet.parts if p.title == "调解终止书")
    text = pdf_text(termination.document.pdf)
    assert "共12人（各申请人的身份信息见附件《申请人名册》）" in text
    assert "附件：申请人名册" in text and "合计12人" in text
    assert "住址：" not in text  # no worker's particulars written out in the body
    assert termination.document.pages <= 3
