"""What makes a logged activity acceptable: the same rules for the form on Today and for
``ownvoice journey log``."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from app.domain.activity import EARLIEST_DAY, Activity


class LogIssue(StrEnum):
    FUTURE = "future"  # a day after today: nothing is logged ahead of time
    TOO_EARLY = "too_early"  # before 2000: such days never count on the ladder
    BAD_LINK = "bad_link"  # a link that is not a web address


def link_is_web_address(link: str) -> bool:
    """Empty (no link), or starting with https:// or http://."""
    text = link.strip()
    return not text or text.lower().startswith(("http://", "https://"))


def log_issues(activity: Activity, today: date) -> list[LogIssue]:
    """What keeps ``activity`` from being logged on ``today``, in a stable order."""
    issues: list[LogIssue] = []
    if activity.day > today:
        issues.append(LogIssue.FUTURE)
    if activity.day < EARLIEST_DAY:
        issues.append(LogIssue.TOO_EARLY)
    if not link_is_web_address(activity.link):
        issues.append(LogIssue.BAD_LINK)
    return issues
