"""Fixtures of the referral tests: cases that failed, were refused or reached an agreement."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from mediator.domain.enums import ClaimCategory
from mediator.domain.workflow_enums import Action, FailureReason, TermKind
from mediator.persistence.cases import CaseRef
from mediator.persistence.referral_services import ReferralServices
from mediator.persistence.referrals import CommitteeData
from mediator.persistence.services import Services
from mediator.persistence.workflow import TermData
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import NOW, TODAY
from tests.helpers.factories import single_case

RECEIVED = date(2026, 10, 8)


def referrals_on(services: Services, today: date) -> ReferralServices:
    return ReferralServices(services.db, today=lambda: today, now=lambda: NOW)


@pytest.fixture
def referrals(services: Services) -> ReferralServices:
    return referrals_on(services, TODAY)


@pytest.fixture
def flow(services: Services) -> WorkflowServices:
    return WorkflowServices(services.db, today=lambda: TODAY, now=lambda: NOW)


@pytest.fixture
def accepted(services: Services, flow: WorkflowServices) -> Callable[..., CaseRef]:
    def make(name: str = "吉𠮷", address: str = "", facts: str = "") -> CaseRef:
        data = single_case(name, RECEIVED)
        data.respondents[0].address = address
        if facts:
            data.facts = facts
        ref = services.create_case(data)
        return flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=RECEIVED)

    return make


@pytest.fixture
def failed(flow: WorkflowServices, accepted: Callable[..., CaseRef]) -> Callable[..., CaseRef]:
    def make(name: str = "吉𠮷", closed_on: date = date(2026, 10, 24)) -> CaseRef:
        ref = accepted(name)
        return flow.close_case(ref.id, ref.version, Action.FAIL, closed_on, FailureReason.OVERDUE)

    return make


@pytest.fixture
def signed(flow: WorkflowServices, accepted: Callable[..., CaseRef]) -> Callable[..., int]:
    """A case (its id) whose agreement was signed on ``signed_on`` with one payment due ``due``."""

    def make(
        signed_on: date = date(2026, 11, 10),
        due: date = date(2026, 12, 20),
        item: ClaimCategory = ClaimCategory.WAGES,
        name: str = "吉𠮷",
    ) -> int:
        ref = accepted(name)
        term = TermData(
            TermKind.PAYMENT,
            payer="城南建设集团有限公司",
            payee=name,
            item=item,
            amount=Decimal("16000"),
            due_on=due,
            method="银行转账",
        )
        draft = flow.create_agreement(ref.id, ref.version, [term])
        return flow.sign_agreement(draft.id, draft.case_version, signed_on).case_id

    return make


@pytest.fixture
def committee(referrals: ReferralServices) -> int:
    return referrals.add_committee(
        CommitteeData("南山区劳动人事争议仲裁委员会", "南山大道1号", "0755-12345678", "南山区 南山")
    ).id
