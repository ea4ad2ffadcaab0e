"""Importing a person's own archive: parse it, then store texts and public activity at once.

Parsing runs first and returns the whole archive or raises (``ArchiveError``, ``ImportCancelled``);
only then is the store written, in ONE transaction: the corpus texts, the public activities
(through the journey's own write function, in the same session), the LinkedIn profile facts,
the connections per month and the imports log. Cancel is asked once more just before the commit,
so a cancelled or failed import leaves the store exactly as it was. Both tables are keyed by
``(source, external_id)``, so importing the same or a newer archive adds only what is new.
Each text and log entry remembers the import that added it, so that ``remove_import``
(removal.py) can take one import back whole.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.activity import ActivityKind, ActivitySource, Channel
from app.domain.text.identify import identify_language
from app.services.archives import (
    ImportCancelled,
    ImportedItem,
    ImportSource,
    ParseResult,
    Visibility,
    parse_archive,
    parse_text,
)
from app.services.bulk import collector_paused
from app.services.voice.summary import ImportSummary, stored_import, summarise
from app.storage.derived.read import JOURNEY, VOICE
from app.storage.voice.read import ImportRecord

if TYPE_CHECKING:
    from app.services.clock import Clock
    from app.storage.database import Database
    from app.storage.quick import QuickReader

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
log = logging.getLogger(__name__)


def language_of(item: ImportedItem) -> str | None:
    """fi, sv, en or another language's code; None when not sure. The archive's declared
    language is strong evidence; the text decides when the archive says nothing, and overrules
    it only when clearly in another language (app/domain/text/identify.py)."""
    return identify_language(item.text, item.language_hint)


def store(
    db: Database,
    result: ParseResult,
    file_name: str,
    now: datetime,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Write a parsed archive in one transaction; return its summary with what was new.

    One pass over the items builds the rows of both tables (new texts, with their language
    detected; new public actions) straight from the parsed records: an export holds tens of
    thousands, and objects in between would cost more than the inserts.
    """
    from app.services.habits import sync_linked
    from app.storage.derived.write import mark_languages_current, mark_stale
    from app.storage.journey import write as journey_write
    from app.storage.journey.write import ImportedActivity
    from app.storage.voice import write as corpus_write
    from app.storage.voice.write import NewText

    source = result.source.value
    logs_activity = result.source is not ImportSource.TEXT  # own writing, not a public action
    with db.session() as session:
        if not corpus_write.has_texts(session):
            # Every text will be recognised the way this version does it: nothing to do again.
            mark_languages_current(session)
        stored = corpus_write.stored_languages(session, source)
        logged = journey_write.imported_ids(session, source) if logs_activity else set()
        texts: list[NewText] = []
        actions: list[ImportedActivity] = []
        checks: set[tuple[ActivityKind, date]] = set()
        languages: Counter[str] = Counter()
        # Plain strings for the enum members: sqlite3 adapts a str subclass slowly (about half
        # a microsecond a value, a tenth of a second over one large export).
        plain: dict[str, str] = {m: m.value for e in (ActivityKind, Channel) for m in e}
        imported = ActivitySource.IMPORT.value
        for item in result.items:
            external = item.external_id
            stamp = item.posted_at.isoformat()  # UTC: "YYYY-MM-DDTHH:MM:SS+00:00"
            if item.own_words and item.text.strip():  # ImportedItem.for_corpus, inlined
                if external in stored:
                    language = stored[external]
                else:
                    language = language_of(item)
                    stored[external] = language
                    texts.append(
                        NewText(source, external, plain[item.channel], plain[item.kind], stamp,
                                stamp[:10], language, item.text, item.link, False)
                    )  # fmt: skip
                if language:
                    languages[language] += 1
            if logs_activity and item.visibility is not Visibility.LIMITED:
                # The activity log's external ids are shared by every source that logs activity:
                # prefixed, so that a LinkedIn hash and an X id can never meet.
                key = f"{source}:{external}"
                if key not in logged:
                    logged.add(key)
                    actions.append(
                        ImportedActivity(plain[item.kind], plain[item.channel], stamp[:10],
                                         imported, item.link, "", key)
                    )  # fmt: skip
                    checks.add((item.kind, item.posted_at.date()))
        summary = summarise(result, file_name, languages)
        record = ImportRecord(
            source=source,
            file_name=file_name,
            imported_at=now,  # to the microsecond (Clock.now): see load_snapshot
            counts={k.value: n for k, n in result.counts_by_kind().items()},
            first_day=summary.first,
            last_day=summary.last,
            languages=summary.languages,
            skipped=summary.skipped_reasons,
            new_texts=len(texts),
            new_activities=len(actions),
        )
        import_id = corpus_write.add_import(session, record)
        corpus_write.insert_texts(session, texts, import_id)
        journey_write.insert_imported(session, actions, import_id)
        sync_linked(session, checks)  # habits linked to these kinds, once a day
        if result.profile is not None:
            corpus_write.save_network_profile(
                session, source, result.profile.headline, result.profile.summary
            )
        corpus_write.merge_connections(session, source, result.connections_per_month)
        # Derived data is recomputed after the commit; these marks, committed with the facts,
        # let the next start finish it if that never happens (app/services/store/derived.py).
        if actions:
            mark_stale(session, JOURNEY)
        if texts:
            mark_stale(session, VOICE)
        if cancelled is not None and cancelled():
            raise ImportCancelled  # rolls the whole transaction back
    return _with_new(summary, len(texts), len(actions))


def _with_new(summary: ImportSummary, texts: int, acts: int) -> ImportSummary:
    return replace(summary, new_posts=texts, new_activities=acts)


def import_archive(
    kind: ImportSource | str,
    path: str | os.PathLike[str],
    db: Database,
    reader: QuickReader,
    clock: Clock,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Parse ``path`` as a ``kind`` archive and store what is new; refresh the journey after.
    ``clock`` stamps the import, dates undated text files and gives the journey its today.

    Raises ``ArchiveError`` for bad input and ``ImportCancelled`` when cancelled; in both cases
    nothing was written (``cancelled`` is last asked inside the transaction, before the commit;
    a Cancel pressed after that point is too late, and the import returns as usual). A failure
    of the journey refresh after the commit is logged and returned as ``deferred``; Ctrl-C
    after parsing raises ``ImportInterrupted``, which tells what was stored.
    """
    with collector_paused():
        result = parse_archive(
            kind,
            path,
            now=clock.now(),
            today=clock.today(),
            progress=progress,
            cancelled=cancelled,
        )
        return _store_and_refresh(db, reader, result, Path(path).name, clock, cancelled)


def import_pasted(
    text: str, db: Database, reader: QuickReader, clock: Clock, *, posted_at: datetime | None = None
) -> ImportSummary:
    """Pasted writing (one or more documents, see docs/IMPORT.md), into the corpus; undated
    documents are dated ``posted_at``, or now."""
    result = parse_text(text, posted_at=posted_at or clock.now(), today=clock.today())
    return _store_and_refresh(db, reader, result, "", clock, None)


def _store_and_refresh(
    db: Database,
    reader: QuickReader,
    result: ParseResult,
    file_name: str,
    clock: Clock,
    cancelled: Cancelled | None,
) -> ImportSummary:
    now = clock.now()
    try:
        summary = store(db, result, file_name, now, cancelled)
    except KeyboardInterrupt:
        # It may have hit after the commit, before store returned: the imports log knows.
        raise ImportInterrupted(stored_import(reader, result, file_name, now)) from None
    if not summary.new_activities:
        return summary
    from app.services.journey import JourneyWriter

    try:
        JourneyWriter(db, reader).refresh(clock.today())  # weekly stages and milestones
    except KeyboardInterrupt:
        raise ImportInterrupted(replace(summary, deferred=True)) from None
    except Exception:
        # Derived data never turns a stored import into a failure: the mark store() left makes
        # the next start recompute it (app/services/store/derived.py).
        log.exception("the journey refresh after an import failed; it is retried at start")
        return replace(summary, deferred=True)
    return summary


def refresh_voice(
    summary: ImportSummary, db: Database, reader: QuickReader, clock: Clock
) -> ImportSummary:
    """After an import that added texts: rebuild the voice profile (the command line does this;
    the window's "Your voice" page rebuilds on its own). A failure is logged and returned as
    ``deferred`` (the next start rebuilds it); Ctrl-C raises ``ImportInterrupted``."""
    if not summary.new_posts:
        return summary
    from app.services.voice.profile import VoiceService

    try:
        VoiceService(clock).refresh(db, reader)
    except KeyboardInterrupt:
        raise ImportInterrupted(replace(summary, deferred=True)) from None
    except Exception:
        log.exception("rebuilding the voice profile after an import failed; retried at start")
        return replace(summary, deferred=True)
    return summary


class ImportInterrupted(KeyboardInterrupt):
    """Ctrl-C during an import, after parsing. ``stored`` is the summary of what the import
    stored (its commit happened; the journey may lag until the next start), or None when
    nothing was stored. A ``KeyboardInterrupt``, so that it stops the program as one would."""

    def __init__(self, stored: ImportSummary | None) -> None:
        super().__init__()
        self.stored = stored
