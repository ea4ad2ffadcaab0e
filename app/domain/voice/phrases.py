"""Favourite phrases: the word sequences a person keeps coming back to."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from app.domain.text.tokens import Span
from app.domain.text.wordlists import STOPWORDS, Language
from app.domain.voice.features import Features
from app.domain.voice.model import Excerpt, Phrase
from app.domain.voice.stats import excerpt

MAX_PHRASES = 10
_PHRASE_SHARE = 0.01  # of posts, and at least two posts
_CANDIDATES = 300
_SUBSUMED = 0.8  # a phrase inside a longer one that occurs nearly as often is left out
_NOT_LAST = frozenset(("ja", "sekä", "och", "samt", "and"))
_LONGEST = 4  # words in the longest counted phrase
_JOINED_MAX = 12  # words in a sequence joined from overlapping phrases

Gram = tuple[str, ...]


def phrases(language: Language, posts: Sequence[Features]) -> tuple[Phrase, ...]:
    """Frequent 2–4 word phrases (by number of posts), at least one word not a stopword."""
    counts: Counter[Gram] = Counter()
    for f in posts:
        counts.update(_grams(f))
    need = max(2.0, _PHRASE_SHARE * len(posts))
    # Ties in the order of the words, not of a set's hashing: the same posts give the same
    # profile in every run (``most_common`` keeps ties in insertion order, here a set's).
    frequent = sorted(
        ((g, n) for g, n in counts.items() if n >= need), key=lambda item: (-item[1], item[0])
    )[: _CANDIDATES * 4]
    whole_of = _joined([(g, n) for g, n in frequent[:_CANDIDATES] if len(g) == _LONGEST], posts)
    top: list[tuple[Gram, int]] = []
    shown: set[Gram] = set()
    for gram, n in frequent:
        whole = whole_of.get(gram, gram)
        if whole not in shown and _fits(whole, language):
            shown.add(whole)
            top.append((whole, n))
    kept = _drop_subsumed(top[:_CANDIDATES])[:MAX_PHRASES]
    return tuple(
        Phrase(" ".join(g), n, example) for g, n in kept if (example := _example(g, posts))
    )


def _joined(longest: list[tuple[Gram, int]], posts: Sequence[Features]) -> dict[Gram, Gram]:
    """Four-word phrases that overlap by three words and come in as many posts are pieces of
    one longer sequence, such as a sentence the person repeats ("pienet kokeilut voittavat isot
    suunnitelmat, ja se pätee myös meillä"). Returns piece -> the sequence (only when the
    sequence is really written somewhere), so the profile shows the sentence once instead of
    several overlapping pieces of it."""
    count = dict(longest)
    starting: dict[Gram, list[Gram]] = {}
    ending: dict[Gram, list[Gram]] = {}
    for gram in count:
        starting.setdefault(gram[:-1], []).append(gram)
        ending.setdefault(gram[1:], []).append(gram)

    def as_often(grams: list[Gram], gram: Gram) -> list[Gram]:
        return [g for g in grams if g != gram and count[g] == count[gram]]

    whole_of: dict[Gram, Gram] = {}
    for gram in count:
        if as_often(ending.get(gram[:-1], []), gram):
            continue  # a piece in the middle of a chain; its chain starts elsewhere
        chain, words = [gram], list(gram)
        while len(words) < _JOINED_MAX:
            after = as_often(starting.get(chain[-1][1:], []), chain[-1])
            if len(after) != 1 or after[0] in chain:
                break
            chain.append(after[0])
            words.append(after[0][-1])
        if len(chain) > 1 and _example(whole := tuple(words), posts) is not None:
            whole_of.update((piece, whole) for piece in chain)
    return whole_of


def _fits(gram: Gram, language: Language) -> bool:
    """A phrase has no numbers, does not end in "and", and is not stopwords only."""
    stop = STOPWORDS[language]
    return (
        not any(w[0].isdigit() for w in gram)
        and gram[-1] not in _NOT_LAST
        and not all(w in stop for w in gram)
    )


def _grams(f: Features) -> set[Gram]:
    """The 2–4 word sequences of one post; a set, as phrases are counted by posts."""
    grams: set[Gram] = set()
    for sentence in f.sentences:
        seq = sentence.words
        grams.update(pairwise(seq))
        grams.update(zip(seq, seq[1:], seq[2:], strict=False))
        grams.update(zip(seq, seq[1:], seq[2:], seq[3:], strict=False))  # _LONGEST words
    return grams


def _drop_subsumed(top: list[tuple[Gram, int]]) -> list[tuple[Gram, int]]:
    """Leave out a phrase that nearly always comes inside a longer one ("mitä mieltä")."""
    around: dict[Gram, int] = {}
    for gram, n in top:
        for size in range(2, len(gram)):
            for i in range(len(gram) - size + 1):
                part = gram[i : i + size]
                around[part] = max(around.get(part, 0), n)
    return [(gram, n) for gram, n in top if around.get(gram, 0) < _SUBSUMED * n]


def _example(gram: Gram, posts: Sequence[Features]) -> Excerpt | None:
    for f in posts:
        span = _find(f, gram)
        if span is not None:
            return excerpt(f, f.sentence_of(span[0]), span)
    return None


def _find(f: Features, gram: Gram) -> Span | None:
    k = len(gram)
    for sentence in f.sentences:
        if gram[0] not in sentence.words:
            continue
        spans = [(w, a, b) for w, a, b in f.word_spans() if sentence.start <= a < sentence.end]
        for i in range(len(spans) - k + 1):
            if tuple(w for w, _, _ in spans[i : i + k]) == gram:
                return spans[i][1], spans[i + k - 1][2]
    return None
