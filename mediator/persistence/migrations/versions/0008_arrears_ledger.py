"""arrears ledger

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24

Issue 5: the per-worker arrears ledger, evidence held and the subcontracting chain.
Only new tables: existing cases need no defaults.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_RATE_UNITS = ("monthly", "daily", "hourly", "piece")
_EVIDENCE_KINDS = ("payslip", "attendance", "iou", "witness", "chat", "bank", "other")
_CHAIN_ROLES = (
    "employer",
    "general_contractor",
    "subcontractor",
    "team_leader",
    "actual_builder",
    "client",
)


def _code(values: tuple[str, ...], name: str, length: int) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=False, length=length)


def _case_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["case_id"], ["cases.id"], name=op.f(f"fk_{table}_case_id_cases"), ondelete="CASCADE"
    )


def _applicant_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["applicant_id"],
        ["applicants.id"],
        name=op.f(f"fk_{table}_applicant_id_applicants"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "arrears_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("from_month", sa.Date(), nullable=False),
        sa.Column("to_month", sa.Date(), nullable=False),
        sa.Column("rate_unit", _code(_RATE_UNITS, "rateunit", 16), nullable=False),
        sa.Column("rate", sa.BigInteger(), nullable=True),
        sa.Column("days_worked", sa.BigInteger(), nullable=True),
        sa.Column("hours_worked", sa.BigInteger(), nullable=True),
        sa.Column("pieces", sa.BigInteger(), nullable=True),
        sa.Column("owed", sa.BigInteger(), nullable=False),
        sa.Column("owed_entered", sa.Boolean(), nullable=False),
        sa.Column("paid", sa.BigInteger(), nullable=False),
        sa.Column("claimed", sa.BigInteger(), nullable=True),
        sa.Column("confirmed", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _case_fk("arrears_periods"),
        _applicant_fk("arrears_periods"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrears_periods")),
    )
    with op.batch_alter_table("arrears_periods", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_arrears_periods_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_arrears_periods_applicant_id"), ["applicant_id"], unique=False
        )

    op.create_table(
        "arrears_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("kind", _code(_EVIDENCE_KINDS, "evidencekind", 16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _case_fk("arrears_evidence"),
        _applicant_fk("arrears_evidence"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrears_evidence")),
        sa.UniqueConstraint("applicant_id", "kind", name=op.f("uq_arrears_evidence_applicant_id")),
    )
    with op.batch_alter_table("arrears_evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_arrears_evidence_case_id"), ["case_id"], unique=False)

    op.create_table(
        "evidence_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("kind", _code(_EVIDENCE_KINDS, "evidencekind", 16), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        _case_fk("evidence_files"),
        _applicant_fk("evidence_files"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_files")),
    )
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_files_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_evidence_files_applicant_id"), ["applicant_id"], unique=False
        )

    op.create_table(
        "chain_liabilities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("respondent_id", sa.Integer(), nullable=True),
        sa.Column("party", sa.String(length=200), nullable=False),
        sa.Column("role", _code(_CHAIN_ROLES, "chainrole", 24), nullable=False),
        sa.Column("basis", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("share", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _case_fk("chain_liabilities"),
        sa.ForeignKeyConstraint(
            ["respondent_id"],
            ["respondents.id"],
            name=op.f("fk_chain_liabilities_respondent_id_respondents"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chain_liabilities")),
    )
    with op.batch_alter_table("chain_liabilities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_chain_liabilities_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    for table, indexes in (
        ("chain_liabilities", ("case_id",)),
        ("evidence_files", ("applicant_id", "case_id")),
        ("arrears_evidence", ("case_id",)),
        ("arrears_periods", ("applicant_id", "case_id")),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in indexes:
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
