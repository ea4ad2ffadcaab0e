"""The person's voice profile as a use case: built from the corpus, kept, rebuilt when it changes.

``VoiceService`` keeps each text's ``Features`` in memory (analysing a text is the costly part,
and a text never changes) and remembers which texts each language's profile was built from, so a
refresh after an import or an exclusion analyses only new texts and rebuilds only the languages
whose texts changed. The profiles are stored as JSON (app/storage/voice/codec.py), so the page
and the CLI show them at once without analysing anything.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.text.wordlists import LANGUAGES, Language
from app.domain.voice import Features, Text, VoiceProfile, analyse_text, profile
from app.services.bulk import collector_paused
from app.storage.derived.read import VOICE, stale_marks
from app.storage.journey import read as journey_read
from app.storage.voice import read as corpus_read
from app.storage.voice.codec import decode_profile, encode_profile
from app.storage.voice.read import CorpusText

# A profile is built from the person's most recent texts in each language: recent writing is
# their voice now, and the cost of a refresh stays well under a second however long the history.
RECENT_TEXTS = 2000

if TYPE_CHECKING:
    from app.domain.text.forms import WordForms
    from app.services.clock import Clock
    from app.storage.database import Database
    from app.storage.quick import QuickReader


@dataclass(frozen=True)
class VoiceState:
    """Profiles per language, and what went into them."""

    profiles: dict[Language, VoiceProfile]
    texts: int  # in the corpus
    used: int  # in a profile
    excluded: int
    undetected: int  # language not told, or not fi/sv/en
    built_at: datetime | None = None
    # Included texts in other languages, code -> count, most first: counted, never described.
    others: dict[str, int] = field(default_factory=dict)

    @property
    def unsure(self) -> int:
        """Included texts whose language could not be told (too short, or mixed)."""
        return self.undetected - sum(self.others.values())


def stored_profiles(reader: QuickReader) -> dict[Language, VoiceProfile] | None:
    """The profiles as last built; None when they must be rebuilt (none kept, or an old format)."""
    found: dict[Language, VoiceProfile] = {}
    for lang, (_, data) in corpus_read.read_voice_profiles(reader.connection).items():
        decoded = decode_profile(data)
        if decoded is None or lang not in LANGUAGES:
            return None
        found[decoded.language] = decoded
    return found


def _fingerprint(texts: Iterable[CorpusText], topics: Sequence[str]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for text in texts:
        digest.update(f"{text.id}\0".encode())
    digest.update("\0".join(topics).encode())
    return digest.hexdigest()


class VoiceService:
    """Builds and keeps the voice profiles; use from one thread at a time (the serial worker).
    ``clock`` stamps each build (an import stamped later makes the profile out of date)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._features: dict[int, Features | None] = {}
        self._built: dict[Language, tuple[str, VoiceProfile]] = {}

    def state(self, reader: QuickReader) -> VoiceState:
        """Stored profiles and the corpus counts, without analysing anything."""
        total, excluded, undetected = corpus_read.count_texts(reader.connection)
        stored = corpus_read.read_voice_profiles(reader.connection)
        profiles = stored_profiles(reader) or {}
        used = total - excluded - undetected
        built_at = min((at for at, _ in stored.values()), default=None)
        others = corpus_read.other_languages(reader.connection)
        return VoiceState(profiles, total, used, excluded, undetected, built_at, others)

    def refresh(self, db: Database, reader: QuickReader) -> VoiceState:
        """Rebuild what changed since the last build and store the profiles."""
        with collector_paused():  # tens of thousands of texts and features: see bulk.py
            return self._refresh(db, reader)

    def _refresh(self, db: Database, reader: QuickReader) -> VoiceState:
        from app.storage.derived.write import clear_stale
        from app.storage.voice import write as corpus_write

        con = reader.connection
        mark = stale_marks(con).get(VOICE)  # read before the texts: see clear_stale
        texts = corpus_read.read_texts(con)
        person = journey_read.read_profile(con)
        topics = tuple(person.topics) if person is not None else ()
        by_language: dict[Language, list[CorpusText]] = defaultdict(list)
        for text in texts:
            if not text.excluded and text.language in LANGUAGES:
                by_language[text.language].append(text)
        profiles: dict[Language, VoiceProfile] = {}
        for lang in LANGUAGES:
            chosen = by_language.get(lang, [])[:RECENT_TEXTS]  # texts come newest first
            if not chosen:
                continue
            key = _fingerprint(chosen, topics)
            kept = self._built.get(lang)
            if kept is not None and kept[0] == key:
                profiles[lang] = kept[1]
                continue
            features = [f for f in (self._analysed(t) for t in chosen) if f is not None]
            built = profile(lang, features, topics, _word_forms(lang))
            self._built[lang] = (key, built)
            profiles[lang] = built
        now = self._clock.now()  # strictly increasing: an import right after is still later
        with db.session() as session:
            corpus_write.save_voice_profiles(
                session, {lang: encode_profile(p) for lang, p in profiles.items()}, now.isoformat()
            )
            if mark is not None:
                clear_stale(session, VOICE, mark)
        return self._counts(texts, profiles, now)

    def set_excluded(
        self, db: Database, reader: QuickReader, text_ids: Sequence[int], excluded: bool
    ) -> VoiceState:
        """Leave texts out of the profile (or take them back in), then refresh."""
        from app.storage.voice import write as corpus_write

        with db.session() as session:
            corpus_write.set_excluded(session, text_ids, excluded)
        return self.refresh(db, reader)

    def _analysed(self, text: CorpusText) -> Features | None:
        assert text.id is not None
        if text.id not in self._features:
            self._features[text.id] = analyse_text(
                Text(str(text.id), text.text, text.channel, text.language, text.day)  # type: ignore[arg-type]
            )
        return self._features[text.id]

    @staticmethod
    def _counts(
        texts: Sequence[CorpusText],
        profiles: dict[Language, VoiceProfile],
        built_at: datetime | None = None,
    ) -> VoiceState:
        excluded = sum(1 for t in texts if t.excluded)
        undetected = sum(1 for t in texts if not t.excluded and t.language not in LANGUAGES)
        others = Counter(
            t.language
            for t in texts
            if not t.excluded and t.language is not None and t.language not in LANGUAGES
        )
        return VoiceState(
            profiles=profiles,
            texts=len(texts),
            used=len(texts) - excluded - undetected,
            excluded=excluded,
            undetected=undetected,
            built_at=built_at,
            others=dict(sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))),
        )


def _word_forms(language: str) -> WordForms | None:
    """Word forms for the topics and phrases, where an analyser is installed (Finnish: Voikko)."""
    from app.services import language_tools

    analyser = language_tools.analyser(language)
    return analyser.analyse if analyser is not None else None
