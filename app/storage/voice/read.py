"""Reading the text corpus, the imports log and the voice profiles with plain SQL (writes:
write.py). Runs on the quick reader's sqlite3 connection, so no SQLAlchemy is needed."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple


@dataclass(frozen=True)
class CorpusText:
    """One of the person's own texts as stored; ``language`` None means "could not tell"."""

    source: str  # linkedin | x | mastodon | text
    external_id: str
    channel: str
    kind: str  # an ActivityKind value
    posted_at: datetime  # aware, UTC
    text: str
    link: str = ""
    language: str | None = None
    excluded: bool = False
    id: int | None = None

    @property
    def day(self) -> date:
        return self.posted_at.date()


@dataclass(frozen=True)
class ImportRecord:
    """One import run in the log."""

    source: str
    file_name: str
    imported_at: datetime
    counts: dict[str, int] = field(default_factory=dict)  # ActivityKind value -> found
    new_texts: int = 0
    new_activities: int = 0
    first_day: date | None = None
    last_day: date | None = None
    languages: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # reason key -> count
    id: int | None = None


_TEXT_COLUMNS = "id, source, external_id, channel, kind, posted_at, text, link, language, excluded"


def _text(row: tuple[object, ...]) -> CorpusText:
    return CorpusText(
        id=int(row[0]),  # type: ignore[call-overload]
        source=str(row[1]),
        external_id=str(row[2]),
        channel=str(row[3]),
        kind=str(row[4]),
        posted_at=datetime.fromisoformat(str(row[5])),
        text=str(row[6]),
        link=str(row[7] or ""),
        language=None if row[8] is None else str(row[8]),
        excluded=bool(row[9]),
    )


def read_texts(
    con: sqlite3.Connection,
    *,
    language: str | None = None,
    included_only: bool = False,
    kind: str | None = None,
) -> list[CorpusText]:
    """Every stored text, newest first; optionally one language, only those not excluded, or
    one kind (own posts, not comments: the database picks them, no object is made for the
    rest)."""
    where, params = [], []
    if language is not None:
        where.append("language = ?")
        params.append(language)
    if kind is not None:
        where.append("kind = ?")
        params.append(kind)
    if included_only:
        where.append("excluded = 0")
    sql = f"SELECT {_TEXT_COLUMNS} FROM corpus_text"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY posted_at DESC, id DESC"
    return [_text(row) for row in con.execute(sql, params)]


def texts_per_import(con: sqlite3.Connection) -> dict[int, int]:
    """Import id -> how many of the texts it added are still stored."""
    rows = con.execute(
        "SELECT import_id, count(*) FROM corpus_text WHERE import_id IS NOT NULL GROUP BY import_id"
    )
    return {int(import_id): int(count) for import_id, count in rows}


class TextCounts(NamedTuple):
    total: int  # every stored text
    excluded: int  # left out by the person
    undetected: int  # included, but in no profile language


def count_texts(con: sqlite3.Connection) -> TextCounts:
    """How many texts there are, without reading them."""
    row = con.execute(
        "SELECT count(*), coalesce(sum(excluded), 0), coalesce(sum(excluded = 0 AND "
        "(language IS NULL OR language NOT IN ('fi', 'sv', 'en'))), 0) FROM corpus_text"
    ).fetchone()
    return TextCounts(int(row[0]), int(row[1]), int(row[2]))


def other_languages(con: sqlite3.Connection) -> dict[str, int]:
    """Included texts in languages other than fi, sv and en: code -> count, most first."""
    rows = con.execute(
        "SELECT language, count(*) AS n FROM corpus_text WHERE excluded = 0 AND language IS NOT "
        "NULL AND language NOT IN ('fi', 'sv', 'en') GROUP BY language ORDER BY n DESC, language"
    )
    return {str(code): int(n) for code, n in rows}


def read_languages(con: sqlite3.Connection) -> list[tuple[int, str, str | None]]:
    """Every text's id, body and stored language, for recognising the languages again."""
    rows = con.execute("SELECT id, text, language FROM corpus_text ORDER BY id")
    return [(int(i), str(t), None if lang is None else str(lang)) for i, t, lang in rows]


def read_imports(con: sqlite3.Connection) -> list[ImportRecord]:
    """The imports log, newest first."""
    rows = con.execute(
        "SELECT id, source, file_name, imported_at, counts, new_texts, new_activities, "
        "first_day, last_day, languages, skipped FROM corpus_import ORDER BY id DESC"
    )
    return [
        ImportRecord(
            id=int(r[0]),
            source=str(r[1]),
            file_name=str(r[2]),
            imported_at=datetime.fromisoformat(str(r[3])),
            counts=json.loads(r[4] or "{}"),
            new_texts=int(r[5]),
            new_activities=int(r[6]),
            first_day=date.fromisoformat(r[7]) if r[7] else None,
            last_day=date.fromisoformat(r[8]) if r[8] else None,
            languages=json.loads(r[9] or "{}"),
            skipped=json.loads(r[10] or "{}"),
        )
        for r in rows
    ]


class NetworkProfile(NamedTuple):
    headline: str
    summary: str


def read_network_profile(con: sqlite3.Connection, source: str) -> NetworkProfile | None:
    """What the network's profile said, None when never imported."""
    row = con.execute(
        "SELECT headline, summary FROM network_profile WHERE source = ?", (source,)
    ).fetchone()
    return None if row is None else NetworkProfile(str(row[0]), str(row[1]))


def read_connections(con: sqlite3.Connection, source: str) -> dict[str, int]:
    """New connections per month ("YYYY-MM" -> count), oldest first."""
    rows = con.execute(
        "SELECT month, count FROM connection_month WHERE source = ? ORDER BY month", (source,)
    )
    return {str(month): int(count) for month, count in rows}


def read_voice_profiles(con: sqlite3.Connection) -> dict[str, tuple[datetime, str]]:
    """Stored profiles per language: when built, and the JSON (see codec.py)."""
    rows = con.execute("SELECT language, built_at, data FROM voice_profile")
    return {str(lang): (datetime.fromisoformat(str(at)), str(data)) for lang, at, data in rows}
