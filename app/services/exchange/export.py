"""Sharing progress with the coach: a report the person previews, then saves as a file.

``prepare_progress`` reads what the chosen sections hold; the window shows exactly that report
(its ``summary.html``) before ``save_progress`` writes the same object to the file, so the
preview and the file can never differ.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.domain.exchange.codec import progress_to_json
from app.domain.exchange.model import Kind, Person, ProgressReport, Section
from app.services.exchange.package import package_bytes, write_bytes
from app.services.exchange.report import build_progress
from app.services.exchange.summary import Words, activity_csv, checkins_csv, summary_html
from app.services.journey.reader import JourneyReader
from app.storage.exchange.person import ensure_person_id, read_person_id

if TYPE_CHECKING:
    from app.services.clock import Clock
    from app.storage.database import Database
    from app.storage.quick import QuickReader


def person_of(db: Database, reader: QuickReader) -> Person:
    """Who this data folder belongs to, as a coach will know them (the id is made once)."""
    person_id = read_person_id(reader.connection)
    if person_id is None:
        with db.session() as session:
            person_id = ensure_person_id(session)
    profile = JourneyReader(reader).profile()
    return Person(person_id, profile.name.strip() if profile is not None else "")


def prepare_progress(
    db: Database,
    reader: QuickReader,
    clock: Clock,
    language: str,
    sections: Collection[Section],
) -> ProgressReport:
    return build_progress(reader, clock.today(), person_of(db, reader), language, sections)


def file_name(report: ProgressReport) -> str:
    """``ownvoice-aino-mäkinen-2026-05-15.ownvoice``: whose, and from which day, at a glance."""
    name = "-".join(report.person.name.lower().split()) or "progress"
    name = "".join(c for c in name if c.isalnum() or c in "-_") or "progress"
    return f"ownvoice-{name}-{report.made_on.isoformat()}.ownvoice"


def save_progress(
    report: ProgressReport, out: Path, words: Words, clock: Clock, data_dir: Path
) -> None:
    """Write ``report`` to ``out`` (a ``.ownvoice`` file), whole or not at all; inside the data
    folder it is private (0600), elsewhere it gets the person's usual file mode."""
    write_bytes(
        out,
        progress_bytes(report, words, clock),
        private=out.absolute().is_relative_to(data_dir.absolute()),
    )


def progress_bytes(report: ProgressReport, words: Words, clock: Clock) -> bytes:
    """The progress file ``save_progress`` writes, as bytes (coach sync queues these)."""
    extras = {"summary.html": summary_html(report, words).encode("utf-8")}
    if Section.ACTIVITY in report.sections:
        extras["activity.csv"] = activity_csv(report)
    if Section.HABITS in report.sections:
        extras["habit-checkins.csv"] = checkins_csv(report)
    return package_bytes(
        Kind.PROGRESS,
        report.person,
        progress_to_json(report),
        extras,
        app_version=__version__,
        created_at=clock.now().isoformat(timespec="seconds"),
    )
