"""Inspire by example and group sessions (issue 21).

The coach keeps a request to share a person's post with the group with the feedback written
for them (``coach_feedback.share``, its JSON); the person keeps each request and their newest
answer in ``share_ask``, and the newest group file from the coach in ``group_file``. The coach
keeps the group sessions they plan in ``group_session`` and who took part in
``session_attendance`` (private: never in any file).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("coach_feedback") as batch:
        batch.add_column(sa.Column("share", sa.Text(), nullable=True))
    op.create_table(
        "share_ask",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("coach", sa.String(length=200), nullable=False),
        sa.Column("asked", sa.Date(), nullable=False),
        sa.Column("post", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("permission", sa.String(length=20), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "group_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("coach", sa.String(length=200), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "group_session",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start", sa.String(length=5), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_group_session_day"), "group_session", ["day"], unique=False)
    op.create_table(
        "session_attendance",
        sa.Column("session_id", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("session_id", "person_id"),
    )


def downgrade() -> None:
    op.drop_table("session_attendance")
    op.drop_index(op.f("ix_group_session_day"), table_name="group_session")
    op.drop_table("group_session")
    op.drop_table("group_file")
    op.drop_table("share_ask")
    with op.batch_alter_table("coach_feedback") as batch:
        batch.drop_column("share")
