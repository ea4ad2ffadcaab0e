"""The networks a draft is written for: limits, how each counts, and links to its compose page."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Final
from urllib.parse import quote

from app.domain.drafts.fold import Fold, fold
from app.domain.text.graphemes import count_graphemes, graphemes, is_emoji_cluster
from app.domain.text.links import MENTION, Span, url_spans

__all__ = [
    "LIMITS",
    "LINKEDIN_COMMENT_LIMIT",
    "URL_LENGTH",
    "Count",
    "Fold",
    "Network",
    "compose_url",
    "count",
    "fold",
    "x_weight",
]


class Network(StrEnum):
    """Values equal `app.domain.activity.Channel` values, so `Channel(network)` works."""

    LINKEDIN = "linkedin"
    X = "x"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    THREADS = "threads"
    INTERNAL = "internal"  # the company's internal network: no limit we know of
    BLOG = "blog"


# Limits from /work/shared/FORMATS.md. Mastodon's is an instance setting (500 by default).
LIMITS: Final[dict[Network, int | None]] = {
    Network.LINKEDIN: 3000,
    Network.X: 280,
    Network.MASTODON: 500,
    Network.BLUESKY: 300,
    Network.THREADS: 500,
    Network.INTERNAL: None,
    Network.BLOG: None,
}
LINKEDIN_COMMENT_LIMIT: Final = 1248
URL_LENGTH: Final = 23  # what X and Mastodon count for any link, however long


@dataclass(frozen=True)
class Count:
    used: int
    limit: int | None  # None: the network sets no limit
    over: int  # how far past the limit; 0 when it fits

    @property
    def fits(self) -> bool:
        return self.over == 0


def count(text: str, network: Network, *, limit: int | None = None) -> Count:
    """Count ``text`` as ``network`` does. ``limit`` overrides the default (a Mastodon instance)."""
    if network is Network.X:
        used = x_weight(text)
    elif network is Network.MASTODON:
        used = _mastodon_length(text)
    elif network is Network.BLUESKY:
        used = count_graphemes(text)
    else:
        used = len(unicodedata.normalize("NFC", text))
    cap = LIMITS[network] if limit is None else limit
    return Count(used, cap, max(0, used - cap) if cap is not None else 0)


# twitter-text 3 (the published configuration X uses): weights are in hundredths, 200 by
# default, 100 for code points in these ranges (Latin, Greek, Cyrillic, Arabic, Hebrew, Indic…
# up to U+10FF, and general punctuation spaces, dashes and quotes). Everything else, CJK
# included, weighs 200, i.e. counts 2; so do "…" and "€". An emoji counts 2 as a whole
# sequence, however many code points it has. Links count 23. The text is NFC-normalized first.
_X_DEFAULT_WEIGHT: Final = 2
_X_LIGHT_RANGES: Final = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))


def _x_char_weight(char: str) -> int:
    cp = ord(char)
    for first, last in _X_LIGHT_RANGES:
        if first <= cp <= last:
            return 1
    return _X_DEFAULT_WEIGHT


def x_weight(text: str) -> int:
    """The weighted length X checks against 280."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    for segment, is_url in _split(text, url_spans(text)):
        if is_url:
            total += URL_LENGTH
        elif segment.isascii():
            total += len(segment)
        else:
            for cluster in graphemes(segment):
                if is_emoji_cluster(cluster):
                    total += _X_DEFAULT_WEIGHT
                else:
                    total += sum(_x_char_weight(c) for c in cluster)
    return total


def _mastodon_length(text: str) -> int:
    """Mastodon counts grapheme clusters, each http(s) link as 23 and `@user@domain` as `@user`.

    That is its server's rule (StatusLengthValidator): links without a scheme count in full.
    """
    links = url_spans(text, bare_domains=False)
    total = 0
    for segment, is_url in _split(text, links):
        if is_url:
            total += URL_LENGTH
            continue
        pos = 0
        for match in MENTION.finditer(segment):
            total += count_graphemes(segment[pos : match.start()]) + 1 + len(match["user"])
            pos = match.end()
        total += count_graphemes(segment[pos:])
    return total


def _split(text: str, spans: list[Span]) -> list[tuple[str, bool]]:
    """The text cut into (piece, is_span) pieces, in order."""
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for start, end in spans:
        if start > pos:
            pieces.append((text[pos:start], False))
        pieces.append((text[start:end], True))
        pos = end
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces


# Each network's own "share" page, filled with the text; the person still presses Post there.
# Threads is not in FORMATS.md: its web intent is Meta's documented `/intent/post?text=`.
_COMPOSE: Final[dict[Network, str]] = {
    Network.LINKEDIN: "https://www.linkedin.com/feed/?shareActive=true&text={text}",
    Network.X: "https://x.com/intent/post?text={text}",
    Network.MASTODON: "https://{instance}/share?text={text}",
    Network.BLUESKY: "https://bsky.app/intent/compose?text={text}",
    Network.THREADS: "https://www.threads.net/intent/post?text={text}",
}
_HOST: Final = re.compile(
    r"(?i)^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d{1,5})?$"
)


def compose_url(network: Network, text: str, instance: str | None = None) -> str | None:
    """A link that opens the network's compose page with ``text`` filled in, or None.

    None for the internal network and a blog (no public compose link), and for Mastodon without
    an instance (`example.social`, `https://example.social/` and `@me@example.social` all work).
    """
    template = _COMPOSE.get(network)
    if template is None:
        return None
    host = ""
    if network is Network.MASTODON:
        host = _instance_host(instance or "")
        if not host:
            return None
    return template.format(instance=host, text=quote(text, safe=""))


def _instance_host(instance: str) -> str:
    """`https://Example.Social/@me` → `example.social`; `@me@example.social` → `example.social`."""
    value = instance.strip()
    if value.startswith("@") and value.count("@") == 2:
        value = value.rsplit("@", 1)[1]
    value = re.sub(r"(?i)^https?://", "", value).split("/", 1)[0].lower()
    return value if _HOST.match(value) else ""
