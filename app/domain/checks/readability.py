"""How hard a draft is to read, in words: LIX and its bands, for the whole text and a sentence."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Final

from app.domain.text import is_long_word


class Readability(StrEnum):
    """LIX's customary bands (Björnsson): below 30 very easy (children's books), 30–40 easy
    (fiction, popular press), 40–50 medium (newspapers), 50–60 hard (official texts), above 60
    very hard (specialist and legal prose)."""

    VERY_EASY = "very_easy"
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"
    VERY_HARD = "very_hard"


VERY_HARD_LIX: Final = 60.0
# Where each band but the last ends: below 30, 40 and 50; 60 itself is still hard.
_BANDS: Final = (
    (30.0, Readability.VERY_EASY),
    (40.0, Readability.EASY),
    (50.0, Readability.MEDIUM),
)
# Below this many words LIX says little: one long word swings it by ten.
MIN_WORDS_READABILITY: Final = 10


def readability(lix_value: float) -> Readability:
    """The band of a LIX value: 30 is easy, 50 and 60 are hard, above 60 very hard."""
    for bound, band in _BANDS:
        if lix_value < bound:
            return band
    return Readability.HARD if lix_value <= VERY_HARD_LIX else Readability.VERY_HARD


def lix_of(words: Sequence[str], sentences: int) -> float:
    """LIX = words per sentence + 100 × share of words longer than six letters (0: no words).

    The same value as `app.domain.text.lix` for a text's `word_spans` and `sentence_spans`,
    from words already found."""
    if not words:
        return 0.0
    long_words = sum(1 for w in words if is_long_word(w))
    return len(words) / max(1, sentences) + 100.0 * long_words / len(words)
