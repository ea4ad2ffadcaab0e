"""A post as the feed shows it: where LinkedIn folds it, where a limit cuts it, its link card.

And carrying a variant over to another network: what of it fits there, and what must shrink.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from app.domain.drafts.fold import DESKTOP, MOBILE, fold_cut
from app.domain.drafts.networks import Network, count
from app.domain.text.graphemes import boundaries
from app.domain.text.links import Span, url_spans


class Device(StrEnum):
    PHONE = "phone"
    DESKTOP = "desktop"


class Cut(StrEnum):
    NONE = "none"  # the whole text shows
    SEE_MORE = "see_more"  # LinkedIn: the rest is behind "…see more"
    OVER_LIMIT = "over_limit"  # the rest does not fit the network's limit


@dataclass(frozen=True)
class FeedPreview:
    network: Network
    text: str
    shown_end: int  # text[:shown_end] shows in the feed (trailing blanks left out)
    cut: Cut
    link: str | None  # the first link: the feed shows a card for it
    over: int  # how far past the limit, in the network's own count (0: it fits)

    @property
    def shown(self) -> str:
        return self.text[: self.shown_end].rstrip()

    @property
    def hidden(self) -> str:
        return self.text[self.shown_end :].strip()

    @property
    def link_host(self) -> str:
        """The link's site, as the card names it: "example.com" for "https://www.example.com/a"."""
        if self.link is None:
            return ""
        host = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", self.link)
        return re.split(r"[/?#:]", host, maxsplit=1)[0].lower()


_FOLDS: Final = {Device.PHONE: MOBILE, Device.DESKTOP: DESKTOP}


def feed_preview(
    text: str, network: Network, *, device: Device = Device.PHONE, limit: int | None = None
) -> FeedPreview:
    """What the feed shows of ``text`` on ``network``: LinkedIn up to its fold on ``device``;
    a network with a limit up to what fits (the rest cannot be posted); others all of it."""
    links = url_spans(text)
    link = text[slice(*links[0])] if links else None
    counted = count(text, network, limit=limit)
    if network is Network.LINKEDIN and counted.over == 0:
        cut = fold_cut(text, _FOLDS[device])
        if cut is not None:
            return FeedPreview(network, text, cut, Cut.SEE_MORE, link, 0)
    if counted.over:
        end = fitting_end(text, network, limit=limit)
        return FeedPreview(network, text, end, Cut.OVER_LIMIT, link, counted.over)
    return FeedPreview(network, text, len(text), Cut.NONE, link, 0)


def fitting_end(text: str, network: Network, *, limit: int | None = None) -> int:
    """The longest start of ``text`` that fits the network's limit, as an offset: at a
    grapheme boundary, and never inside a link (a link counts whole, or not at all).
    ``len(text)`` when all of it fits or the network has no limit."""
    if count(text, network, limit=limit).over == 0:
        return len(text)
    cuts = boundaries(text)
    low, high = 0, len(cuts) - 1  # cuts[low] fits, cuts[high] does not
    while high - low > 1:
        middle = (low + high) // 2
        if count(text[: cuts[middle]], network, limit=limit).over == 0:
            low = middle
        else:
            high = middle
    end = cuts[low]
    for start, stop in url_spans(text):
        if start < end < stop:
            return start
    return end


def over_span(text: str, network: Network, *, limit: int | None = None) -> Span | None:
    """The part of ``text`` past the network's limit (what must shrink), or None when it fits."""
    end = fitting_end(text, network, limit=limit)
    stripped = len(text.rstrip())
    if end >= stripped:
        return None
    return (end, stripped)
