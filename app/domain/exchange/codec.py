"""Progress reports and feedback to and from the JSON kept in ``.ownvoice`` files.

``*_to_json`` give plain dicts (dates as ISO strings); ``*_from_json`` take a dict that already
passed the JSON Schema (docs/schemas/) and build the model, raising ``BadContent`` for what a
schema cannot say (a date that does not exist, a value out of range).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from app.domain.exchange.draft_talk import (
    BadDraftTalkError,
    asks_from_json,
    asks_to_json,
    comment_from_json,
    comment_to_json,
)
from app.domain.exchange.examples import (
    BadExampleError,
    ask_from_json,
    ask_to_json,
)
from app.domain.exchange.examples import (
    answers_from_json as share_answers_from_json,
)
from app.domain.exchange.examples import (
    answers_to_json as share_answers_to_json,
)
from app.domain.exchange.exercise_codec import (
    BadExerciseError,
    exercise_from_json,
    exercise_to_json,
    states_from_json,
    states_to_json,
)
from app.domain.exchange.goal_talk import (
    BadGoalError,
    answers_from_json,
    answers_to_json,
    proposal_from_json,
    proposal_to_json,
)
from app.domain.exchange.model import (
    ActivityRow,
    CheckinRow,
    DraftRow,
    Feedback,
    FeedbackEntry,
    FeedbackKind,
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

T = TypeVar("T")
Json = dict[str, Any]


class BadContentError(ValueError):
    """The JSON has the right shape but a value that cannot be (a 31 February, a NaN)."""


def _day(value: object) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise BadContentError(f"not a date: {str(value)[:40]!r}") from None


def _number(value: object) -> float:
    number = float(value)  # type: ignore[arg-type]  # the schema said it is a number
    if not math.isfinite(number):
        raise BadContentError("a number that is not finite")
    return number


def _rows(items: Sequence[Json], make: Callable[[Json], T]) -> tuple[T, ...]:
    return tuple(make(item) for item in items)


def person_to_json(person: Person) -> Json:
    return {"id": person.id, "name": person.name}


def person_from_json(data: Mapping[str, Any]) -> Person:
    return Person(str(data["id"]), str(data.get("name", "")))


def progress_to_json(report: ProgressReport) -> Json:
    out: Json = {
        "person": person_to_json(report.person),
        "made_on": report.made_on.isoformat(),
        "language": report.language,
        "sections": sorted(report.sections),
        "last_active": report.last_active.isoformat() if report.last_active else None,
    }
    if report.stages is not None:
        s = report.stages
        out["stages"] = {
            "start": s.start,
            "now": s.now,
            "highest": s.highest,
            "weeks": [
                {"monday": w.monday.isoformat(), "stage": w.stage, "from_log": w.from_log}
                for w in s.weeks
            ],
        }
    if Section.GOALS in report.sections:
        out["goals"] = [_goal_to_json(g) for g in report.goals]
        if report.goal_answers:
            out["goal_answers"] = answers_to_json(report.goal_answers)
    if Section.HABITS in report.sections:
        out["habits"] = [
            {
                "name": h.name,
                "strength": h.strength,
                "streak": h.streak,
                "best_streak": h.best_streak,
                "done_last_30": h.done_last_30,
            }
            for h in report.habits
        ]
        out["checkins"] = _checkins_to_json(report.checkins)
    if Section.ACTIVITY in report.sections:
        out["activity"] = [
            {"week": a.week.isoformat(), "kind": a.kind, "count": a.count} for a in report.activity
        ]
    if Section.LINKS in report.sections:
        out["links"] = [
            {"day": x.day.isoformat(), "network": x.network, "url": x.url, "title": x.title}
            for x in report.links
        ]
    if Section.JOURNAL in report.sections:
        out["journal"] = [
            {"day": j.day.isoformat(), "kind": j.kind, "text": j.text, "link": j.link}
            for j in report.journal
        ]
    if Section.DRAFTS in report.sections:
        out["drafts"] = [
            {"title": d.title, "network": d.network, "text": d.text} for d in report.drafts
        ]
    if report.draft_asks:  # chosen one by one, shown before they go: in whatever sections
        out["draft_asks"] = asks_to_json(report.draft_asks)
    if report.share_answers:  # the person's answers to requests to share a post: always
        out["share_answers"] = share_answers_to_json(report.share_answers)
    if Section.EXERCISES in report.sections:
        if report.exercises:  # none: the file stays schema 1, which an older OwnVoice reads
            out["exercises"] = states_to_json(report.exercises)
        else:
            out["sections"].remove(Section.EXERCISES.value)
    return out


def _goal_to_json(goal: GoalRow) -> Json:
    out: Json = {
        "statement": goal.statement,
        "status": goal.status,
        "done": goal.done,
        "target": goal.target,
        "deadline": goal.deadline.isoformat() if goal.deadline else None,
    }
    if goal.agreed:  # only then: a file without it stays schema 1
        out["agreed"] = True
    return out


def _checkins_to_json(rows: Sequence[CheckinRow]) -> list[Json]:
    """Per habit: the days done, skipped and not done, and a numeric habit's amounts by day
    (a compact shape: a year of check-ins is a list of dates, not of objects)."""
    habits: dict[str, Json] = {}
    for row in rows:
        entry = habits.setdefault(
            row.habit,
            {"habit": row.habit, "done": [], "skipped": [], "not_done": [], "amounts": {}},
        )
        entry[row.state if row.state in ("done", "skipped", "not_done") else "done"].append(
            row.day.isoformat()
        )
        if row.value is not None:
            entry["amounts"][row.day.isoformat()] = row.value
    return list(habits.values())


def _checkins_from_json(items: Sequence[Json]) -> tuple[CheckinRow, ...]:
    rows = []
    for item in items:
        amounts = item.get("amounts", {})
        for state in ("done", "skipped", "not_done"):
            for day in item.get(state, []):
                value = amounts.get(day)
                rows.append(
                    CheckinRow(
                        str(item["habit"]),
                        _day(day),
                        state,
                        None if value is None else _number(value),
                    )
                )
    return tuple(sorted(rows, key=lambda r: (r.habit, r.day)))


def progress_from_json(data: Mapping[str, Any], *, details: bool = True) -> ProgressReport:
    """The report; ``details=False`` leaves out what a cohort's table and summary do not use
    (check-ins, journal entries, links, drafts and the weekly stages), for reading many at once.
    """
    try:
        return _progress_from_json(data, details)
    except (BadExerciseError, BadGoalError, BadDraftTalkError, BadExampleError) as error:
        raise BadContentError(str(error)) from None


def _progress_from_json(data: Mapping[str, Any], details: bool) -> ProgressReport:
    if not details:
        data = {**data, "checkins": [], "journal": [], "links": [], "drafts": [], "activity": []}
        if "draft_asks" in data:  # the table counts them; their texts wait for the person view
            data["draft_asks"] = [{**a, "text": ""} for a in data["draft_asks"]]
        if "stages" in data:
            data["stages"] = {**data["stages"], "weeks": []}
    sections = frozenset(Section(s) for s in data.get("sections", []) if s in set(Section))
    stages = None
    if "stages" in data:
        s = data["stages"]
        stages = Stages(
            start=s.get("start"),
            now=str(s["now"]),
            highest=s.get("highest"),
            weeks=_rows(
                s.get("weeks", []),
                lambda w: WeekRow(_day(w["monday"]), str(w["stage"]), bool(w["from_log"])),
            ),
        )
    return ProgressReport(
        person=person_from_json(data["person"]),
        made_on=_day(data["made_on"]),
        language=str(data.get("language", "")),
        sections=sections,
        last_active=_day(data["last_active"]) if data.get("last_active") else None,
        stages=stages,
        goals=_rows(
            data.get("goals", []),
            lambda g: GoalRow(
                str(g["statement"]),
                str(g["status"]),
                _number(g["done"]),
                _number(g["target"]),
                _day(g["deadline"]) if g.get("deadline") else None,
                bool(g.get("agreed", False)),
            ),
        ),
        goal_answers=answers_from_json(data.get("goal_answers", [])),
        draft_asks=asks_from_json(data.get("draft_asks", [])),
        habits=_rows(
            data.get("habits", []),
            lambda h: HabitRow(
                str(h["name"]),
                min(1.0, max(0.0, _number(h["strength"]))),
                int(h["streak"]),
                int(h["best_streak"]),
                int(h["done_last_30"]),
            ),
        ),
        checkins=_checkins_from_json(data.get("checkins", [])),
        activity=_rows(
            data.get("activity", []),
            lambda a: ActivityRow(_day(a["week"]), str(a["kind"]), int(a["count"])),
        ),
        links=_rows(
            data.get("links", []),
            lambda x: LinkRow(
                _day(x["day"]), str(x["network"]), str(x["url"]), str(x.get("title", ""))
            ),
        ),
        journal=_rows(
            data.get("journal", []),
            lambda j: JournalRow(_day(j["day"]), str(j["kind"]), str(j["text"]), str(j["link"])),
        ),
        drafts=_rows(
            data.get("drafts", []),
            lambda d: DraftRow(str(d["title"]), str(d["network"]), str(d["text"])),
        ),
        exercises=states_from_json(data.get("exercises", [])),
        share_answers=share_answers_from_json(data.get("share_answers", [])),
    )


def feedback_to_json(feedback: Feedback) -> Json:
    return {
        "person": person_to_json(feedback.person),
        "coach": feedback.coach,
        "made_on": feedback.made_on.isoformat(),
        "entries": [_entry_to_json(e) for e in feedback.entries],
    }


def _entry_to_json(entry: FeedbackEntry) -> Json:
    out: Json = {"id": entry.id, "day": entry.day.isoformat(), "kind": str(entry.kind),
                 "text": entry.text}  # fmt: skip
    if entry.exercise is not None:
        out["exercise"] = exercise_to_json(entry.exercise)
    if entry.goal is not None:
        out["goal"] = proposal_to_json(entry.goal)
    if entry.comment is not None:
        out["comment"] = comment_to_json(entry.comment)
    if entry.share is not None:
        out["share"] = ask_to_json(entry.share)
    return out


def _entry_from_json(data: Json) -> FeedbackEntry:
    kind = FeedbackKind(data["kind"])
    if (kind is FeedbackKind.EXERCISE) != ("exercise" in data):
        raise BadContentError("an exercise entry without its exercise, or the other way round")
    if (kind is FeedbackKind.GOAL) != ("goal" in data):
        raise BadContentError("a goal entry without its goal, or the other way round")
    if (kind is FeedbackKind.DRAFT_COMMENT) != ("comment" in data):
        raise BadContentError("a draft comment without its draft, or the other way round")
    if (kind is FeedbackKind.SHARE_ASK) != ("share" in data):
        raise BadContentError("a request to share a post without the post, or the other way")
    entry_id = str(data["id"])
    try:
        exercise = exercise_from_json(entry_id, data["exercise"]) if "exercise" in data else None
        goal = proposal_from_json(entry_id, data["goal"]) if "goal" in data else None
        comment = comment_from_json(data["comment"]) if "comment" in data else None
        share = ask_from_json(entry_id, data["share"]) if "share" in data else None
    except (BadExerciseError, BadGoalError, BadDraftTalkError, BadExampleError) as error:
        raise BadContentError(str(error)) from None
    day, text = _day(data["day"]), str(data["text"])
    return FeedbackEntry(entry_id, day, kind, text, exercise, goal, comment, share)


def feedback_from_json(data: Mapping[str, Any]) -> Feedback:
    return Feedback(
        person=person_from_json(data["person"]),
        coach=str(data.get("coach", "")),
        made_on=_day(data["made_on"]),
        entries=_rows(data.get("entries", []), _entry_from_json),
    )
