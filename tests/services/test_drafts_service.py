"""The drafting studio's use cases: lifecycle with its activity side effects, recovery, plan."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from app.domain.activity import ActivityKind, ActivitySource, Channel
from app.domain.drafts.model import DraftState, LifecycleError, Outcome
from app.domain.drafts.networks import Network
from app.services.clock import FixedClock
from app.services.drafts import DraftsWriter, profile_compare
from app.services.drafts.plan import plan_calendar
from app.services.journey import JourneyReader
from app.storage.database import Database
from app.storage.drafts.journal import DraftJournal
from app.storage.paths import AppPaths
from app.storage.quick import QuickReader

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def writer(paths: AppPaths, clock: FixedClock) -> Iterator[DraftsWriter]:
    db = Database.open(paths.db_path, clock.now())
    reader = QuickReader(paths.db_path)
    yield DraftsWriter(db, reader, clock)
    reader.close()
    db.close()


def test_idea_to_draft_to_ready_to_published_with_outcome(writer: DraftsWriter) -> None:
    idea_id = writer.capture_idea("  What I learned moving to offline sync ", ("sync",))
    idea = writer.reader.ideas()[0]
    draft_id = writer.draft_from_idea(idea, (Network.LINKEDIN, Network.X))
    assert writer.reader.ideas() == []  # drafted ideas leave the inbox
    draft = writer.reader.draft(draft_id)
    assert draft is not None and draft.idea_id == idea_id and draft.state is DraftState.DRAFT
    assert draft.variant(Network.LINKEDIN).text == "What I learned moving to offline sync"  # type: ignore[union-attr]
    writer.move(draft_id, DraftState.READY)
    with pytest.raises(LifecycleError):
        writer.move(draft_id, DraftState.IDEA)
    published = writer.publish(draft_id, Network.X, date(2026, 11, 20), " https://x.com/p/1 ")
    assert writer.reader.draft(draft_id).state is DraftState.PUBLISHED  # type: ignore[union-attr]
    activities = JourneyReader(writer._reader).activities()
    assert [(a.kind, a.channel, a.source, a.day, a.link, a.id) for a in activities] == [
        (
            ActivityKind.OWN_POST,
            Channel.X,
            ActivitySource.DRAFT,
            date(2026, 11, 20),
            "https://x.com/p/1",
            published.logged.activity_id,
        )
    ]
    # The first own post is a milestone: publishing goes through the journey's refresh.
    assert any(m.kind.value == "first_own_post" for m in published.logged.new_milestones)
    writer.save_outcome(published.publication_id, Outcome(10, 2, 1, 3, date(2026, 11, 25)))
    (publication,) = writer.reader.publications(draft_id)
    assert publication.activity_id == published.logged.activity_id
    assert publication.outcome.reactions == 10 and publication.outcome.new_contacts == 3
    with pytest.raises(LifecycleError):
        writer.move(draft_id, DraftState.DRAFT)


def test_journal_entry_newer_than_the_database_is_restored(
    writer: DraftsWriter, paths: AppPaths
) -> None:
    draft_id = writer.new_draft("t")
    writer.save_text(draft_id, Network.LINKEDIN, "saved", datetime(2026, 1, 1, 10, 0))
    journal = DraftJournal.in_data_dir(paths.data_dir)
    journal.write(draft_id, Network.LINKEDIN, "saved and more", datetime(2026, 1, 1, 10, 1))
    journal.write(draft_id, Network.X, "older than the db", datetime(2025, 1, 1))
    writer.save_text(draft_id, Network.X, "db wins", datetime(2026, 1, 1))
    restored = writer.recover(journal)
    assert [(e.network, e.text) for e in restored] == [(Network.LINKEDIN, "saved and more")]
    draft = writer.reader.draft(draft_id)
    assert draft is not None
    assert draft.variant(Network.LINKEDIN).text == "saved and more"  # type: ignore[union-attr]
    assert draft.variant(Network.X).text == "db wins"  # type: ignore[union-attr]
    assert journal.entries() == []


def test_the_journal_tells_cheaply_whether_there_is_anything_to_recover(paths: AppPaths) -> None:
    """The Drafts page opens the SQLAlchemy door for a recovery only when this says so."""
    journal = DraftJournal.in_data_dir(paths.data_dir)
    assert not journal.any_written()  # no folder yet
    journal.write(3, Network.LINKEDIN, "typed", datetime(2026, 5, 13, 13, 0))
    assert journal.any_written()
    journal.clear(3, Network.LINKEDIN, "typed")
    assert not journal.any_written()


def test_a_journal_line_cut_short_by_a_kill_leaves_the_entry_before_it(paths: AppPaths) -> None:
    journal = DraftJournal.in_data_dir(paths.data_dir)
    at = datetime(2026, 5, 13, 13, 0)
    journal.write(1, Network.LINKEDIN, "I learned", at)
    journal.write(1, Network.LINKEDIN, "I learned three things", at)
    with (journal.folder / "draft-1-linkedin.json").open("ab") as file:
        file.write(b'{"draft_id": 1, "network": "linkedin", "text": "I learned thr')  # killed
    assert [e.text for e in journal.entries()] == ["I learned three things"]
    # The database saved that text: the entry goes. A keystroke after the save began stays.
    journal.write(1, Network.X, "saved", at)
    journal.write(1, Network.X, "saved and one more", at)
    journal.clear(1, Network.X, "saved")
    journal.clear(1, Network.LINKEDIN, "I learned three things")
    assert [(e.network, e.text) for e in journal.entries()] == [(Network.X, "saved and one more")]


def test_a_long_typing_run_keeps_the_journal_file_small(paths: AppPaths) -> None:
    """Each change is appended (no rename over the file: on a busy disk that forced a flush
    and kept the window still); past COMPACT_AT the file holds only the newest entry."""
    from app.storage.drafts.journal import COMPACT_AT

    journal = DraftJournal.in_data_dir(paths.data_dir)
    text = ""
    for n in range(500):
        text += f"Sentence {n} of a long post about hydrogen pipes. " * 2
        journal.write(1, Network.LINKEDIN, text, datetime(2026, 5, 13, 13, 0))
    size = (journal.folder / "draft-1-linkedin.json").stat().st_size
    assert size <= COMPACT_AT + 2 * len(text.encode("utf-8"))
    assert [e.text for e in journal.entries()] == [text]


TYPIST = """
import sys, time
from datetime import datetime
from app.domain.drafts.networks import Network
from app.storage.drafts.journal import DraftJournal
journal = DraftJournal.in_data_dir(__import__("pathlib").Path(sys.argv[1]))
AT = datetime(2026, 5, 13, 13, 0)  # an hour after the draft was made (the test's clock)
text = ""
for ch in sys.argv[3]:
    text += ch
    journal.write(int(sys.argv[2]), Network.LINKEDIN, text, AT)  # as the editor, per keystroke
    time.sleep(0.002)
print("typed", flush=True)
while True:  # still "typing" when killed; the database save never happened
    text += "x"
    journal.write(int(sys.argv[2]), Network.LINKEDIN, text, AT)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_text_typed_before_a_kill_is_back_after_restart(
    writer: DraftsWriter, paths: AppPaths
) -> None:
    draft_id = writer.new_draft("crash")
    typed = "I learned three things about offline sync this spring"
    process = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(paths.data_dir), str(draft_id), typed],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "typed"
    time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    process.stdout.close()
    # "Restart": a new writer recovers from the journal.
    restored = writer.recover(DraftJournal.in_data_dir(paths.data_dir))
    assert len(restored) == 1
    text = writer.reader.draft(draft_id).variant(Network.LINKEDIN).text  # type: ignore[union-attr]
    assert text.startswith(typed) and set(text[len(typed) :]) <= {"x"}


def test_plan_export_keeps_event_ids_stable(writer: DraftsWriter, clock: FixedClock) -> None:
    from icalendar import Calendar

    draft_id = writer.new_draft("Plan me; please, now")
    writer.plan(draft_id, Network.LINKEDIN, datetime(2026, 12, 1, 9, 0))
    first = Calendar.from_ical(plan_calendar(writer.reader.plan(), clock.now()))
    writer.plan(draft_id, Network.LINKEDIN, datetime(2026, 12, 2, 10, 0))  # moved
    clock.advance(minutes=5)
    second = Calendar.from_ical(plan_calendar(writer.reader.plan(), clock.now()))
    (a,) = first.walk("VEVENT")
    (b,) = second.walk("VEVENT")
    assert int(b["SEQUENCE"]) > int(a["SEQUENCE"])  # the later export wins in a calendar
    assert str(a["UID"]) == str(b["UID"]) == f"ownvoice-draft-{draft_id}-linkedin@ownvoice.local"
    assert b.decoded("DTSTART") == datetime(2026, 12, 2, 10, 0)
    assert str(b["SUMMARY"]) == "Plan me; please, now (linkedin)"


def test_profile_adapter_is_empty_without_a_profile_in_that_language() -> None:
    compare = profile_compare({})
    assert compare("I think so. Do you?", "en") == {}


def test_publishing_checks_the_habit_linked_to_own_posts(writer: DraftsWriter) -> None:
    from app.domain.habits import CheckIn, Frequency, Habit
    from app.services.habits import HabitsWriter
    from app.storage.habits.read import HabitRecord

    habits = HabitsWriter(writer._db, writer._reader)
    post_often = HabitRecord(
        Habit("Post my own content", Frequency(1, 14)), linked_kind=ActivityKind.OWN_POST
    )
    habit_id = habits.add(post_often, date(2026, 11, 1))
    draft_id = writer.new_draft("A lesson learned")
    writer.save_text(draft_id, Network.LINKEDIN, "What I learned this week, and what I'd ask you.")
    writer.publish(draft_id, Network.LINKEDIN, date(2026, 11, 20), "")
    checked = [record.checkin for record in habits.reader.checkins(habit_id)]
    assert checked == [CheckIn(date(2026, 11, 20))]


def test_publishing_is_one_change_a_failure_leaves_nothing_logged(
    writer: DraftsWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft_id = writer.new_draft("A lesson learned")
    writer.move(draft_id, DraftState.READY)

    def disk_full(*args: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(writer._write, "add_publication", disk_full)
    with pytest.raises(OSError):
        writer.publish(draft_id, Network.LINKEDIN, date(2026, 11, 20), "")
    assert JourneyReader(writer._reader).activities() == []  # the post was not logged either
    assert writer.reader.draft(draft_id).state is DraftState.READY  # type: ignore[union-attr]
