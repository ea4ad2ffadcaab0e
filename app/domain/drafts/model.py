"""Ideas, drafts per network, publication, outcome and plan: the records and the lifecycle."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.domain.drafts.networks import Network

# Enum values are stored in the database: never rename a value, only add new ones.


class IdeaStatus(StrEnum):
    OPEN = "open"  # in the inbox
    DRAFTED = "drafted"  # a draft was started from it
    ARCHIVED = "archived"


class DraftState(StrEnum):
    IDEA = "idea"
    DRAFT = "draft"
    READY = "ready"
    PUBLISHED = "published"


# Which state may follow which. Publishing is its own step (it needs a date, channel and link);
# a ready draft can go back to drafting, a published one stays published.
_NEXT: dict[DraftState, frozenset[DraftState]] = {
    DraftState.IDEA: frozenset({DraftState.DRAFT}),
    DraftState.DRAFT: frozenset({DraftState.READY, DraftState.PUBLISHED}),
    DraftState.READY: frozenset({DraftState.DRAFT, DraftState.PUBLISHED}),
    DraftState.PUBLISHED: frozenset(),
}


class LifecycleError(ValueError):
    """A state change the lifecycle does not allow."""


def can_move(current: DraftState, target: DraftState) -> bool:
    return target in _NEXT[current]


def check_move(current: DraftState, target: DraftState) -> None:
    if not can_move(current, target):
        raise LifecycleError(f"a {current.value} draft cannot become {target.value}")


@dataclass(frozen=True)
class Idea:
    text: str
    created: datetime
    tags: tuple[str, ...] = ()
    status: IdeaStatus = IdeaStatus.OPEN
    id: int | None = None


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as "#ai, hiring  events": split on commas and spaces, '#' dropped, no repeats."""
    seen: dict[str, None] = {}
    for part in text.replace(",", " ").split():
        tag = part.lstrip("#").strip()
        if tag and tag.casefold() not in {t.casefold() for t in seen}:
            seen[tag] = None
    return tuple(seen)


@dataclass(frozen=True)
class Variant:
    network: Network
    text: str
    updated: datetime


@dataclass(frozen=True)
class Draft:
    title: str
    created: datetime
    updated: datetime
    state: DraftState = DraftState.DRAFT
    idea_id: int | None = None
    source_text: str = ""  # for the copy-paste guard
    dismissed: frozenset[tuple[str, str]] = frozenset()  # Flag.dismiss_key pairs
    variants: tuple[Variant, ...] = ()
    id: int | None = None

    def variant(self, network: Network) -> Variant | None:
        return next((v for v in self.variants if v.network is network), None)


@dataclass(frozen=True)
class Outcome:
    """Entered by hand some days after publishing; None means "not entered"."""

    reactions: int | None = None
    comments: int | None = None
    reposts: int | None = None
    new_contacts: int | None = None
    entered: date | None = None


@dataclass(frozen=True)
class Publication:
    draft_id: int
    network: Network  # which variant was published
    day: date
    channel: str  # Channel value; equals the network's
    link: str = ""
    activity_id: int | None = None
    outcome: Outcome = field(default_factory=Outcome)
    id: int | None = None


@dataclass(frozen=True)
class PlanEntry:
    draft_id: int
    network: Network
    when: datetime  # local wall time, naive
    title: str = ""  # the draft's, filled on reading
    id: int | None = None

    @property
    def uid(self) -> str:
        """Stable across exports, so a calendar updates the event instead of adding another."""
        return f"ownvoice-draft-{self.draft_id}-{self.network.value}@ownvoice.local"
