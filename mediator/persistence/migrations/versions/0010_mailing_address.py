"""mailing address and legal representative's title

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24

An arbitration application (仲裁申请书, 调解仲裁法 Art.28) names each party's
通讯地址 besides the 住所, and the employer's legal representative's 职务.
Both parties get ``mailing_address`` (empty = the same as the 住所) and the
respondents ``legal_rep_title``; existing rows get "" through the server
default, so nothing else changes for them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("applicants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("mailing_address", sa.String(length=200), nullable=False, server_default="")
        )
    with op.batch_alter_table("respondents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("legal_rep_title", sa.String(length=32), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("mailing_address", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("respondents", schema=None) as batch_op:
        batch_op.drop_column("mailing_address")
        batch_op.drop_column("legal_rep_title")
    with op.batch_alter_table("applicants", schema=None) as batch_op:
        batch_op.drop_column("mailing_address")
