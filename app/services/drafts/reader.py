"""Reading the drafting studio: ideas, drafts, publications and the plan, over the quick reader."""

from __future__ import annotations

from datetime import datetime

from app.domain.drafts.model import Draft, Idea, IdeaStatus, PlanEntry, Publication
from app.storage.drafts import read
from app.storage.quick import QuickReader


class DraftsReader:
    def __init__(self, reader: QuickReader) -> None:
        self._con = reader.connection

    def ideas(self, status: IdeaStatus | None = IdeaStatus.OPEN) -> list[Idea]:
        return read.read_ideas(self._con, status)

    def drafts(self) -> list[Draft]:
        return read.read_drafts(self._con)

    def draft(self, draft_id: int) -> Draft | None:
        return read.read_draft(self._con, draft_id)

    def publications(self, draft_id: int | None = None) -> list[Publication]:
        return read.read_publications(self._con, draft_id)

    def plan(self, start: datetime | None = None, end: datetime | None = None) -> list[PlanEntry]:
        return read.read_plan(self._con, start, end)

    def personal_words(self) -> frozenset[str]:
        """The person's own words, never marked as misspelt (in all three languages)."""
        return read.read_personal_words(self._con)

    def person_name(self) -> str:
        """The person's name from their profile, for the feed preview ("" when not given)."""
        from app.storage.journey.read import read_profile

        profile = read_profile(self._con)
        return profile.name.strip() if profile is not None else ""


# -- changing -------------------------------------------------------------------------------------
