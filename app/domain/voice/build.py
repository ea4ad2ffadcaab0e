"""Building voice profiles: each text analysed once, then measures per language over them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

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
    language: Language, features: Iterable[Features], topics: Sequence[str] = ()
) -> VoiceProfile:
    """The profile of texts already analysed in ``language``."""
    # Sorting first makes every count, tie and example independent of the order texts came in.
    posts = sorted(features, key=lambda f: (f.text_id, f.body))
    with_words = [f for f in posts if f.words]
    return VoiceProfile(
        language=language,
        posts=len(posts),
        sentence_length=_sentence_length(posts),
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
        phrases=phrases(language, posts),
        channels=_channels(posts),
        topics=find_topics(language, posts, topics),
    )


def _sentence_length(posts: Sequence[Features]) -> Stat:
    lengths = [len(s.words) for f in posts for s in f.sentences]
    median = quartiles(sorted(lengths))[1]
    example = best(
        candidate(abs(len(s.words) - median), f, (s.start, s.end))
        for f in posts
        for s in f.sentences
        if abs(len(s.words) - median) < 1
    )
    return stat(lengths, example)


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


def _channels(posts: Sequence[Features]) -> tuple[ChannelLength, ...]:
    by_channel: dict[str, list[Features]] = defaultdict(list)
    for f in posts:
        by_channel[f.channel].append(f)
    return tuple(
        ChannelLength(channel, per_post(found, lambda f: f.chars, whole))
        for channel, found in sorted(by_channel.items())
    )
