"""Changing the drafting studio: ideas, drafts, autosave, publishing, outcomes and the plan.

Reads go through the quick reader (``DraftsReader``, reader.py), changes through the ORM
(``DraftsWriter``). Publishing logs an activity of source DRAFT through ``JourneyWriter.log_in``;
a habit linked to that kind of activity is checked by the journey's linked-activity hook (the
habits feature), so nothing here knows about habits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.drafts.model import (
    Draft,
    DraftState,
    Idea,
    IdeaStatus,
    Outcome,
    PlanEntry,
    Publication,
    Variant,
    check_move,
)
from app.domain.drafts.networks import Network
from app.services.drafts.reader import DraftsReader
from app.storage.drafts.journal import DraftJournal, JournalEntry
from app.storage.quick import QuickReader

if TYPE_CHECKING:
    from app.services.clock import Clock
    from app.services.journey.writer import JourneyWriter, Logged
    from app.storage.database import Database


@dataclass(frozen=True)
class Published:
    publication_id: int
    logged: Logged


class DraftsWriter:
    """Changes to ideas, drafts and the plan; ``clock`` stamps them (local wall time, as the
    person sees it) and gives publishing its today."""

    def __init__(self, db: Database, reader: QuickReader, clock: Clock) -> None:
        from app.storage.drafts import write as drafts_write

        self._db = db
        self._reader = reader
        self._clock = clock
        self._write = drafts_write
        self._read = DraftsReader(reader)

    @property
    def reader(self) -> DraftsReader:
        return self._read

    def _now(self) -> datetime:
        return self._clock.local_now().replace(microsecond=0)

    def journey(self) -> JourneyWriter:
        from app.services.journey.writer import JourneyWriter

        return JourneyWriter(self._db, self._reader)

    def capture_idea(
        self, text: str, tags: Iterable[str] = (), when: datetime | None = None
    ) -> int:
        idea = Idea(text.strip(), when or self._now(), tuple(tags))
        with self._db.session() as session:
            return self._write.save_idea(session, idea)

    def archive_idea(self, idea_id: int) -> None:
        with self._db.session() as session:
            self._write.set_idea_status(session, idea_id, IdeaStatus.ARCHIVED)

    def new_draft(
        self,
        title: str,
        idea_id: int | None = None,
        networks: Iterable[Network] = (Network.LINKEDIN,),
        when: datetime | None = None,
    ) -> int:
        """A new draft, from an idea or not; each network gets an empty variant."""
        at = when or self._now()
        draft = Draft(
            title=title.strip(),
            created=at,
            updated=at,
            state=DraftState.DRAFT,
            idea_id=idea_id,
            variants=tuple(Variant(n, "", at) for n in networks),
        )
        with self._db.session() as session:
            draft_id = self._write.save_draft(session, draft)
            if idea_id is not None:
                self._write.set_idea_status(session, idea_id, IdeaStatus.DRAFTED)
        return draft_id

    def draft_from_idea(self, idea: Idea, networks: Iterable[Network] = (Network.LINKEDIN,)) -> int:
        title = idea.text.strip().splitlines()[0][:120] if idea.text.strip() else ""
        draft_id = self.new_draft(title, idea.id, networks)
        self.save_text(draft_id, Network.LINKEDIN, idea.text.strip())
        return draft_id

    def save_text(
        self, draft_id: int, network: Network, text: str, when: datetime | None = None
    ) -> None:
        with self._db.session() as session:
            at = when or self._clock.local_now()  # to the microsecond, as the journal's
            self._write.save_variant(session, draft_id, network, text, at)

    def save_title(self, draft_id: int, title: str) -> None:
        draft = self._read.draft(draft_id)
        if draft is not None:
            with self._db.session() as session:
                self._write.save_draft(session, replace(draft, title=title, variants=()))

    def set_source(self, draft_id: int, source: str) -> None:
        with self._db.session() as session:
            self._write.set_source(session, draft_id, source)

    def dismiss(self, draft_id: int, key: tuple[str, str]) -> frozenset[tuple[str, str]]:
        draft = self._read.draft(draft_id)
        dismissed = (draft.dismissed if draft else frozenset()) | {key}
        with self._db.session() as session:
            self._write.set_dismissed(session, draft_id, dismissed)
        return dismissed

    def add_personal_word(self, word: str) -> frozenset[str]:
        """Add ``word`` to the person's own words; all of them, after."""
        from app.domain.checks.spelling import normal

        kept = normal(word.strip())[:100]
        if kept:
            with self._db.session() as session:
                self._write.add_personal_word(session, kept, self._clock.local_now())
        return self._read.personal_words()

    def move(self, draft_id: int, state: DraftState) -> None:
        """idea → draft → ready (and back to draft); publishing is ``publish``."""
        draft = self._require(draft_id)
        if state is DraftState.PUBLISHED:
            raise ValueError("use publish() to mark a draft published")
        check_move(draft.state, state)
        with self._db.session() as session:
            self._write.set_state(session, draft_id, state, self._now())

    def publish(
        self,
        draft_id: int,
        network: Network,
        day: date,
        link: str,
        journey: JourneyWriter | None = None,
        today: date | None = None,
    ) -> Published:
        """Mark the draft published by hand (the app never posts) and log the activity (source
        DRAFT) through the journey, which recomputes stages, milestones and linked habits."""
        draft = self._require(draft_id)
        if draft.state is not DraftState.PUBLISHED:
            check_move(draft.state, DraftState.PUBLISHED)
        journey = journey or self.journey()
        activity = Activity(
            ActivityKind.OWN_POST,
            Channel(network.value),
            day,
            ActivitySource.DRAFT,
            link=link.strip(),
            note=draft.title,
        )
        # One transaction: the logged post, its publication record and the draft's new state
        # are stored together or not at all. Stages and milestones follow from the log after.
        with self._db.session() as session:
            activity_id = journey.log_in(session, activity)
            publication_id = self._write.add_publication(
                session,
                Publication(draft_id, network, day, network.value, link.strip(), activity_id),
            )
            self._write.set_state(session, draft_id, DraftState.PUBLISHED, self._now())
        from app.services.journey.writer import Logged

        milestones = journey.refresh(today or self._clock.today())
        return Published(publication_id, Logged(activity_id, milestones))

    def record_published(
        self,
        title: str,
        network: Network,
        text: str,
        activity: Activity,
        outcome: Outcome,
    ) -> int:
        """A post already in the log (the demo's, an import's) as a published draft with its
        outcome, in one transaction; no activity is logged again. Returns the publication id."""
        at = datetime.combine(activity.day, time(9, 0))
        draft = Draft(
            title=title.strip(),
            created=at,
            updated=at,
            state=DraftState.PUBLISHED,
            variants=(Variant(network, text, at),),
        )
        with self._db.session() as session:
            draft_id = self._write.save_draft(session, draft)
            publication_id = self._write.add_publication(
                session,
                Publication(
                    draft_id, network, activity.day, network.value, activity.link, activity.id
                ),
            )
            self._write.save_outcome(session, publication_id, outcome)
        return publication_id

    def save_outcome(self, publication_id: int, outcome: Outcome) -> None:
        with self._db.session() as session:
            self._write.save_outcome(session, publication_id, outcome)

    def plan(self, draft_id: int, network: Network, when: datetime) -> int:
        with self._db.session() as session:
            return self._write.save_plan_entry(session, PlanEntry(draft_id, network, when))

    def unplan(self, entry_id: int) -> None:
        with self._db.session() as session:
            self._write.delete_plan_entry(session, entry_id)

    def delete_draft(self, draft_id: int) -> None:
        with self._db.session() as session:
            self._write.delete_draft(session, draft_id)

    def recover(self, journal: DraftJournal) -> list[JournalEntry]:
        """Restore journal entries newer than the database copy (after a crash); clear the rest.
        Returns what was restored."""
        restored = []
        for entry in journal.entries():
            draft = self._read.draft(entry.draft_id)
            if draft is None:
                journal.clear(entry.draft_id, entry.network)
                continue
            stored = draft.variant(entry.network)
            if stored is None or (stored.text != entry.text and entry.saved_at >= stored.updated):
                self.save_text(entry.draft_id, entry.network, entry.text, entry.saved_at)
                restored.append(entry)
            journal.clear(entry.draft_id, entry.network, entry.text)
        return restored

    def _require(self, draft_id: int) -> Draft:
        draft = self._read.draft(draft_id)
        if draft is None:
            raise KeyError(draft_id)
        return draft
