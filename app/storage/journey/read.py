"""Reading the journey's tables with plain SQL on the standard library's sqlite3.

These reads serve the first screen and the command line without loading SQLAlchemy (see
app/storage/quick.py); writes go through the ORM in app/storage/journey/write.py. Both map the
same tables, and tests/storage/test_journey_store.py checks that what one writes the other reads.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from enum import Enum
from typing import TypeVar

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.goals import (
    ActivityCount,
    Goal,
    HabitCheckIns,
    ManualNumber,
    Measure,
    ReviewCadence,
)
from app.domain.journey.journal import EntryKind, JournalEntry
from app.domain.journey.ladder import Frequency, Stage, WeekStage
from app.domain.journey.milestones import Milestone, MilestoneKind
from app.domain.journey.profile import (
    Action,
    Assessment,
    Barrier,
    Benefit,
    ChannelAnswers,
    OnboardingStep,
    Profile,
    RoleLens,
)
from app.storage.journey.records import GoalRecord

# Values this build knows; a newer build's value in a stored list is skipped.
_BENEFITS = frozenset(benefit.value for benefit in Benefit)
_CHANNELS = frozenset(channel.value for channel in Channel)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _list(value: str | None) -> list[str]:
    data = json.loads(value) if value else []
    return [str(item) for item in data] if isinstance(data, list) else []


def read_profile(con: sqlite3.Connection) -> Profile | None:
    row = con.execute(
        "SELECT name, role, benefits, why, topics, audience, channels, languages,"
        " hours_per_week, start_stage, onboarding_step FROM profile WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    name, role, benefits, why, topics, audience, channels, languages, hours, start, step = row
    return Profile(
        name=name,
        role=RoleLens(role) if role else None,
        benefits=tuple(Benefit(b) for b in _list(benefits) if b in _BENEFITS),
        why=why,
        topics=tuple(_list(topics)),
        audience=audience,
        channels=tuple(Channel(c) for c in _list(channels) if c in _CHANNELS),
        languages=tuple(_list(languages)),
        hours_per_week=float(hours),
        start_stage=Stage(start) if start is not None else None,
        onboarding_step=OnboardingStep(step),
    )


def read_assessments(con: sqlite3.Connection) -> list[Assessment]:
    rows = con.execute(
        "SELECT id, taken_on, channels, confidence, hours_per_week, knows_guidelines, barriers"
        " FROM assessment ORDER BY taken_on, id"
    )
    found = []
    for id_, taken_on, channels, confidence, hours, knows, barriers in rows:
        answers = json.loads(channels) if channels else {}
        found.append(
            Assessment(
                taken_on=date.fromisoformat(taken_on),
                channels=tuple(
                    ChannelAnswers(
                        Channel(channel),
                        {Action(a): Frequency(f) for a, f in per_action.items()},
                    )
                    for channel, per_action in answers.items()
                ),
                confidence=int(confidence),
                hours_per_week=float(hours),
                knows_guidelines=None if knows is None else bool(knows),
                barriers=frozenset(Barrier(b) for b in _list(barriers)),
                id=int(id_),
            )
        )
    return found


_E = TypeVar("_E", bound=Enum)


def read_activities(con: sqlite3.Connection, since: date | None = None) -> list[Activity]:
    sql = "SELECT id, kind, channel, day, source, link, note FROM activity"
    params: tuple[str, ...] = ()
    if since is not None:
        sql += " WHERE day >= ?"
        params = (since.isoformat(),)
    # Ten years of history is tens of thousands of rows: members and days by dictionary look-up,
    # not by calling the enum or parsing each day again (days repeat).
    kinds, channels, sources = _members(ActivityKind), _members(Channel), _members(ActivitySource)
    days: dict[str, date] = {}
    found = []
    for id_, kind, channel, day, source, link, note in con.execute(
        sql + " ORDER BY day, id", params
    ):
        when = days.get(day)
        if when is None:
            when = days[day] = date.fromisoformat(day)
        found.append(
            Activity(kinds[kind], channels[channel], when, sources[source], link, note, int(id_))
        )
    return found


def activities_per_import(con: sqlite3.Connection) -> dict[int, int]:
    """Import id -> how many of the activities it added are still in the log."""
    rows = con.execute(
        "SELECT import_id, count(*) FROM activity WHERE import_id IS NOT NULL GROUP BY import_id"
    )
    return {int(import_id): int(count) for import_id, count in rows}


def read_activity_facts(con: sqlite3.Connection) -> list[Activity]:
    """Every activity as its kind, channel, day and source only (no id, link or note), in day
    order: what the ladder, milestones and goals count. One object per distinct (day, kind,
    channel, source), repeated for each activity, so a long history reads in a fraction of
    the time of :func:`read_activities`."""
    kinds, channels, sources = _members(ActivityKind), _members(Channel), _members(ActivitySource)
    found: list[Activity] = []
    for day, kind, channel, source, count in con.execute(
        "SELECT day, kind, channel, source, count(*) FROM activity "
        "GROUP BY day, kind, channel, source ORDER BY day, min(id)"
    ):
        fact = Activity(kinds[kind], channels[channel], date.fromisoformat(day), sources[source])
        found += [fact] * count
    return found


def _members(enum: type[_E]) -> dict[str, _E]:
    return {member.value: member for member in enum}


def _measure(kind: str, activity: str | None, channel: str | None, habit: int | None,
             unit: str) -> Measure:  # fmt: skip
    if kind == "activity" and activity:
        return ActivityCount(ActivityKind(activity), Channel(channel) if channel else None)
    if kind == "habit" and habit is not None:
        return HabitCheckIns(int(habit))
    return ManualNumber(unit)


def read_goals(con: sqlite3.Connection) -> list[GoalRecord]:
    rows = con.execute(
        "SELECT id, statement, measure, measure_kind, measure_channel, habit_id, unit, target,"
        " start, deadline, cadence, active, manual_value, last_review FROM goal ORDER BY id"
    )
    return [
        GoalRecord(
            goal=Goal(
                id=int(r[0]),
                statement=r[1],
                measure=_measure(r[2], r[3], r[4], r[5], r[6]),
                target=float(r[7]),
                start=date.fromisoformat(r[8]),
                deadline=_day(r[9]),
                cadence=ReviewCadence(r[10]),
                active=bool(r[11]),
            ),
            manual_value=r[12],
            last_review=_day(r[13]),
        )
        for r in rows
    ]


def read_journal(
    con: sqlite3.Connection, kind: EntryKind | None = None, limit: int | None = None
) -> list[JournalEntry]:
    sql = "SELECT id, day, kind, body, link, share_with_coach, goal_id FROM journal_entry"
    params: list[object] = []
    if kind is not None:
        sql += " WHERE kind = ?"
        params.append(kind.value)
    sql += " ORDER BY day DESC, id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [
        JournalEntry(
            day=date.fromisoformat(day),
            kind=EntryKind(k),
            body=body,
            link=link,
            share_with_coach=bool(shared),
            goal_id=goal_id,
            id=int(id_),
        )
        for id_, day, k, body, link, shared, goal_id in con.execute(sql, params)
    ]


def read_milestones(con: sqlite3.Connection) -> list[Milestone]:
    return [
        Milestone(MilestoneKind(kind), date.fromisoformat(day), detail)
        for kind, day, detail in con.execute(
            "SELECT kind, day, detail FROM milestone ORDER BY day, key"
        )
    ]


def read_week_stages(con: sqlite3.Connection) -> list[WeekStage]:
    return [
        WeekStage(date.fromisoformat(monday), Stage(stage), bool(from_log))
        for monday, stage, from_log in con.execute(
            "SELECT monday, stage, from_log FROM week_stage ORDER BY monday"
        )
    ]
