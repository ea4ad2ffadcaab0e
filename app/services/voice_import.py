"""Importing a person's own archive: parse it, then store texts and public activity at once.

Parsing runs first and returns the whole archive or raises (``ArchiveError``, ``ImportCancelled``);
only then is the store written, in ONE transaction: the corpus texts, the public activities
(through the journey's own write function, in the same session), the LinkedIn profile facts,
the connections per month and the imports log. Cancel is asked once more just before the commit,
so a cancelled or failed import leaves the store exactly as it was. Both tables are keyed by
``(source, external_id)``, so importing the same or a newer archive adds only what is new.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.activity import Activity, ActivityKind, ActivitySource
from app.domain.text import detect_language
from app.domain.text_words import LANGUAGES
from app.services.archives import (
    ImportCancelled,
    ImportedItem,
    ImportSource,
    ParseResult,
    parse_archive,
    parse_text,
)
from app.storage.corpus_read import CorpusText, ImportRecord

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.quick import QuickReader

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# The ids of the activity table are shared by every source that logs activity: prefixed so a
# LinkedIn hash and an X id can never meet.
_CHUNK = 2000  # bound parameters per query stay far below SQLite's limit
_POST_KINDS = (ActivityKind.OWN_POST, ActivityKind.SHARE_WITH_COMMENT)


@dataclass(frozen=True)
class ImportSummary:
    """What an import found and what of it was new."""

    source: str
    file_name: str
    posts: int = 0  # own posts and shares with own words
    comments: int = 0
    replies: int = 0
    shares: int = 0  # reposts and boosts (someone else's words)
    reactions: int = 0
    skipped: int = 0
    skipped_reasons: dict[str, int] = field(default_factory=dict)
    skipped_files: dict[str, str] = field(default_factory=dict)  # reason -> a file it was in
    first: date | None = None
    last: date | None = None
    languages: dict[str, int] = field(default_factory=dict)  # texts per detected language
    new_posts: int = 0  # new texts in the corpus
    new_activities: int = 0  # new entries in the activity log

    @property
    def found(self) -> int:
        return self.posts + self.comments + self.replies + self.shares + self.reactions

    def as_json(self) -> dict[str, object]:
        return {
            "posts": self.posts,
            "comments": self.comments,
            "replies": self.replies,
            "shares": self.shares,
            "reactions": self.reactions,
            "skipped": self.skipped,
            "skipped_reasons": dict(self.skipped_reasons),
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "languages": dict(self.languages),
            "new_posts": self.new_posts,
            "new_activities": self.new_activities,
        }


_DETECT_CHARS = 400  # the opening of a long text tells its language as well as the whole


def language_of(item: ImportedItem) -> str | None:
    """The archive's hint when it is one of ours, else our own detection (None: not sure)."""
    hint = item.language_hint
    if hint in LANGUAGES:
        return hint
    return detect_language(item.text[:_DETECT_CHARS])


def corpus_texts(
    result: ParseResult, known: Mapping[str, str | None] | None = None
) -> list[CorpusText]:
    """The corpus texts of an archive; ``known`` (external id -> language) saves detecting the
    language of texts already stored."""
    known = known or {}
    return [
        CorpusText(
            source=item.source.value,
            external_id=item.external_id,
            channel=item.channel.value,
            kind=item.kind.value,
            posted_at=item.posted_at,
            text=item.text,
            link=item.link,
            language=known[item.external_id] if item.external_id in known else language_of(item),
        )
        for item in result.items
        if item.for_corpus
    ]


def activities(result: ParseResult) -> list[tuple[Activity, str]]:
    """Public actions for the activity log. Plain text is writing, not a logged public action."""
    if result.source is ImportSource.TEXT:
        return []
    return [
        (
            Activity(item.kind, item.channel, item.day, ActivitySource.IMPORT, item.link),
            f"{item.source.value}:{item.external_id}",
        )
        for item in result.items
        if item.is_public
    ]


def summarise(result: ParseResult, file_name: str, texts: Sequence[CorpusText]) -> ImportSummary:
    kinds = result.counts_by_kind()
    reasons: Counter[str] = Counter()
    files: dict[str, str] = {}
    for skip in result.skipped:
        reasons[skip.reason_key] += skip.count
        files.setdefault(skip.reason_key, skip.detail)
    span = result.date_range()
    return ImportSummary(
        source=result.source.value,
        file_name=file_name,
        posts=sum(kinds.get(k, 0) for k in _POST_KINDS),
        comments=kinds.get(ActivityKind.COMMENT, 0),
        replies=kinds.get(ActivityKind.REPLY, 0),
        shares=kinds.get(ActivityKind.SHARE, 0),
        reactions=kinds.get(ActivityKind.REACTION, 0),
        skipped=sum(reasons.values()),
        skipped_reasons=dict(reasons),
        skipped_files=files,
        first=span[0] if span else None,
        last=span[1] if span else None,
        languages=dict(Counter(t.language for t in texts if t.language)),
    )


def store(
    db: Database,
    reader: QuickReader | None,
    result: ParseResult,
    file_name: str,
    cancelled: Cancelled | None = None,
    now: datetime | None = None,
) -> ImportSummary:
    """Write a parsed archive in one transaction; return its summary with what was new."""
    from app.services.habits import check_linked
    from app.storage import corpus_write, journey_write
    from app.storage.corpus_read import read_languages

    known = read_languages(reader.connection, result.source.value) if reader else None
    texts = corpus_texts(result, known)
    summary = summarise(result, file_name, texts)
    logged = activities(result)
    record = ImportRecord(
        source=summary.source,
        file_name=file_name,
        imported_at=(now or datetime.now(UTC)).replace(microsecond=0),
        counts={k.value: n for k, n in result.counts_by_kind().items()},
        first_day=summary.first,
        last_day=summary.last,
        languages=summary.languages,
        skipped=summary.skipped_reasons,
    )
    with db.session() as session:
        import_id = corpus_write.add_import(session, record)
        new_texts = corpus_write.add_texts(session, texts, import_id)
        new_activities = 0
        for start in range(0, len(logged), _CHUNK):
            chunk = logged[start : start + _CHUNK]
            added = journey_write.add_imported_activities(session, chunk)
            check_linked(session, added)  # habits linked to these kinds, once a day
            new_activities += len(added)
        if result.profile is not None:
            corpus_write.save_network_profile(
                session, summary.source, result.profile.headline, result.profile.summary
            )
        corpus_write.merge_connections(session, summary.source, result.connections_per_month)
        corpus_write.finish_import(session, import_id, new_texts, new_activities)
        if cancelled is not None and cancelled():
            raise ImportCancelled  # rolls the whole transaction back
    return _with_new(summary, new_texts, new_activities)


def _with_new(summary: ImportSummary, texts: int, acts: int) -> ImportSummary:
    from dataclasses import replace

    return replace(summary, new_posts=texts, new_activities=acts)


def import_archive(
    kind: ImportSource | str,
    path: str | os.PathLike[str],
    db: Database,
    reader: QuickReader,
    today: date,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Parse ``path`` as a ``kind`` archive and store what is new; refresh the journey after.

    Raises ``ArchiveError`` for bad input and ``ImportCancelled`` when cancelled; in both cases
    nothing was written.
    """
    result = parse_archive(kind, path, progress=progress, cancelled=cancelled)
    return _store_and_refresh(db, reader, result, Path(path).name, today, cancelled)


def import_pasted(
    text: str, db: Database, reader: QuickReader, today: date, *, posted_at: datetime | None = None
) -> ImportSummary:
    """Pasted writing (one or more documents, see docs/IMPORT.md), into the corpus."""
    result = parse_text(text, posted_at=posted_at)
    return _store_and_refresh(db, reader, result, "", today, None)


def _store_and_refresh(
    db: Database,
    reader: QuickReader,
    result: ParseResult,
    file_name: str,
    today: date,
    cancelled: Cancelled | None,
) -> ImportSummary:
    summary = store(db, reader, result, file_name, cancelled)
    if summary.new_activities:
        from app.services.journey import JourneyWriter

        JourneyWriter(db, reader).refresh(today)  # weekly stages and milestones are derived
    return summary
