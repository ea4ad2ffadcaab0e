"""The forgiving ladder: stages and stage milestones are derived again under its rules.

No table changes. The stage a person is at is now held through quiet spells
(app/domain/journey/standing.py, docs/LADDER.md), so the stored weekly stages and the "reached a
new stage" milestones that the earlier rules gave are recomputed from the activity log: this
revision marks the journey's derived data as behind its facts, as a removal does, and the first
start after the upgrade recomputes it (app/services/store/derived.py), forgetting stage
milestones the new rules do not give and re-dating those they give on another day.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# app/storage/derived/read.py: the journey's mark, ending as a removal's does.
_KEY = "derived_stale:journey"
_MARK = "ladder-0008 after_removal"


def upgrade() -> None:
    op.execute(
        sa.text("INSERT OR REPLACE INTO meta (key, value) VALUES (:key, :value)").bindparams(
            key=_KEY, value=_MARK
        )
    )


def downgrade() -> None:
    # The earlier rules recompute on their own next refresh; nothing to take back.
    pass
