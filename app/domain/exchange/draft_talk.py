""" "Ask my coach" on a draft, as plain data: the draft a person chose to send (a copy of its
text as it was then), and a coach's comment on it, anchored to a passage by the passage itself
and where it began, or on the whole text.

The person's draft may change after it was sent; ``find_passage`` finds the quoted passage in
the text as it is now, the occurrence nearest to where it was, or says it is gone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

Json = dict[str, Any]
MAX_TEXT = 20_000


class BadDraftTalkError(ValueError):
    """An ask or a comment whose values cannot be."""


@dataclass(frozen=True)
class DraftAsk:
    id: str
    asked_on: date
    title: str
    network: str  # a Network value
    text: str  # as it was when the person asked


@dataclass(frozen=True)
class DraftComment:
    """The ``comment`` of a feedback entry of kind ``draft_comment`` (its text is the entry's)."""

    ask: str  # the DraftAsk's id
    quote: str  # the passage commented on; "" for a comment on the whole text
    offset: int | None  # where the passage began in the text sent; None with no passage

    @property
    def overall(self) -> bool:
        return self.offset is None


def find_passage(text: str, quote: str, offset: int | None) -> tuple[int, int] | None:
    """(start, end) of ``quote`` in ``text``: the occurrence nearest ``offset``; None when the
    passage is no longer there (or the comment is on the whole text)."""
    if not quote or offset is None:
        return None
    starts = []
    at = text.find(quote)
    while at >= 0:
        starts.append(at)
        at = text.find(quote, at + 1)
    if not starts:
        return None
    start = min(starts, key=lambda s: (abs(s - offset), s))
    return start, start + len(quote)


def _day(value: object) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise BadDraftTalkError(f"not a date: {str(value)[:40]!r}") from None


def asks_to_json(asks: Sequence[DraftAsk]) -> list[Json]:
    return [
        {"id": a.id, "asked_on": a.asked_on.isoformat(), "title": a.title,
         "network": a.network, "text": a.text}
        for a in asks
    ]  # fmt: skip


def asks_from_json(items: Sequence[Mapping[str, Any]]) -> tuple[DraftAsk, ...]:
    return tuple(
        DraftAsk(str(i["id"]), _day(i["asked_on"]), str(i["title"]), str(i["network"]),
                 str(i["text"]))
        for i in items
    )  # fmt: skip


def comment_to_json(comment: DraftComment) -> Json:
    return {"ask": comment.ask, "quote": comment.quote, "offset": comment.offset}


def comment_from_json(data: Mapping[str, Any]) -> DraftComment:
    quote, offset = str(data["quote"]), data.get("offset")
    if (offset is None) != (quote == ""):
        raise BadDraftTalkError("a comment on a passage without the passage, or the other way")
    return DraftComment(str(data["ask"]), quote, None if offset is None else int(offset))
