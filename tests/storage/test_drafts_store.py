"""What the ORM writes for the drafting studio, the plain-SQL reader reads back, field by field."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.drafts.model import (
    Draft,
    DraftState,
    Idea,
    IdeaStatus,
    Outcome,
    PlanEntry,
    Publication,
    Variant,
)
from app.domain.drafts.networks import Network
from app.storage.database import Database
from app.storage.drafts import read, write
from app.storage.quick import QuickReader

AT = datetime(2026, 11, 2, 9, 30, 15)


def test_idea_round_trip(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    idea = Idea("Vedyn varastointi – mitä opin?", AT, ("vety", "energia"), IdeaStatus.OPEN)
    with db.session() as session:
        idea_id = write.save_idea(session, idea)
    assert read.read_ideas(reader.connection) == [
        Idea(idea.text, AT, idea.tags, IdeaStatus.OPEN, idea_id)
    ]
    with db.session() as session:
        write.set_idea_status(session, idea_id, IdeaStatus.DRAFTED)
    assert read.read_ideas(reader.connection, IdeaStatus.OPEN) == []
    assert read.read_ideas(reader.connection)[0].status is IdeaStatus.DRAFTED


def test_draft_with_variants_round_trip(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    with db.session() as session:
        idea_id = write.save_idea(session, Idea("x", AT))
    draft = Draft(
        title="Offline sync",
        created=AT,
        updated=AT,
        state=DraftState.READY,
        idea_id=idea_id,
        source_text="Contoso released…",
        dismissed=frozenset({("cliche", "game changer"), ("no_invitation", "")}),
        variants=(
            Variant(Network.LINKEDIN, "Pitkä teksti 👍🏽\nrivi kaksi", AT),
            Variant(Network.X, "short", AT),
        ),
    )
    with db.session() as session:
        draft_id = write.save_draft(session, draft)
    got = read.read_draft(reader.connection, draft_id)
    assert got == Draft(**{**draft.__dict__, "id": draft_id})
    later = datetime(2026, 11, 3, 8, 0, 0, 123456)
    with db.session() as session:
        write.save_variant(session, draft_id, Network.X, "shorter", later)
    got = read.read_draft(reader.connection, draft_id)
    assert got is not None and got.variant(Network.X) == Variant(Network.X, "shorter", later)
    assert got.updated == later
    assert [d.id for d in read.read_drafts(reader.connection)] == [draft_id]


def test_publication_outcome_and_plan_round_trip(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    with db.session() as session:
        draft_id = write.save_draft(session, Draft("T", AT, AT))
        pub = Publication(draft_id, Network.LINKEDIN, date(2026, 11, 4), "linkedin", "https://l/1")
        pub_id = write.add_publication(session, pub)
    assert read.read_publications(reader.connection, draft_id) == [
        Publication(**{**pub.__dict__, "id": pub_id})
    ]
    outcome = Outcome(12, 3, 1, None, date(2026, 11, 9))
    with db.session() as session:
        write.save_outcome(session, pub_id, outcome)
    assert read.read_publications(reader.connection)[0].outcome == outcome
    when = datetime(2026, 12, 1, 9, 0)
    with db.session() as session:
        entry_id = write.save_plan_entry(session, PlanEntry(draft_id, Network.X, when))
        # Planning the same variant again moves it rather than adding a second entry.
        again = write.save_plan_entry(
            session, PlanEntry(draft_id, Network.X, when.replace(hour=10))
        )
    assert again == entry_id
    assert read.read_plan(reader.connection) == [
        PlanEntry(draft_id, Network.X, when.replace(hour=10), "T", entry_id)
    ]
    assert read.read_plan(reader.connection, start=datetime(2026, 12, 2)) == []
    with db.session() as session:
        write.delete_draft(session, draft_id)
    assert read.read_plan(reader.connection) == []
    assert read.read_publications(reader.connection) == []
