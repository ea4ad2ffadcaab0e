"""Favourite phrases: the word sequences a person keeps coming back to.

A phrase is counted by its words' base forms, so that its inflected forms are one phrase
("lisäarvoa tuottava ratkaisu", "lisäarvoa tuottavan ratkaisun"), and shown in the wording the
person wrote most often. The base forms come from an analyser where one is installed (Voikko,
for Finnish: the services pass its ``WordForms``), else from the Snowball stemmer. Stopwords and
numbers are counted as written: "olen" and "olet" stay apart, and so do "ei" and "eikä".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from app.domain.text.forms import WordForms, phrase_key
from app.domain.text.stems import stem
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
_USES = 200  # uses of a phrase that tell the wording the person writes it in most often

Gram = tuple[str, ...]
Key = Callable[[str], str]  # a word's key: its base form or stem


def phrases(
    language: Language, posts: Sequence[Features], word_forms: WordForms | None = None
) -> tuple[Phrase, ...]:
    """Frequent 2–4 word phrases (by number of posts, whatever their forms), at least one word
    not a stopword; ``word_forms`` gives the base forms (else the stemmer's stems)."""
    key = _keys(language, posts, word_forms).__getitem__
    counts: Counter[Gram] = Counter()
    for f in posts:  # keys made per post and let go: nothing kept for the collector to walk
        counts.update(_grams(_keyed(f, key)))
    need = max(2.0, _PHRASE_SHARE * len(posts))
    # Ties in the order of the words, not of a set's hashing: the same posts give the same
    # profile in every run (``most_common`` keeps ties in insertion order, here a set's).
    frequent = sorted(
        ((g, n) for g, n in counts.items() if n >= need), key=lambda item: (-item[1], item[0])
    )[: _CANDIDATES * 4]
    whole_of = _joined(
        [(g, n) for g, n in frequent[:_CANDIDATES] if len(g) == _LONGEST], posts, key
    )
    top: list[tuple[Gram, int]] = []
    shown: set[Gram] = set()
    for gram, n in frequent:
        whole = whole_of.get(gram, gram)
        if whole not in shown and _fits(whole, language):
            shown.add(whole)
            top.append((whole, n))
    kept = _drop_subsumed(top[:_CANDIDATES])[:MAX_PHRASES]
    wordings = _wordings([g for g, _ in kept], posts, key)
    return tuple(
        Phrase(" ".join(wording), n, example)
        for g, n in kept
        if (wording := wordings.get(g)) and (example := _example(wording, posts))
    )


def _keys(
    language: Language, posts: Sequence[Features], word_forms: WordForms | None
) -> dict[str, str]:
    """Each distinct word's key (once per word, not per use): its base form or stem; a number,
    a stopword or a form of one ("eikä" of "ei", "minulta" of "minä") as it is written."""
    stop = STOPWORDS[language]
    vocabulary: set[str] = set().union(*(s.words for f in posts for s in f.sentences))
    keys: dict[str, str] = {}
    for w in vocabulary:
        if w in stop or not w[0].isalpha():
            keys[w] = w
            continue
        key = phrase_key(w, word_forms(w)) if word_forms is not None else stem(w, language)
        keys[w] = w if key in stop else key
    return keys


def _keyed(f: Features, key: Key) -> list[Gram]:
    """The keys of the words of each sentence of a post."""
    return [tuple(map(key, s.words)) for s in f.sentences]


def _wordings(grams: Sequence[Gram], posts: Sequence[Features], key: Key) -> dict[Gram, Gram]:
    """For each phrase (by keys), the words the person wrote it in most often among its first
    uses (ties: the first alphabetically); enough uses tell, and counting every use of a phrase
    in ten thousand posts would cost more than finding the phrases."""
    written: dict[Gram, Counter[Gram]] = {gram: Counter() for gram in grams}
    looking = list(grams)
    for f in posts:
        firsts = {gram[0] for gram in looking}
        for sentence, seq in zip(f.sentences, _keyed(f, key), strict=True):
            if firsts.isdisjoint(seq):
                continue
            for gram in looking:
                if gram[0] in seq:
                    _count(written[gram], gram, seq, sentence.words)
        looking = [gram for gram in looking if written[gram].total() < _USES]
        if not looking:
            break
    return {
        gram: min(found.items(), key=lambda item: (-item[1], item[0]))[0]
        for gram, found in written.items()
        if found
    }


def _count(found: Counter[Gram], gram: Gram, seq: Gram, words: Gram) -> None:
    """Count the wordings of ``gram`` (keys) in a sentence (its keys, its words)."""
    k, i = len(gram), seq.index(gram[0])
    while True:
        if seq[i : i + k] == gram:
            found[words[i : i + k]] += 1
        try:
            i = seq.index(gram[0], i + 1)
        except ValueError:
            return


def _written(gram: Gram, posts: Sequence[Features], key: Key) -> bool:
    """Whether the words of ``gram`` (keys) come in this order in some sentence."""
    k = len(gram)
    return any(
        seq[i : i + k] == gram
        for f in posts
        for seq in _keyed(f, key)
        if gram[0] in seq
        for i in range(len(seq) - k + 1)
    )


def _joined(
    longest: list[tuple[Gram, int]], posts: Sequence[Features], key: Key
) -> dict[Gram, Gram]:
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
        if len(chain) > 1 and _written(whole := tuple(words), posts, key):
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


def _grams(sentences: Iterable[Gram]) -> set[Gram]:
    """The 2–4 word sequences of one post; a set, as phrases are counted by posts."""
    grams: set[Gram] = set()
    for seq in sentences:
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
