"""Logged public activity: what the person did, where, when, and how it was recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

# Enum values are stored in the database: never rename a value, only add new ones.

# Public activity on social media is dated from 2000 on, and at most to the end of next year (a
# computer's clock a little behind, a post scheduled ahead). Outside that a date is a placeholder
# or damage (exports write year 0001 for "no date"): imports leave such records out, and the
# journey does not count any that an older version stored.
EARLIEST_DAY: Final = date(2000, 1, 1)


def latest_day(today: date) -> date:
    """The last day an activity can plausibly carry: the end of the year after ``today``'s."""
    return date(min(today.year + 1, 9999), 12, 31)


def plausible_day(day: date, today: date | None = None) -> bool:
    """True for a day within ``EARLIEST_DAY`` .. ``latest_day(today)`` (no upper bound without
    ``today``)."""
    return day >= EARLIEST_DAY and (today is None or day <= latest_day(today))


class ActivityKind(StrEnum):
    OWN_POST = "own_post"
    COMMENT = "comment"  # on someone else's post
    REPLY = "reply"  # in a discussion, e.g. answering comments on one's own post
    SHARE_WITH_COMMENT = "share_with_comment"
    SHARE = "share"  # plain repost without own words
    REACTION = "reaction"


class Channel(StrEnum):
    LINKEDIN = "linkedin"
    X = "x"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    THREADS = "threads"
    BLOG = "blog"
    INTERNAL = "internal"  # the company's internal network
    OTHER = "other"


class ActivitySource(StrEnum):
    MANUAL = "manual"
    IMPORT = "import"
    DRAFT = "draft"  # logged when a draft written in the app was marked published


@dataclass(frozen=True)
class Activity:
    kind: ActivityKind
    channel: Channel
    day: date
    source: ActivitySource
    link: str = ""
    note: str = ""
    id: int | None = None
