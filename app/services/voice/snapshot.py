"""Everything the "Your voice" page shows, read in one go on the serial worker: the profile's
state, the texts, the imports with what of each is still stored, and whether a rebuild is due."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.services.voice.profile import VoiceService, VoiceState, stored_profiles
from app.storage.journey import read as journey_read
from app.storage.voice import read as corpus_read
from app.storage.voice.read import CorpusText, ImportRecord

if TYPE_CHECKING:
    from app.storage.quick import QuickReader


@dataclass(frozen=True)
class ImportLine:
    """One import and what of it is still stored."""

    record: ImportRecord
    texts: int
    activities: int


@dataclass(frozen=True)
class VoiceSnapshot:
    state: VoiceState
    texts: list[CorpusText]
    stale: bool  # texts exist but no profile is stored (or an old format): rebuild
    imports: list[ImportLine] = field(default_factory=list)  # newest first
    behind: bool = False  # an import came after the profile was built: it is being updated
    # What the list shows of each text that can change (id, left out or not): made on the
    # worker, so that the window compares tuples, not 30,000 texts, to see if the list changed.
    listing: tuple[tuple[int | None, bool], ...] = ()


def load_snapshot(voice: VoiceService, reader: QuickReader) -> VoiceSnapshot:
    con = reader.connection
    state = voice.state(reader)
    texts = corpus_read.read_texts(con)
    stale = state.used > 0 and (stored_profiles(reader) is None or not state.profiles)
    kept_texts, kept_actions = (
        corpus_read.texts_per_import(con),
        journey_read.activities_per_import(con),
    )
    imports = [
        ImportLine(r, kept_texts.get(r.id or 0, 0), kept_actions.get(r.id or 0, 0))
        for r in corpus_read.read_imports(con)
    ]
    latest = imports[0].record.imported_at if imports else None
    behind = bool(state.profiles) and bool(latest and state.built_at and latest > state.built_at)
    listing = tuple((t.id, t.excluded) for t in texts)
    return VoiceSnapshot(state, texts, stale, imports, behind, listing)
