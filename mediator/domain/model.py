"""Plain data objects exchanged between the layers.

``CaseData`` is what intake produces (the form, the importer, the JSON
interchange format) and what the services store; it holds no database ids
except the optional ``id`` fields that let an edit find the row it changes.
Claims point at their applicant by position in ``applicants``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from mediator.domain.enums import (
    COLLECTIVE_THRESHOLD,
    AgentSide,
    ApplicationForm,
    Category,
    ChainRole,
    Channel,
    ClaimCategory,
    IdType,
    Sex,
)


@dataclass
class ApplicantData:
    """A worker who applies (申请人)."""

    name: str
    id_number: str = ""
    id_type: IdType = IdType.RESIDENT_ID
    sex: Sex | None = None
    phone: str = ""
    is_migrant: bool = False
    employment_start: date | None = None
    employment_end: date | None = None
    job: str = ""
    monthly_wage: Decimal | None = None
    address: str = ""
    """住所."""
    mailing_address: str = ""
    """通讯地址 when it differs from the 住所; empty = the same."""
    is_representative: bool = False
    """Elected representative of a collective dispute (调解仲裁法 Art.7)."""
    id: int | None = None


@dataclass
class RespondentData:
    """An employer or another link of the subcontracting chain (被申请人)."""

    name: str
    uscc: str = ""
    """统一社会信用代码; empty for a team leader who is a natural person."""
    legal_rep: str = ""
    """法定代表人或者主要负责人的姓名."""
    legal_rep_title: str = ""
    """His or her 职务 (总经理, 执行董事, 负责人…)."""
    address: str = ""
    """住所."""
    mailing_address: str = ""
    """通讯地址 when it differs from the 住所; empty = the same."""
    phone: str = ""
    industry: str = ""
    chain_role: ChainRole = ChainRole.EMPLOYER
    id: int | None = None


@dataclass
class AgentData:
    """A 委托代理人 acting for one side."""

    side: AgentSide
    name: str
    relation: str = ""
    phone: str = ""
    id_number: str = ""
    principal_index: int | None = None
    """Position of the principal in ``applicants``/``respondents``; None = the whole side."""
    id: int | None = None


@dataclass
class ClaimData:
    """One 请求事项 of one applicant."""

    applicant_index: int
    category: ClaimCategory
    description: str = ""
    amount: Decimal | None = None
    period_start: date | None = None
    period_end: date | None = None
    id: int | None = None


@dataclass
class CaseData:
    """Everything intake records about a case."""

    received_on: date
    category: Category
    application_form: ApplicationForm = ApplicationForm.WRITTEN
    channel: Channel = Channel.WALK_IN
    facts: str = ""
    applicants: list[ApplicantData] = field(default_factory=list)
    respondents: list[RespondentData] = field(default_factory=list)
    agents: list[AgentData] = field(default_factory=list)
    claims: list[ClaimData] = field(default_factory=list)
    external_ref: str = ""
    """Serial number of an online application (流水号) or of a transfer."""
    lead_mediator_id: int | None = None

    @property
    def is_collective(self) -> bool:
        return len(self.applicants) >= COLLECTIVE_THRESHOLD

    def claimed_total(self) -> Decimal:
        return sum((c.amount for c in self.claims if c.amount is not None), Decimal("0"))

    def claimed_by_applicant(self, index: int) -> Decimal:
        return sum(
            (c.amount for c in self.claims if c.applicant_index == index and c.amount is not None),
            Decimal("0"),
        )
