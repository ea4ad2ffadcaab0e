"""Exercises and goal proposals in exchange files (issue 21): the library in three languages,
round trips, the schema version a file is written in, and hostile entries refused with their own
reason."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.exchange.codec import (
    BadContentError,
    feedback_from_json,
    feedback_to_json,
    progress_from_json,
)
from app.domain.exchange.exercises import LibraryError, parse_library, state_of
from app.domain.exchange.model import Feedback, FeedbackEntry, FeedbackKind, Kind, Person
from app.services.exchange.exercises import entry_of, load_library, new_exercise
from app.services.exchange.package import MANIFEST, ExchangeError, read_package, write_package
from tests.fixed_clock import TEST_DAY

AINO = Person("a" * 32, "Aino")


def feedback_file(path: Path, entries: list[FeedbackEntry]) -> Path:
    feedback = Feedback(AINO, "Kaisa", TEST_DAY, tuple(entries))
    write_package(path, Kind.FEEDBACK, AINO, feedback_to_json(feedback), {},
                  app_version="t", created_at="2026-05-13T12:00:00", private=True)  # fmt: skip
    return path


def changed(path: Path, edit: Any, schema: int | None = None) -> Path:
    """The file with its feedback.json edited by ``edit`` and the checksums made to match (a
    hostile file passes the checksums: only the content is wrong)."""
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        data = json.loads(archive.read("feedback.json"))
    edit(data)
    body = json.dumps(data).encode()
    manifest["members"]["feedback.json"] = hashlib.sha256(body).hexdigest()
    if schema is not None:
        manifest["schema"] = schema
    out = path.with_name("changed-" + path.name)
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        archive.writestr("feedback.json", body)
    return out


def exercise_entry() -> FeedbackEntry:
    exercise = new_exercise(TEST_DAY, TEST_DAY + timedelta(days=7), "Comment on five posts",
                            "In your field.", "comment", 5, "comment-five")  # fmt: skip
    return entry_of(exercise)


def test_the_library_has_the_same_exercises_in_every_language() -> None:
    libraries = {lang: load_library(lang) for lang in ("en", "fi", "sv")}
    shape = {
        lang: [(e.id, e.stage, e.benefits, e.days, e.counts, e.target) for e in items]
        for lang, items in libraries.items()
    }
    assert shape["en"] == shape["fi"] == shape["sv"]
    stages = {e.stage for e in libraries["en"]}
    assert stages == {"listener", "supporter", "commenter", "conversationalist", "creator",
                      "role_model"}  # fmt: skip
    for lang in ("fi", "sv"):  # written in the language, not left in English
        for mine, english in zip(libraries[lang], libraries["en"], strict=True):
            assert mine.title != english.title and mine.text != english.text
    assert load_library("de") == libraries["en"]


def test_a_broken_library_is_refused() -> None:
    with pytest.raises(LibraryError, match="unknown stage"):
        item = {"id": "x", "stage": "guru", "title": "T", "text": "T", "days": 7}
        parse_library(json.dumps({"format": 1, "language": "en", "exercises": [item]}), "en")


def test_an_exercise_round_trips_and_needs_schema_2(tmp_path: Path) -> None:
    entry = exercise_entry()
    plain = FeedbackEntry("b" * 32, TEST_DAY, FeedbackKind.FEEDBACK, "Nice.")
    with_exercise = read_package(feedback_file(tmp_path / "a.ownvoice", [entry, plain]))
    assert with_exercise.manifest.schema == 2
    assert feedback_from_json(with_exercise.data).entries == (entry, plain)
    without = read_package(feedback_file(tmp_path / "b.ownvoice", [plain]))
    assert without.manifest.schema == 1


def test_a_count_does_an_exercise_on_the_day_it_is_reached() -> None:
    exercise = exercise_entry().exercise
    assert exercise is not None
    days = [TEST_DAY + timedelta(days=n) for n in (0, 1, 1, 2, 3, 3, 20)]
    log = [Activity(ActivityKind.COMMENT, Channel.LINKEDIN, d, ActivitySource.MANUAL)
           for d in days]  # fmt: skip
    state = state_of(exercise, None, log)
    assert (state.count, state.done_on) == (5, TEST_DAY + timedelta(days=3))
    assert state_of(exercise, TEST_DAY, log[:2]).done_on == TEST_DAY  # marked by the person
    assert state_of(exercise, None, log[:4]).done_on is None


@pytest.mark.parametrize(
    ("edit", "schema", "detail"),
    [
        (lambda d: d["entries"][0].pop("exercise"), None, "exercise"),
        (lambda d: d["entries"][0]["exercise"].update(due="2026-05-01"), None,
         "an exercise due before it was assigned"),
        (lambda d: d["entries"][0]["exercise"].update(due="2026-02-31"), None, "not a date"),
        (lambda d: d["entries"][0]["exercise"].update(target=5000), None, "target"),
        (lambda d: d["entries"][0]["exercise"].update(counts="bribe"), None, "counts"),
        (lambda d: d["entries"][0]["exercise"].update(counts=None), None,
         "an exercise that counts nothing towards a target"),
        (lambda d: d["entries"][0].update(kind="feedback"), None, "exercise"),
        (lambda d: None, 1, "kind"),  # a version-1 file cannot carry an exercise
    ],
)  # fmt: skip
def test_a_hostile_exercise_is_refused_with_its_reason(
    tmp_path: Path, edit: Any, schema: int | None, detail: str
) -> None:
    path = changed(feedback_file(tmp_path / "f.ownvoice", [exercise_entry()]), edit, schema)
    with pytest.raises(ExchangeError) as caught:
        package = read_package(path, Kind.FEEDBACK)
        try:
            feedback_from_json(package.data)
        except BadContentError as error:
            raise ExchangeError(path, "bad_content", str(error)) from None
    assert caught.value.reason == "bad_content"
    assert detail in caught.value.detail, caught.value.detail
    assert "\n" not in str(caught.value)


def test_a_progress_file_with_impossible_exercise_states_is_refused() -> None:
    data: dict[str, Any] = {
        "person": {"id": "a" * 32, "name": "Aino"},
        "made_on": "2026-05-13",
        "language": "fi",
        "sections": ["exercises"],
        "last_active": None,
        "exercises": [{"id": "c" * 32, "title": "T", "assigned": "2026-05-10",
                       "due": "2026-05-17", "done_on": None, "count": 7, "target": 5}],
    }  # fmt: skip
    with pytest.raises(BadContentError, match="counted past its target"):
        progress_from_json(data)
    data["exercises"][0].update(count=5, done_on="2026-05-01")
    with pytest.raises(BadContentError, match="before it was assigned"):
        progress_from_json(data)
    data["exercises"][0].update(done_on="2026-05-12")
    assert progress_from_json(data).exercises[0].done_on == date(2026, 5, 12)


def test_the_stage_and_benefit_keys_are_the_journeys() -> None:
    from app.domain.exchange.exercises import BENEFIT_KEYS, STAGE_KEYS
    from app.domain.journey.ladder import Stage
    from app.domain.journey.profile import Benefit

    assert tuple(stage.key for stage in Stage) == STAGE_KEYS
    assert tuple(benefit.value for benefit in Benefit) == BENEFIT_KEYS


# -- goals agreed together -------------------------------------------------------------------


def goal_entry() -> FeedbackEntry:
    from app.services.exchange.goal_talk import new_proposal

    proposal = new_proposal(TEST_DAY, "Reply to every comment within a day", "reply", 10,
                            TEST_DAY + timedelta(days=30), "")  # fmt: skip
    return FeedbackEntry(proposal.id, TEST_DAY, FeedbackKind.GOAL, proposal.statement,
                         goal=proposal)  # fmt: skip


def test_a_goal_proposal_round_trips_and_needs_schema_2(tmp_path: Path) -> None:
    entry = goal_entry()
    package = read_package(feedback_file(tmp_path / "g.ownvoice", [entry]))
    assert package.manifest.schema == 2
    assert feedback_from_json(package.data).entries == (entry,)


@pytest.mark.parametrize(
    ("edit", "schema", "detail"),
    [
        (lambda d: d["entries"][0].pop("goal"), None, "goal"),
        (lambda d: d["entries"][0]["goal"].update(deadline="2026-05-01"), None,
         "a goal proposed with its deadline before the day it was proposed"),
        (lambda d: d["entries"][0]["goal"].update(target=0), None, "target"),
        (lambda d: d["entries"][0]["goal"].update(counts="bribe"), None, "counts"),
        (lambda d: d["entries"][0].update(kind="recognition"), None, "goal"),
        (lambda d: None, 1, "kind"),
    ],
)  # fmt: skip
def test_a_hostile_goal_proposal_is_refused_with_its_reason(
    tmp_path: Path, edit: Any, schema: int | None, detail: str
) -> None:
    path = changed(feedback_file(tmp_path / "g.ownvoice", [goal_entry()]), edit, schema)
    with pytest.raises(ExchangeError) as caught:
        package = read_package(path, Kind.FEEDBACK)
        try:
            feedback_from_json(package.data)
        except BadContentError as error:
            raise ExchangeError(path, "bad_content", str(error)) from None
    assert caught.value.reason == "bad_content"
    assert detail in caught.value.detail, caught.value.detail


def test_impossible_goal_answers_are_refused() -> None:
    answer = {"id": "c" * 32, "proposed": "2026-05-10", "statement": "S", "answer": "declined",
              "answered_on": "2026-05-09", "agreed": ""}  # fmt: skip
    data: dict[str, Any] = {
        "person": {"id": "a" * 32, "name": "Aino"}, "made_on": "2026-05-13", "language": "fi",
        "sections": ["goals"], "last_active": None, "goals": [], "goal_answers": [answer],
    }  # fmt: skip
    with pytest.raises(BadContentError, match="answered before it was proposed"):
        progress_from_json(data)
    answer.update(answered_on="2026-05-11", agreed="S")
    with pytest.raises(BadContentError, match="a declined one with it"):
        progress_from_json(data)
    answer.update(answer="accepted")
    assert progress_from_json(data).goal_answers[0].agreed == "S"


# -- drafts sent for comments ------------------------------------------------------------------


def comment_entry(quote: str = "Three things", offset: int | None = 5) -> FeedbackEntry:
    from app.domain.exchange.draft_talk import DraftComment

    return FeedbackEntry("d" * 32, TEST_DAY, FeedbackKind.DRAFT_COMMENT, "Name them.",
                         comment=DraftComment("e" * 32, quote, offset))  # fmt: skip


def test_a_draft_comment_round_trips_and_finds_its_passage(tmp_path: Path) -> None:
    from app.domain.exchange.draft_talk import find_passage

    overall = FeedbackEntry("f" * 32, TEST_DAY, FeedbackKind.DRAFT_COMMENT, "Good.",
                            comment=comment_entry("", None).comment)  # fmt: skip
    entries = [comment_entry(), overall]
    package = read_package(feedback_file(tmp_path / "d.ownvoice", entries))
    assert package.manifest.schema == 2
    assert feedback_from_json(package.data).entries == tuple(entries)
    text = "Wow. Three things. And then three things again: Three things."
    assert find_passage(text, "Three things", 5) == (5, 17)
    assert find_passage(text, "Three things", 50) == (48, 60)  # the nearest occurrence
    assert find_passage("Rewritten.", "Three things", 5) is None
    assert find_passage(text, "", None) is None


@pytest.mark.parametrize(
    ("edit", "schema", "detail"),
    [
        (lambda d: d["entries"][0].pop("comment"), None, "comment"),
        (lambda d: d["entries"][0]["comment"].update(offset=None), None,
         "a comment on a passage without the passage"),
        (lambda d: d["entries"][0]["comment"].update(quote=""), None,
         "a comment on a passage without the passage"),
        (lambda d: d["entries"][0]["comment"].update(offset=-4), None, "offset"),
        (lambda d: d["entries"][0]["comment"].update(ask="not-an-id"), None, "ask"),
        (lambda d: d["entries"][0].update(kind="feedback"), None, "comment"),
        (lambda d: None, 1, "kind"),
    ],
)  # fmt: skip
def test_a_hostile_draft_comment_is_refused_with_its_reason(
    tmp_path: Path, edit: Any, schema: int | None, detail: str
) -> None:
    path = changed(feedback_file(tmp_path / "d.ownvoice", [comment_entry()]), edit, schema)
    with pytest.raises(ExchangeError) as caught:
        package = read_package(path, Kind.FEEDBACK)
        try:
            feedback_from_json(package.data)
        except BadContentError as error:
            raise ExchangeError(path, "bad_content", str(error)) from None
    assert caught.value.reason == "bad_content"
    assert detail in caught.value.detail, caught.value.detail
