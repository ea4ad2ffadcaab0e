"""The posting plan as an iCalendar file (RFC 5545, written by the icalendar package).

Each planned post is one event whose UID comes from the draft id and the network
(``PlanEntry.uid``), so importing a new export into a calendar updates the events instead of
adding copies; SEQUENCE and DTSTAMP let the calendar see which copy is newer. Times are local
wall times ("floating", no time zone), as the person planned them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

from app.domain.drafts.model import PlanEntry
from app.storage.paths import make_private, private_opener

EVENT_LENGTH = timedelta(minutes=30)
PRODID = "-//OwnVoice//Posting plan//EN"


def plan_calendar(entries: Iterable[PlanEntry], stamp: datetime) -> bytes:
    """The plan as an iCalendar file; ``stamp`` (aware, the time of export) is every event's
    DTSTAMP and orders later exports of a moved post after earlier ones."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "OwnVoice plan")
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.when)
        event.add("dtend", entry.when + EVENT_LENGTH)
        event.add("summary", f"{entry.title or 'Post'} ({entry.network.value})")
        event.add(
            "description",
            f"Planned in OwnVoice: publish the {entry.network.value} version of this draft.",
        )
        # A later export of a moved post must win over the earlier one.
        event.add("sequence", int(stamp.timestamp()) // 60 % 2_000_000_000)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def export_plan(
    entries: Iterable[PlanEntry], out: Path, stamp: datetime, data_dir: Path | None = None
) -> int:
    """Write the plan to ``out``, exported at ``stamp``; returns the number of events.

    Inside the data folder ``data_dir`` the file is private (``0600``), as everything there; a
    place the person picked elsewhere gets the usual mode for a new file (their umask)."""
    items = list(entries)
    data = plan_calendar(items, stamp)
    private = data_dir is not None and out.absolute().is_relative_to(data_dir.absolute())
    tmp = out.with_name(out.name + ".tmp")
    try:
        with open(tmp, "wb", opener=private_opener if private else None) as handle:
            handle.write(data)
        if private:
            make_private(tmp)  # an older .tmp left behind keeps its mode when opened again
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(items)
