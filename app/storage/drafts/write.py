"""Writing the drafting studio's tables through SQLAlchemy sessions (reads: read.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.drafts.model import (
    Draft,
    DraftState,
    Idea,
    IdeaStatus,
    Outcome,
    PlanEntry,
    Publication,
)
from app.domain.drafts.networks import Network
from app.storage.models import (
    DraftRow,
    DraftVariantRow,
    IdeaRow,
    OutcomeRow,
    PersonalWordRow,
    PlanEntryRow,
    PublicationRow,
)


def save_idea(session: Session, idea: Idea) -> int:
    row = session.get(IdeaRow, idea.id) if idea.id is not None else None
    row = row or IdeaRow()
    row.text = idea.text
    row.tags = list(idea.tags)
    row.created = idea.created
    row.status = idea.status.value
    session.add(row)
    session.flush()
    return row.id


def set_idea_status(session: Session, idea_id: int, status: IdeaStatus) -> None:
    row = session.get(IdeaRow, idea_id)
    if row is not None:
        row.status = status.value


def delete_idea(session: Session, idea_id: int) -> None:
    session.execute(delete(IdeaRow).where(IdeaRow.id == idea_id))


def save_draft(session: Session, draft: Draft) -> int:
    """Store the draft's own fields and every variant it carries (others are kept)."""
    row = session.get(DraftRow, draft.id) if draft.id is not None else None
    row = row or DraftRow()
    row.idea_id = draft.idea_id
    row.title = draft.title
    row.created = draft.created
    row.updated = draft.updated
    row.state = draft.state.value
    row.source_text = draft.source_text
    row.dismissed = [list(pair) for pair in sorted(draft.dismissed)]
    session.add(row)
    session.flush()
    for variant in draft.variants:
        save_variant(session, row.id, variant.network, variant.text, variant.updated)
    return row.id


def save_variant(
    session: Session, draft_id: int, network: Network, text: str, updated: datetime
) -> None:
    """The autosave path: one variant's text, and the draft's ``updated``."""
    row = session.scalars(
        select(DraftVariantRow).where(
            DraftVariantRow.draft_id == draft_id, DraftVariantRow.network == network.value
        )
    ).first()
    if row is None:
        row = DraftVariantRow(draft_id=draft_id, network=network.value)
        session.add(row)
    row.text = text
    row.updated = updated
    draft = session.get(DraftRow, draft_id)
    if draft is not None and draft.updated < updated:
        draft.updated = updated


def set_state(session: Session, draft_id: int, state: DraftState, when: datetime) -> None:
    row = session.get(DraftRow, draft_id)
    if row is not None:
        row.state = state.value
        row.updated = when


def set_dismissed(session: Session, draft_id: int, dismissed: frozenset[tuple[str, str]]) -> None:
    row = session.get(DraftRow, draft_id)
    if row is not None:
        row.dismissed = [list(pair) for pair in sorted(dismissed)]


def set_source(session: Session, draft_id: int, source: str) -> None:
    row = session.get(DraftRow, draft_id)
    if row is not None:
        row.source_text = source


def delete_draft(session: Session, draft_id: int) -> None:
    session.execute(delete(DraftRow).where(DraftRow.id == draft_id))


def add_publication(session: Session, publication: Publication) -> int:
    row = PublicationRow(
        draft_id=publication.draft_id,
        network=publication.network.value,
        day=publication.day,
        channel=publication.channel,
        link=publication.link,
        activity_id=publication.activity_id,
    )
    session.add(row)
    session.flush()
    return row.id


def save_outcome(session: Session, publication_id: int, outcome: Outcome) -> None:
    row = session.get(OutcomeRow, publication_id) or OutcomeRow(publication_id=publication_id)
    row.reactions = outcome.reactions
    row.comments = outcome.comments
    row.reposts = outcome.reposts
    row.new_contacts = outcome.new_contacts
    row.entered = outcome.entered
    session.add(row)


def save_plan_entry(session: Session, entry: PlanEntry) -> int:
    """One plan entry per draft and network: planning again moves it."""
    row = session.scalars(
        select(PlanEntryRow).where(
            PlanEntryRow.draft_id == entry.draft_id, PlanEntryRow.network == entry.network.value
        )
    ).first()
    if row is None:
        row = PlanEntryRow(draft_id=entry.draft_id, network=entry.network.value)
        session.add(row)
    row.planned = entry.when
    session.flush()
    return row.id


def delete_plan_entry(session: Session, entry_id: int) -> None:
    session.execute(delete(PlanEntryRow).where(PlanEntryRow.id == entry_id))


def add_personal_word(session: Session, word: str, when: datetime) -> None:
    if session.get(PersonalWordRow, word) is None:
        session.add(PersonalWordRow(word=word, added=when))
