"""Openers and sign-offs: how a person typically starts and ends a post."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from app.domain.text.tokens import EMOJI, Span
from app.domain.text.wordlists import FIRST_PLURAL, FIRST_SINGULAR, GREETINGS, THANKS
from app.domain.voice.features import Features
from app.domain.voice.model import Excerpt, Pattern
from app.domain.voice.stats import excerpt

# A habit counts when at least this share of posts (and two posts) show it.
MIN_SHARE = 0.15
MAX_PATTERNS = 5
_MAX_LINE_WORDS = 8

Mark = tuple[str, str, Span, Span]  # kind, value, excerpt span, focus span
MarksOf = Callable[[Features], list[Mark]]


def openers(posts: Sequence[Features]) -> tuple[Pattern, ...]:
    """The ways posts typically begin, most common first."""
    return _patterns(posts, _opener_marks)


def sign_offs(posts: Sequence[Features]) -> tuple[Pattern, ...]:
    """The ways posts typically end, most common first."""
    return _patterns(posts, _sign_off_marks)


def _patterns(posts: Sequence[Features], marks_of: MarksOf) -> tuple[Pattern, ...]:
    counts: Counter[tuple[str, str]] = Counter()
    # Posts come sorted by id: the first post showing a habit is its example, in any input order.
    examples: dict[tuple[str, str], Excerpt] = {}
    for f in posts:
        for kind, value, span, focus in marks_of(f):
            key = (kind, value)
            counts[key] += 1
            if key not in examples:
                examples[key] = excerpt(f, span, focus)
    need = max(2, MIN_SHARE * len(posts))
    found = [
        Pattern(kind, value, n, n / len(posts), examples[(kind, value)])
        for (kind, value), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if n >= need
    ]
    return tuple(found[:MAX_PATTERNS])


def _opener_marks(f: Features) -> list[Mark]:
    if not f.sentences:  # every word is in a sentence, so no sentence means no words
        return []
    lead = len(f.body) - len(f.body.lstrip())
    first = f.sentences[0]
    span = (first.start, first.end)
    word, w_start, w_end = next(f.word_spans())
    at = (w_start, w_end)
    marks: list[Mark] = []
    if EMOJI.match(f.body, lead):
        marks.append(("emoji", "", span, span))
    if f.body.startswith("@", lead):
        marks.append(("mention", "", span, span))
    if "?" in first.mark:
        marks.append(("question", "", span, span))
    if "!" in first.mark:
        marks.append(("exclamation", "", span, span))
    lang = f.language
    if word[0].isdigit():
        marks.append(("number", "", span, at))
    elif word in GREETINGS[lang]:
        marks.append(("greeting", word, span, at))
    if any(w in THANKS[lang] for w in first.words[:2]):
        marks.append(("thanks", "", span, span))
    if word in FIRST_SINGULAR[lang]:
        marks.append(("first_singular", "", span, at))
    elif word in FIRST_PLURAL[lang]:
        marks.append(("first_plural", "", span, at))
    if not word[0].isdigit():
        marks.append(("word", word, span, at))
    return marks


def _sign_off_marks(f: Features) -> list[Mark]:
    line = _last_line(f.body)
    if line is None:
        return []
    start, end = line
    # The tail: what follows the last sentence (hashtags, mentions, a link, emoji).
    tail = (max(start, f.sentences[-1].end) if f.sentences else start, end)
    marks: list[Mark] = []
    if _inside(f.hashtags, tail) and _only(f.body, tail, f.hashtags):
        marks.append(("hashtags", "", line, _around(f.hashtags, tail)))
    if _inside(f.mentions, tail) and _only(f.body, tail, f.mentions):
        marks.append(("mention", "", line, _around(f.mentions, tail)))
    if _inside(f.urls, line):
        marks.append(("link", "", line, _around(f.urls, line)))
    if any(e == end for _, e in f.emoji):
        marks.append(("emoji", "", line, line))
    if f.sentences:
        last = f.sentences[-1]
        span = (last.start, last.end)
        if "?" in last.mark:
            marks.append(("question", "", span, span))
        if "!" in last.mark:
            marks.append(("exclamation", "", span, span))
    # A repeated closing line, compared without its tags and links ("Mitä mieltä olet?").
    text = " ".join(f.masked[start:end].lower().split())
    if any(c.isalnum() for c in text) and len(text.split()) <= _MAX_LINE_WORDS:
        marks.append(("line", text, line, line))
    return marks


def _around(spans: Sequence[Span], within: Span) -> Span:
    inside = [s for s in spans if within[0] <= s[0] and s[1] <= within[1]]
    return inside[0][0], inside[-1][1]


def _last_line(body: str) -> Span | None:
    end = len(body.rstrip())
    if not end:
        return None
    start = body.rfind("\n", 0, end) + 1
    while body[start].isspace():
        start += 1
    return start, end


def _inside(spans: Sequence[Span], line: Span) -> bool:
    return any(line[0] <= a and b <= line[1] for a, b in spans)


def _only(body: str, line: Span, spans: Sequence[Span]) -> bool:
    """Whether the line holds nothing but these tokens (and punctuation, emoji, spaces)."""
    start, end = line
    text = list(body[start:end])
    for a, b in spans:
        if start <= a and b <= end:
            text[a - start : b - start] = " " * (b - a)
    return not any(c.isalnum() for c in text)
