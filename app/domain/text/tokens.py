"""Tokens of a post: links, mentions, hashtags, emoji and words, each with its position."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]}'’”]", re.IGNORECASE)
# `@user` and Mastodon's `@user@instance.social`; not e-mail addresses (no word char before).
MENTION = re.compile(r"(?<![\w@])@[^\W_]\w*(?:@[\w-]+(?:\.[\w-]+)+)?")
# The '#' first, then a look back at what comes before it: a pattern that starts with a
# character lets the engine jump from '#' to '#' instead of trying at every position (20,000
# posts: 0.8 s before, for the same matches).
HASHTAG = re.compile(r"#(?<![\w#&]#)(?:[^\W\d_]\w*|\d+[^\W\d]\w*)")
_L = r"[^\W_]"
# Decimals and times first ("3,5", "10:30"), then words joined by hyphens or a colon before a
# Finnish case ending ("EU:n", "COVID-19", "kesä-heinäkuu", "don't").
WORD = re.compile(rf"\d+(?:[.,:]\d+)+(?:[-:]{_L}+)*|{_L}+(?:[-‐'’:]{_L}+)*")

_EMOJI_BASE = (
    "\U0001f300-\U0001faff\U0001f000-\U0001f0ff\U0001f200-\U0001f2ff"
    "\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u3030\u303d\u3297\u3299"
)
_EMOJI_MOD = "\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
EMOJI = re.compile(
    rf"[\U0001f1e6-\U0001f1ff]{{2}}"  # a flag is two regional indicators
    rf"|[0-9#*]\ufe0f?\u20e3"  # keycaps
    rf"|[{_EMOJI_BASE}][{_EMOJI_MOD}]*(?:\u200d[{_EMOJI_BASE}][{_EMOJI_MOD}]*)*"
    rf"|[\u00a9\u00ae\u2122\u2190-\u21ff]\ufe0f"
)


def urls(text: str) -> list[str]:
    """Links in ``text`` (http, https and bare www.), without trailing punctuation."""
    return URL.findall(text)


def mentions(text: str) -> list[str]:
    """Mentions such as ``@anna`` or ``@anna@mastodon.social``, links excluded."""
    return MENTION.findall(_without_links(text)) if "@" in text else []


def hashtags(text: str) -> list[str]:
    """Hashtags with their ``#``, links excluded (a ``#fragment`` is not a tag)."""
    return HASHTAG.findall(_without_links(text)) if "#" in text else []


def _without_links(text: str) -> str:
    # Every link has "://" or "www." in it (any case): a text without either has none, and
    # the link pattern (alternatives, any case) need not slide over it.
    if "://" in text or "www." in text.lower():
        return _blank(text, URL)
    return text


# Any character that can start an emoji, as one class: searching for it is fast, while the full
# pattern (alternatives) is slow to slide over text that has none.
_EMOJI_HINT = re.compile(
    "[\u20e3\u00a9\u00ae\u2122\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\u3030\u303d"
    "\u3297\u3299\U0001f000-\U0001faff]"
)


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of each emoji (a skin tone, flag or ZWJ family counts as one)."""
    hint = _EMOJI_HINT.search(text)
    if hint is None:
        return []
    # A keycap starts two characters before its U+20E3.
    return [m.span() for m in EMOJI.finditer(text, max(0, hint.start() - 2))]


def emoji_count(text: str) -> int:
    """How many emoji ``text`` has."""
    return len(emoji_spans(text))


def _blank(text: str, *patterns: re.Pattern[str]) -> str:
    # Same length as the input, so spans found afterwards still point into the original text.
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def without_tokens(text: str) -> str:
    """``text`` with links, mentions and hashtags blanked out, positions unchanged."""
    return _blank(text, URL, MENTION, HASHTAG)


Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Tokens:
    """One pass over a text: where its links, mentions and hashtags are, and the text without
    them (``masked``, same length), in which words and sentences are found."""

    masked: str
    urls: tuple[Span, ...]
    mentions: tuple[Span, ...]
    hashtags: tuple[Span, ...]


def tokens(text: str) -> Tokens:
    """Links first, so that a ``#fragment`` or ``@`` inside a link is neither tag nor mention."""
    # Cheap substring tests skip the regular expressions for the many texts without such tokens.
    linked = "://" in text or "www." in text or "WWW." in text
    found_urls = tuple(m.span() for m in URL.finditer(text)) if linked else ()
    rest = _blank_spans(text, found_urls)
    found_mentions = tuple(m.span() for m in MENTION.finditer(rest)) if "@" in rest else ()
    found_tags = tuple(m.span() for m in HASHTAG.finditer(rest)) if "#" in rest else ()
    masked = _blank_spans(rest, sorted(found_mentions + found_tags))
    return Tokens(masked, found_urls, found_mentions, found_tags)


def _blank_spans(text: str, spans: Sequence[Span]) -> str:
    """``text`` with the given sorted, disjoint spans replaced by spaces."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for start, end in spans:
        parts += (text[pos:start], " " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def word_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of each word in ``text``; links, mentions, hashtags and emoji are no words."""
    return [m.span() for m in WORD.finditer(without_tokens(text))]


def lower(masked: str) -> str:
    """``masked`` in lower case with ’ as ', of the same length (so positions still hold)."""
    low = masked.lower()
    if len(low) != len(masked):  # a few letters grow in lower case ("İ")
        low = "".join(c.lower()[:1] for c in masked)
    return low.replace("’", "'")


def words(text: str) -> list[str]:
    """The words of ``text`` in order, as written (letters incl. åäö, numbers, compounds)."""
    return WORD.findall(without_tokens(text))
