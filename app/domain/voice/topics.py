"""Topics: the person's given expertise topics and the terms they write about most often."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from app.domain.text.tokens import words
from app.domain.text.wordlists import NOT_TOPICS, Language, word_set
from app.domain.voice.features import Features
from app.domain.voice.model import Excerpt, Topic
from app.domain.voice.stats import excerpt

MAX_TOPICS = 10
_TOPIC_SHARE = 0.02  # of posts, and at least two posts
_MIN_LETTERS = 4

# Light suffix stripping so that "tekoälyn", "tekoälystä" and "tekoäly" count as one term.
_SUFFIXES: dict[Language, tuple[str, ...]] = {
    "fi": tuple(
        sorted(
            word_set(
                """ssaan ssään staan stään llaan llään ineen isesta isestä inen isen iset ista istä
                issa issä ssa ssä sta stä lla llä lta ltä lle ksi iden itten ien jen aan ään een
                iin oon uun yyn ta tä na nä ja jä in n t a ä"""
            ),
            key=lambda ending: (-len(ending), ending),
        )
    ),
    "sv": ("arnas", "ernas", "arna", "erna", "orna", "ens", "ets", "ar", "er", "or", "en", "et"),
    "en": ("'s", "ies", "s"),
}


@lru_cache(maxsize=65536)
def term_key(word: str, language: Language) -> str:
    """A crude stem: the word without its longest known ending, keeping at least four letters."""
    for suffix in _SUFFIXES[language]:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_LETTERS:
            return word[: -len(suffix)]
    return word


def topics(
    language: Language, posts: Sequence[Features], given: Sequence[str]
) -> tuple[Topic, ...]:
    """The given topics (in their order, with how many posts touch them), then frequent terms."""
    found = [_given(language, topic, posts) for topic in given if words(topic)]
    covered = {term_key(w.lower(), language) for topic in given for w in words(topic)}
    return tuple(found) + _frequent(language, posts, covered)


def _given(language: Language, topic: str, posts: Sequence[Features]) -> Topic:
    stems = [term_key(w.lower(), language) for w in words(topic)]
    patterns = [re.compile(rf"(?<!\w){re.escape(s)}\w*", re.IGNORECASE) for s in stems]
    count = 0
    example: Excerpt | None = None
    for f in posts:
        first = patterns[0].search(f.body)
        if first is None or not all(p.search(f.body) for p in patterns[1:]):
            continue
        count += 1
        if example is None:
            example = excerpt(f, f.sentence_of(first.start()), first.span())
    return Topic(topic.strip(), count, True, example)


@lru_cache(maxsize=4)
def _not_topic_keys(language: Language) -> frozenset[str]:
    return frozenset(term_key(w, language) for w in NOT_TOPICS[language])


def _content(f: Features, language: Language) -> list[str]:
    found = [w for s in f.sentences for w in s.words if len(w) >= _MIN_LETTERS and w[0].isalpha()]
    found += [f.body[a + 1 : b].lower() for a, b in f.hashtags]
    stop, stems = NOT_TOPICS[language], _not_topic_keys(language)
    return [w for w in found if w not in stop and term_key(w, language) not in stems]


def _frequent(
    language: Language, posts: Sequence[Features], covered: set[str]
) -> tuple[Topic, ...]:
    keys: Counter[str] = Counter()
    surfaces: Counter[tuple[str, str]] = Counter()
    for f in posts:
        pairs = [(term_key(w, language), w) for w in _content(f, language)]
        surfaces.update(pairs)
        keys.update({k for k, _ in pairs})
    need = max(2.0, _TOPIC_SHARE * len(posts))
    top = [(k, n) for k, n in keys.most_common(MAX_TOPICS * 3) if n >= need and k not in covered]
    top = sorted(top, key=lambda kn: (-kn[1], kn[0]))[:MAX_TOPICS]
    # Each term is shown in its most used spelling; ties go alphabetically, for stable output.
    wanted = dict(top)
    shown: dict[str, tuple[int, str]] = {}
    for (key, surface), n in surfaces.items():
        if key in wanted and (key not in shown or (-n, surface) < (-shown[key][0], shown[key][1])):
            shown[key] = (n, surface)
    examples = _examples(language, posts, set(wanted))
    return tuple(Topic(shown[k][1], n, False, examples.get(k)) for k, n in top)


def _examples(
    language: Language, posts: Sequence[Features], wanted: set[str]
) -> dict[str, Excerpt]:
    found: dict[str, Excerpt] = {}
    for f in posts:
        for word, start, end in f.word_spans():
            key = term_key(word, language)
            if key in wanted and key not in found:
                found[key] = excerpt(f, f.sentence_of(start), (start, end))
        for a, b in f.hashtags:
            key = term_key(f.body[a + 1 : b].lower(), language)
            if key in wanted and key not in found:
                found[key] = excerpt(f, f.sentence_of(a), (a, b))
        if len(found) == len(wanted):
            break
    return found
