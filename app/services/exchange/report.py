"""A progress report made from the person's own store, holding only the sections they chose."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.domain.activity import Activity, ActivityKind, Channel
from app.domain.exchange.model import (
    ActivityRow,
    CheckinRow,
    DraftRow,
    GoalRow,
    HabitRow,
    JournalRow,
    LinkRow,
    Person,
    ProgressReport,
    Section,
    Stages,
    WeekRow,
)
from app.domain.habits import CheckState
from app.services.drafts.reader import DraftsReader
from app.services.exchange.draft_talk import waiting_asks
from app.services.exchange.exercises import report_states
from app.services.exchange.goal_talk import answers as goal_answers
from app.services.habits.reader import HabitsReader
from app.services.journey.reader import JourneyReader
from app.storage.exchange.examples import read_asks
from app.storage.habits import read as habits_read

if TYPE_CHECKING:
    from app.storage.quick import QuickReader

HABIT_WINDOW_DAYS = 30
_LINKED = {ActivityKind.OWN_POST, ActivityKind.COMMENT, ActivityKind.REPLY,
           ActivityKind.SHARE_WITH_COMMENT}  # fmt: skip


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def build_progress(
    reader: QuickReader,
    today: date,
    person: Person,
    language: str,
    sections: Collection[Section],
) -> ProgressReport:
    """Everything a section needs, read once; a section not chosen is not even read."""
    chosen = frozenset(sections)
    journey = JourneyReader(reader)
    status = journey.status(today) if chosen & {Section.STAGES, Section.GOALS} else None
    stages = None
    if Section.STAGES in chosen and status is not None:
        logged = [w.stage for w in status.weeks if w.from_log]
        stages = Stages(
            start=status.start.stage.key if status.start is not None else None,
            now=status.now.stage.key,
            highest=max(logged).key if logged else None,
            weeks=tuple(WeekRow(w.monday, w.stage.key, w.from_log) for w in status.weeks),
        )
    goals: tuple[GoalRow, ...] = ()
    agreed = journey.agreed_with_coach() if Section.GOALS in chosen else frozenset()
    if Section.GOALS in chosen and status is not None:
        goals = tuple(
            GoalRow(
                view.goal.statement,
                view.progress.status.value,
                view.progress.current,
                view.progress.target,
                view.goal.deadline,
                view.goal.id in agreed,
            )
            for view in status.goals
        )
    activities = journey.activities()
    habits, checkins = _habits(reader, today) if Section.HABITS in chosen else ((), ())
    exercises = report_states(reader, journey) if Section.EXERCISES in chosen else ()
    return ProgressReport(
        person=person,
        made_on=today,
        language=language,
        # Without any exercise the section is left out: the file stays schema 1.
        sections=chosen if exercises else chosen - {Section.EXERCISES},
        last_active=max((a.day for a in activities if a.day <= today), default=None),
        stages=stages,
        goals=goals,
        habits=habits,
        checkins=checkins,
        activity=_activity(activities) if Section.ACTIVITY in chosen else (),
        links=_links(activities) if Section.LINKS in chosen else (),
        journal=_journal(journey) if Section.JOURNAL in chosen else (),
        drafts=_drafts(reader) if Section.DRAFTS in chosen else (),
        exercises=exercises,
        goal_answers=goal_answers(reader) if Section.GOALS in chosen else (),
        draft_asks=waiting_asks(reader),  # each chosen by the person, shown before it goes
        # yes, no, or a yes taken back: always
        share_answers=tuple(a for x in read_asks(reader.connection) if (a := x.as_answer())),
    )


def _habits(
    reader: QuickReader, today: date
) -> tuple[tuple[HabitRow, ...], tuple[CheckinRow, ...]]:
    """Each active habit's summary, and its check-ins day by day up to ``today``."""
    habits = HabitsReader(reader)
    overview = habits.overview(today)
    names = {summary.id: summary.record.name for summary in overview.habits}
    every = habits_read.read_checkins(reader.connection, until=today)
    since = today - timedelta(days=HABIT_WINDOW_DAYS - 1)
    done = Counter(
        row.habit_id
        for row in every
        if row.checkin.state is CheckState.DONE and row.checkin.day >= since
    )
    checkins = tuple(
        sorted(
            (
                CheckinRow(
                    names[row.habit_id], row.checkin.day, row.checkin.state.value, row.checkin.value
                )
                for row in every
                if row.habit_id in names
            ),
            key=lambda c: (c.habit, c.day),
        )
    )
    rows = tuple(
        HabitRow(
            summary.record.name,
            round(summary.score, 4),  # as the file keeps it: the preview is the file
            summary.current_streak.length if summary.current_streak else 0,
            summary.best_streak.length if summary.best_streak else 0,
            done[summary.id],
        )
        for summary in overview.habits
    )
    return rows, checkins


def _activity(activities: Sequence[Activity]) -> tuple[ActivityRow, ...]:
    counts = Counter((_monday(a.day), a.kind) for a in activities)
    return tuple(
        ActivityRow(week, kind.value, count) for (week, kind), count in sorted(counts.items())
    )


def _links(activities: Sequence[Activity]) -> tuple[LinkRow, ...]:
    channels = {channel.value for channel in Channel}
    rows = [
        LinkRow(
            a.day,
            a.channel.value if a.channel.value in channels else Channel.OTHER.value,
            a.link,
            a.note[:300],
        )
        for a in activities
        if a.kind in _LINKED and a.link.startswith(("https://", "http://"))
    ]
    return tuple(sorted(rows, key=lambda row: (row.day, row.url)))


def _journal(journey: JourneyReader) -> tuple[JournalRow, ...]:
    return tuple(
        JournalRow(entry.day, entry.kind.value, entry.body, entry.link)
        for entry in journey.journal()
        if entry.share_with_coach
    )


def _drafts(reader: QuickReader) -> tuple[DraftRow, ...]:
    rows = []
    readers = DraftsReader(reader)
    for listed in readers.drafts():
        draft = readers.draft(listed.id) if listed.id is not None else None
        if draft is None:
            continue
        for variant in draft.variants:
            if variant.text.strip():
                rows.append(DraftRow(draft.title, variant.network.value, variant.text))
    return tuple(rows)
