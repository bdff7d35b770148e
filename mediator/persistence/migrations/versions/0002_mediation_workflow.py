"""mediation workflow

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Issue 3: acceptance decisions, recusal requests, mediation sessions with
their staff, attendees and speaker-tagged turns, deadline extensions,
agreements and their terms, status changes (closing, reopening) and
follow-up visits. Cases gain the respondent's consent and the next
follow-up date; case mediators gain "chosen by the parties". Existing rows
get defaults (consent unknown, not chosen). Money columns are integer fen.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "acceptance_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "out_of_scope",
                "improper_parties",
                "no_concrete_claim",
                "already_pending",
                name="notacceptedreason",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("reason_text", sa.Text(), nullable=False),
        sa.Column(
            "respondent_consent",
            sa.Enum("unknown", "yes", "no", name="consent", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_acceptance_decisions_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acceptance_decisions")),
    )
    with op.batch_alter_table("acceptance_decisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_acceptance_decisions_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("supplements_id", sa.Integer(), nullable=True),
        sa.Column("preamble", sa.Text(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_agreements_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["supplements_id"],
            ["agreements.id"],
            name=op.f("fk_agreements_supplements_id_agreements"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
        sa.UniqueConstraint("case_id", "seq", name=op.f("uq_agreements_case_id")),
    )
    op.create_table(
        "deadline_extensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("previous_due", sa.Date(), nullable=False),
        sa.Column("new_due", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_deadline_extensions_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_extensions")),
    )
    with op.batch_alter_table("deadline_extensions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deadline_extensions_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("contact", sa.String(length=64), nullable=False),
        sa.Column(
            "finding",
            sa.Enum(
                "paid",
                "partly_paid",
                "not_paid",
                "other",
                name="followupfinding",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("next_visit_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_follow_ups_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_ups_case_id"), ["case_id"], unique=False)

    op.create_table(
        "mediation_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=True),
        sa.Column("ends_at", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column(
            "form",
            sa.Enum("on_site", "phone", "video", name="sessionform", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("rights_explained", sa.Boolean(), nullable=False),
        sa.Column("recusal_asked", sa.Boolean(), nullable=False),
        sa.Column("identities_checked", sa.Boolean(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("proposal", sa.Text(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "agreement",
                "no_agreement",
                "continue",
                "party_refuses",
                "withdrawn",
                name="sessionoutcome",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("continue_on", sa.Date(), nullable=True),
        sa.Column("draft", sa.Boolean(), nullable=False),
        sa.Column("draft_saved_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_mediation_sessions_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_sessions")),
        sa.UniqueConstraint("case_id", "seq", name=op.f("uq_mediation_sessions_case_id")),
    )
    with op.batch_alter_table("mediation_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mediation_sessions_continue_on"), ["continue_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mediation_sessions_held_on"), ["held_on"], unique=False
        )

    op.create_table(
        "recusal_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "requested_by",
            sa.Enum(
                "applicant", "respondent", name="recusalrequester", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("requester_name", sa.String(length=64), nullable=False),
        sa.Column("against_user_id", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "pending",
                "granted",
                "refused",
                name="recusaldecision",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["against_user_id"],
            ["users.id"],
            name=op.f("fk_recusal_requests_against_user_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_recusal_requests_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recusal_requests")),
    )
    with op.batch_alter_table("recusal_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recusal_requests_case_id"), ["case_id"], unique=False)

    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "accept",
                "not_accept",
                "respondent_refuses",
                "withdraw",
                "sign_agreement",
                "fail",
                "reopen",
                name="action",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "from_status",
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
        sa.Column(
            "to_status",
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
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_status_changes_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_changes")),
    )
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_changes_case_id"), ["case_id"], unique=False)

    op.create_table(
        "agreement_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("payment", "text", name="termkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("payer", sa.String(length=200), nullable=False),
        sa.Column("payee", sa.String(length=200), nullable=False),
        sa.Column(
            "item",
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
            nullable=True,
        ),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("method", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_terms_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_agreement_terms_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_terms")),
    )
    with op.batch_alter_table("agreement_terms", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_terms_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "session_attendees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column(
            "side",
            sa.Enum(
                "applicant",
                "respondent",
                "invited",
                name="attendeeside",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "party", "agent", "third_party", name="attendeekind", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_session_attendees_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mediation_sessions.id"],
            name=op.f("fk_session_attendees_session_id_mediation_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_attendees")),
    )
    with op.batch_alter_table("session_attendees", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_attendees_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "session_staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
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
            name=op.f("fk_session_staff_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mediation_sessions.id"],
            name=op.f("fk_session_staff_session_id_mediation_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_session_staff_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_staff")),
    )
    with op.batch_alter_table("session_staff", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_staff_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "session_turns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column(
            "speaker",
            sa.Enum(
                "mediator",
                "applicant",
                "respondent",
                "other",
                name="speaker",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("speaker_name", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_session_turns_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mediation_sessions.id"],
            name=op.f("fk_session_turns_session_id_mediation_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_turns")),
    )
    with op.batch_alter_table("session_turns", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_turns_session_id"), ["session_id"], unique=False
        )

    with op.batch_alter_table("case_mediators", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("chosen_by_parties", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "respondent_consent",
                sa.Enum("unknown", "yes", "no", name="consent", native_enum=False, length=24),
                nullable=False,
                server_default="unknown",
            )
        )
        batch_op.add_column(sa.Column("respondent_consent_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("next_follow_up_on", sa.Date(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_cases_next_follow_up_on"), ["next_follow_up_on"], unique=False
        )
        batch_op.create_index(
            "ix_cases_status_acceptance_due", ["status", "acceptance_due"], unique=False
        )
        batch_op.create_index(
            "ix_cases_status_mediation_due", ["status", "mediation_due"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_status_mediation_due")
        batch_op.drop_index("ix_cases_status_acceptance_due")
        batch_op.drop_index(batch_op.f("ix_cases_next_follow_up_on"))
        batch_op.drop_column("next_follow_up_on")
        batch_op.drop_column("respondent_consent_on")
        batch_op.drop_column("respondent_consent")

    with op.batch_alter_table("case_mediators", schema=None) as batch_op:
        batch_op.drop_column("chosen_by_parties")

    with op.batch_alter_table("session_turns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_turns_session_id"))

    op.drop_table("session_turns")
    with op.batch_alter_table("session_staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_staff_session_id"))

    op.drop_table("session_staff")
    with op.batch_alter_table("session_attendees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_attendees_session_id"))

    op.drop_table("session_attendees")
    with op.batch_alter_table("agreement_terms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_terms_agreement_id"))

    op.drop_table("agreement_terms")
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_changes_case_id"))

    op.drop_table("status_changes")
    with op.batch_alter_table("recusal_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recusal_requests_case_id"))

    op.drop_table("recusal_requests")
    with op.batch_alter_table("mediation_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediation_sessions_held_on"))
        batch_op.drop_index(batch_op.f("ix_mediation_sessions_continue_on"))

    op.drop_table("mediation_sessions")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_case_id"))

    op.drop_table("follow_ups")
    with op.batch_alter_table("deadline_extensions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadline_extensions_case_id"))

    op.drop_table("deadline_extensions")
    op.drop_table("agreements")
    with op.batch_alter_table("acceptance_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_acceptance_decisions_case_id"))

    op.drop_table("acceptance_decisions")
