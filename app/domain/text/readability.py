"""Readability measures of a post: sentences, long words, LIX, Wiio (Finnish) and ARI."""

from __future__ import annotations

import re

from app.domain.text.sentence_split import sentence_spans
from app.domain.text.tokens import words
from app.domain.text.wordlists import word_set


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, each stripped; lines with no words (tags, emoji) are dropped."""
    return [text[a:b] for a, b in sentence_spans(text)]


def _letters(word: str) -> int:
    return sum(1 for c in word if c.isalpha())


def is_long_word(word: str) -> bool:
    """LIX's long word: more than six letters."""
    return _letters(word) > 6


def long_word_share(text: str) -> float:
    """Share of words with more than six letters (0 for no words)."""
    found = words(text)
    return sum(1 for w in found if is_long_word(w)) / len(found) if found else 0.0


def lix(text: str) -> float:
    """LIX = words / sentences + 100 * long words / words; 0 for a text without words."""
    found = words(text)
    if not found:
        return 0.0
    count = max(1, len(sentences(text)))
    return len(found) / count + 100.0 * sum(1 for w in found if is_long_word(w)) / len(found)


_VOWELS = frozenset("aeiouyäöåéü")
# Long vowels and diphthongs stay in one syllable. "ie", "uo" and "yö" are diphthongs in a word's
# first syllable ("tie", "ruoka") and, in compounds, at its end ("yhteistyö"); elsewhere they
# are split ("kaik-ki-en").
_NUCLEI = word_set("aa ee ii oo uu yy ää öö ai ei oi ui yi äi öi au eu iu ou ey iy äy öy")
_OPENING = word_set("ie uo yö")


def finnish_syllables(word: str) -> int:
    """Syllables of a Finnish word; parts of a hyphenated compound are counted separately."""
    return sum(_part_syllables(p) for p in re.split(r"[-‐'’:]", word.lower()))


def _part_syllables(part: str) -> int:
    count, i, n = 0, 0, len(part)
    while i < n:
        if part[i] not in _VOWELS:
            i += 1
            continue
        pair = part[i : i + 2]
        opening = pair in _OPENING and (count == 0 or i + 2 == n)
        i += 2 if pair in _NUCLEI or opening else 1
        count += 1
    return count


def wiio(text: str) -> float:
    """Wiio = 2.7 + 30 * (words of four or more syllables) / words; 0 for a text without words."""
    found = words(text)
    if not found:
        return 0.0
    return 2.7 + 30.0 * sum(1 for w in found if finnish_syllables(w) >= 4) / len(found)


def ari(text: str) -> float:
    """Automated Readability Index: 4.71 * chars/words + 0.5 * words/sentences - 21.43."""
    found = words(text)
    if not found:
        return 0.0
    chars = sum(1 for w in found for c in w if c.isalnum())
    count = max(1, len(sentences(text)))
    return 4.71 * chars / len(found) + 0.5 * len(found) / count - 21.43
