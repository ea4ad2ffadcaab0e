"""Spelling and word forms per language, from the system's libraries, loaded when first used.

Finnish comes from Voikko (spelling, suggestions and word forms), Swedish and English from
Hunspell (spelling and suggestions). Nothing is loaded at import: the first check after the
first frame opens them (on the check's worker thread), once. A library or dictionary that is
missing is simply absent: ``speller`` and ``analyser`` return None and the callers fall back
(no underlines; today's rules for the voice check). Each handle is used under a lock, because
neither library may be called from two threads at once (the check's worker and the editor's
suggestions, found on a worker too: Hunspell takes 0.1–0.2 s for one word). Suggestions found
are kept (the most recent few hundred words), so that the editor's menu can show them at once:
:func:`suggested` reads them without waiting for a library.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Final

from app.domain.text.forms import WordForm

LANGUAGES: Final = ("fi", "sv", "en")
# What to install, per language, where it is missing (Debian and Ubuntu package names).
PACKAGES: Final[dict[str, str]] = {
    "fi": "libvoikko1 voikko-fi",
    "sv": "hunspell-sv",
    "en": "hunspell-en-us",
}

_lock = threading.Lock()
_SUGGESTED = 300  # words whose suggestions a checker keeps
_spellers: dict[str, Speller | None] = {}
_analysers: dict[str, Analyser | None] = {}


class Speller:
    """A language's spelling checker, safe to call from any thread."""

    def __init__(self, language: str, engine: Any) -> None:
        self.language = language
        self._engine = engine
        self._lock = threading.Lock()
        self._kept_lock = threading.Lock()  # held only to read or add a kept answer
        self._suggested: dict[str, tuple[str, ...]] = {}

    def spell(self, word: str) -> bool:
        with self._lock:
            return bool(self._engine.spell(word))

    def suggest(self, word: str) -> list[str]:
        """The checker's suggestions for ``word`` (kept, so asked once per word)."""
        found = self.suggested(word)
        if found is not None:
            return found
        with self._lock:
            found = self.suggested(word)  # found by another thread while this one waited
            if found is not None:
                return found
            answer = tuple(str(s) for s in self._engine.suggest(word))[:8]
        with self._kept_lock:
            if len(self._suggested) >= _SUGGESTED:
                del self._suggested[next(iter(self._suggested))]  # the oldest
            self._suggested[word] = answer
        return list(answer)

    def suggested(self, word: str) -> list[str] | None:
        """The suggestions for ``word`` if already found, else None; never waits for the
        library (safe on the GUI thread)."""
        with self._kept_lock:
            found = self._suggested.get(word)
        return list(found) if found is not None else None


class Analyser:
    """A language's word forms, safe to call from any thread; remembers recent words."""

    def __init__(self, language: str, engine: Any) -> None:
        self.language = language
        self._engine = engine
        self._lock = threading.Lock()
        self._seen: dict[str, tuple[WordForm, ...]] = {}

    def analyse(self, word: str) -> tuple[WordForm, ...]:
        with self._lock:
            found = self._seen.get(word)
            if found is None:
                found = tuple(self._engine.analyse(word))
                if len(self._seen) > 20_000:
                    self._seen.clear()
                self._seen[word] = found
            return found


def speller(language: str | None) -> Speller | None:
    """The spelling checker for ``language``, or None where it is not installed."""
    if language not in LANGUAGES:
        return None
    with _lock:
        if language not in _spellers:
            from app.services.language_tools.loader import open_speller

            engine = open_speller(language)
            _spellers[language] = Speller(language, engine) if engine is not None else None
        return _spellers[language]


def analyser(language: str | None) -> Analyser | None:
    """Word forms for ``language`` (Finnish, with Voikko), or None."""
    if language not in LANGUAGES:
        return None
    with _lock:
        if language not in _analysers:
            from app.services.language_tools.loader import open_analyser

            engine = open_analyser(language)
            _analysers[language] = Analyser(language, engine) if engine is not None else None
        return _analysers[language]


def suggested(language: str | None, word: str) -> list[str] | None:
    """The suggestions for ``word`` if already found ([] where ``language`` has no spelling),
    None while they are still to be asked for. Opens nothing and never waits for a library
    (safe on the GUI thread): a checker not loaded yet counts as still to be asked."""
    if language is None or language not in LANGUAGES:
        return []
    if language not in _spellers:
        return None
    checker = _spellers[language]
    return checker.suggested(word) if checker is not None else []


def spellers() -> dict[str, Speller]:
    """Every installed spelling checker, by language."""
    found = {language: speller(language) for language in LANGUAGES}
    return {language: s for language, s in found.items() if s is not None}


@dataclass(frozen=True)
class Availability:
    language: str
    spelling: bool
    word_forms: bool
    packages: str  # what to install for what is missing


def availability() -> list[Availability]:
    """For each language: whether spelling and word forms are installed (``doctor``)."""
    return [
        Availability(lang, speller(lang) is not None, analyser(lang) is not None, PACKAGES[lang])
        for lang in LANGUAGES
    ]


def forget() -> None:
    """Drop what was loaded, so the next call opens the libraries again (tests)."""
    with _lock:
        _spellers.clear()
        _analysers.clear()
