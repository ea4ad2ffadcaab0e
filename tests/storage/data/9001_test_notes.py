"""A revision from "a newer OwnVoice", used only by the upgrade tests: adds a table.

Revision ID: 9001
Revises: (today's head, filled in by the test)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "test_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("text", sa.String(length=100), nullable=False, server_default="moved"),
    )
    op.execute("INSERT INTO test_notes (text) SELECT value FROM meta WHERE key = 'created_at'")


def downgrade() -> None:
    op.drop_table("test_notes")
