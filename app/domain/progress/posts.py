"""Published posts and what they started: traits of each post (how it opens and ends, its length,
its topics and language) and the comments and reactions per post, grouped by trait.

Outcomes exist only where the person entered them after publishing (drafts' ``Outcome``); a post
without them still counts for what needs only its text, such as length per language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from app.domain.text.sentence_split import sentence_spans
from app.domain.text.tokens import EMOJI, emoji_spans, hashtags

# Length bands in characters (user-perceived, emoji as one): about a tweet or two, a usual
# LinkedIn post, and one that needs "see more" to read in full.
SHORT_BELOW: Final = 300
LONG_FROM: Final = 1000

# A closing line made only of tags, mentions, links and emoji is not where the post ends.
_TAIL_ONLY = re.compile(r"^(?:\s|#\w+|@\w+|https?://\S+|www\.\S+|[^\w\s?.!])*$")


class OpenerKind(StrEnum):
    QUESTION = "question"  # the first sentence asks
    EXCLAMATION = "exclamation"  # it exclaims
    NUMBER = "number"  # it begins with a number ("3 things…")
    STATEMENT = "statement"  # anything else
    NONE = "none"  # no words at all


class LengthBand(StrEnum):
    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"


class Grouping(StrEnum):
    """What posts can be grouped by in the outcome chart."""

    TOPIC = "topic"
    LENGTH = "length"
    OPENER = "opener"
    QUESTION_ENDING = "question_ending"  # keys "yes" and "no"
    LANGUAGE = "language"


@dataclass(frozen=True)
class PostFacts:
    """One published post as the progress page sees it. ``comments`` and ``reactions`` are None
    when not entered; ``topics`` are the idea's tags or, without them, the post's hashtags."""

    day: date
    text: str
    language: str | None = None  # fi, sv, en; None when it could not be told
    comments: int | None = None
    reactions: int | None = None
    topics: tuple[str, ...] = ()
    title: str = ""

    @property
    def has_outcome(self) -> bool:
        return self.comments is not None or self.reactions is not None


@dataclass(frozen=True)
class PostTraits:
    """What a post's text shows, found once per post."""

    length: int  # characters, each emoji counting as one (``length_of``)
    band: LengthBand
    opener: OpenerKind
    ends_with_question: bool


def band_of(length: int) -> LengthBand:
    if length < SHORT_BELOW:
        return LengthBand.SHORT
    return LengthBand.MEDIUM if length < LONG_FROM else LengthBand.LONG


def length_of(text: str) -> int:
    """Characters of the text without surrounding space, each emoji (a flag, a skin tone, a
    family) counting as one: close to what a person sees, and quick to count."""
    stripped = text.strip()
    spans = emoji_spans(stripped)
    return len(stripped) - sum(end - start for start, end in spans) + len(spans)


def _body(text: str) -> str:
    """The text without its closing lines of tags, links or emoji only."""
    lines = text.rstrip().split("\n")
    while lines and _TAIL_ONLY.match(lines[-1]):
        lines.pop()
    return "\n".join(lines)


def traits_of(text: str) -> PostTraits:
    body = _body(text)
    spans = sentence_spans(body)
    length = length_of(text)
    if not spans:
        return PostTraits(length, band_of(length), OpenerKind.NONE, False)
    first = EMOJI.sub("", body[spans[0][0] : spans[0][1]]).strip()
    last = EMOJI.sub("", body[spans[-1][0] : spans[-1][1]]).rstrip()
    if first.rstrip(" \"'”’»)").endswith("?"):
        opener = OpenerKind.QUESTION
    elif first.rstrip(" \"'”’»)").endswith("!"):
        opener = OpenerKind.EXCLAMATION
    elif first[:1].isdigit():
        opener = OpenerKind.NUMBER
    else:
        opener = OpenerKind.STATEMENT
    ends = last.rstrip(" \"'”’»)").endswith("?")
    return PostTraits(length, band_of(length), opener, ends)


def topics_from(tags: Iterable[str], text: str) -> tuple[str, ...]:
    """The given tags (an idea's), else the post's hashtags; lower case, without '#', each once."""
    found = [t.lstrip("#").casefold() for t in tags if t.strip("# ")]
    if not found:
        found = [t.lstrip("#").casefold() for t in hashtags(text)]
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Post:
    """A post with its traits: what the charts and insights read."""

    facts: PostFacts
    traits: PostTraits

    @property
    def day(self) -> date:
        return self.facts.day

    def keys(self, grouping: Grouping) -> tuple[str, ...]:
        """The groups the post falls in (a post may have several topics, or none)."""
        if grouping is Grouping.TOPIC:
            return self.facts.topics
        if grouping is Grouping.LENGTH:
            return (self.traits.band.value,)
        if grouping is Grouping.OPENER:
            return (self.traits.opener.value,)
        if grouping is Grouping.QUESTION_ENDING:
            return ("yes" if self.traits.ends_with_question else "no",)
        return (self.facts.language,) if self.facts.language else ()


_KNOWN_TRAITS: dict[int, PostTraits] = {}  # hash of a text -> its traits
_KNOWN_MOST = 200_000


def known_traits(text: str) -> PostTraits:
    """``traits_of``, remembered by the text's hash for the process: splitting sentences costs
    about 0.5 ms a post, and every opening of the Progress page read every post again (50,000
    imported posts: 8 s each time). Texts do not change under their hash; a collision of two
    64-bit hashes among a person's posts is not a practical case."""
    key = hash(text)
    found = _KNOWN_TRAITS.get(key)
    if found is None:
        if len(_KNOWN_TRAITS) >= _KNOWN_MOST:
            _KNOWN_TRAITS.clear()
        found = _KNOWN_TRAITS[key] = traits_of(text)
    return found


def posts_of(facts: Iterable[PostFacts]) -> tuple[Post, ...]:
    """Each post with its traits, in day order."""
    return tuple(
        sorted((Post(f, known_traits(f.text)) for f in facts), key=lambda p: (p.day, p.facts.title))
    )


@dataclass(frozen=True)
class OutcomeGroup:
    """Posts with entered outcomes that share a trait, and what they got on average."""

    grouping: Grouping
    key: str
    posts: int
    comments: int  # in total
    reactions: int

    @property
    def comments_per_post(self) -> float:
        return self.comments / self.posts if self.posts else 0.0

    @property
    def reactions_per_post(self) -> float:
        return self.reactions / self.posts if self.posts else 0.0


def with_outcome(posts: Iterable[Post]) -> list[Post]:
    return [p for p in posts if p.facts.has_outcome]


def outcome_groups(posts: Sequence[Post], grouping: Grouping) -> tuple[OutcomeGroup, ...]:
    """Groups of the posts with outcomes, most posts first (then by key). An outcome not entered
    (one of the two) counts as 0 for that number."""
    members: dict[str, list[Post]] = {}
    for post in with_outcome(posts):
        for key in post.keys(grouping):
            members.setdefault(key, []).append(post)
    groups = [
        OutcomeGroup(grouping, key, len(found), _total(found, _comments), _total(found, _reacts))
        for key, found in members.items()
    ]
    return tuple(sorted(groups, key=lambda g: (-g.posts, g.key)))


def _comments(post: Post) -> int:
    return post.facts.comments or 0


def _reacts(post: Post) -> int:
    return post.facts.reactions or 0


def _total(posts: Iterable[Post], number: Callable[[Post], int]) -> int:
    return sum(number(p) for p in posts)


def comments_of(post: Post) -> int:
    """The post's comments, 0 when not entered."""
    return _comments(post)
