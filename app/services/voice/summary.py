"""What an import found in an archive, and what of it was new to the store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.domain.activity import ActivityKind
from app.storage.voice import read as corpus_read

if TYPE_CHECKING:
    from app.services.archives import ParseResult
    from app.storage.quick import QuickReader

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
    # Stored, but what is derived from it (the journey's weekly stages and milestones, or the
    # voice profile) could not be brought up to date now: it will be at the next start.
    deferred: bool = False

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
            "deferred": self.deferred,
        }


def summarise(
    result: ParseResult, file_name: str, languages: Mapping[str, int] | None = None
) -> ImportSummary:
    """What the archive holds; ``languages``: its texts per language, as stored or detected."""
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
        languages=dict(languages or {}),
    )


def stored_import(
    reader: QuickReader, result: ParseResult, file_name: str, imported_at: datetime
) -> ImportSummary | None:
    """The summary of the import stamped ``imported_at``, if its commit happened; else None."""
    for record in corpus_read.read_imports(reader.connection):
        if record.imported_at == imported_at:
            summary = summarise(result, file_name, record.languages)
            return replace(
                summary,
                new_posts=record.new_texts,
                new_activities=record.new_activities,
                deferred=bool(record.new_activities),
            )
    return None
