"""Importing archives through the service: every field stored, idempotent, all or nothing."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.archives import ArchiveError, ImportCancelled
from app.services.clock import FixedClock
from app.services.voice.imports import import_archive, import_pasted
from app.storage.database import Database
from app.storage.journey import read as journey_read
from app.storage.quick import QuickReader
from app.storage.voice import read as corpus_read
from tests.services import archive_factory as af

TODAY = date(2026, 1, 15)


@pytest.fixture
def clock() -> FixedClock:
    """Imports are stamped by it, and the journey refreshed up to its day."""
    return FixedClock(TODAY)


Store = tuple[Database, QuickReader]


def texts(reader: QuickReader, source: str) -> dict[str, corpus_read.CorpusText]:
    return {
        t.external_id: t for t in corpus_read.read_texts(reader.connection) if t.source == source
    }


def dump(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every user table's rows, to see that a failed import changed nothing."""
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(n, sorted(con.execute(f"SELECT * FROM {n}").fetchall(), key=repr)) for n in names]
    finally:
        con.close()


def test_linkedin_archive_is_stored_field_by_field(
    tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    db, reader = store
    archive = af.write_zip(tmp_path / "export.zip", af.linkedin_files())
    summary = import_archive("linkedin", archive, db, reader, clock)

    assert (summary.posts, summary.comments, summary.replies) == (3, 2, 1)
    assert (summary.shares, summary.reactions) == (1, 1)
    assert summary.first == date(2024, 3, 1) and summary.last == date(2024, 4, 20)
    assert summary.skipped_reasons == {"bad_date": 1}
    assert summary.languages == {"fi": 4, "en": 2}
    assert summary.new_posts == 6
    stored = texts(reader, "linkedin")
    post = stored["urn:li:share:7169000000000000001"]
    assert post.text == af.FINNISH_POST  # multi-line, doubled quotes undone
    assert post.kind == "own_post" and post.channel == "linkedin" and post.language == "fi"
    assert post.posted_at == datetime(2024, 3, 1, 7, 45, 12, tzinfo=UTC)
    assert post.link.startswith("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A71690")
    assert not post.excluded
    limited = stored["urn:li:share:7187000000000000004"]
    assert limited.text == "Only for my network: we are hiring." and limited.language == "en"
    kinds = sorted(t.kind for t in stored.values())
    assert kinds == ["comment", "comment", "own_post", "own_post", "reply", "share_with_comment"]
    # The activity log gets public actions only (the connections-only post is left out of it).
    activities = journey_read.read_activities(reader.connection)
    assert len(activities) == summary.new_activities == 7
    assert all(a.source.value == "import" for a in activities)
    assert corpus_read.read_network_profile(reader.connection, "linkedin") == af.PROFILE
    assert corpus_read.read_connections(reader.connection, "linkedin") == {
        "2023-01": 1, "2024-04": 1, "2024-05": 2,
    }  # fmt: skip
    log = corpus_read.read_imports(reader.connection)
    assert [(r.source, r.file_name, r.new_texts, r.new_activities) for r in log] == [
        ("linkedin", "export.zip", 6, 7)
    ]
    assert log[0].counts["own_post"] == 2 and log[0].skipped == {"bad_date": 1}


def test_reimport_adds_nothing_and_a_newer_archive_only_what_is_new(
    tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    db, reader = store
    first = af.write_zip(tmp_path / "a.zip", af.linkedin_files())
    import_archive("linkedin", first, db, reader, clock)
    before = dump(tmp_path / "ownvoice.db")
    again = import_archive("linkedin", first, db, reader, clock)
    assert (again.new_posts, again.new_activities) == (0, 0)
    assert again.posts == 3  # still found, just not new
    assert [t for t in dump(tmp_path / "ownvoice.db") if t[0] != "corpus_import"] == [
        t for t in before if t[0] != "corpus_import"
    ]
    files = af.linkedin_newer_files()
    summary = import_archive("linkedin", af.write_folder(tmp_path / "b", files), db, reader, clock)
    assert (summary.new_posts, summary.new_activities) == (1, 1)


def test_x_archive(tmp_path: Path, store: Store, clock: FixedClock) -> None:
    db, reader = store
    summary = import_archive("x", af.write_folder(tmp_path / "x", af.x_files()), db, reader, clock)
    stored = texts(reader, "x")
    assert summary.new_posts == len(stored) == 5
    assert summary.replies == 1 and summary.shares == 1  # tweets-part1.js read too
    assert all(t.link.startswith("https://x.com/") for t in stored.values())
    assert all("RT @" not in t.text for t in stored.values())  # reposts are not her words
    assert import_archive("x", tmp_path / "x", db, reader, clock).new_posts == 0


def test_mastodon_archive_leaves_direct_messages_out(
    tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    db, reader = store
    archive = af.write_zip(tmp_path / "m.zip", af.mastodon_files())
    summary = import_archive("mastodon", archive, db, reader, clock)
    stored = texts(reader, "mastodon")
    assert summary.skipped_reasons == {"direct_message": 1}
    assert not any("Salainen" in t.text for t in stored.values())
    first = stored[f"{af.ACTOR}/statuses/101"]
    assert "@bob" in first.text and "#data" in first.text
    assert "https://example.fi/hyvin/pitka/osoite" in first.text
    assert first.language == "fi"
    # Followers-only posts are her words (corpus) but not public activity (log).
    assert "Vain seuraajille" in {t.text for t in stored.values()}
    assert summary.new_activities == summary.found - 1


def test_text_file_and_pasted_text_go_to_the_corpus_only(
    tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    db, reader = store
    note = tmp_path / "talk.md"
    note.write_text("# Puhe\n\nTämä on minun puheeni kiertotaloudesta ja sen tulevaisuudesta.\n")
    summary = import_archive("text", note, db, reader, clock)
    assert summary.new_posts == 1 and summary.new_activities == 0
    pasted = import_pasted("We built a new plant this year and I learned a lot.", db, reader, clock)
    assert pasted.new_posts == 1 and pasted.languages == {"en": 1}
    assert import_pasted("We built a new plant this year and I learned a lot.", db, reader,
                         clock).new_posts == 0  # fmt: skip
    assert journey_read.read_activities(reader.connection) == []


def test_cancel_at_the_last_moment_leaves_nothing(
    tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    db, reader = store
    archive = af.write_zip(tmp_path / "export.zip", af.linkedin_files())
    before = dump(tmp_path / "ownvoice.db")
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # after parsing: while writing

    with pytest.raises(ImportCancelled):
        import_archive("linkedin", archive, db, reader, clock, cancelled=cancelled)
    assert dump(tmp_path / "ownvoice.db") == before


def _damaged(data: bytes, cut: int, flips: list[tuple[int, int]]) -> bytes:
    out = bytearray(data[: max(0, len(data) - cut)])
    for pos, value in flips:
        if out:
            out[pos % len(out)] = value
    return bytes(out)


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


ARCHIVES = {
    "linkedin": _zip(af.linkedin_files()),
    "x": _zip(af.x_files()),
    "mastodon": _zip(af.mastodon_files()),
}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    source=st.sampled_from(sorted(ARCHIVES)),
    cut=st.integers(0, 400),
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6),
)
def test_damaged_archives_import_all_or_nothing(
    tmp_path: Path,
    store: Store,
    clock: FixedClock,
    source: str,
    cut: int,
    flips: list[tuple[int, int]],
) -> None:
    db, reader = store
    path = tmp_path / f"{source}-damaged.zip"
    path.write_bytes(_damaged(ARCHIVES[source], cut, flips))
    before = dump(tmp_path / "ownvoice.db")
    try:
        summary = import_archive(source, path, db, reader, clock)
    except ArchiveError as error:
        assert str(error).startswith(path.name)  # one clear message naming the file
        assert dump(tmp_path / "ownvoice.db") == before
    else:
        assert summary.found >= 0  # some damage leaves a readable archive: that is fine


HOSTILE_CSV = st.sampled_from([
    b"\xff\xfe\x00garbage", b"Date,Nope\n2024-01-01,x\n", b"\x00\x01\x02", b'"unterminated,\n',
    b"Date,ShareLink,ShareCommentary\n2024-01-01,x," + b"a" * 140_000 + b"\n",
    "Date,ShareLink,ShareCommentary\n2024-01-01 00:00:00,l,caf\xe9\n".encode("latin-1"),
])  # fmt: skip


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(shares=HOSTILE_CSV)
def test_hostile_files_are_refused_with_one_message_and_nothing_stored(
    tmp_path: Path, store: Store, clock: FixedClock, shares: bytes
) -> None:
    db, reader = store
    folder = af.write_folder(
        tmp_path / "hostile", af.linkedin_files(replace={"Shares.csv": shares})
    )
    before = dump(tmp_path / "ownvoice.db")
    with pytest.raises(ArchiveError) as caught:
        import_archive("linkedin", folder, db, reader, clock)
    assert "Shares.csv" in caught.value.file
    assert dump(tmp_path / "ownvoice.db") == before


def test_unsafe_entry_names_refuse_the_whole_archive(
    tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    db, reader = store
    files = {**af.linkedin_files(), "../../evil.csv": b"x"}
    path = af.write_zip(tmp_path / "evil.zip", files)
    before = dump(tmp_path / "ownvoice.db")
    with pytest.raises(ArchiveError) as caught:
        import_archive("linkedin", path, db, reader, clock)
    assert caught.value.problem_key == "unsafe_path"
    assert dump(tmp_path / "ownvoice.db") == before


def test_an_import_checks_linked_habits_on_every_day_it_shows(tmp_path: Path, store: Store) -> None:
    from app.domain.activity import ActivityKind
    from app.domain.habits import Frequency, Habit
    from app.services.habits import HabitsWriter
    from app.storage.habits.read import HabitRecord

    db, reader = store
    habits = HabitsWriter(db, reader)
    comments = habits.add(
        HabitRecord(Habit("Comment", Frequency.per_week(3)), linked_kind=ActivityKind.COMMENT),
        date(2014, 1, 1),
    )
    counted = habits.add(
        HabitRecord(
            Habit("Comments a day", Frequency(1, 1), numeric=True, target=1.0, unit="kpl"),
            linked_kind=ActivityKind.COMMENT,
        ),
        date(2014, 1, 1),
    )
    archive = af.write_zip(tmp_path / "bulk.zip", af.linkedin_bulk(20, 300))
    june = FixedClock(date(2024, 6, 1))
    import_archive("linkedin", archive, db, reader, june)
    days = {a.day for a in journey_read.read_activities(reader.connection)
            if a.kind is ActivityKind.COMMENT}  # fmt: skip
    yes_no = habits.reader.checkins(comments)
    assert {r.checkin.day for r in yes_no} == days and len(days) > 250
    per_day = {r.checkin.day: r.checkin.value for r in habits.reader.checkins(counted)}
    by_day = Counter(a.day for a in journey_read.read_activities(reader.connection)
                     if a.kind is ActivityKind.COMMENT)  # fmt: skip
    assert per_day == {day: float(n) for day, n in by_day.items()}
    import_archive("linkedin", archive, db, reader, june)  # again: nothing doubles
    assert len(habits.reader.checkins(comments)) == len(days)


def test_removing_an_import_takes_back_what_it_added_and_nothing_else(
    tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
    from app.domain.habits import Frequency, Habit
    from app.services.habits import HabitsWriter
    from app.services.journey import JourneyWriter
    from app.services.voice.removal import remove_import
    from app.storage.habits.read import HabitRecord

    db, reader = store
    journey = JourneyWriter(db, reader)
    own = journey.log(Activity(ActivityKind.OWN_POST, Channel.X, TODAY, ActivitySource.MANUAL),
                      TODAY).activity_id  # fmt: skip
    habits = HabitsWriter(db, reader)
    habit = habits.add(
        HabitRecord(Habit("Comment", Frequency.per_week(3)), linked_kind=ActivityKind.COMMENT),
        date(2020, 1, 1),
    )
    first = import_archive(
        "linkedin", af.write_zip(tmp_path / "a.zip", af.linkedin_files()), db, reader, clock
    )
    files = af.linkedin_newer_files()
    second = import_archive("linkedin", af.write_folder(tmp_path / "b", files), db, reader, clock)
    [b, a] = corpus_read.read_imports(reader.connection)  # newest first
    assert corpus_read.texts_per_import(reader.connection) == {a.id: first.new_posts, b.id: 1}
    assert journey_read.activities_per_import(reader.connection) == {
        a.id: first.new_activities, b.id: second.new_activities,
    }  # fmt: skip
    assert habits.reader.checkins(habit)  # the imported comments checked the linked habit

    removed = remove_import(db, reader, b.id, TODAY)  # the newer archive: only its one new post
    assert (removed.texts, removed.activities) == (1, 1)
    assert len(corpus_read.read_texts(reader.connection)) == first.new_posts
    assert [r.id for r in corpus_read.read_imports(reader.connection)] == [a.id]

    removed = remove_import(db, reader, a.id, TODAY)
    assert (removed.texts, removed.activities) == (first.new_posts, first.new_activities)
    assert corpus_read.read_texts(reader.connection) == []
    assert corpus_read.read_imports(reader.connection) == []
    assert [x.id for x in journey_read.read_activities(reader.connection)] == [own]
    assert habits.reader.checkins(habit) == []  # made only by the imported comments
    kinds = {m.kind.value for m in journey.reader.status(TODAY).recognition}
    assert "first_comment" not in kinds and "first_own_post" in kinds  # her own post stays


def test_an_import_from_before_the_log_remembered_imports_is_removed_too(
    tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    from app.services.voice.removal import remove_import

    db, reader = store
    archive = af.write_zip(tmp_path / "a.zip", af.linkedin_files())
    import_archive("linkedin", archive, db, reader, clock)
    with db.session() as session:  # as stored by a version before schema 0006
        session.connection().exec_driver_sql("UPDATE activity SET import_id = NULL")
    [record] = corpus_read.read_imports(reader.connection)
    removed = remove_import(db, reader, record.id, TODAY)
    # Entries with a text are matched by it (a connections-only post has a text but no public
    # entry); a reaction or a plain share has no text to match and stays.
    assert removed.texts > 0 and 0 < removed.activities <= removed.texts
    left = journey_read.read_activities(reader.connection)
    assert {a.kind.value for a in left} <= {"reaction", "share"}
