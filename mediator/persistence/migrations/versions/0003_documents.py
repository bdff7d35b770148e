"""documents

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Issue 4: the PDFs generated for a case (kind, title, who and when, SHA-256
of the bytes, the verification code printed in the footer, page count; the
exact bytes once an agreement is marked signed) and the scans of signed
paper attached to them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "generated_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_generated_documents_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_generated_documents")),
        sa.UniqueConstraint("code", name=op.f("uq_generated_documents_code")),
    )
    with op.batch_alter_table("generated_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_generated_documents_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_generated_documents_sha256"), ["sha256"], unique=False)

    op.create_table(
        "document_scans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_document_scans_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["generated_documents.id"],
            name=op.f("fk_document_scans_document_id_generated_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_scans")),
    )
    with op.batch_alter_table("document_scans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_scans_document_id"), ["document_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("document_scans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_scans_document_id"))
    op.drop_table("document_scans")
    with op.batch_alter_table("generated_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_generated_documents_sha256"))
        batch_op.drop_index(batch_op.f("ix_generated_documents_case_id"))
    op.drop_table("generated_documents")
