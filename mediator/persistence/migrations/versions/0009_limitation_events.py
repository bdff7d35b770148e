"""limitation events

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24

Issue 6: events that interrupt or suspend the arbitration limitation period
(仲裁时效中断/中止), recorded per applicant or for the whole case; on each
applicant the day the worker knew of the infringement and the derived
``limitation_due`` the to-do board looks up (indexed). Existing applicants get
no known date; ``limitation_due`` is derived by the domain rules, so
``persistence.store.open_database`` fills it right after this upgrade
(``mediator limitation --refresh-all`` does the same by hand).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_KINDS = (
    "demand",
    "promise",
    "relief",
    "negotiation_refused",
    "negotiation_failed",
    "suspension",
)


def upgrade() -> None:
    with op.batch_alter_table("applicants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("infringement_known_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("limitation_due", sa.Date(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_applicants_limitation_due"), ["limitation_due"], unique=False
        )

    op.create_table(
        "limitation_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                *_KINDS, name="eventkind", native_enum=False, create_constraint=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicants.id"],
            name=op.f("fk_limitation_events_applicant_id_applicants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_limitation_events_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_limitation_events")),
    )
    with op.batch_alter_table("limitation_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_limitation_events_applicant_id"), ["applicant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_limitation_events_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("limitation_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_limitation_events_case_id"))
        batch_op.drop_index(batch_op.f("ix_limitation_events_applicant_id"))
    op.drop_table("limitation_events")

    with op.batch_alter_table("applicants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applicants_limitation_due"))
        batch_op.drop_column("limitation_due")
        batch_op.drop_column("infringement_known_on")
