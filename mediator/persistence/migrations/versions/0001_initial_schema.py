"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24

The first schema: cases with parties, claims and mediators; users, settings,
the holiday table, register-number series, the search table and the audit log.
Money columns are integer fen.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("holiday", "workday", name="daykind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("note", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_days")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("number_year", sa.Integer(), nullable=False),
        sa.Column("number_seq", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column(
            "application_form",
            sa.Enum("written", "oral", name="applicationform", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "channel",
            sa.Enum(
                "walk_in",
                "hotline_12351",
                "online",
                "transfer",
                "letter",
                name="channel",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "category",
            sa.Enum(
                "PAY",
                "SI",
                "ELR",
                "CON_SIGN",
                "CON_CHG",
                "CON_END",
                "HRS",
                "INJ",
                "WEL",
                "OTH",
                name="category",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("external_ref", sa.String(length=64), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "received",
                "mediating",
                "agreed",
                "failed",
                "withdrawn",
                "refused",
                "not_accepted",
                name="casestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closure_reason", sa.String(length=64), nullable=False),
        sa.Column("acceptance_due", sa.Date(), nullable=False),
        sa.Column("mediation_due", sa.Date(), nullable=False),
        sa.Column("applicant_count", sa.Integer(), nullable=False),
        sa.Column("applicant_summary", sa.String(length=200), nullable=False),
        sa.Column("respondent_summary", sa.String(length=200), nullable=False),
        sa.Column("claimed_total", sa.BigInteger(), nullable=False),
        sa.Column("is_collective", sa.Boolean(), nullable=False),
        sa.Column("voided_on", sa.Date(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("number", name=op.f("uq_cases_number")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cases_category_received_on", ["category", "received_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cases_is_collective"), ["is_collective"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_mediation_due"), ["mediation_due"], unique=False)
        batch_op.create_index("ix_cases_received_on_id", ["received_on", "id"], unique=False)
        batch_op.create_index(
            "ix_cases_status_received_on", ["status", "received_on"], unique=False
        )

    op.create_table(
        "number_series",
        sa.Column("series", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "year", name=op.f("pk_number_series")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column(
            "role",
            sa.Enum("admin", "mediator", "clerk", name="userrole", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("certificate_no", sa.String(length=64), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
    )
    op.create_table(
        "agents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column(
            "side",
            sa.Enum("applicant", "respondent", name="agentside", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("principal_seq", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("relation", sa.String(length=64), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("id_number", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_agents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agents")),
    )
    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agents_case_id"), ["case_id"], unique=False)

    op.create_table(
        "applicants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("sex", sa.Enum("M", "F", name="sex", native_enum=False, length=2), nullable=True),
        sa.Column(
            "id_type",
            sa.Enum(
                "resident_id",
                "hk_macao_permit",
                "taiwan_permit",
                "passport",
                "foreign_permanent",
                name="idtype",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("id_number", sa.String(length=32), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("is_migrant", sa.Boolean(), nullable=False),
        sa.Column("employment_start", sa.Date(), nullable=True),
        sa.Column("employment_end", sa.Date(), nullable=True),
        sa.Column("job", sa.String(length=64), nullable=False),
        sa.Column("monthly_wage", sa.BigInteger(), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("is_representative", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_applicants_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applicants")),
    )
    with op.batch_alter_table("applicants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_applicants_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_applicants_id_number"), ["id_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_applicants_name"), ["name"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_audit_log_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_case_id_id", ["case_id", "id"], unique=False)

    op.create_table(
        "case_mediators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "lead", "assistant", "recorder", name="mediatorrole", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_mediators_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_case_mediators_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_mediators")),
        sa.UniqueConstraint("case_id", "user_id", "role", name=op.f("uq_case_mediators_case_id")),
    )
    with op.batch_alter_table("case_mediators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_mediators_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_mediators_user_id"), ["user_id"], unique=False)

    op.create_table(
        "case_search",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_search_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_search")),
    )
    op.create_table(
        "respondents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("uscc", sa.String(length=18), nullable=False),
        sa.Column("legal_rep", sa.String(length=64), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("industry", sa.String(length=64), nullable=False),
        sa.Column(
            "chain_role",
            sa.Enum(
                "employer",
                "general_contractor",
                "subcontractor",
                "team_leader",
                "actual_builder",
                name="chainrole",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_respondents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_respondents")),
    )
    with op.batch_alter_table("respondents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_respondents_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_respondents_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_respondents_uscc"), ["uscc"], unique=False)

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "wages",
                "overtime",
                "min_wage_gap",
                "double_wages",
                "severance",
                "damages",
                "annual_leave",
                "social_insurance",
                "injury",
                "confirm_relation",
                "other",
                name="claimcategory",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicants.id"],
            name=op.f("fk_claims_applicant_id_applicants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_claims_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_applicant_id"), ["applicant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_case_id"), ["case_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_case_id"))
        batch_op.drop_index(batch_op.f("ix_claims_applicant_id"))

    op.drop_table("claims")
    with op.batch_alter_table("respondents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_respondents_uscc"))
        batch_op.drop_index(batch_op.f("ix_respondents_name"))
        batch_op.drop_index(batch_op.f("ix_respondents_case_id"))

    op.drop_table("respondents")
    op.drop_table("case_search")
    with op.batch_alter_table("case_mediators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_mediators_user_id"))
        batch_op.drop_index(batch_op.f("ix_case_mediators_case_id"))

    op.drop_table("case_mediators")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_case_id_id")

    op.drop_table("audit_log")
    with op.batch_alter_table("applicants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applicants_name"))
        batch_op.drop_index(batch_op.f("ix_applicants_id_number"))
        batch_op.drop_index(batch_op.f("ix_applicants_case_id"))

    op.drop_table("applicants")
    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agents_case_id"))

    op.drop_table("agents")
    op.drop_table("users")
    op.drop_table("settings")
    op.drop_table("number_series")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_status_received_on")
        batch_op.drop_index("ix_cases_received_on_id")
        batch_op.drop_index(batch_op.f("ix_cases_mediation_due"))
        batch_op.drop_index(batch_op.f("ix_cases_is_collective"))
        batch_op.drop_index("ix_cases_category_received_on")

    op.drop_table("cases")
    op.drop_table("calendar_days")
