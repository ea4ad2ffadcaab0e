"""The activity log remembers which import added an entry, so that an import can be removed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("activity", sa.Column("import_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_activity_import_id"), "activity", ["import_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_activity_import_id"), table_name="activity")
    with op.batch_alter_table("activity") as batch:
        batch.drop_column("import_id")
