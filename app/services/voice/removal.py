"""Removing an import: what one import added goes (texts, log entries, linked check-ins,
recognition), nothing else."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.services.bulk import collector_paused
from app.storage.derived.read import JOURNEY, VOICE

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.quick import QuickReader

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Removed:
    """What removing an import took away."""

    texts: int
    activities: int
    deferred: bool = False  # removed; the journey is recomputed at the next start (see import)


def remove_import(db: Database, reader: QuickReader, import_id: int, today: date) -> Removed:
    """Take back what one import added, in one transaction: its texts in the corpus, its
    entries in the activity log (and the linked habit check-ins only they made), and its line in
    the imports log. The journey is recomputed after, and recognition that only those entries
    gave goes with them (``JourneyWriter.refresh(after_removal=True)``). Texts and actions that
    an earlier import of the same account had already added stay: they are that import's."""
    from app.services.habits import sync_linked
    from app.services.journey import JourneyWriter
    from app.storage.derived.write import mark_stale
    from app.storage.journey import write as journey_write
    from app.storage.voice import write as corpus_write

    with collector_paused(), db.session() as session:
        added = corpus_write.import_external_ids(session, import_id)
        legacy = [f"{key.source}:{key.external_id}" for key in added]
        taken = journey_write.delete_imported(session, import_id, legacy)
        texts = corpus_write.delete_import(session, import_id)
        sync_linked(session, set(taken))
        if taken:
            mark_stale(session, JOURNEY, after_removal=True)
        if texts:
            mark_stale(session, VOICE)
    if taken:
        try:
            JourneyWriter(db, reader).refresh(today, after_removal=True)
        except Exception:
            log.exception("the journey refresh after removing an import failed")
            return Removed(texts, len(taken), deferred=True)
    return Removed(texts, len(taken))
