"""The cohort report (``coach report``, the summary's CSV and HTML) lists the exercises each
person was given and what became of the goals the coach proposed (issue 21)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

from app.domain.exchange.codec import progress_to_json
from app.domain.exchange.exercises import ExerciseState
from app.domain.exchange.goal_talk import Answer, GoalAnswer
from app.domain.exchange.model import Kind, Person, ProgressReport, Section
from app.services.exchange import cohort_report
from app.services.exchange.cohort import load_cohort
from app.services.exchange.package import write_package
from tests.fixed_clock import TEST_DAY

AINO = Person("a" * 32, "Aino")
WEEK = timedelta(days=7)


class Plain:
    def text(self, source: str) -> str:
        return source

    def label(self, key: object) -> str:
        return str(getattr(key, "key", key))

    def day(self, value: object) -> str:
        return str(value)


def cohort_folder(tmp_path: Path) -> Path:
    report = ProgressReport(
        AINO, TEST_DAY, "en", frozenset({Section.STAGES, Section.GOALS, Section.EXERCISES}),
        exercises=(
            ExerciseState("1" * 32, "Comment on five posts", TEST_DAY - WEEK, TEST_DAY,
                          TEST_DAY - timedelta(days=2), 5, 5),
            ExerciseState("2" * 32, "Write three openers", TEST_DAY - WEEK, TEST_DAY + WEEK,
                          None, 0, 0),
        ),
        goal_answers=(
            GoalAnswer("3" * 32, TEST_DAY - WEEK, "Reply within a day", Answer.EDITED,
                       TEST_DAY - timedelta(days=5), "Reply within two days"),
            GoalAnswer("4" * 32, TEST_DAY - WEEK, "A video a week", Answer.DECLINED,
                       TEST_DAY - timedelta(days=4)),
        ),
    )  # fmt: skip
    folder = tmp_path / "cohort"
    folder.mkdir()
    write_package(folder / "aino.ownvoice", Kind.PROGRESS, AINO, progress_to_json(report), {},
                  app_version="t", created_at="2026-05-13T12:00:00", private=True)  # fmt: skip
    return folder


def test_exercises_and_goal_answers_are_in_every_form_of_the_report(tmp_path: Path) -> None:
    cohort = load_cohort(cohort_folder(tmp_path))
    [person] = cohort_report.as_json(cohort, TEST_DAY)["people"]
    assert (person["exercises_done"], person["exercises"]) == (1, 2)
    assert (person["goals_accepted"], person["goals_changed"], person["goals_declined"]) == (
        0, 1, 1,
    )  # fmt: skip
    assert [e["title"] for e in person["exercise_list"]] == [
        "Comment on five posts", "Write three openers",
    ]  # fmt: skip
    assert person["exercise_list"][0]["done_on"] == str(TEST_DAY - timedelta(days=2))
    assert [(a["statement"], a["answer"], a["agreed"]) for a in person["goal_answers"]] == [
        ("Reply within a day", "edited", "Reply within two days"),
        ("A video a week", "declined", ""),
    ]
    [row] = csv.DictReader(io.StringIO(cohort_report.as_csv(cohort, TEST_DAY)))
    assert (row["exercises_done"], row["exercises"], row["goals_changed"]) == ("1", "2", "1")
    html = cohort_report.as_html(cohort, TEST_DAY, Plain())
    for text in ("Comment on five posts", "Write three openers", "Open",
                 f"Done on {TEST_DAY - timedelta(days=2)}", "Reply within a day",
                 "Changed and accepted on", "Reply within two days", "Declined on",
                 "<td>1 / 2</td>", "<td>0 / 1 / 1</td>"):  # fmt: skip
        assert text in html, text
    table = cohort_report.as_table(cohort, TEST_DAY)
    assert "exercises" in table.splitlines()[0] and "1/2" in table.splitlines()[1]
