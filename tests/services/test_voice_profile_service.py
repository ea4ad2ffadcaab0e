"""The voice profile service: built from the corpus, stored, and updated on exclusion."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.services.clock import FixedClock
from app.services.voice import profile as voice_profile
from app.services.voice.profile import VoiceService, stored_profiles
from app.storage.database import Database
from app.storage.quick import QuickReader
from app.storage.voice import read as corpus_read
from app.storage.voice import write as corpus_write
from app.storage.voice.read import CorpusText

FI = "Mitä mieltä olet kiertotaloudesta? Minä uskon, että pienet kokeilut voittavat. #kiertotalous"
EN = "What do you think about hydrogen? I believe small experiments win. #hydrogen"


Store = tuple[Database, QuickReader]


def add(db: Database, count: int, body: str, language: str, start: int = 0) -> None:
    texts = [
        CorpusText("linkedin", f"{language}-{n}", "linkedin", "own_post",
                   datetime(2024, 1, 1, tzinfo=UTC).replace(minute=n % 60, hour=n % 24),
                   f"{body} ({n})", language=language)
        for n in range(start, start + count)
    ]  # fmt: skip
    with db.session() as session:
        corpus_write.add_texts(session, texts)


def test_profiles_per_language_are_stored_and_read_without_analysing(
    store: Store, clock: FixedClock
) -> None:
    db, reader = store
    add(db, 5, FI, "fi")
    add(db, 3, EN, "en")
    state = VoiceService(clock).refresh(db, reader)
    assert set(state.profiles) == {"fi", "en"}
    assert (state.texts, state.used) == (8, 8)
    kept = stored_profiles(reader)
    assert kept == state.profiles
    stored = VoiceService(clock).state(reader)
    assert stored.profiles == state.profiles
    assert stored.built_at == state.built_at
    assert state.built_at is not None and state.built_at.date() == clock.today()  # stamped by it


def test_excluding_a_text_updates_the_profile(store: Store, clock: FixedClock) -> None:
    db, reader = store
    add(db, 4, FI, "fi")
    service = VoiceService(clock)
    assert service.refresh(db, reader).profiles["fi"].posts == 4
    first = corpus_read.read_texts(reader.connection)[0]
    assert first.id is not None
    state = service.set_excluded(db, reader, [first.id], True)
    assert state.profiles["fi"].posts == 3 and state.excluded == 1
    assert stored_profiles(reader)["fi"].posts == 3  # type: ignore[index]
    state = service.set_excluded(db, reader, [first.id], False)
    assert state.profiles["fi"].posts == 4


def test_refresh_after_adding_texts_analyses_only_the_new_ones(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept features make a refresh a profile rebuild, not an analysis of every text (how quick
    that is, bench/voice_profile.py measures)."""
    db, reader = store
    add(db, 1500, FI, "fi")
    service = VoiceService(clock)
    service.refresh(db, reader)
    add(db, 20, FI, "fi", start=5000)
    analysed: list[str] = []
    real = voice_profile.analyse_text
    monkeypatch.setattr(
        voice_profile, "analyse_text", lambda text: analysed.append(text.id) or real(text)
    )
    state = service.refresh(db, reader)
    assert state.profiles["fi"].posts == 1520
    new_ids = {str(t.id) for t in corpus_read.read_texts(reader.connection)
               if t.external_id.startswith("fi-") and int(t.external_id[3:]) >= 5000}  # fmt: skip
    assert sorted(analysed) == sorted(new_ids) and len(new_ids) == 20
