"""The coach exchange: feedback a person received, a coach's notes and the feedback they send.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback_received",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("coach", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_feedback_received_day"), "feedback_received", ["day"], unique=False)
    op.create_table(
        "coach_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_coach_note_person_id"), "coach_note", ["person_id"], unique=False)
    op.create_table(
        "coach_feedback",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("exported_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_coach_feedback_person_id"), "coach_feedback", ["person_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_coach_feedback_person_id"), table_name="coach_feedback")
    op.drop_table("coach_feedback")
    op.drop_index(op.f("ix_coach_note_person_id"), table_name="coach_note")
    op.drop_table("coach_note")
    op.drop_index(op.f("ix_feedback_received_day"), table_name="feedback_received")
    op.drop_table("feedback_received")
