"""referrals

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24

Issue 6: the arbitration committees (maintained in settings), referrals of
every route (arbitration, judicial confirmation, arbitral review, payment
order, labour inspection, legal aid, union support, advances) and what became
of them, plus an index on agreements.signed_on for the board's confirmation
windows. Only new tables: existing cases need no defaults.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ROUTES = (
    "arbitration",
    "judicial_confirmation",
    "arbitral_review",
    "payment_order",
    "labour_inspection",
    "legal_aid",
    "union_support",
    "advance",
)
METHODS = ("in_person", "post", "online", "guided")
OUTCOMES = (
    "accepted",
    "award",
    "arbitration_mediation",
    "withdrawn",
    "not_accepted",
    "confirmed",
    "rejected",
    "paid",
    "other",
)


def _code(name: str, codes: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*codes, name=name, native_enum=False, length=24)


def upgrade() -> None:
    op.create_table(
        "arbitration_committees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("jurisdiction", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arbitration_committees")),
        sa.UniqueConstraint("name", name=op.f("uq_arbitration_committees_name")),
    )
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("route", _code("routekind", ROUTES), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("body", sa.String(length=200), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=True),
        sa.Column("method", _code("deliverymethod", METHODS), nullable=False),
        sa.Column("enclosures", sa.Text(), nullable=False),
        sa.Column("receipt", sa.Text(), nullable=False),
        sa.Column("applicant_ids", sa.String(length=2000), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["arbitration_committees.id"],
            name=op.f("fk_referrals_committee_id_arbitration_committees"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    op.create_index(op.f("ix_referrals_case_id"), "referrals", ["case_id"], unique=False)
    op.create_index(op.f("ix_referrals_committee_id"), "referrals", ["committee_id"], unique=False)
    op.create_index(
        "ix_referrals_route_referred_on", "referrals", ["route", "referred_on"], unique=False
    )
    op.create_table(
        "referral_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", _code("outcomekind", OUTCOMES), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("body_case_number", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_referral_outcomes_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_outcomes_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_outcomes")),
    )
    op.create_index(
        op.f("ix_referral_outcomes_case_id"), "referral_outcomes", ["case_id"], unique=False
    )
    op.create_index(
        "ix_referral_outcomes_kind_decided_on",
        "referral_outcomes",
        ["kind", "decided_on"],
        unique=False,
    )
    op.create_index(
        op.f("ix_referral_outcomes_referral_id"), "referral_outcomes", ["referral_id"], unique=False
    )
    op.create_index("ix_agreements_signed_on", "agreements", ["signed_on"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_agreements_signed_on", table_name="agreements")
    op.drop_index(op.f("ix_referral_outcomes_referral_id"), table_name="referral_outcomes")
    op.drop_index("ix_referral_outcomes_kind_decided_on", table_name="referral_outcomes")
    op.drop_index(op.f("ix_referral_outcomes_case_id"), table_name="referral_outcomes")
    op.drop_table("referral_outcomes")
    op.drop_index("ix_referrals_route_referred_on", table_name="referrals")
    op.drop_index(op.f("ix_referrals_committee_id"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_case_id"), table_name="referrals")
    op.drop_table("referrals")
    op.drop_table("arbitration_committees")
