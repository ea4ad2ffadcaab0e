"""What one text contributes to a voice profile, computed once per text so rebuilds stay cheap."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from app.domain.text.lang import language_of_counts
from app.domain.text.sentence_split import masked_sentence_spans
from app.domain.text.tokens import WORD, Span, emoji_spans, lower, tokens
from app.domain.text.wordlists import FIRST_PLURAL, FIRST_SINGULAR, Language

_MARKS = ".!?…"
_CAPITAL_I = re.compile(r"(?<!\w)I(?!\w)")
_US = re.compile(r"(?<!\w)US(?!\w)")  # the country, not "us"


class Sentence(NamedTuple):
    """A sentence's span, its words in lower case, and its closing punctuation."""

    start: int
    end: int
    words: tuple[str, ...]  # lower case
    mark: str  # the closing punctuation ("?", "!", "?!", "." …), "" for none


@dataclass(frozen=True, slots=True)
class Features:
    """Measures of one text. Word positions are not kept (that would cost a tuple per word);
    :meth:`word_spans` finds them again for the few texts that give an example."""

    text_id: str
    body: str
    masked: str  # body with links, mentions and hashtags blanked out
    channel: str
    language: Language
    sentences: tuple[Sentence, ...]
    words: int
    letters: int  # letters in all words
    long_words: int  # words of more than six letters
    emoji: tuple[Span, ...]
    hashtags: tuple[Span, ...]
    mentions: tuple[Span, ...]
    urls: tuple[Span, ...]
    singular: int  # first person singular pronouns
    plural: int

    @property
    def chars(self) -> int:
        return len(self.body)

    def count(self, mark: str) -> int:
        """Sentences whose closing punctuation includes ``mark``."""
        return sum(1 for s in self.sentences if mark in s.mark)

    def lix(self) -> float:
        if not self.words:
            return 0.0
        return self.words / max(1, len(self.sentences)) + 100.0 * self.long_words / self.words

    def word_spans(self) -> Iterator[tuple[str, int, int]]:
        """Each word, lower case, with its start and end."""
        for match in WORD.finditer(self.masked):
            yield lower(match.group()), match.start(), match.end()

    def pronoun_spans(self, plural: bool) -> list[Span]:
        chosen = (FIRST_PLURAL if plural else FIRST_SINGULAR)[self.language]
        return [
            (a, b)
            for word, a, b in self.word_spans()
            if word in chosen and not (plural and self.body[a:b] == "US")
        ]

    def sentence_of(self, pos: int) -> Span:
        """The sentence around ``pos``, else the line around it."""
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s.start, s.end
        start = self.body.rfind("\n", 0, pos) + 1
        end = self.body.find("\n", pos)
        return start, len(self.body) if end < 0 else end


def analyse(text_id: str, body: str, channel: str, language: Language | None) -> Features | None:
    """Measure one text; with ``language`` None it is detected, and None returned if unsure."""
    found = tokens(body)
    low = lower(found.masked)
    sentences = tuple(
        Sentence(a, b, tuple(WORD.findall(low, a, b)), _mark(body, a, b))
        for a, b in masked_sentence_spans(found.masked)
    )
    counts = Counter(w for s in sentences for w in s.words)
    if language is None:
        language = language_of_counts(counts, len(_CAPITAL_I.findall(found.masked)))
        if language is None:
            return None
    letters = long_words = 0
    for word, n in counts.items():
        size = len(word) if word.isalpha() else _letters(word)
        letters += n * size
        long_words += n if size > 6 else 0
    singular = sum(counts.get(w, 0) for w in FIRST_SINGULAR[language])
    plural = sum(counts.get(w, 0) for w in FIRST_PLURAL[language])
    if language == "en" and "US" in body:
        plural -= len(_US.findall(found.masked))
    return Features(
        text_id=text_id,
        body=body,
        masked=found.masked,
        channel=channel,
        language=language,
        sentences=sentences,
        words=counts.total(),
        letters=letters,
        long_words=long_words,
        emoji=tuple(emoji_spans(body)),
        hashtags=found.hashtags,
        mentions=found.mentions,
        urls=found.urls,
        singular=singular,
        plural=plural,
    )


def measure(text_id: str, body: str, channel: str, language: Language) -> Features:
    """Measure one text known to be written in ``language``."""
    features = analyse(text_id, body, channel, language)
    assert features is not None  # only detection returns None
    return features


def _letters(word: str) -> int:
    return sum(1 for c in word if c.isalpha())


def _mark(body: str, start: int, end: int) -> str:
    """Closing punctuation of a sentence, looking past emoji and closing quotes."""
    i = end
    while i > start and not body[i - 1].isalnum() and body[i - 1] not in _MARKS:
        i -= 1
    j = i
    while j > start and body[j - 1] in _MARKS:
        j -= 1
    return body[j:i]
