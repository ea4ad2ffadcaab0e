"""Parsers for a person's own data exports: archive in, plain records out, no database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.archives.linkedin import parse_linkedin
from app.services.archives.mastodon import parse_mastodon
from app.services.archives.model import (
    PROBLEMS,
    SKIP_REASONS,
    ArchiveError,
    ImportCancelled,
    ImportedItem,
    ImportSource,
    ParseResult,
    ProfileFacts,
    Skip,
    Visibility,
)
from app.services.archives.plain_text import parse_text, parse_text_file
from app.services.archives.x_archive import parse_x

if TYPE_CHECKING:
    import os
    from datetime import date, datetime

    from app.services.archives.model import Cancelled, Progress

__all__ = [
    "PROBLEMS",
    "SKIP_REASONS",
    "ArchiveError",
    "ImportCancelled",
    "ImportSource",
    "ImportedItem",
    "ParseResult",
    "ProfileFacts",
    "Skip",
    "Visibility",
    "parse_archive",
    "parse_linkedin",
    "parse_mastodon",
    "parse_text",
    "parse_text_file",
    "parse_x",
]


def parse_archive(
    source: ImportSource | str,
    path: str | os.PathLike[str],
    *,
    now: datetime,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ParseResult:
    """The parser for `source` ("linkedin", "x", "mastodon", "text") run on `path`; `now`
    (the time of the import) dates a text file that tells no date of its own. Records dated
    before 2000 or after the year after `today` (default: `now`'s day) are left out
    (`out_of_range`)."""
    kind = ImportSource(source)
    today = today or now.date()
    if kind is ImportSource.TEXT:
        return parse_text_file(path, now=now, progress=progress, cancelled=cancelled, today=today)
    parsers = {
        ImportSource.LINKEDIN: parse_linkedin,
        ImportSource.X: parse_x,
        ImportSource.MASTODON: parse_mastodon,
    }
    return parsers[kind](path, progress=progress, cancelled=cancelled, today=today)
