"""Spelling: the words of a draft that its language's checker does not know.

Each paragraph is checked in its own language (a post may say a line in English among Finnish
ones); a short paragraph goes by the draft's. Never flagged: links, @mentions and #hashtags (not
words at all), numbers, names (a capital letter within a sentence), abbreviations and words in
capitals, the person's own words (their list and their topics) and what they chose to ignore in
this draft.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Final, Protocol

from app.domain.text import word_spans

# A paragraph this short goes by the draft's language: too few words to tell its own.
_MIN_OWN_LANGUAGE: Final = 6
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END: Final = frozenset(".!?:;…\n")
# What may stand between a sentence's end and its first word: quotes, brackets, dashes, bullets.
_OPENERS: Final = frozenset("\"'“”‘’«»([{-–—•*>")

# A known word this long also covers the words that start with it (its inflected forms).
_MIN_STEM: Final = 5

# "Ignore in this draft" keeps the word among the draft's dismissed flags, under this kind.
IGNORE_KIND: Final = "spelling"


class Speller(Protocol):
    def spell(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


@dataclass(frozen=True)
class Misspelling:
    start: int
    end: int
    word: str
    language: str
    suggestions: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "word": self.word,
            "suggestions": list(self.suggestions),
        }


def normal(word: str) -> str:
    """How a word is kept in the person's list and compared with it."""
    return word.replace("’", "'").casefold()


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and ((text[i].isspace() and text[i] != "\n") or text[i] in _OPENERS):
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or not (text[i].isalnum() or text[i] in ",")


def _skipped(word: str, text: str, start: int) -> bool:
    if len(word) < 2 or any(ch.isdigit() for ch in word):
        return True
    letters = [ch for ch in word if ch.isalpha()]
    if sum(ch.isupper() for ch in letters[1:]):
        return True  # "LinkedIn", "EU", "SaaS": a name or an abbreviation
    return word[0].isupper() and not _starts_sentence(text, start)  # a name


def paragraph_languages(text: str, language: str | None) -> list[tuple[int, int, str | None]]:
    """(start, end, language) of each line of ``text``: its own language when it has enough
    words to tell (fi, sv, en or another language's code), else ``language``."""
    from app.domain.text.identify import identify_language

    found = []
    for line in _LINE.finditer(text):
        own = None
        if len(word_spans(line.group())) >= _MIN_OWN_LANGUAGE:
            own = identify_language(line.group())
        found.append((line.start(), line.end(), own or language))
    return found


def misspellings(
    text: str,
    language: str | None,
    spellers: Mapping[str, Speller],
    *,
    known: Collection[str] = (),
    suggest: bool = False,
) -> list[Misspelling]:
    """The misspelt words of ``text`` where a checker for the paragraph's language exists.

    ``known`` are words never flagged (as ``normal`` gives them): the person's own list, their
    topic words and the words ignored in this draft. ``suggest`` adds the checker's suggestions
    (slow in Hunspell: 0.1–0.2 s a word; the editor finds them apart, on a worker)."""
    found: list[Misspelling] = []
    stems = tuple(w for w in known if len(w) >= _MIN_STEM)
    for start, end, lang in paragraph_languages(text, language):
        checker = spellers.get(lang or "")
        if checker is None or lang is None:
            continue
        paragraph = text[start:end]
        for a, b in word_spans(paragraph):
            word = paragraph[a:b].replace("’", "'")
            if _skipped(word, paragraph, a) or _known(normal(word), known, stems):
                continue
            if checker.spell(word) or (word[0].isupper() and checker.spell(word.lower())):
                continue
            if ("-" in word or "'" in word) and _parts_known(word, checker):
                continue
            suggestions = tuple(checker.suggest(word)) if suggest else ()
            found.append(Misspelling(start + a, start + b, paragraph[a:b], lang, suggestions))
    return found


def _known(word: str, known: Collection[str], stems: tuple[str, ...]) -> bool:
    """In the list, or an inflected form or compound of a longer word in it: "datahommelista"
    and "datahommelitiimi" of "datahommeli"."""
    return word in known or any(word.startswith(stem) for stem in stems)


def _parts_known(word: str, checker: Speller) -> bool:
    """ "some-päivitys", "LinkedIn-postaus": a compound of known parts (or of a name) is fine."""
    parts = [p for p in re.split(r"[-']", word) if p]
    return bool(parts) and all(p[0].isupper() or checker.spell(p) for p in parts)
