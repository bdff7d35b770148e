"""SQLAlchemy 2 typed models: the schema of the case store.

Conventions:
- money is ``Fen`` (integer fen in the database, ``Decimal`` in Python);
- dates are ``Date``, instants ``DateTime`` in UTC;
- enums are stored as their stable string codes (non-native, no CHECK
  constraint, so a new code needs no table rebuild);
- every constraint has a name from ``NAMING_CONVENTION`` so Alembic batch
  migrations can find it on SQLite.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum as PyEnum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column, relationship

from mediator.domain.arrears import EvidenceKind, RateUnit
from mediator.domain.enums import (
    AgentSide,
    ApplicationForm,
    CaseStatus,
    Category,
    ChainRole,
    Channel,
    ClaimCategory,
    DayKind,
    IdType,
    MediatorRole,
    Sex,
    UserRole,
)
from mediator.domain.limitation import EventKind as LimitationEventKind
from mediator.domain.routes import DeliveryMethod, OutcomeKind, RouteKind
from mediator.domain.workflow_enums import (
    Action,
    AttendeeKind,
    AttendeeSide,
    Consent,
    FollowUpFinding,
    NotAcceptedReason,
    RecusalDecision,
    RecusalRequester,
    SessionForm,
    SessionOutcome,
    Speaker,
    TermKind,
)
from mediator.persistence.types import Fen

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def code_enum(enum_cls: type[PyEnum], length: int = 24) -> Enum:
    """Store an enum by its code (``value``), not by its Python name."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class User(Base):
    """An operator of the app: staff member, usually also a mediator."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[UserRole] = mapped_column(code_enum(UserRole), default=UserRole.MEDIATOR)
    certificate_no: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Base):
    """Office-wide settings that print on documents live here, not in QSettings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class CalendarDay(Base):
    """User-maintained holiday / make-up workday overrides (调休 is published yearly)."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[DayKind] = mapped_column(code_enum(DayKind))
    note: Mapped[str] = mapped_column(String(64), default="")


class NumberSeries(Base):
    """Last register number handed out per series and year; numbers are never reused."""

    __tablename__ = "number_series"

    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        # Covers the default case list (newest first, voided cases left out)
        # without touching the table rows: 200,000 ids in about 50 ms.
        Index("ix_cases_list_order", "received_on", "id", "voided_on"),
        Index("ix_cases_status_received_on", "status", "received_on"),
        Index("ix_cases_category_received_on", "category", "received_on"),
        # The to-do board: open cases by deadline, one range scan each.
        Index("ix_cases_status_acceptance_due", "status", "acceptance_due"),
        Index("ix_cases_status_mediation_due", "status", "mediation_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    number_year: Mapped[int] = mapped_column(Integer)
    number_seq: Mapped[int] = mapped_column(Integer)
    received_on: Mapped[date] = mapped_column(Date)
    application_form: Mapped[ApplicationForm] = mapped_column(code_enum(ApplicationForm))
    channel: Mapped[Channel] = mapped_column(code_enum(Channel))
    category: Mapped[Category] = mapped_column(code_enum(Category))
    facts: Mapped[str] = mapped_column(Text, default="")
    external_ref: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[CaseStatus] = mapped_column(code_enum(CaseStatus), default=CaseStatus.RECEIVED)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closure_reason: Mapped[str] = mapped_column(String(64), default="")
    # Deadlines are stored (recomputed when the holiday table changes) so that
    # the case list can filter "overdue" in SQL over 200,000 cases.
    acceptance_due: Mapped[date] = mapped_column(Date)
    mediation_due: Mapped[date] = mapped_column(Date, index=True)
    # Denormalised for the case list, refreshed by the services on every save.
    applicant_count: Mapped[int] = mapped_column(Integer, default=0)
    applicant_summary: Mapped[str] = mapped_column(String(200), default="")
    respondent_summary: Mapped[str] = mapped_column(String(200), default="")
    claimed_total: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0"))
    is_collective: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    voided_on: Mapped[date | None] = mapped_column(Date)
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    # Workflow (issue 3): the respondent's answer to mediation (domain.md 1.6)
    # and the next follow-up visit (denormalised from follow_ups for the board).
    respondent_consent: Mapped[Consent] = mapped_column(code_enum(Consent), default=Consent.UNKNOWN)
    respondent_consent_on: Mapped[date | None] = mapped_column(Date)
    next_follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    applicants: Mapped[list[Applicant]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Applicant.seq"
    )
    respondents: Mapped[list[Respondent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Respondent.seq"
    )
    agents: Mapped[list[Agent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Agent.seq"
    )
    claims: Mapped[list[Claim]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Claim.seq"
    )
    mediators: Mapped[list[CaseMediator]] = relationship(
        back_populates="case", cascade="all, delete-orphan"
    )

    # Optimistic locking: an UPDATE whose version no longer matches fails.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Applicant(Base):
    __tablename__ = "applicants"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(64), index=True)
    sex: Mapped[Sex | None] = mapped_column(code_enum(Sex, 2))
    id_type: Mapped[IdType] = mapped_column(code_enum(IdType))
    id_number: Mapped[str] = mapped_column(String(32), default="", index=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    is_migrant: Mapped[bool] = mapped_column(Boolean, default=False)
    employment_start: Mapped[date | None] = mapped_column(Date)
    employment_end: Mapped[date | None] = mapped_column(Date)
    job: Mapped[str] = mapped_column(String(64), default="")
    monthly_wage: Mapped[Decimal | None] = mapped_column(Fen)
    address: Mapped[str] = mapped_column(String(200), default="")
    mailing_address: Mapped[str] = mapped_column(String(200), default="")
    """通讯地址 when it differs from 住所 (migration 0010); empty = the same."""
    is_representative: Mapped[bool] = mapped_column(Boolean, default=False)
    # The limitation clock (issue 6, migration 0009).
    infringement_known_on: Mapped[date | None] = mapped_column(Date)
    """The day the worker knew or should have known the right was infringed (仲裁时效起算)."""
    limitation_due: Mapped[date | None] = mapped_column(Date, index=True)
    """The earliest advisory limitation day, for the board; None when there is none or the
    case was settled. Derived: kept by the flush hook of ``persistence.limitation``."""

    case: Mapped[Case] = relationship(back_populates="applicants")


class Respondent(Base):
    __tablename__ = "respondents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200), index=True)
    uscc: Mapped[str] = mapped_column(String(18), default="", index=True)
    legal_rep: Mapped[str] = mapped_column(String(64), default="")
    legal_rep_title: Mapped[str] = mapped_column(String(32), default="")
    """职务 of the legal representative or principal (migration 0010)."""
    address: Mapped[str] = mapped_column(String(200), default="")
    mailing_address: Mapped[str] = mapped_column(String(200), default="")
    """通讯地址 when it differs from 住所 (migration 0010); empty = the same."""
    phone: Mapped[str] = mapped_column(String(32), default="")
    industry: Mapped[str] = mapped_column(String(64), default="")
    chain_role: Mapped[ChainRole] = mapped_column(code_enum(ChainRole))

    case: Mapped[Case] = relationship(back_populates="respondents")


class Agent(Base):
    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    side: Mapped[AgentSide] = mapped_column(code_enum(AgentSide))
    principal_seq: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(64))
    relation: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    id_number: Mapped[str] = mapped_column(String(32), default="")

    case: Mapped[Case] = relationship(back_populates="agents")


class Claim(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    applicant_id: Mapped[int] = mapped_column(
        ForeignKey("applicants.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    category: Mapped[ClaimCategory] = mapped_column(code_enum(ClaimCategory))
    description: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal | None] = mapped_column(Fen)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="claims")
    applicant: Mapped[Applicant] = relationship()


class CaseMediator(Base):
    __tablename__ = "case_mediators"
    __table_args__ = (UniqueConstraint("case_id", "user_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[MediatorRole] = mapped_column(code_enum(MediatorRole))
    chosen_by_parties: Mapped[bool] = mapped_column(Boolean, default=False)
    """The parties chose this mediator (人民调解法 Art.19), rather than the committee."""

    case: Mapped[Case] = relationship(back_populates="mediators")
    user: Mapped[User] = relationship()


class CaseSearch(Base):
    """One row per case with every searchable string joined, for search-as-you-type.

    Names, ID numbers and phones of all parties, employer names and credit
    codes, the case number. Kept by the services; a substring LIKE over this
    narrow table is fast enough for 200,000 cases (see benchmarks/).
    """

    __tablename__ = "case_search"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who changed what, when: one row per changed field (or per create/delete)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_case_id_id", "case_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_name: Mapped[str] = mapped_column(String(64), default="")
    case_id: Mapped[int | None] = mapped_column(Integer)
    """Not a foreign key: the history must outlive a deleted row."""
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str] = mapped_column(String(64), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


# -- the mediation workflow (issue 3) ---------------------------------------------------------


def _case_fk() -> MappedColumn[int]:
    """``case_id`` of a workflow row: the audit trail files every change under its case."""
    return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)


class AcceptanceDecision(Base):
    """A decision to accept or not accept an application (受理 / 不予受理, domain.md 1.6)."""

    __tablename__ = "acceptance_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    decided_on: Mapped[date] = mapped_column(Date)
    accepted: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[NotAcceptedReason | None] = mapped_column(code_enum(NotAcceptedReason))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    respondent_consent: Mapped[Consent] = mapped_column(code_enum(Consent))
    consent_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RecusalRequest(Base):
    """A party asks that a mediator step aside (回避)."""

    __tablename__ = "recusal_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    requested_by: Mapped[RecusalRequester] = mapped_column(code_enum(RecusalRequester))
    requester_name: Mapped[str] = mapped_column(String(64), default="")
    against_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[RecusalDecision] = mapped_column(code_enum(RecusalDecision))
    decided_on: Mapped[date | None] = mapped_column(Date)


class MediationSession(Base):
    """One mediation session and its record (调解笔录, domain.md 2.3).

    ``draft`` is True while the record is being typed: the draft is saved as
    it goes (without touching the case version or the history) and becomes
    part of the history when the session is finished.
    """

    __tablename__ = "mediation_sessions"
    __table_args__ = (UniqueConstraint("case_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time | None] = mapped_column(Time)
    ends_at: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    form: Mapped[SessionForm] = mapped_column(code_enum(SessionForm))
    rights_explained: Mapped[bool] = mapped_column(Boolean, default=False)
    recusal_asked: Mapped[bool] = mapped_column(Boolean, default=False)
    identities_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[str] = mapped_column(Text, default="")
    proposal: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[SessionOutcome | None] = mapped_column(code_enum(SessionOutcome))
    continue_on: Mapped[date | None] = mapped_column(Date, index=True)
    draft: Mapped[bool] = mapped_column(Boolean, default=True)
    draft_saved_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    staff: Mapped[list[SessionStaff]] = relationship(
        cascade="all, delete-orphan", order_by="SessionStaff.seq"
    )
    attendees: Mapped[list[SessionAttendee]] = relationship(
        cascade="all, delete-orphan", order_by="SessionAttendee.seq"
    )
    turns: Mapped[list[SessionTurn]] = relationship(
        cascade="all, delete-orphan", order_by="SessionTurn.seq"
    )


class SessionStaff(Base):
    """A mediator or the recorder of one session (from the roster, ``users``)."""

    __tablename__ = "session_staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("mediation_sessions.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    role: Mapped[MediatorRole] = mapped_column(code_enum(MediatorRole))


class SessionAttendee(Base):
    """Someone who attended for a side: the party, an agent or an invited third party."""

    __tablename__ = "session_attendees"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("mediation_sessions.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    side: Mapped[AttendeeSide] = mapped_column(code_enum(AttendeeSide))
    kind: Mapped[AttendeeKind] = mapped_column(code_enum(AttendeeKind))
    name: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(200), default="")


class SessionTurn(Base):
    """One speaker-tagged turn of a session record."""

    __tablename__ = "session_turns"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("mediation_sessions.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[Speaker] = mapped_column(code_enum(Speaker))
    speaker_name: Mapped[str] = mapped_column(String(64), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class DeadlineExtension(Base):
    """Both parties agreed to extend mediation (domain.md 1.8); the history is kept."""

    __tablename__ = "deadline_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    agreed_on: Mapped[date] = mapped_column(Date)
    previous_due: Mapped[date] = mapped_column(Date)
    new_due: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Agreement(Base):
    """A mediation agreement (调解协议书, domain.md 2.4) or a supplement to one.

    ``signed_on`` makes it effective; from then on its terms are frozen and a
    change needs a supplementary agreement (``supplements_id``).
    """

    __tablename__ = "agreements"
    __table_args__ = (UniqueConstraint("case_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    supplements_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id"))
    preamble: Mapped[str] = mapped_column(Text, default="")
    copies: Mapped[int] = mapped_column(Integer)
    signed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    terms: Mapped[list[AgreementTerm]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementTerm.seq"
    )


class AgreementTerm(Base):
    """One numbered term: a payment or a text term."""

    __tablename__ = "agreement_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[TermKind] = mapped_column(code_enum(TermKind))
    payer: Mapped[str] = mapped_column(String(200), default="")
    payee: Mapped[str] = mapped_column(String(200), default="")
    item: Mapped[ClaimCategory | None] = mapped_column(code_enum(ClaimCategory))
    amount: Mapped[Decimal | None] = mapped_column(Fen)
    due_on: Mapped[date | None] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class StatusChange(Base):
    """One move of the state machine, with its reason (closing, reopening, ...)."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    changed_on: Mapped[date] = mapped_column(Date)
    action: Mapped[Action] = mapped_column(code_enum(Action))
    from_status: Mapped[CaseStatus] = mapped_column(code_enum(CaseStatus))
    to_status: Mapped[CaseStatus] = mapped_column(code_enum(CaseStatus))
    reason: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class FollowUp(Base):
    """A follow-up visit (回访) after an agreement: was it performed?"""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    visited_on: Mapped[date] = mapped_column(Date)
    contact: Mapped[str] = mapped_column(String(64), default="")
    finding: Mapped[FollowUpFinding] = mapped_column(code_enum(FollowUpFinding))
    note: Mapped[str] = mapped_column(Text, default="")
    next_visit_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)


# -- documents (issue 4) ----------------------------------------------------------------------


class GeneratedDocument(Base):
    """A PDF made for a case: its fingerprint, its verification code, who made it.

    The bytes are kept only once an agreement is marked signed (``pdf``): that
    copy is the one of record, and ``sha256`` identifies it byte for byte.
    """

    __tablename__ = "generated_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(64), default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)

    scans: Mapped[list[DocumentScan]] = relationship(
        cascade="all, delete-orphan", order_by="DocumentScan.id"
    )


class DocumentScan(Base):
    """A scan (PDF or image) of the signed paper, attached to a generated document."""

    __tablename__ = "document_scans"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("generated_documents.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(64), default="")


# -- agreement performance (issue 5) ----------------------------------------------------------


class Instalment(Base):
    """One payment due under a signed agreement term (分期履行), with what has come in.

    ``pay_by`` is the last day to pay (a due date on a day off moves to the next
    working day); ``paid`` and ``settled`` are kept by the services from the
    receipts so the board finds what is due with one indexed query.
    """

    __tablename__ = "instalments"
    __table_args__ = (Index("ix_instalments_settled_pay_by", "settled", "pay_by"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    term_id: Mapped[int] = mapped_column(
        ForeignKey("agreement_terms.id", ondelete="CASCADE"), unique=True
    )
    payer: Mapped[str] = mapped_column(String(200), default="")
    payer_uscc: Mapped[str] = mapped_column(String(18), default="", index=True)
    payee: Mapped[str] = mapped_column(String(200), default="")
    item: Mapped[ClaimCategory | None] = mapped_column(code_enum(ClaimCategory))
    due_on: Mapped[date] = mapped_column(Date)
    pay_by: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Fen)
    paid: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0"))
    settled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    shares: Mapped[list[InstalmentShare]] = relationship(
        cascade="all, delete-orphan", order_by="InstalmentShare.id"
    )


class InstalmentShare(Base):
    """One worker's part of an instalment (a collective term split per applicant)."""

    __tablename__ = "instalment_shares"
    __table_args__ = (UniqueConstraint("instalment_id", "applicant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    instalment_id: Mapped[int] = mapped_column(
        ForeignKey("instalments.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    applicant_id: Mapped[int] = mapped_column(
        ForeignKey("applicants.id", ondelete="CASCADE"), index=True
    )
    amount: Mapped[Decimal] = mapped_column(Fen)
    paid: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0"))


class Receipt(Base):
    """Money received under the agreement: a payment by the employer or an advance."""

    __tablename__ = "receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Fen)
    method: Mapped[str] = mapped_column(String(64), default="")
    voucher_no: Mapped[str] = mapped_column(String(64), default="")
    applicant_ids: Mapped[str] = mapped_column(String(2000), default="")
    """Comma-separated applicant ids the payment was for; empty for the whole case."""
    override_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    scan_name: Mapped[str] = mapped_column(String(255), default="")
    scan: Mapped[bytes | None] = mapped_column(LargeBinary)
    operator: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ReceiptAllocation(Base):
    """How much of a receipt went to one worker's share (derived; rebuilt from receipts)."""

    __tablename__ = "receipt_allocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(
        ForeignKey("receipts.id", ondelete="CASCADE"), index=True
    )
    share_id: Mapped[int] = mapped_column(
        ForeignKey("instalment_shares.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    amount: Mapped[Decimal] = mapped_column(Fen)


class LocalityFigure(Base):
    """Local figures by locality and year: 上年度职工月平均工资 and 最低工资 (domain.md §4)."""

    __tablename__ = "locality_figures"
    __table_args__ = (UniqueConstraint("locality", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    locality: Mapped[str] = mapped_column(String(64))
    year: Mapped[int] = mapped_column(Integer)
    average_monthly_wage: Mapped[Decimal | None] = mapped_column(Fen)
    minimum_wage: Mapped[Decimal | None] = mapped_column(Fen)
    note: Mapped[str] = mapped_column(String(200), default="")


class ReportedPeriod(Base):
    """A period whose tally was reported to the district (已报送): its figures exactly as sent."""

    __tablename__ = "reported_periods"
    __table_args__ = (UniqueConstraint("kind", "start_on", "end_on", "boundary"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date, index=True)
    boundary: Mapped[str] = mapped_column(String(16))
    reported_at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(64), default="")
    figures: Mapped[str] = mapped_column(Text)
    """The tally as sent (JSON text): figures by category and in total, the drill-down ids,
    the corrections of earlier reports it carried."""


# --- Referrals and other routes (issue 6, migration 0007) ---------------------------------


class ArbitrationCommittee(Base):
    """A labour-dispute arbitration committee referrals go to (maintained in settings)."""

    __tablename__ = "arbitration_committees"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    jurisdiction: Mapped[str] = mapped_column(String(500), default="")
    """Place names the committee covers, separated by spaces or commas (for the suggestion)."""


class Referral(Base):
    """A hand-over of the dispute to another body (any route of ``RouteKind``)."""

    __tablename__ = "referrals"
    # The tally counts referrals of a route by date; the board looks for
    # arbitration referrals still without an outcome.
    __table_args__ = (Index("ix_referrals_route_referred_on", "route", "referred_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    route: Mapped[RouteKind] = mapped_column(code_enum(RouteKind))
    referred_on: Mapped[date] = mapped_column(Date)
    body: Mapped[str] = mapped_column(String(200), default="")
    committee_id: Mapped[int | None] = mapped_column(
        ForeignKey("arbitration_committees.id"), index=True
    )
    method: Mapped[DeliveryMethod] = mapped_column(code_enum(DeliveryMethod))
    enclosures: Mapped[str] = mapped_column(Text, default="")
    """One enclosure per line."""
    receipt: Mapped[str] = mapped_column(Text, default="")
    applicant_ids: Mapped[str] = mapped_column(String(2000), default="")
    """Comma-separated applicant ids the referral is for; empty for all applicants."""
    operator: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    outcomes: Mapped[list[ReferralOutcome]] = relationship(
        cascade="all, delete-orphan", order_by="[ReferralOutcome.decided_on, ReferralOutcome.id]"
    )


class ReferralOutcome(Base):
    """What became of a referral (accepted, then an award, ...)."""

    __tablename__ = "referral_outcomes"
    __table_args__ = (Index("ix_referral_outcomes_kind_decided_on", "kind", "decided_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[OutcomeKind] = mapped_column(code_enum(OutcomeKind))
    decided_on: Mapped[date] = mapped_column(Date)
    body_case_number: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    operator: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


# The board finds agreements whose confirmation windows are open by their signing date.
Index("ix_agreements_signed_on", Agreement.signed_on)


# --- Arrears ledger and subcontracting chain (issue 5, migration 0008) --------------------


class ArrearsPeriod(Base):
    """One period of a worker's arrears ledger (欠薪台账): time worked, rate, amounts.

    Quantities (days, hours, pieces) are kept in hundredths like money (``Fen``):
    exact, and half days or hours are common. ``owed`` is stored as entered or
    as computed from rate × quantity, so sums are plain SQL.
    """

    __tablename__ = "arrears_periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    applicant_id: Mapped[int] = mapped_column(
        ForeignKey("applicants.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    from_month: Mapped[date] = mapped_column(Date)
    to_month: Mapped[date] = mapped_column(Date)
    rate_unit: Mapped[RateUnit] = mapped_column(code_enum(RateUnit, 16))
    rate: Mapped[Decimal | None] = mapped_column(Fen)
    days_worked: Mapped[Decimal | None] = mapped_column(Fen)
    hours_worked: Mapped[Decimal | None] = mapped_column(Fen)
    pieces: Mapped[Decimal | None] = mapped_column(Fen)
    owed: Mapped[Decimal] = mapped_column(Fen)
    owed_entered: Mapped[bool] = mapped_column(Boolean, default=False)
    """True when the clerk typed the amount owed instead of letting it be computed."""
    paid: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0"))
    claimed: Mapped[Decimal | None] = mapped_column(Fen)
    confirmed: Mapped[Decimal | None] = mapped_column(Fen)
    note: Mapped[str] = mapped_column(Text, default="")


class ArrearsEvidence(Base):
    """A kind of evidence a worker holds (the checklist), with a note."""

    __tablename__ = "arrears_evidence"
    __table_args__ = (UniqueConstraint("applicant_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id", ondelete="CASCADE"))
    kind: Mapped[EvidenceKind] = mapped_column(code_enum(EvidenceKind, 16))
    note: Mapped[str] = mapped_column(Text, default="")


class EvidenceFile(Base):
    """A file (photo, scan, screenshot) of a worker's evidence, stored in the database."""

    __tablename__ = "evidence_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    applicant_id: Mapped[int] = mapped_column(
        ForeignKey("applicants.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[EvidenceKind] = mapped_column(code_enum(EvidenceKind, 16))
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(64), default="")


class ChainLiability(Base):
    """Who in the subcontracting chain answers for the arrears, on what basis, for how much."""

    __tablename__ = "chain_liabilities"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    respondent_id: Mapped[int | None] = mapped_column(
        ForeignKey("respondents.id", ondelete="SET NULL")
    )
    party: Mapped[str] = mapped_column(String(200))
    role: Mapped[ChainRole] = mapped_column(code_enum(ChainRole))
    basis: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal | None] = mapped_column(Fen)
    share: Mapped[Decimal | None] = mapped_column(Fen)
    """Percentage of the total owed, two decimals (kept in hundredths like money)."""
    note: Mapped[str] = mapped_column(Text, default="")


# --- Limitation interruption events (issue 6, migration 0009) -----------------------------


class LimitationEvent(Base):
    """An interruption or suspension of the limitation period recorded by hand.

    For one applicant, or for every applicant of the case (``applicant_id``
    None). The application for mediation, its end and a signed agreement are
    derived from the case and not stored here.
    """

    __tablename__ = "limitation_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    applicant_id: Mapped[int | None] = mapped_column(
        ForeignKey("applicants.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[LimitationEventKind] = mapped_column(code_enum(LimitationEventKind))
    occurred_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    """A suspension: the day its cause ended (None: it still stands)."""
    note: Mapped[str] = mapped_column(Text, default="")
    operator: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
