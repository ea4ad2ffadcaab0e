"""Building voice profiles: each text analysed once, then measures per language over them."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from app.domain.text.forms import WordForm, WordForms, topic_base
from app.domain.text.tokens import Span
from app.domain.text.wordlists import LANGUAGES, Language
from app.domain.voice.features import Features, analyse
from app.domain.voice.model import (
    ChannelLength,
    Excerpt,
    Person,
    Stat,
    Text,
    VoiceBuild,
    VoiceProfile,
)
from app.domain.voice.openers import openers, sign_offs
from app.domain.voice.phrases import phrases
from app.domain.voice.stats import (
    Candidate,
    best,
    candidate,
    excerpt,
    first_sentence,
    per_post,
    quartiles,
    readable,
    stat,
    whole,
)
from app.domain.voice.topics import topics as find_topics

SpansOf = Callable[[Features], tuple[Span, ...]]
_EXAMPLE_POSTS = 50
_TYPICAL = 3  # sentences of the usual length offered as examples
_ABOUT = 2  # words more or fewer than the median that still make "about N words"
_PASSAGE = 180  # characters: the longest passage the page shows whole (app/ui/voice/traits.py)


def analyse_text(text: Text) -> Features | None:
    """The measures of one text, None when its language is not known and cannot be detected.

    Depends on nothing but the text, so a caller may keep the result and rebuild profiles from
    kept features when texts are added.
    """
    return analyse(text.id, text.body, text.channel, text.language)


def build_voice(texts: Iterable[Text], topics: Sequence[str] = ()) -> VoiceBuild:
    """Profiles for every language the person writes in; excluded texts are left out."""
    by_language: dict[Language, list[Features]] = defaultdict(list)
    excluded = undetected = 0
    for text in texts:
        if text.excluded:
            excluded += 1
            continue
        features = analyse_text(text)
        if features is None:
            undetected += 1
            continue
        by_language[features.language].append(features)
    profiles = {
        lang: profile(lang, by_language[lang], topics) for lang in LANGUAGES if by_language[lang]
    }
    used = sum(len(found) for found in by_language.values())
    return VoiceBuild(profiles, used, excluded, undetected)


def build_profiles(
    texts: Iterable[Text], topics: Sequence[str] = ()
) -> dict[Language, VoiceProfile]:
    """Profiles per language; see :func:`build_voice` for the counts of what was left out."""
    return build_voice(texts, topics).profiles


def profile(
    language: Language,
    features: Iterable[Features],
    topics: Sequence[str] = (),
    word_forms: WordForms | None = None,
) -> VoiceProfile:
    """The profile of texts already analysed in ``language``; ``word_forms`` (an analyser:
    Voikko for Finnish) groups the forms of a word in the topics and the repeated phrases by
    its base form instead of the stemmer. It is asked once per distinct word."""
    # Sorting first makes every count, tie and example independent of the order texts came in.
    posts = sorted(features, key=lambda f: (f.text_id, f.body))
    with_words = [f for f in posts if f.words]
    lengths = [len(s.words) for f in posts for s in f.sentences]
    typical = _typical_sentences(posts, lengths)
    forms = _remembered(word_forms) if word_forms is not None else None
    return VoiceProfile(
        language=language,
        posts=len(posts),
        sentence_length=stat(lengths, typical[0] if typical else None),
        sentences=typical,
        word_length=per_post(with_words, lambda f: f.letters / f.words, first_sentence),
        long_words=per_post(with_words, lambda f: f.long_words / f.words, first_sentence),
        lix=per_post(with_words, Features.lix, first_sentence),
        questions=_marked(posts, "?"),
        exclamations=_marked(posts, "!"),
        emoji=_tokens(posts, lambda f: f.emoji),
        hashtags=_tokens(posts, lambda f: f.hashtags),
        mentions=_tokens(posts, lambda f: f.mentions),
        length=per_post(posts, lambda f: f.chars, whole),
        person=_person(posts),
        openers=openers(posts),
        sign_offs=sign_offs(posts),
        phrases=phrases(language, posts, forms),
        channels=_channels(posts),
        topics=find_topics(
            language, posts, topics, (lambda w: topic_base(w, forms(w))) if forms else None
        ),
        marks=_marks(posts),
    )


def _remembered(word_forms: WordForms) -> WordForms:
    """``word_forms`` asked once per word for this build (the topics and phrases share it)."""
    seen: dict[str, Sequence[WordForm]] = {}

    def forms(word: str) -> Sequence[WordForm]:
        found = seen.get(word)
        if found is None:
            found = seen[word] = word_forms(word)
        return found

    return forms


def _typical_sentences(posts: Sequence[Features], lengths: Sequence[int]) -> tuple[Excerpt, ...]:
    """Up to three different sentences of the usual length, best first.

    A statement rather than a question or an exclamation: those are the examples of the opener
    and question traits; and more than one, as another trait may show the first already.
    """
    median = quartiles(sorted(lengths))[1]
    # The best few by a light key (sorting them all cost more than the rest of the measure).
    ranked = heapq.nsmallest(
        _TYPICAL * 16,
        (
            (abs(len(s.words) - median) + (s.mark not in ("", ".")), f.text_id, s.start, s.end, i)
            for i, f in enumerate(posts)
            for s in f.sentences
            if abs(len(s.words) - median) <= _ABOUT
        ),
    )
    chosen: dict[str, Excerpt] = {}  # by the words, as a person may repeat a sentence
    for _, _, start, end, i in ranked:
        words = " ".join(posts[i].body[start:end].split())
        if words not in chosen:
            chosen[words] = excerpt(posts[i], (start, end))
            if len(chosen) == _TYPICAL:
                break
    return tuple(chosen.values())


def _marked(posts: Sequence[Features], mark: str) -> Stat:
    example = best(
        candidate(readable(len(s.words)), f, (s.start, s.end))
        for f in posts
        for s in f.sentences
        if mark in s.mark
    )
    return stat((f.count(mark) for f in posts), example)


def _tokens(posts: Sequence[Features], spans_of: SpansOf) -> Stat:
    return stat(
        (len(spans_of(f)) for f in posts),
        _token_example([f for f in posts if spans_of(f)], spans_of),
    )


def _person(posts: Sequence[Features]) -> Person:
    singular = sum(f.singular for f in posts)
    plural = sum(f.plural for f in posts)
    shares = [f.singular / (f.singular + f.plural) for f in posts if f.singular or f.plural]
    return Person(
        singular=singular,
        plural=plural,
        singular_share=singular / (singular + plural) if singular + plural else None,
        per_post=stat(shares),
        singular_example=_token_example(
            [f for f in posts if f.singular], lambda f: tuple(f.pronoun_spans(plural=False))
        ),
        plural_example=_token_example(
            [f for f in posts if f.plural], lambda f: tuple(f.pronoun_spans(plural=True))
        ),
    )


def _token_example(posts: Sequence[Features], spans_of: SpansOf) -> Excerpt | None:
    """A sentence (or line) with the token in it, preferring sentences of a readable length.

    Only the first posts are searched: finding the spans costs, and posts are sorted by id.
    """
    candidates: list[Candidate] = []
    for f in posts[:_EXAMPLE_POSTS]:
        spans = spans_of(f)
        if spans:
            start, end = f.sentence_of(spans[0][0])
            score = readable(len(f.body[start:end].split()))
            candidates.append(candidate(score, f, (start, end), spans[0]))
    return best(candidates)


_MARKS: tuple[SpansOf, ...] = (lambda f: f.emoji, lambda f: f.hashtags, lambda f: f.mentions)


def _marks(posts: Sequence[Features]) -> tuple[Excerpt, ...]:
    """Passages that together show every kind of mark (emoji, hashtags, mentions) the posts
    use: the passage showing the most kinds at once, then one for each kind it lacks."""
    used = [i for i, spans_of in enumerate(_MARKS) if any(spans_of(f) for f in posts)]
    found: list[Excerpt] = []
    while used:
        chosen = _passage(posts[:_EXAMPLE_POSTS], used)
        if chosen is None:
            break
        passage, kinds = chosen
        found.append(passage)
        used = [i for i in used if i not in kinds]
    return tuple(found)


def _passage(posts: Sequence[Features], kinds: Sequence[int]) -> tuple[Excerpt, set[int]] | None:
    """The sentences (or lines) around the first mark of each kind in one post, for the post
    where they show the most kinds in a passage short enough to be shown whole."""
    candidates: list[tuple[Candidate, set[int]]] = []
    for f in posts:
        firsts = {i: spans[0] for i in kinds if (spans := _MARKS[i](f))}
        for shown in (firsts, *({i: at} for i, at in firsts.items())):
            if not shown:
                continue
            around = [f.sentence_of(at[0]) for at in shown.values()]
            span = (min(a for a, _ in around), max(b for _, b in around))
            if span[1] - span[0] > _PASSAGE and len(shown) > 1:
                continue  # too far apart: each kind on its own below
            focus = (min(a for a, _ in shown.values()), max(b for _, b in shown.values()))
            score = (
                len(kinds) - len(shown) + min(0.9, readable(len(f.body[slice(*span)].split())) / 10)
            )
            candidates.append((candidate(score, f, span, focus), set(shown)))
            break
    if not candidates:
        return None
    best_one = min(candidates, key=lambda c: c[0][0])
    passage = best((best_one[0],))
    assert passage is not None
    return passage, best_one[1]


def _channels(posts: Sequence[Features]) -> tuple[ChannelLength, ...]:
    by_channel: dict[str, list[Features]] = defaultdict(list)
    for f in posts:
        by_channel[f.channel].append(f)
    return tuple(
        ChannelLength(channel, per_post(found, lambda f: f.chars, whole))
        for channel, found in sorted(by_channel.items())
    )
