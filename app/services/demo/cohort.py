"""A demo cohort: N progress files of varied, reproducible people, for trying coach mode, for
screenshots and for the bench (``ownvoice demo cohort --people N --out DIR``).

Each person is made in memory, not in a store: a start on the ladder, a pace, a month or more of
silence for some, habits with their check-ins, goals, and a few journal entries shared with the
coach. Their stages come from the real ladder (``standing``) and their habit strengths from the
real habit maths, so coach mode shows what it would show for real people. The same ``seed`` and
``today`` give the same files on every day.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from app import __version__
from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.exchange.codec import progress_to_json
from app.domain.exchange.draft_talk import DraftAsk
from app.domain.exchange.exercises import Exercise, ExerciseState, due_after, state_of
from app.domain.exchange.goal_talk import Answer, GoalAnswer
from app.domain.exchange.model import (
    ActivityRow,
    CheckinRow,
    GoalRow,
    HabitRow,
    JournalRow,
    Kind,
    LinkRow,
    Person,
    ProgressReport,
    Section,
    Stages,
    WeekRow,
)
from app.domain.habits import CheckIn, CheckState, Frequency, Habit, evaluate
from app.domain.journey.ladder import NextStep, Stage, StartingPoint
from app.domain.journey.standing import standing
from app.services.exchange.package import write_package
from app.services.exchange.summary import Words, activity_csv, checkins_csv, summary_html

FIRST = ("Aino", "Eero", "Lotta", "Mikael", "Sanna", "Johanna", "Ville", "Elsa", "Anders",
         "Kaisa", "Oskari", "Linnea", "Tuomas", "Maria", "Jussi", "Ida", "Henrik",
         "Noora")  # fmt: skip
LAST = ("Mäkinen", "Korhonen", "Nieminen", "Lindqvist", "Virtanen", "Holmström", "Laine",
        "Heikkinen", "Sjöberg", "Koskinen", "Järvinen", "Lehtonen", "Ek", "Salo")  # fmt: skip
HABITS = ("Comment thoughtfully on others' posts", "Reply to every comment on my posts",
          "Share a colleague's post with my own words", "Note down one idea")  # fmt: skip
JOURNAL = (
    "Commenting felt easier this week; two people answered back.",
    "I wrote my first post about the pilot. Nervous, but it went fine.",
    "Quiet month: travelling. Back next week.",
)
BASE_RATE = {ActivityKind.REACTION: 3.0, ActivityKind.COMMENT: 1.4, ActivityKind.REPLY: 0.8,
             ActivityKind.OWN_POST: 0.12, ActivityKind.SHARE_WITH_COMMENT: 0.12,
             ActivityKind.SHARE: 0.4}  # fmt: skip


@dataclass(frozen=True)
class CohortSummary:
    people: int
    folder: Path


def make_person(index: int, seed: int, today: date, weeks: int = 52) -> ProgressReport:
    rng = random.Random(seed * 100_003 + index)
    person = Person(
        uuid.UUID(int=rng.getrandbits(128)).hex,
        f"{rng.choice(FIRST)} {rng.choice(LAST)}",
    )
    first = today - timedelta(weeks=weeks)
    pace = rng.choice((0.2, 0.35, 0.5, 0.7, 1.0))
    start_stage = rng.choice((Stage.LISTENER, Stage.SUPPORTER, Stage.SUPPORTER, Stage.COMMENTER))
    silent_from = (
        today - timedelta(days=rng.choice((0, 0, 0, 20, 45))) if rng.random() < 0.4 else today
    )
    activities = _activities(rng, first, min(silent_from, today), pace)
    start = StartingPoint(start_stage, NextStep.MORE_PUBLIC_ACTIONS)
    stood = standing(activities, first, today, start=start)
    habits, checkins = _habits(rng, first, today, pace)
    last = max((a.day for a in activities), default=None)
    counts: dict[tuple[date, str], int] = {}
    for a in activities:
        key = (a.day - timedelta(days=a.day.weekday()), a.kind.value)
        counts[key] = counts.get(key, 0) + 1
    share_journal = rng.random() < 0.5
    report = ProgressReport(
        person=person,
        made_on=today,
        language=rng.choice(("fi", "fi", "sv", "en")),
        sections=frozenset(Section) - {Section.DRAFTS},
        last_active=last,
        stages=Stages(
            start=start_stage.key,
            now=stood.now.stage.key,
            highest=stood.now.highest.key,
            weeks=tuple(WeekRow(w.monday, w.stage.key, w.from_log) for w in stood.weeks),
        ),
        goals=_goals(rng, today, pace),
        habits=habits,
        checkins=checkins,
        activity=tuple(ActivityRow(w, k, n) for (w, k), n in sorted(counts.items())),
        links=tuple(
            LinkRow(a.day, a.channel.value, f"https://www.linkedin.com/feed/update/{i}")
            for i, a in enumerate(activities)
            if a.kind is ActivityKind.OWN_POST
        ),
        journal=tuple(
            JournalRow(today - timedelta(days=10 * (n + 1)), "reflection", text)
            for n, text in enumerate(JOURNAL[: rng.randint(1, 3)])
        )
        if share_journal
        else (),
        exercises=_exercises(random.Random(seed * 7_919 + index), person, today, activities),
    )
    return _talk(random.Random(seed * 104_729 + index), report, today)


DRAFT = ("Hydrogen buses come to Tampere next spring. I spent a week with the drivers who "
         "tested them. Three things surprised me.")  # fmt: skip


def _talk(rng: random.Random, report: ProgressReport, today: date) -> ProgressReport:
    """Some have agreed a goal with their coach; some have sent a draft for comments."""
    from dataclasses import replace

    goals = report.goals
    answers: tuple[GoalAnswer, ...] = ()
    if goals and rng.random() < 0.4:
        goals = (replace(goals[0], agreed=True), *goals[1:])
        proposed = today - timedelta(days=rng.randint(10, 40))
        answers = (GoalAnswer(uuid.UUID(int=rng.getrandbits(128)).hex, proposed,
                              goals[0].statement, Answer.ACCEPTED,
                              proposed + timedelta(days=2), goals[0].statement),)  # fmt: skip
    asks: tuple[DraftAsk, ...] = ()
    if rng.random() < 0.3:
        asks = (DraftAsk(uuid.UUID(int=rng.getrandbits(128)).hex,
                         today - timedelta(days=rng.randint(0, 6)), "Hydrogen buses",
                         "linkedin", DRAFT),)  # fmt: skip
    return replace(report, goals=goals, goal_answers=answers, draft_asks=asks)


def _exercises(
    rng: random.Random, person: Person, today: date, activities: list[Activity]
) -> tuple[ExerciseState, ...]:
    """One to three exercises from the library, assigned in the last weeks: done by their count,
    marked done, or still open, as their activity makes them."""
    from app.services.exchange.exercises import load_library

    library = load_library("en")
    states = []
    for item in rng.sample(library, rng.randint(1, 3)):
        assigned = today - timedelta(days=rng.choice((3, 10, 17, 24)))
        exercise = Exercise(
            uuid.UUID(int=rng.getrandbits(128)).hex, assigned, due_after(assigned, item.days),
            item.title, item.text, item.counts, item.target, item.id,
        )  # fmt: skip
        marked = None
        if item.counts is None and rng.random() < 0.5:
            marked = min(today, assigned + timedelta(days=rng.randint(1, item.days)))
        states.append(state_of(exercise, marked, activities))
    return tuple(states)


def _activities(rng: random.Random, first: date, until: date, pace: float) -> list[Activity]:
    found = []
    monday = first - timedelta(days=first.weekday())
    weeks = max(1, (until - first).days // 7)
    n = 0
    while monday <= until:
        growth = 0.4 + 0.6 * min(1.0, n / weeks * 1.5)
        for kind, rate in BASE_RATE.items():
            expected = rate * pace * growth
            for _ in range(_poisson(rng, expected)):
                day = monday + timedelta(days=rng.randrange(5))
                if first <= day <= until:
                    found.append(Activity(kind, Channel.LINKEDIN, day, ActivitySource.MANUAL))
        monday += timedelta(days=7)
        n += 1
    return found


def _poisson(rng: random.Random, rate: float) -> int:
    count, threshold, product = 0, pow(2.718281828, -rate), rng.random()
    while product > threshold:
        count += 1
        product *= rng.random()
    return count


def _habits(
    rng: random.Random, first: date, today: date, pace: float
) -> tuple[tuple[HabitRow, ...], tuple[CheckinRow, ...]]:
    rows, checkins = [], []
    for name in rng.sample(HABITS, rng.randint(1, 3)):
        habit = Habit(name, Frequency(3, 7), created=first)
        chance = min(0.9, 0.25 + 0.3 * pace)
        days = [first + timedelta(days=d) for d in range((today - first).days + 1)]
        done = [CheckIn(day, CheckState.DONE) for day in days if rng.random() < chance * 0.5]
        history = evaluate(habit, done, today, [])
        last30 = sum(1 for c in done if (today - c.day).days < 30)
        current = history.current_streak.length if history.current_streak else 0
        best = history.best_streak.length if history.best_streak else 0
        rows.append(HabitRow(name, round(history.score_on(today), 4), current, best, last30))
        checkins += [CheckinRow(name, c.day, c.state.value, None) for c in done]
    return tuple(rows), tuple(sorted(checkins, key=lambda c: (c.habit, c.day)))


def _goals(rng: random.Random, today: date, pace: float) -> tuple[GoalRow, ...]:
    target = rng.choice((8, 12, 24))
    done = round(target * min(1.2, pace * rng.uniform(0.4, 0.9)))
    status = "done" if done >= target else ("behind" if pace < 0.35 else "on_track")
    return (
        GoalRow("Comment on posts in my field twice a week", status, float(done), float(target),
                today + timedelta(days=rng.choice((30, 60, 90)))),
    )  # fmt: skip


def write_cohort(folder: Path, people: int, seed: int, today: date, words: Words) -> CohortSummary:
    """``people`` progress files in ``folder`` (made if missing), one per person."""
    folder.mkdir(parents=True, exist_ok=True)
    created = datetime.combine(today, time(12, 0), tzinfo=UTC).isoformat(timespec="seconds")
    for index in range(people):
        report = make_person(index, seed, today)
        extras = {
            "summary.html": summary_html(report, words).encode("utf-8"),
            "activity.csv": activity_csv(report),
            "habit-checkins.csv": checkins_csv(report),
        }
        name = report.person.name.replace(" ", "-").lower()
        write_package(
            folder / f"{index + 1:04d}-{name}.ownvoice",
            Kind.PROGRESS,
            report.person,
            progress_to_json(report),
            extras,
            app_version=__version__,
            created_at=created,
            private=False,
        )
    return CohortSummary(people, folder)
