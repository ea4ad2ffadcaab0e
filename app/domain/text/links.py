"""Where links and fediverse mentions sit in a text: spans for counting and for not flagging."""

from __future__ import annotations

import re
from typing import Final

Span = tuple[int, int]

# A link with a scheme, or starting with www. Stops at whitespace and at characters that cannot
# be in a link as people paste it; trailing punctuation is trimmed afterwards.
_SCHEME_URL: Final = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'`«»“”‘’]+")

# Without a scheme, X still counts `example.com/path` as a link (twitter-text validates the
# domain against the TLD list). A short list of the endings people here actually meet keeps the
# false positives (`e.g.`, `Node.js`) out; a domain must not follow `@` (an email address).
_TLDS: Final = (
    "com|org|net|edu|gov|int|info|biz|io|ai|app|dev|co|me|tv|eu|fi|se|ax|no|dk|is|ee|de|uk|fr|"
    "nl|be|ch|at|es|it|pl|us|ca|au|nz|jp|cn|in|ly|gl|tech|news|blog|online|site|cloud|page"
)
_BARE_DOMAIN: Final = re.compile(
    rf"(?i)(?<![\w@#.$/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})(?![\w-])"
    r"(?::\d{1,5})?(?:/[^\s<>\"'`«»“”‘’]*)?"
)

_TRAILING: Final = ".,;:!?…\"'”’)]}>*_"

# `@user` or `@user@example.social`: the part after the second `@` is the instance.
_LABEL: Final = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
MENTION: Final = re.compile(
    r"(?<![\w@/])@(?P<user>[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*)"
    rf"(?P<domain>@{_LABEL}(?:\.{_LABEL})+)?"
)


def _trim(text: str, start: int, end: int) -> int:
    """Drop punctuation that ends the sentence rather than the link; keep balanced brackets."""
    while end > start and text[end - 1] in _TRAILING:
        last = text[end - 1]
        if last == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break  # https://en.wikipedia.org/wiki/Lix_(readability)
        end -= 1
    return end


def url_spans(text: str, *, bare_domains: bool = True) -> list[Span]:
    """Links in the text as (start, end) spans, in order and not overlapping.

    ``bare_domains=False`` finds only links with ``http(s)://`` or ``www.``, which is what
    Mastodon gives the fixed 23-character length.
    """
    spans: list[Span] = []
    for match in _SCHEME_URL.finditer(text):
        end = _trim(text, match.start(), match.end())
        if end - match.start() > 4 and (match.group().lower().startswith("http") or bare_domains):
            spans.append((match.start(), end))
    if bare_domains:
        taken = list(spans)
        for match in _BARE_DOMAIN.finditer(text):
            start, end = match.start(), _trim(text, match.start(), match.end())
            if not any(a < end and start < b for a, b in taken):
                spans.append((start, end))
        spans.sort()
    return spans


def inside(spans: list[Span], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the spans."""
    return any(a < end and start < b for a, b in spans)
