"""Group sessions: the coach plans one (day, time, length, topic, short agenda); it goes to
everyone in the next group file while it is to come, and the person sees it on Today and can
save it as a calendar file (.ics, written by the icalendar package, as the posting plan is).
After it, the coach notes who took part (their own note: never in any file) and may assign an
exercise to them (services/exchange/exercises.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.exchange.examples import BadExampleError, group_from_json
from app.domain.exchange.sessions import GroupSession, upcoming
from app.storage.exchange import examples as group_store
from app.storage.exchange import sessions as store
from app.storage.paths import make_private, private_opener

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.quick import QuickReader

PRODID = "-//OwnVoice//Group session//EN"


# -- the coach's side ---------------------------------------------------------------------------


def new_session(day: date, start: time, minutes: int, topic: str, agenda: str) -> GroupSession:
    import uuid

    return GroupSession(uuid.uuid4().hex, day, start.replace(second=0, microsecond=0), minutes,
                        " ".join(topic.split()), agenda.strip())  # fmt: skip


def plan(db: Database, planned: GroupSession) -> None:
    with db.session() as session:
        store.add_session(session, planned)


def remove(db: Database, session_id: str) -> None:
    with db.session() as session:
        store.remove_session(session, session_id)


def planned(reader: QuickReader) -> list[GroupSession]:
    return store.read_sessions(reader.connection)


def took_part(reader: QuickReader, session_id: str) -> frozenset[str]:
    return store.read_attendance(reader.connection, session_id)


def note_who_took_part(db: Database, session_id: str, person_ids: Iterable[str]) -> None:
    with db.session() as session:
        store.set_attendance(session, session_id, person_ids)


# -- the person's side --------------------------------------------------------------------------


def coming_up(reader: QuickReader, today: date) -> tuple[GroupSession, ...]:
    """The sessions in the newest group file, from today on."""
    stored = group_store.read_group_file(reader.connection)
    if stored is None:
        return ()
    try:
        group = group_from_json(json.loads(stored.data))
    except (BadExampleError, ValueError, KeyError, TypeError):
        return ()
    return upcoming(group.sessions, today)


def session_calendar(session: GroupSession, coach: str, stamp: datetime) -> bytes:
    """One event, in local wall time ("floating", as the coach planned it); its UID is the
    session's, so saving it again updates the event in a calendar instead of adding a copy."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"{session.id}@ownvoice")
    event.add("dtstamp", stamp)
    event.add("dtstart", session.begins)
    event.add("dtend", session.ends)
    event.add("summary", session.topic)
    description = session.agenda
    if coach:
        description = f"{coach}\n\n{description}".strip()
    if description:
        event.add("description", description)
    calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def save_calendar(
    session: GroupSession, coach: str, out: Path, stamp: datetime, data_dir: Path
) -> None:
    """Write the session's .ics to ``out``, whole or not at all (private inside the data
    folder)."""
    body = session_calendar(session, coach, stamp)
    private = out.absolute().is_relative_to(data_dir.absolute())
    tmp = out.with_name(out.name + ".tmp")
    try:
        with open(tmp, "wb", opener=private_opener if private else None) as handle:
            handle.write(body)
        if private:
            make_private(tmp)
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def group_coach(reader: QuickReader) -> str:
    stored = group_store.read_group_file(reader.connection)
    return stored.coach if stored is not None else ""
