"""Topics: the person's given expertise topics and the terms they write about most often.

Every form of a word counts as one term: words are grouped by their Snowball stem
(app/domain/text/stems.py), so "tekoäly", "tekoälyn" and "tekoälystä" are one topic, shown in
its shortest written form ("asiakas", not "asiakkaan"). Only the texts of this profile's
language count: a topic is listed only when some of them mention it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from app.domain.text.stems import stem, term_keys
from app.domain.text.tokens import words
from app.domain.text.wordlists import NOT_TOPICS, Language
from app.domain.voice.features import Features
from app.domain.voice.model import Excerpt, Topic
from app.domain.voice.stats import excerpt

MAX_TOPICS = 10
_TOPIC_SHARE = 0.02  # of posts, and at least two posts
_MIN_LETTERS = 4
# A sentence of at least this many words written word for word in two posts or more is a line
# the person repeats (a motto, a template): it is a phrase of theirs, not what they write about.
_REPEATED_WORDS = 3

Surface = tuple[str, str]  # a word in lower case, and how it is shown (a hashtag as written)


def topics(
    language: Language,
    posts: Sequence[Features],
    given: Sequence[str],
    base_form: Callable[[str], str] | None = None,
) -> tuple[Topic, ...]:
    """The given topics that these posts mention (in the person's order, with how many posts
    mention them), then the terms and hashtags these posts use most.

    With ``base_form`` (Voikko, for Finnish) a word's forms are grouped by their base form and a
    term is shown in it: "lisäarvo", "lisäarvoa" and "lisäarvolla" are the topic "lisäarvo".
    ``base_form`` gives "" for a word that cannot name a topic (a verb, a pronoun)."""
    wanted = [(topic.strip(), [w.lower() for w in words(topic)]) for topic in given]
    wanted = [(topic, parts) for topic, parts in wanted if parts]
    tags = {f.body[a + 1 : b].lower() for f in posts for a, b in f.hashtags}
    vocabulary: set[str] = set().union(*(s.words for f in posts for s in f.sentences), tags)
    vocabulary.update(w for _, parts in wanted for w in parts)
    bases = {w: base_form(w) for w in vocabulary} if base_form is not None else {}
    keys = {w: b or w for w, b in bases.items()} if bases else term_keys(vocabulary, language)
    found = [_given(topic, [keys[w] for w in parts], posts, keys) for topic, parts in wanted]
    shown = tuple(t for t in found if t.posts)
    # The words of a listed topic are not listed again; those of an unmentioned one may be.
    listed = {t.term for t in shown}
    covered = {keys[w] for topic, parts in wanted if topic in listed for w in parts}
    # A word the analyser reads only as a verb, pronoun or the like names no topic ("kävin").
    content = _content(language, posts, {w for w in vocabulary if bases.get(w, w)})
    return shown + _frequent(posts, content, keys, covered, base_form is not None)


def _given(topic: str, wanted: list[str], posts: Sequence[Features], keys: dict[str, str]) -> Topic:
    forms = [{w for w, k in keys.items() if k == key} for key in wanted]  # each word's forms
    count = 0
    example: Excerpt | None = None
    for f in posts:
        if not all(_mentions(f, form) for form in forms):
            continue
        count += 1
        if example is None:
            example = _first(f, wanted[0], keys)
    return Topic(topic, count, True, example)


def _mentions(f: Features, forms: set[str]) -> bool:
    """Whether a post has one of these words, or a hashtag of one (set operations, in C)."""
    if any(not forms.isdisjoint(s.words) for s in f.sentences):
        return True
    return any(f.body[a + 1 : b].lower() in forms for a, b in f.hashtags)


@lru_cache(maxsize=4)
def _not_topic_stems(language: Language) -> frozenset[str]:
    return frozenset(stem(w, language) for w in NOT_TOPICS[language])


def _content(
    language: Language, posts: Sequence[Features], vocabulary: set[str]
) -> list[list[Surface]]:
    """Per post, the words that may name a topic (not everyday words, not in a sentence the
    person repeats) and its hashtags."""
    repeated = _repeated_sentences(posts)
    stop, stems = NOT_TOPICS[language], _not_topic_stems(language)
    topical = {
        w
        for w in vocabulary - stop
        if len(w) >= _MIN_LETTERS and w[0].isalpha() and stem(w, language) not in stems
    }
    found: list[list[Surface]] = []
    for f in posts:
        own = [
            (w, w) for s in f.sentences if s.words not in repeated for w in s.words if w in topical
        ]
        own += [(f.body[a + 1 : b].lower(), f.body[a:b]) for a, b in f.hashtags]
        found.append(own)
    return found


def _repeated_sentences(posts: Sequence[Features]) -> set[tuple[str, ...]]:
    counts = Counter(  # by posts: a sentence said twice in one post is not repeated here
        said
        for f in posts
        for said in {s.words for s in f.sentences if len(s.words) >= _REPEATED_WORDS}
    )
    return {sentence for sentence, n in counts.items() if n > 1}


def _frequent(
    posts: Sequence[Features],
    content: list[list[Surface]],
    keys: dict[str, str],
    covered: set[str],
    by_base_form: bool = False,
) -> tuple[Topic, ...]:
    surfaces = Counter((keys[w], shown) for found in content for w, shown in found)
    counts = Counter(k for found in content for k in {keys[w] for w, _ in found})
    need = max(2.0, _TOPIC_SHARE * len(posts))
    ranked = sorted(
        ((k, n) for k, n in counts.items() if n >= need and k not in covered),
        key=lambda kn: (-kn[1], kn[0]),
    )[:MAX_TOPICS]
    shown = _shown(surfaces, {k for k, _ in ranked})
    if by_base_form:  # a written word is shown in its base form, a hashtag as written
        shown = {k: k if not v.startswith("#") else v for k, v in shown.items()}
    examples = _examples(posts, content, {k for k, _ in ranked}, keys)
    return tuple(Topic(shown[k], n, False, examples.get(k)) for k, n in ranked)


def _shown(surfaces: Counter[tuple[str, str]], wanted: set[str]) -> dict[str, str]:
    """How each term is shown: its shortest word form, which is most often the basic form
    ("asiakas" before "asiakkaan"); a term only ever written as a hashtag, as it was written
    most often ("#CircularEconomy"). Ties go to the more used, then alphabetically."""
    best: dict[str, tuple[bool, int, int, str]] = {}
    for (key, surface), n in surfaces.items():
        if key not in wanted:
            continue
        tag = surface.startswith("#")
        rank = (tag, len(surface) if not tag else 0, -n, surface)
        if key not in best or rank < best[key]:
            best[key] = rank
    return {key: rank[3] for key, rank in best.items()}


def _first(f: Features, key: str, keys: dict[str, str]) -> Excerpt | None:
    """The sentence of ``f`` where a word (or hashtag) of term ``key`` first comes."""
    for word, start, end in f.word_spans():
        if keys.get(word) == key:
            return excerpt(f, f.sentence_of(start), (start, end))
    for a, b in f.hashtags:
        if keys.get(f.body[a + 1 : b].lower()) == key:
            return excerpt(f, f.sentence_of(a), (a, b))
    return None


def _examples(
    posts: Sequence[Features],
    content: list[list[Surface]],
    wanted: set[str],
    keys: dict[str, str],
) -> dict[str, Excerpt]:
    """For each term, the first sentence that has it as a word; a hashtag line only for a term
    never written as a word (a sentence shows what is said about it, a line of tags does not)."""
    found: dict[str, Excerpt] = {}
    for f, own in zip(posts, content, strict=True):
        here = {keys[w] for w, shown in own if shown[0] != "#"} & wanted
        if not here - found.keys():
            continue  # finding word positions costs: only in posts that have a missing term
        for word, start, end in f.word_spans():
            key = keys.get(word)
            if key in here and key not in found:
                found[key] = excerpt(f, f.sentence_of(start), (start, end))
        if len(found) == len(wanted):
            return found
    for f in posts:
        for a, b in f.hashtags:
            key = keys.get(f.body[a + 1 : b].lower())
            if key in wanted and key not in found:
                found[key] = excerpt(f, f.sentence_of(a), (a, b))
        if len(found) == len(wanted):
            break
    return found
