"""Group sessions, as plain data: a session the coach plans for the whole group (day, local
start time, length, topic and a short agenda), carried in the group file (``sessions``); the
person sees the upcoming ones on Today and can put one in their calendar. Who took part is the
coach's own note and is never in any file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

Json = dict[str, Any]
MIN_MINUTES, MAX_MINUTES = 15, 480
MAX_TOPIC, MAX_AGENDA = 200, 2000


class BadSessionError(ValueError):
    """A session whose values cannot be."""


@dataclass(frozen=True)
class GroupSession:
    id: str
    day: date
    start: time  # local wall time, as the coach planned it
    minutes: int
    topic: str
    agenda: str = ""

    @property
    def begins(self) -> datetime:
        return datetime.combine(self.day, self.start)

    @property
    def ends(self) -> datetime:
        return self.begins + timedelta(minutes=self.minutes)


def upcoming(sessions: Iterable[GroupSession], today: date) -> tuple[GroupSession, ...]:
    """The sessions from today on, soonest first."""
    return tuple(sorted((s for s in sessions if s.day >= today), key=lambda s: (s.begins, s.id)))


def sessions_to_json(sessions: Sequence[GroupSession]) -> list[Json]:
    return [
        {"id": s.id, "day": s.day.isoformat(), "start": s.start.strftime("%H:%M"),
         "minutes": s.minutes, "topic": s.topic, "agenda": s.agenda}
        for s in sessions
    ]  # fmt: skip


def session_from_json(item: Mapping[str, Any]) -> GroupSession:
    try:
        day = date.fromisoformat(str(item["day"]))
        start = time.fromisoformat(str(item["start"]))
    except ValueError:
        raise BadSessionError("a session on a day or at a time that does not exist") from None
    minutes = int(item["minutes"])
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise BadSessionError("a session shorter than 15 minutes or longer than 8 hours")
    topic = str(item["topic"]).strip()
    if not topic:
        raise BadSessionError("a session without a topic")
    return GroupSession(str(item["id"]), day, start.replace(second=0, microsecond=0), minutes,
                        topic, str(item.get("agenda", "")))  # fmt: skip


def sessions_from_json(items: Sequence[Mapping[str, Any]]) -> tuple[GroupSession, ...]:
    out = tuple(session_from_json(item) for item in items)
    if len({s.id for s in out}) != len(out):
        raise BadSessionError("the same session twice")
    return out
