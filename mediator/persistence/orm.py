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

from datetime import date, datetime
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
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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
        Index("ix_cases_received_on_id", "received_on", "id"),
        Index("ix_cases_status_received_on", "status", "received_on"),
        Index("ix_cases_category_received_on", "category", "received_on"),
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
    is_representative: Mapped[bool] = mapped_column(Boolean, default=False)

    case: Mapped[Case] = relationship(back_populates="applicants")


class Respondent(Base):
    __tablename__ = "respondents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200), index=True)
    uscc: Mapped[str] = mapped_column(String(18), default="", index=True)
    legal_rep: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
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
