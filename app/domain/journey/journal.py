"""The journal: reflections, wins and good examples, private unless shared with the coach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class EntryKind(StrEnum):
    REFLECTION = "reflection"
    WIN = "win"  # a post that started a good discussion, a customer case handled well in public
    EXAMPLE = "example"  # a good example from someone else, to learn from
    REVIEW = "review"  # a goal review, written when the goal's cadence asks for one


@dataclass(frozen=True)
class JournalEntry:
    day: date
    kind: EntryKind
    body: str
    link: str = ""
    share_with_coach: bool = False  # private unless the person says otherwise
    goal_id: int | None = None
    id: int | None = None


class EntryIssue(StrEnum):
    EMPTY = "empty"
    EXAMPLE_WITHOUT_LINK = "example_without_link"
    BAD_LINK = "bad_link"


def entry_issues(entry: JournalEntry) -> list[EntryIssue]:
    issues: list[EntryIssue] = []
    if not entry.body.strip():
        issues.append(EntryIssue.EMPTY)
    link = entry.link.strip()
    if entry.kind is EntryKind.EXAMPLE and not link:
        issues.append(EntryIssue.EXAMPLE_WITHOUT_LINK)
    if link and not link.lower().startswith(("http://", "https://")):
        issues.append(EntryIssue.BAD_LINK)
    return issues
