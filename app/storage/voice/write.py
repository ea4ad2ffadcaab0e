"""Writing the text corpus, the imports log and the voice profiles through a SQLAlchemy session
(reads: read.py). Functions take an open session, so that one import is one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.storage.models import (
    ConnectionMonthRow,
    CorpusImportRow,
    CorpusTextRow,
    NetworkProfileRow,
    VoiceProfileRow,
)
from app.storage.voice.read import CorpusText, ImportRecord


class NewText(NamedTuple):
    """One text for ``insert_texts``: corpus_text's columns as stored (plain strings, which
    sqlite3 binds fastest; an import makes tens of thousands)."""

    source: str  # the archive: "linkedin", "x", "mastodon", "text"
    external_id: str  # the text's id in that archive
    channel: str  # Channel value
    kind: str  # ActivityKind value
    posted_at: str  # ISO, UTC: "YYYY-MM-DDTHH:MM:SS+00:00"
    day: str  # ISO date
    language: str | None  # None: not detected
    text: str
    link: str
    excluded: bool


class TextKey(NamedTuple):
    """Which text: its archive and its id there."""

    source: str
    external_id: str


_INSERT_TEXT = (
    "INSERT INTO corpus_text (source, external_id, channel, kind, posted_at, day, language, "
    "text, link, excluded, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def stored_languages(session: Session, source: str) -> dict[str, str | None]:
    """External id -> language of every text stored from ``source``: which texts are known."""
    rows = session.execute(
        select(CorpusTextRow.external_id, CorpusTextRow.language).where(
            CorpusTextRow.source == source
        )
    )
    return {str(external): language for external, language in rows}


def insert_texts(session: Session, rows: Sequence[NewText], import_id: int | None = None) -> None:
    """Insert new texts, as added by the import ``import_id``; the caller has left out the ones
    stored already."""
    if rows:
        # A bare executemany in the session's transaction: the ORM's per-row bookkeeping costs
        # several times the insert itself for the tens of thousands of texts of one export.
        session.connection().exec_driver_sql(_INSERT_TEXT, [(*row, import_id) for row in rows])


def add_texts(session: Session, texts: Sequence[CorpusText], import_id: int | None = None) -> int:
    """Insert texts not stored yet (by source and external id); return how many were new."""
    known: dict[str, set[str]] = {}
    fresh = []
    for text in texts:
        seen = known.get(text.source)
        if seen is None:
            seen = known[text.source] = set(stored_languages(session, text.source))
        if text.external_id in seen:
            continue
        seen.add(text.external_id)
        fresh.append(
            NewText(
                text.source,
                text.external_id,
                text.channel,
                text.kind,
                text.posted_at.isoformat(),
                text.day.isoformat(),
                text.language,
                text.text,
                text.link,
                text.excluded,
            )
        )
    insert_texts(session, fresh, import_id)
    return len(fresh)


def set_languages(session: Session, changes: Mapping[int, str | None]) -> None:
    """Store the language of texts by id (recognised again after an upgrade)."""
    if changes:
        session.execute(
            update(CorpusTextRow),
            [{"id": text_id, "language": lang} for text_id, lang in changes.items()],
        )


def has_texts(session: Session) -> bool:
    """True when the corpus holds any text at all."""
    return session.execute(select(CorpusTextRow.id).limit(1)).first() is not None


def set_excluded(session: Session, text_ids: Iterable[int], excluded: bool) -> None:
    ids = list(text_ids)
    if ids:
        session.execute(
            update(CorpusTextRow).where(CorpusTextRow.id.in_(ids)).values(excluded=excluded)
        )


def add_import(session: Session, record: ImportRecord) -> int:
    row = CorpusImportRow(
        source=record.source,
        file_name=record.file_name,
        imported_at=record.imported_at.isoformat(),
        counts=dict(record.counts),
        new_texts=record.new_texts,
        new_activities=record.new_activities,
        first_day=record.first_day,
        last_day=record.last_day,
        languages=dict(record.languages),
        skipped=dict(record.skipped),
    )
    session.add(row)
    session.flush()
    return row.id


def import_external_ids(session: Session, import_id: int) -> list[TextKey]:
    """Which texts the import ``import_id`` added."""
    rows = session.execute(
        select(CorpusTextRow.source, CorpusTextRow.external_id).where(
            CorpusTextRow.import_id == import_id
        )
    )
    return [TextKey(str(source), str(external)) for source, external in rows]


def delete_import(session: Session, import_id: int) -> int:
    """Remove the texts the import added and its entry in the imports log; how many texts."""
    removed = session.execute(delete(CorpusTextRow).where(CorpusTextRow.import_id == import_id))
    session.execute(delete(CorpusImportRow).where(CorpusImportRow.id == import_id))
    return int(removed.rowcount or 0)  # type: ignore[attr-defined]


def save_network_profile(session: Session, source: str, headline: str, summary: str) -> None:
    row = session.get(NetworkProfileRow, source) or NetworkProfileRow(source=source)
    row.headline = headline
    row.summary = summary
    session.add(row)


def merge_connections(session: Session, source: str, per_month: Mapping[str, int]) -> None:
    """Keep the larger count per month: a newer export knows at least as much as an older."""
    if not per_month:
        return
    statement = sqlite_insert(ConnectionMonthRow)
    statement = statement.on_conflict_do_update(
        index_elements=["source", "month"],
        set_={"count": statement.excluded.count},
        where=ConnectionMonthRow.count < statement.excluded.count,
    )
    session.execute(
        statement,
        [{"source": source, "month": m, "count": c} for m, c in sorted(per_month.items())],
    )


def save_voice_profiles(session: Session, profiles: Mapping[str, str], built_at: str) -> None:
    """Replace the stored profiles (language -> JSON) with these; languages not given go."""
    session.execute(delete(VoiceProfileRow))
    if profiles:
        session.execute(
            insert(VoiceProfileRow),
            [{"language": k, "built_at": built_at, "data": v} for k, v in profiles.items()],
        )
