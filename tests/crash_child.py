"""A write path of OwnVoice run in a loop, to be killed (tests/test_crash_writers.py).

    python -m tests.crash_child WRITER DATA_DIR

Each round makes one change through the app's own service and prints ``ok <n>`` once it is
committed (the file written, for the progress export); the test kills the process with SIGKILL
at a moment of its choosing and checks that every change reported is there. Rounds are numbered
from 0; what round ``n`` writes is named after ``n`` (``check_round`` in the test knows how).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from app.services.clock import FixedClock
from app.storage.database import Database
from app.storage.quick import QuickReader

TODAY = date(2026, 5, 13)  # tests/fixed_clock.py's day
POSTS_PER_IMPORT = 25  # an import stores all of them or none


def import_archive_of(folder: Path, n: int) -> Path:
    from tests.services.archive_factory import Share, linkedin_files, shares_csv, write_zip

    shares = [
        Share(
            f"2026-0{1 + i % 4}-1{i % 9} 10:0{i % 10}:00",
            f"Round {n} post {i}: what I learned about listening to customers first.",
            f"https://www.linkedin.com/feed/update/urn:li:share:{9000000000 + n * 100 + i}",
        )
        for i in range(POSTS_PER_IMPORT)
    ]
    files = linkedin_files(replace={"Shares.csv": shares_csv(shares)})
    return write_zip(folder / f"import-{n}.zip", files)


def feedback_file(db: Database, reader: QuickReader, folder: Path, n: int) -> Path:
    from app.domain.exchange.codec import feedback_to_json
    from app.domain.exchange.model import Feedback, FeedbackEntry, FeedbackKind, Kind
    from app.services.exchange.export import person_of
    from app.services.exchange.package import write_package

    entry = FeedbackEntry(f"{n:032x}", TODAY, FeedbackKind.RECOGNITION, f"Well done, round {n}")
    feedback = Feedback(person_of(db, reader), "Coach", TODAY, (entry,))
    path = folder / f"feedback-{n}.ownvoice"
    write_package(
        path, Kind.FEEDBACK, feedback.person, feedback_to_json(feedback), {},
        app_version="test", created_at="2026-05-13T12:00:00", private=True,
    )  # fmt: skip
    return path


def one_round(writer: str, n: int, db: Database, reader: QuickReader, data: Path) -> str:
    """Round ``n`` of ``writer``; what the test needs to find it beyond ``n`` (or "")."""
    clock = FixedClock(TODAY)
    if writer == "checkin":
        from app.services.habits import HabitsWriter

        habit = reader.connection.execute("SELECT MIN(id) FROM habit").fetchone()[0]
        HabitsWriter(db, reader).set_note(habit, TODAY - timedelta(days=n), f"round {n}")
    elif writer == "import":
        from app.services.voice.imports import import_archive

        import_archive("linkedin", import_archive_of(data.parent, n), db, reader, clock)
    elif writer == "draft":
        from app.domain.drafts.networks import Network
        from app.services.drafts import DraftsWriter

        drafts = DraftsWriter(db, reader, clock)
        draft = drafts.new_draft(f"Round {n}")
        drafts.save_text(draft, Network.LINKEDIN, f"Round {n} text. " * 40)
    elif writer == "goal_journal":
        from app.domain.activity import ActivityKind
        from app.domain.journey.goals import ActivityCount, Goal
        from app.domain.journey.journal import EntryKind, JournalEntry
        from app.services.journey.writer import JourneyWriter

        journey = JourneyWriter(db, reader)
        if n % 2:
            goal = Goal(None, f"Comment on {n} posts", ActivityCount(ActivityKind.COMMENT), n,
                        TODAY, TODAY + timedelta(days=60))  # fmt: skip
            journey.save_goal(goal, TODAY)
        else:
            journey.save_entry(JournalEntry(TODAY, EntryKind.REFLECTION, f"Round {n} entry"))
    elif writer == "export":
        from app.cli.words import EnglishWords
        from app.domain.exchange.model import DEFAULT_SECTIONS
        from app.services.exchange.export import prepare_progress, save_progress

        report = prepare_progress(db, reader, clock, "en", DEFAULT_SECTIONS)
        save_progress(report, data / f"export-{n}.ownvoice", EnglishWords(), clock, data)
    elif writer == "feedback":
        from app.services.exchange.feedback import import_feedback

        import_feedback(db, reader, feedback_file(db, reader, data.parent, n), clock)
    elif writer == "outbox":
        from app.cli.words import EnglishWords
        from app.domain.exchange.model import DEFAULT_SECTIONS
        from app.services.exchange.export import prepare_progress
        from app.services.sync.queue import queue_report

        report = prepare_progress(db, reader, clock, "en", DEFAULT_SECTIONS)
        return queue_report(db, report, EnglishWords(), clock).key  # the test looks for it
    elif writer == "coach_note":
        from app.services.exchange.coach import add_note

        add_note(db, "f" * 32, TODAY, f"Round {n} note")
    else:
        raise SystemExit(f"no writer {writer}")
    return ""


def main(argv: list[str]) -> int:
    writer, data = argv[0], Path(argv[1])
    db_path = data / "ownvoice.db"
    db = Database.open(db_path, FixedClock(TODAY).now())
    reader = QuickReader(db_path)
    n = 0
    while True:
        extra = one_round(writer, n, db, reader, data)
        print(f"ok {n} {extra}".strip(), flush=True)
        n += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
