"""agreement performance

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

Issue 5: the payment schedule of a signed agreement (instalments and each
worker's share of them), receipts and how they were allocated, and the
locality figures table (上年度职工月平均工资, 最低工资 by locality and year).
Only new tables: existing cases need no defaults.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "locality_figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("locality", sa.String(length=64), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("average_monthly_wage", sa.BigInteger(), nullable=True),
        sa.Column("minimum_wage", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_locality_figures")),
        sa.UniqueConstraint("locality", "year", name=op.f("uq_locality_figures_locality")),
    )
    op.create_table(
        "receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("method", sa.String(length=64), nullable=False),
        sa.Column("voucher_no", sa.String(length=64), nullable=False),
        sa.Column("applicant_ids", sa.String(length=2000), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("scan_name", sa.String(length=255), nullable=False),
        sa.Column("scan", sa.LargeBinary(), nullable=True),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_receipts_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipts")),
    )
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_receipts_case_id"), ["case_id"], unique=False)

    op.create_table(
        "instalments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("term_id", sa.Integer(), nullable=False),
        sa.Column("payer", sa.String(length=200), nullable=False),
        sa.Column("payer_uscc", sa.String(length=18), nullable=False),
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
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("pay_by", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid", sa.BigInteger(), nullable=False),
        sa.Column("settled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_instalments_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_instalments_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["term_id"],
            ["agreement_terms.id"],
            name=op.f("fk_instalments_term_id_agreement_terms"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instalments")),
        sa.UniqueConstraint("term_id", name=op.f("uq_instalments_term_id")),
    )
    with op.batch_alter_table("instalments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instalments_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_instalments_payer_uscc"), ["payer_uscc"], unique=False)
        batch_op.create_index("ix_instalments_settled_pay_by", ["settled", "pay_by"], unique=False)

    op.create_table(
        "instalment_shares",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instalment_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicants.id"],
            name=op.f("fk_instalment_shares_applicant_id_applicants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_instalment_shares_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["instalment_id"],
            ["instalments.id"],
            name=op.f("fk_instalment_shares_instalment_id_instalments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instalment_shares")),
        sa.UniqueConstraint(
            "instalment_id", "applicant_id", name=op.f("uq_instalment_shares_instalment_id")
        ),
    )
    with op.batch_alter_table("instalment_shares", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_instalment_shares_applicant_id"), ["applicant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_instalment_shares_instalment_id"), ["instalment_id"], unique=False
        )

    op.create_table(
        "receipt_allocations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("share_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_receipt_allocations_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["receipts.id"],
            name=op.f("fk_receipt_allocations_receipt_id_receipts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["share_id"],
            ["instalment_shares.id"],
            name=op.f("fk_receipt_allocations_share_id_instalment_shares"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_allocations")),
    )
    with op.batch_alter_table("receipt_allocations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_receipt_allocations_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_receipt_allocations_receipt_id"), ["receipt_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_receipt_allocations_share_id"), ["share_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("receipt_allocations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipt_allocations_share_id"))
        batch_op.drop_index(batch_op.f("ix_receipt_allocations_receipt_id"))
        batch_op.drop_index(batch_op.f("ix_receipt_allocations_case_id"))

    op.drop_table("receipt_allocations")
    with op.batch_alter_table("instalment_shares", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instalment_shares_instalment_id"))
        batch_op.drop_index(batch_op.f("ix_instalment_shares_applicant_id"))

    op.drop_table("instalment_shares")
    with op.batch_alter_table("instalments", schema=None) as batch_op:
        batch_op.drop_index("ix_instalments_settled_pay_by")
        batch_op.drop_index(batch_op.f("ix_instalments_payer_uscc"))
        batch_op.drop_index(batch_op.f("ix_instalments_case_id"))

    op.drop_table("instalments")
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipts_case_id"))

    op.drop_table("receipts")
    op.drop_table("locality_figures")
