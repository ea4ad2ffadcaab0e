"""Inspire by example (issue 21), on the services: a post goes to the group only with its
author's yes, and a name only with a yes to it; a yes taken back, an answer in someone else's
file or a forged group file lets nothing out; the schema version each file is written in; and
hostile group files refused, each with its own plain line."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from app.domain.exchange.codec import feedback_to_json, progress_to_json
from app.domain.exchange.examples import (
    Example,
    GroupFile,
    Permission,
    Recognition,
    RecognitionLine,
    ShareAnswer,
)
from app.domain.exchange.model import (
    Feedback,
    FeedbackEntry,
    FeedbackKind,
    Kind,
    Person,
    ProgressReport,
    Section,
)
from app.domain.exchange.sessions import GroupSession
from app.services.clock import FixedClock
from app.services.exchange.cohort import load_cohort
from app.services.exchange.examples import (
    NotAllowedError,
    ask_to_share,
    new_ask,
    prepare_group_file,
    save_group_file,
)
from app.services.exchange.feedback import import_feedback
from app.services.exchange.package import (
    MANIFEST,
    ExchangeError,
    read_package,
    write_package,
)
from app.storage.database import Database
from app.storage.quick import QuickReader
from tests.fixed_clock import TEST_DAY

AINO = Person("a" * 32, "Aino Mäkinen")
BO = Person("b" * 32, "Bo Lind")
CLOCK = FixedClock(TEST_DAY)


@pytest.fixture
def coach(tmp_path: Path) -> Iterator[tuple[Database, QuickReader]]:
    folder = tmp_path / "coach"
    folder.mkdir()
    db = Database.open(folder / "ownvoice.db", CLOCK.now())
    reader = QuickReader(folder / "ownvoice.db")
    yield db, reader
    reader.close()
    db.close()


def progress_file(folder: Path, person: Person, answers: tuple[ShareAnswer, ...]) -> Path:
    report = ProgressReport(person, TEST_DAY, "en", frozenset({Section.STAGES}),
                            share_answers=answers)  # fmt: skip
    path = folder / f"{person.name.split()[0].lower()}.ownvoice"
    write_package(path, Kind.PROGRESS, person, progress_to_json(report), {}, app_version="t",
                  created_at="2026-05-13T12:00:00", private=True)  # fmt: skip
    return path


def test_only_posts_their_authors_allow_go_out_and_names_only_with_a_yes_to_them(
    coach: tuple[Database, QuickReader], tmp_path: Path
) -> None:
    db, reader = coach
    named = new_ask(TEST_DAY, "I asked my readers one question.", "A question opens the talk")
    nameless = new_ask(TEST_DAY, "Three things I learnt this week.", "Short and useful")
    declined = new_ask(TEST_DAY, "My first video.", "Brave")
    revoked = new_ask(TEST_DAY, "A thank-you post.", "Warm")
    waiting = new_ask(TEST_DAY, "Not answered yet.", "Clear")
    for ask in (named, nameless, declined, revoked):
        ask_to_share(db, AINO, ask)
    ask_to_share(db, BO, waiting)
    folder = tmp_path / "cohort"
    folder.mkdir()
    answers = (
        ShareAnswer(named.id, Permission.NAMED, TEST_DAY),
        ShareAnswer(nameless.id, Permission.ANONYMOUS, TEST_DAY),
        ShareAnswer(declined.id, Permission.DECLINED, TEST_DAY),
        ShareAnswer(revoked.id, Permission.REVOKED, TEST_DAY),
    )
    first = progress_file(folder, AINO, answers)
    assert read_package(first).manifest.schema == 3  # answers need version 3
    # Bo's file says yes to Bo's request in Aino's name: a yes for someone else's post, and
    # Bo answers nothing of his own.
    progress_file(folder, BO, (ShareAnswer(nameless.id, Permission.NAMED, TEST_DAY),))
    cohort = load_cohort(folder)
    everything = [named.id, nameless.id, declined.id, revoked.id, waiting.id]
    group = prepare_group_file(reader, cohort, "Kaisa", TEST_DAY, everything)
    shared = {e.post: e.author for e in group.examples}
    assert shared == {named.post: "Aino Mäkinen", nameless.post: ""}
    # Only what the coach ticks goes, even among those allowed.
    assert [e.id for e in prepare_group_file(reader, cohort, "K", TEST_DAY, [named.id]).examples] \
        == [named.id]  # fmt: skip

    out = tmp_path / "group.ownvoice"
    save_group_file(db, reader, cohort, group, out, CLOCK, tmp_path)
    package = read_package(out, expect=Kind.COHORT)
    assert package.manifest.schema == 3
    authors = {e["post"]: e["author"] for e in package.data["examples"]}
    assert authors == {named.post: "Aino Mäkinen", nameless.post: ""}
    assert "Bo" not in json.dumps(package.data)

    # A group file made up by hand is checked against the answers again: nothing is written.
    for forged in (
        Example(declined.id, declined.post, "x", "", TEST_DAY),  # they said no
        Example(nameless.id, nameless.post, "x", "Aino Mäkinen", TEST_DAY),  # a name: not allowed
        Example(named.id, "Another text altogether", "x", "Aino Mäkinen", TEST_DAY),
    ):
        bad = tmp_path / "forged.ownvoice"
        with pytest.raises(NotAllowedError):
            save_group_file(db, reader, cohort, GroupFile("K", TEST_DAY, (forged,)), bad, CLOCK,
                            tmp_path)  # fmt: skip
        assert not bad.exists()

    # Aino takes her yes back: the next group file holds nothing of hers.
    first.unlink()
    taken_back = tuple(
        ShareAnswer(ask.id, Permission.REVOKED, TEST_DAY) for ask in (named, nameless)
    )
    progress_file(folder, AINO, taken_back)
    later = prepare_group_file(reader, load_cohort(folder), "Kaisa", TEST_DAY, everything)
    assert later.examples == ()
    with pytest.raises(NotAllowedError):
        save_group_file(db, reader, load_cohort(folder), group, tmp_path / "old.ownvoice", CLOCK,
                        tmp_path)  # fmt: skip


def test_a_request_to_share_needs_schema_3_and_files_without_one_stay_older() -> None:
    ask = new_ask(TEST_DAY, "A post", "Why")
    entry = FeedbackEntry(ask.id, TEST_DAY, FeedbackKind.SHARE_ASK, ask.why, share=ask)
    plain = FeedbackEntry("c" * 32, TEST_DAY, FeedbackKind.RECOGNITION, "Well done")
    from app.domain.exchange.exercise_codec import needed_version

    assert needed_version(feedback_to_json(Feedback(AINO, "K", TEST_DAY, (entry,)))) == 3
    assert needed_version(feedback_to_json(Feedback(AINO, "K", TEST_DAY, (plain,)))) == 1
    report = ProgressReport(AINO, TEST_DAY, "en", frozenset({Section.STAGES}))
    assert needed_version(progress_to_json(report)) == 1


def group_package(path: Path, group: GroupFile, person: Person = AINO) -> Path:
    from app.domain.exchange.codec import person_to_json
    from app.domain.exchange.examples import group_to_json

    data = {"person": person_to_json(person), **group_to_json(group)}
    write_package(path, Kind.COHORT, person, data, {}, app_version="t",
                  created_at=f"{group.made_on}T12:00:00", private=True)  # fmt: skip
    return path


def changed(path: Path, edit: Callable[[dict[str, Any]], None], schema: int | None = None) -> Path:
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        data = json.loads(archive.read("cohort.json"))
    edit(data)
    body = json.dumps(data).encode()
    manifest["members"]["cohort.json"] = hashlib.sha256(body).hexdigest()
    if schema is not None:
        manifest["schema"] = schema
    out = path.with_name(f"changed-{len(list(path.parent.iterdir()))}.ownvoice")
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        archive.writestr("cohort.json", body)
    return out


EXAMPLE = Example("e" * 32, "A good post", "It asks", "", TEST_DAY)
LINE = RecognitionLine(Recognition.ACTED, 5, TEST_DAY.replace(day=1))
SESSION = GroupSession("5" * 32, TEST_DAY, time(17, 0), 60, "Openers", "One draft each")


def test_hostile_group_files_are_refused_each_with_one_plain_line(
    coach: tuple[Database, QuickReader], tmp_path: Path
) -> None:
    db, reader = coach
    good = group_package(
        tmp_path / "good.ownvoice", GroupFile("K", TEST_DAY, (EXAMPLE,), (LINE,), (SESSION,))
    )

    def session(**change: object) -> Callable[[dict[str, Any]], None]:
        return lambda data: data["sessions"][0].update(change)

    def set_key(key: str, value: object) -> Callable[[dict[str, Any]], None]:
        return lambda data: data.__setitem__(key, value)

    def example(**change: object) -> Callable[[dict[str, Any]], None]:
        return lambda data: data["examples"][0].update(change)

    cases = {
        "no text": (changed(good, example(post="")), "bad_content"),
        "twice": (changed(good, lambda d: d["examples"].append(d["examples"][0])), "bad_content"),
        "a ranking": (changed(good, set_key("ranking", ["Aino"])), "bad_content"),
        "unknown count": (
            changed(good, lambda d: d["recognition"][0].update(what="top_poster")),
            "bad_content",
        ),
        "future month": (
            changed(good, lambda d: d["recognition"][0].update(month="2027-01")),
            "bad_content",
        ),
        "not a date": (changed(good, example(shared_on="2026-02-31")), "bad_content"),
        "no such day": (changed(good, session(day="2026-02-30")), "bad_content"),
        "no such time": (changed(good, session(start="25:00")), "bad_content"),
        "five minutes": (changed(good, session(minutes=5)), "bad_content"),
        "no topic": (changed(good, session(topic="  ")), "bad_content"),
        "who took part": (changed(good, session(took_part=["Aino"])), "bad_content"),
        "session twice": (
            changed(good, lambda d: d["sessions"].append(d["sessions"][0])),
            "bad_content",
        ),
        "old version": (changed(good, lambda d: None, schema=2), "bad_content"),
        "newer": (changed(good, lambda d: None, schema=4), "newer"),
        "someone else": (
            changed(good, set_key("person", {"id": "f" * 32, "name": "X"})),
            "bad_content",
        ),
    }
    for name, (path, reason) in cases.items():
        with pytest.raises(ExchangeError) as caught:
            import_feedback(db, reader, path, CLOCK)
        assert caught.value.reason == reason, name
        line = str(caught.value)
        assert "\n" not in line and path.name in line and "Traceback" not in line, name
    assert reader.connection.execute("SELECT COUNT(*) FROM group_file").fetchone() == (0,)
    done = import_feedback(db, reader, good, CLOCK)  # the same file unchanged: accepted
    assert done.group and done.total == 1


def test_a_newer_group_file_replaces_the_older_and_an_older_one_changes_nothing(
    coach: tuple[Database, QuickReader], tmp_path: Path
) -> None:
    from app.services.exchange.examples import group_view

    db, reader = coach
    newer = GroupFile("K", TEST_DAY, (), (LINE,))
    older = GroupFile("K", date(2026, 5, 1), (EXAMPLE,), ())
    first = group_package(tmp_path / "first.ownvoice", GroupFile("K", date(2026, 5, 6),
                                                                 (EXAMPLE,), ()))  # fmt: skip
    done = import_feedback(db, reader, first, CLOCK)
    assert done.group and done.total == 1 and done.new == 1
    assert [e.post for e in group_view(reader).group.examples] == ["A good post"]  # type: ignore[union-attr]
    import_feedback(db, reader, group_package(tmp_path / "newer.ownvoice", newer), CLOCK)
    view = group_view(reader).group
    assert view is not None and view.examples == () and view.recognition == (LINE,)
    again = import_feedback(db, reader, group_package(tmp_path / "older.ownvoice", older), CLOCK)
    assert again.new == 0
    assert group_view(reader).group == newer


def test_group_recognition_counts_people_never_names_and_only_from_two(tmp_path: Path) -> None:
    from app.domain.exchange.codec import progress_to_json
    from app.domain.exchange.exercises import ExerciseState
    from app.domain.exchange.model import ActivityRow, GoalRow, Stages
    from app.services.exchange.examples import group_recognition

    folder = tmp_path / "cohort"
    folder.mkdir()
    month = TEST_DAY.replace(day=1)
    people = [Person(c * 32, f"Person {c}") for c in "abc"]
    for n, person in enumerate(people):
        report = ProgressReport(
            person, TEST_DAY, "en",
            frozenset({Section.STAGES, Section.ACTIVITY, Section.GOALS, Section.EXERCISES}),
            stages=Stages("listener", "commenter" if n < 2 else "listener", "commenter"),
            activity=(ActivityRow(month, "comment", 3),) if n < 2 else (),
            goals=(GoalRow("Comment weekly", "done" if n == 0 else "on_track", 3, 3),),
            exercises=(ExerciseState("e" * 31 + str(n), "Openers", month, TEST_DAY,
                                     TEST_DAY if n < 2 else None, 0, 0),),
        )  # fmt: skip
        data = progress_to_json(report)
        write_package(folder / f"{n}.ownvoice", Kind.PROGRESS, person, data, {},
                      app_version="t", created_at="2026-05-13T12:00:00", private=True)  # fmt: skip
    lines = group_recognition(load_cohort(folder), TEST_DAY)
    counts = {line.what: line.count for line in lines}
    # Two took a step in public this month, two moved up, two finished an exercise; only one
    # reached a goal: a count of one would point at someone, so that line is left out.
    assert counts == {Recognition.ACTED: 2, Recognition.MOVED_UP: 2, Recognition.EXERCISE_DONE: 2}
    assert all(line.month == month for line in lines)
    from app.domain.exchange.examples import group_to_json

    text = json.dumps(group_to_json(GroupFile("K", TEST_DAY, (), lines)))
    assert not any(p.name in text or p.id in text for p in people)
