"""Fixtures of the document tests: cases at each stage, PDF text by page."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date, time
from decimal import Decimal

import pytest
from pypdf import PdfReader

from mediator.documents.context import Sources
from mediator.domain.enums import ClaimCategory, MediatorRole
from mediator.domain.workflow_enums import (
    Action,
    AttendeeKind,
    AttendeeSide,
    FailureReason,
    SessionForm,
    SessionOutcome,
    Speaker,
    TermKind,
)
from mediator.persistence.cases import CaseRef
from mediator.persistence.services import Services, UserInfo
from mediator.persistence.workflow import (
    Attendee,
    MediatorAssignment,
    SessionData,
    StaffEntry,
    TermData,
    Turn,
)
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import NOW, TODAY
from tests.helpers.factories import collective_case, single_case

RECEIVED = date(2026, 11, 10)
INSTALMENTS = (
    (Decimal("64000"), date(2026, 12, 10)),
    (Decimal("64000"), date(2027, 1, 10)),
    (Decimal("64066"), date(2027, 2, 10)),
)


@pytest.fixture
def flow(services: Services) -> WorkflowServices:
    return WorkflowServices(services.db, today=lambda: TODAY, now=lambda: NOW)


@pytest.fixture
def sources(services: Services) -> Sources:
    return Sources.of(services.db, lambda: TODAY, lambda: NOW)


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text without line breaks and spaces: phrases split over lines match again."""
    return re.sub(r"\s+", "", text)


_FOOTER = re.compile(r"[^\n]*第 \d+ 页 共 \d+ 页[^\n]*")


def pdf_text(pdf: bytes) -> str:
    """The text of all pages, footers removed, so sentences split by a page break match."""
    return flat("".join(_FOOTER.sub("", page) for page in pages_text(pdf)))


class CaseMaker:
    """Cases at the stages the documents need, made through the real services."""

    def __init__(self, services: Services, flow: WorkflowServices) -> None:
        self.services = services
        self.flow = flow
        users = services.users()
        self.lead = users[0].id or 0
        self.assistant = services.save_user(UserInfo("王书记")).id or 0

    def received(self, workers: int = 1, name: str = "吉𠮷") -> CaseRef:
        data = single_case(name, RECEIVED) if workers == 1 else collective_case(workers, RECEIVED)
        for i, applicant in enumerate(data.applicants):
            applicant.address = f"岳池县某某镇某某村{i + 1}组"
        data.respondents[0].address = "城南区建设路88号"
        return self.services.create_case(data)

    def accepted(self, workers: int = 1, name: str = "吉𠮷") -> CaseRef:
        ref = self.received(workers, name)
        ref = self.flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=RECEIVED)
        return self.flow.assign_mediators(
            ref.id,
            ref.version,
            [
                MediatorAssignment(self.lead, MediatorRole.LEAD),
                MediatorAssignment(self.assistant, MediatorRole.ASSISTANT),
            ],
        )

    def with_session(self, workers: int = 1, evidence: str = "", witness: str = "") -> CaseRef:
        ref = self.accepted(workers)
        witnesses = (
            (Attendee(AttendeeSide.INVITED, AttendeeKind.THIRD_PARTY, witness, "项目部记工员"),)
            if witness
            else ()
        )
        data = SessionData(
            held_on=date(2026, 11, 20),
            form=SessionForm.ON_SITE,
            starts_at=time(9, 30),
            ends_at=time(11, 0),
            place="城南街道调解室",
            staff=(
                StaffEntry(self.lead, MediatorRole.LEAD),
                StaffEntry(self.assistant, MediatorRole.RECORDER),
            ),
            attendees=(
                Attendee(AttendeeSide.APPLICANT, AttendeeKind.PARTY, "吉𠮷"),
                Attendee(AttendeeSide.RESPONDENT, AttendeeKind.AGENT, "王律师", "公司委托代理人"),
                *witnesses,
            ),
            rights_explained=True,
            recusal_asked=True,
            identities_checked=True,
            turns=tuple(
                Turn(Speaker.APPLICANT if i % 2 else Speaker.MEDIATOR, text, who)
                for i, (text, who) in enumerate(
                    [("请申请人陈述请求和理由。", "李调解")]
                    + [("公司拖欠我三个月工资共一万六千元，一直没有结清。" * 3, "吉𠮷")] * 12
                )
            ),
            evidence=evidence,
            proposal="被申请人分两期支付。",
            outcome=SessionOutcome.CONTINUE,
            continue_on=date(2026, 11, 23),
        )
        info = self.flow.create_session(ref.id, ref.version, data)
        info = self.flow.finish_session(info.id, info.case_version, data)
        return CaseRef(ref.id, ref.number, info.case_version)

    def failed(self, workers: int = 1) -> CaseRef:
        """Mediation failed after one session with evidence and a witness."""
        ref = self.with_session(
            workers, evidence="工资欠条\n考勤记录；微信聊天记录", witness="孙记工"
        )
        return self.flow.close_case(
            ref.id,
            ref.version,
            Action.FAIL,
            TODAY,
            FailureReason.NO_AGREEMENT,
            "被申请人不同意付款",
        )

    def agreed(
        self, workers: int = 1, terms: list[TermData] | None = None, name: str = "吉𠮷"
    ) -> CaseRef:
        ref = self.accepted(workers, name)
        payee = "吉𠮷" if workers == 1 else f"申请人吉𠮷等{workers}人"
        terms = terms or [
            TermData(
                TermKind.PAYMENT,
                payer="城南建设集团有限公司",
                payee=payee,
                item=ClaimCategory.WAGES,
                amount=amount,
                due_on=due,
                method="银行转账",
                place="城南街道劳动人事争议调解委员会",
            )
            for amount, due in INSTALMENTS
        ] + [TermData(TermKind.TEXT, text="被申请人于付清之日起7日内出具离职证明。")]
        agreement = self.flow.create_agreement(
            ref.id, ref.version, terms, preamble="双方确认欠薪事实。"
        )
        agreement = self.flow.sign_agreement(agreement.id, agreement.case_version, TODAY)
        return CaseRef(ref.id, ref.number, agreement.case_version)


@pytest.fixture
def cases(services: Services, flow: WorkflowServices) -> CaseMaker:
    return CaseMaker(services, flow)


MakeCase = Callable[..., CaseRef]
