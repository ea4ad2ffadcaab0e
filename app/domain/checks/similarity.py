"""The copy-paste guard: how much of a draft repeats a pasted source text, and which passages."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from app.domain.text import word_spans
from app.domain.text.links import Span

# Why word shingles (runs of k consecutive words) rather than an edit distance or a diff:
# - robust to small edits: changing one word loses only the k shingles around it, the rest of a
#   copied passage still matches, and moving a paragraph loses almost nothing;
# - order-aware, unlike comparing bags of words: two people writing about the same news use the
#   same words, but rarely the same four words in a row;
# - cheap: one pass and a set lookup per word, far below a millisecond for a whole post, so it
#   can run on every keystroke; an edit distance is quadratic.
# k = 4: with k = 3 common runs ("one of the", "i think that", "yksi parhaista tavoista")
# make original texts look copied; with k = 5 a lightly edited copy (a word changed every
# eight or so) keeps too few shingles. Words are compared case-folded and cut to their first
# six letters, so a changed Finnish or Swedish ending ("ratkaisun" → "ratkaisuja") or an
# English plural does not hide a copied passage.
SHINGLE_WORDS: Final = 4
STEM_LETTERS: Final = 6

# Too similar: at least half of the draft's shingles are in the source, or one shared passage
# runs twelve words or more (a whole copied sentence, however long the rest of the draft).
CONTAINMENT_LIMIT: Final = 0.5
SHARED_RUN_LIMIT: Final = 12


@dataclass(frozen=True)
class Similarity:
    score: float  # containment: share of the draft's shingles found in the source, 0..1
    shared_spans_in_draft: tuple[Span, ...]  # merged passages, as offsets into the draft
    shared_spans_in_source: tuple[Span, ...]
    jaccard: float  # shared shingles over all distinct shingles of both texts
    longest_run: int  # words in the longest passage of the draft that is also in the source

    @property
    def too_similar(self) -> bool:
        return self.score >= CONTAINMENT_LIMIT or self.longest_run >= SHARED_RUN_LIMIT


def _normalize(word: str) -> str:
    if not word.isascii():  # NFKC and curly quotes only where they can change something
        word = unicodedata.normalize("NFKC", word).replace("’", "'")
    return word.casefold()[:STEM_LETTERS]


def _shingles(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    k = SHINGLE_WORDS
    return [tuple(tokens[i : i + k]) for i in range(len(tokens) - k + 1)]


def _shared(
    spans: Sequence[Span], shingles: list[tuple[str, ...]], other: set[tuple[str, ...]]
) -> tuple[tuple[Span, ...], int]:
    """Passages made of shingles that the other text has, merged; and the longest in words."""
    covered = [False] * len(spans)
    for i, shingle in enumerate(shingles):
        if shingle in other:
            for j in range(i, i + SHINGLE_WORDS):
                covered[j] = True
    passages: list[Span] = []
    longest = run = 0
    for i, is_covered in enumerate(covered):
        if not is_covered:
            run = 0
            continue
        run += 1
        longest = max(longest, run)
        if run == 1:
            passages.append(spans[i])
        else:
            passages[-1] = (passages[-1][0], spans[i][1])
    return tuple(passages), longest


def similarity(draft: str, source: str, *, draft_words: Sequence[Span] | None = None) -> Similarity:
    """How much of ``draft`` repeats ``source``; 0 when either has fewer than k words.

    ``draft_words``: the draft's `word_spans`, when the caller has them already.
    """
    draft_spans = word_spans(draft) if draft_words is None else draft_words
    source_spans = word_spans(source)
    draft_tokens = [_normalize(draft[a:b]) for a, b in draft_spans]
    source_tokens = [_normalize(source[a:b]) for a, b in source_spans]
    draft_shingles, source_shingles = _shingles(draft_tokens), _shingles(source_tokens)
    draft_set, source_set = set(draft_shingles), set(source_shingles)
    if not draft_set or not source_set:
        return Similarity(0.0, (), (), 0.0, 0)
    common = draft_set & source_set
    in_draft, longest = _shared(draft_spans, draft_shingles, source_set)
    in_source, _ = _shared(source_spans, source_shingles, draft_set)
    return Similarity(
        score=len(common) / len(draft_set),
        shared_spans_in_draft=in_draft,
        shared_spans_in_source=in_source,
        jaccard=len(common) / len(draft_set | source_set),
        longest_run=longest,
    )
