"""Plain data of the voice profile: texts in, numbers, keys and example excerpts out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from app.domain.text.wordlists import Language

Direction = Literal["below", "within", "above"]


@dataclass(frozen=True)
class Text:
    """One of the person's own texts; ``language`` None means "detect it"."""

    id: str
    body: str
    channel: str = ""
    language: Language | None = None
    day: date | None = None
    excluded: bool = False


@dataclass(frozen=True)
class Excerpt:
    """Where an example is: ``body[start:end]`` of text ``text_id`` (a sentence or a line), and
    ``focus``, the part of it that shows the trait (a phrase, a pronoun; else the same span)."""

    text_id: str
    start: int
    end: int
    quote: str
    focus: tuple[int, int]


@dataclass(frozen=True)
class Stat:
    """A measure over posts (or sentences): quartiles, mean, and the share of posts above zero."""

    median: float
    low: float  # first quartile
    high: float  # third quartile
    mean: float
    share: float
    count: int
    example: Excerpt | None = None


@dataclass(frozen=True)
class Person:
    """First person singular versus plural: pronoun counts and the singular share."""

    singular: int
    plural: int
    singular_share: float | None  # None when no pronouns at all
    per_post: Stat  # singular share of each post that has pronouns
    singular_example: Excerpt | None
    plural_example: Excerpt | None


@dataclass(frozen=True)
class Pattern:
    """An opener or sign-off habit: ``kind`` (e.g. "question", "word") and its ``value``."""

    kind: str
    value: str
    posts: int
    share: float
    example: Excerpt


@dataclass(frozen=True)
class Phrase:
    """A favourite phrase (lower-case words joined by spaces) and in how many posts it occurs."""

    text: str
    posts: int
    example: Excerpt


@dataclass(frozen=True)
class Topic:
    """A topic: one of the given expertise topics, or a frequent term (``given`` False)."""

    term: str
    posts: int
    given: bool
    example: Excerpt | None


@dataclass(frozen=True)
class ChannelLength:
    """Typical length of posts in a channel, in characters."""

    channel: str
    chars: Stat


@dataclass(frozen=True)
class VoiceProfile:
    """How a person writes in one language."""

    language: Language
    posts: int
    sentence_length: Stat  # words per sentence, over all sentences
    word_length: Stat  # mean letters per word, per post
    long_words: Stat  # share of words over six letters, per post
    lix: Stat
    questions: Stat  # per post
    exclamations: Stat
    emoji: Stat
    hashtags: Stat
    mentions: Stat
    length: Stat  # characters per post, all channels
    person: Person
    openers: tuple[Pattern, ...] = ()
    sign_offs: tuple[Pattern, ...] = ()
    phrases: tuple[Phrase, ...] = ()
    channels: tuple[ChannelLength, ...] = ()
    topics: tuple[Topic, ...] = ()
    # Passages that show the emoji, hashtags and mentions the person uses: one when a post has
    # them all close together, else one more for each kind the first does not show.
    marks: tuple[Excerpt, ...] = ()
    # Different sentences of the usual length, best first (the first is
    # ``sentence_length.example``): another trait may show the first already.
    sentences: tuple[Excerpt, ...] = ()


@dataclass(frozen=True)
class VoiceBuild:
    """Profiles per language, and what went into them."""

    profiles: dict[Language, VoiceProfile] = field(default_factory=dict)
    used: int = 0
    excluded: int = 0
    undetected: int = 0


@dataclass(frozen=True)
class Deviation:
    """How a draft compares with the profile on one measure (``kind``)."""

    kind: str
    value: float
    low: float
    high: float
    typical: float
    direction: Direction
