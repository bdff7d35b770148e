"""reported periods

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

Issue 7: a period whose tally was reported (已报送) keeps its figures exactly
as sent, so a later change to a case shows up as a correction in the next
report instead of silently rewriting what the district received.
Only a new table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reported_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("boundary", sa.String(length=16), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reported_periods")),
        sa.UniqueConstraint(
            "kind", "start_on", "end_on", "boundary", name=op.f("uq_reported_periods_kind")
        ),
    )
    with op.batch_alter_table("reported_periods", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reported_periods_end_on"), ["end_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reported_periods", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reported_periods_end_on"))
    op.drop_table("reported_periods")
