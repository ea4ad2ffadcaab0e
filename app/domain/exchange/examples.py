"""Inspire by example, as plain data: a coach asks a person's permission to share one of their
posts with the group (``ShareAsk``, in a feedback entry of kind ``share_ask``); the person
answers, and may take a yes back at any time (``ShareAnswer``, in the ``share_answers`` of a
progress file); the coach's group file (kind ``cohort``) carries the examples allowed,
group-wide recognition, counts only, and the group sessions planned (``GroupFile``).

``allowed_examples`` is the one place that decides what may go out: a post whose author has
not said yes, or said yes and then took it back, never does; a name only with a yes to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from app.domain.exchange.sessions import (
    BadSessionError,
    GroupSession,
    sessions_from_json,
    sessions_to_json,
)

Json = dict[str, Any]
SHARE_ASK_KIND = "share_ask"
MAX_POST = 5000
MAX_WHY = 500


class BadExampleError(ValueError):
    """An ask, an answer or a group file whose values cannot be."""


class Permission(StrEnum):
    NAMED = "named"  # yes, with my name
    ANONYMOUS = "anonymous"  # yes, without my name
    DECLINED = "declined"  # no
    REVOKED = "revoked"  # a yes taken back


ALLOWED = frozenset({Permission.NAMED, Permission.ANONYMOUS})


class Recognition(StrEnum):
    """What a group-wide recognition line counts (the person's app words it in their language)."""

    ACTED = "acted"  # took a public action this month
    MOVED_UP = "moved_up"  # stand higher on the ladder than at the start
    EXERCISE_DONE = "exercise_done"  # finished an exercise this month
    GOAL_REACHED = "goal_reached"  # reached a goal


@dataclass(frozen=True)
class ShareAsk:
    id: str  # the feedback entry's id
    asked: date
    post: str  # the exact text that would be shared
    why: str  # the coach's line on why it works


@dataclass(frozen=True)
class ShareAnswer:
    id: str  # the ask's id
    permission: Permission
    answered_on: date


@dataclass(frozen=True)
class Example:
    id: str  # the ask's id
    post: str
    why: str
    author: str  # "" unless the author said yes with their name
    shared_on: date


@dataclass(frozen=True)
class RecognitionLine:
    what: Recognition
    count: int
    month: date  # its first day


@dataclass(frozen=True)
class GroupFile:
    coach: str
    made_on: date
    examples: tuple[Example, ...] = ()
    recognition: tuple[RecognitionLine, ...] = ()
    sessions: tuple[GroupSession, ...] = ()  # group sessions planned, from the file's day on


def _day(value: object) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise BadExampleError(f"not a date: {str(value)[:40]!r}") from None


def allowed_examples(
    asks: Iterable[tuple[ShareAsk, str]],
    answers: Mapping[str, ShareAnswer],
    today: date,
) -> tuple[Example, ...]:
    """The examples that may go to the group: each ask (with its author's name) whose author's
    newest answer is a yes; the name only with a yes to it. ``answers`` are by the ask's id, as
    the author's newest progress file says."""
    out = []
    for ask, author in asks:
        answer = answers.get(ask.id)
        if answer is None or answer.permission not in ALLOWED or not ask.post.strip():
            continue
        name = author.strip() if answer.permission is Permission.NAMED else ""
        out.append(Example(ask.id, ask.post, ask.why, name, today))
    return tuple(out)


def ask_to_json(ask: ShareAsk) -> Json:
    return {"asked": ask.asked.isoformat(), "post": ask.post, "why": ask.why}


def ask_from_json(entry_id: str, data: Mapping[str, Any]) -> ShareAsk:
    post = str(data["post"])
    if not post.strip():
        raise BadExampleError("a request to share a post without its text")
    return ShareAsk(entry_id, _day(data["asked"]), post, str(data.get("why", "")))


def answers_to_json(answers: Sequence[ShareAnswer]) -> list[Json]:
    return [
        {"id": a.id, "permission": a.permission.value, "answered_on": a.answered_on.isoformat()}
        for a in answers
    ]


def answers_from_json(items: Sequence[Mapping[str, Any]]) -> tuple[ShareAnswer, ...]:
    return tuple(
        ShareAnswer(str(i["id"]), Permission(i["permission"]), _day(i["answered_on"]))
        for i in items
    )


def group_to_json(group: GroupFile) -> Json:
    return {
        "coach": group.coach,
        "made_on": group.made_on.isoformat(),
        "examples": [
            {"id": e.id, "post": e.post, "why": e.why, "author": e.author,
             "shared_on": e.shared_on.isoformat()}
            for e in group.examples
        ],
        "recognition": [
            {"what": r.what.value, "count": r.count, "month": r.month.isoformat()[:7]}
            for r in group.recognition
        ],
        "sessions": sessions_to_json(group.sessions),
    }  # fmt: skip


def group_from_json(data: Mapping[str, Any]) -> GroupFile:
    made_on = _day(data["made_on"])
    examples = []
    seen = set()
    for item in data.get("examples", []):
        example = Example(str(item["id"]), str(item["post"]), str(item.get("why", "")),
                          str(item.get("author", "")), _day(item["shared_on"]))  # fmt: skip
        if example.id in seen:
            raise BadExampleError("the same example twice")
        if not example.post.strip():
            raise BadExampleError("an example without its text")
        seen.add(example.id)
        examples.append(example)
    lines = []
    for item in data.get("recognition", []):
        month = _day(f"{item['month']}-01")
        if month > made_on:
            raise BadExampleError("recognition for a month after the file was made")
        lines.append(RecognitionLine(Recognition(item["what"]), int(item["count"]), month))
    try:
        sessions = sessions_from_json(data.get("sessions", []))
    except BadSessionError as error:
        raise BadExampleError(str(error)) from None
    return GroupFile(str(data.get("coach", "")), made_on, tuple(examples), tuple(lines), sessions)


def recognition_lines(
    acted: int, moved_up: int, exercises_done: int, goals_reached: int, month: date, least: int
) -> tuple[RecognitionLine, ...]:
    """Counts only, never names, never a ranking; a line only when at least ``least`` people
    are in it (a count of one would point at someone)."""
    counts = ((Recognition.ACTED, acted), (Recognition.MOVED_UP, moved_up),
              (Recognition.EXERCISE_DONE, exercises_done),
              (Recognition.GOAL_REACHED, goals_reached))  # fmt: skip
    first = month.replace(day=1)
    return tuple(RecognitionLine(what, n, first) for what, n in counts if n >= least)
