"""Logged public activity: what the person did, where, when, and how it was recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# Enum values are stored in the database: never rename a value, only add new ones.


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
