"""Crash safety across every writer (issue 19, item 1): each write path runs in a child process
(tests/crash_child.py) and is killed with SIGKILL at a random moment; then the database opens,
passes ``PRAGMA integrity_check``, holds every change the child reported committed, nothing is
half imported, and after the next start (the app's own ``prepare_store``, which catches derived
data up) the weekly stages, milestones and voice profile are what a full recompute gives.

By default each writer is killed once (a quick count, for CI). The long run, 1,000 kills
spread over the writers: ``OWNVOICE_CRASH_KILLS=1000 pytest tests/test_crash_writers.py``
(README: Tests).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.main import main
from app.services.clock import FixedClock
from app.services.store.derived import stale_derived
from app.services.store.opening import prepare_store
from app.storage.database import Database
from app.storage.quick import QuickReader
from tests.crash_child import POSTS_PER_IMPORT
from tests.fixed_clock import TEST_DAY

ROOT = Path(__file__).resolve().parent.parent
WRITERS = ("checkin", "import", "draft", "goal_journal", "export", "feedback", "outbox",
           "coach_note")  # fmt: skip
TOTAL = int(os.environ.get("OWNVOICE_CRASH_KILLS", "0") or 0)
KILLS = max(1, -(-TOTAL // len(WRITERS)))  # per writer
SEED = int(os.environ.get("OWNVOICE_CRASH_SEED", "19"))

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Half a year of a demo person: habits, goals, journal, activity, texts, a voice profile."""
    folder = tmp_path_factory.mktemp("base") / "data"
    assert (
        main(["--data-dir", str(folder), "demo", "--years", "0.5", "--today", str(TEST_DAY)]) == 0
    )
    return folder


def run_and_kill(writer: str, data: Path, rng: random.Random) -> list[tuple[int, str]]:
    """Start ``writer`` on ``data``, kill it at a random moment: the rounds it reported."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_child", writer, str(data)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None and child.stderr is not None
    lines: list[str] = []
    for _ in range(rng.randint(0, 3)):  # some rounds first: then anywhere in the next one
        line = child.stdout.readline()
        if not line:
            break
        lines.append(line)
    time.sleep(rng.uniform(0, 0.25))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    lines += child.stdout.readlines()  # what it printed before it died, still in the pipe
    problems = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL, problems[-3000:]
    return [(int(n), rest[0] if rest else "") for _ok, n, *rest in (x.split() for x in lines)]


def derived(con: object) -> tuple[object, ...]:
    rows = (
        "SELECT monday, stage, from_log FROM week_stage ORDER BY monday",
        "SELECT key, kind, day, detail FROM milestone ORDER BY key",
        "SELECT language, data FROM voice_profile ORDER BY language",
    )
    return tuple(tuple(con.execute(sql).fetchall()) for sql in rows)  # type: ignore[attr-defined]


@pytest.fixture
def opened() -> Iterator[list[object]]:
    held: list[object] = []
    yield held
    for thing in held:
        thing.close()  # type: ignore[attr-defined]


def check_round(writer: str, con: object, data: Path, n: int, extra: str) -> None:
    def one(sql: str, *args: object) -> object:
        row = con.execute(sql, args).fetchone()  # type: ignore[attr-defined]
        return row[0] if row else None

    if writer == "checkin":
        from datetime import timedelta

        day = (TEST_DAY - timedelta(days=n)).isoformat()
        habit = "(SELECT MIN(id) FROM habit)"
        sql = f"SELECT note FROM habit_checkin WHERE habit_id = {habit} AND day = ?"
        assert one(sql, day) == f"round {n}"
    elif writer == "import":
        assert one("SELECT COUNT(*) FROM corpus_text WHERE text LIKE ?", f"Round {n} post %") == (
            POSTS_PER_IMPORT
        )
    elif writer == "draft":
        sql = (
            "SELECT v.text FROM draft d JOIN draft_variant v ON v.draft_id = d.id WHERE d.title = ?"
        )
        assert one(sql, f"Round {n}") == f"Round {n} text. " * 40
    elif writer == "goal_journal":
        if n % 2:
            assert (
                one("SELECT COUNT(*) FROM goal WHERE statement = ?", f"Comment on {n} posts") == 1
            )
        else:
            assert one("SELECT COUNT(*) FROM journal_entry WHERE body = ?", f"Round {n} entry") == 1
    elif writer == "export":
        from app.domain.exchange.model import Kind
        from app.services.exchange.package import read_package

        read_package(data / f"export-{n}.ownvoice", expect=Kind.PROGRESS)
    elif writer == "feedback":
        assert one("SELECT COUNT(*) FROM feedback_received WHERE id = ?", f"{n:032x}") == 1
    elif writer == "outbox":
        assert one("SELECT COUNT(*) FROM sync_outbox WHERE key = ?", extra) == 1
    else:
        assert one("SELECT COUNT(*) FROM coach_note WHERE text = ?", f"Round {n} note") == 1


def check_whole(writer: str, con: object, data: Path) -> None:
    """Nothing half done: an import all there or not at all, an export readable or absent."""
    if writer == "import":
        found = con.execute(  # type: ignore[attr-defined]
            "SELECT substr(text, 1, instr(text, ' post ')), COUNT(*) FROM corpus_text "
            "WHERE text LIKE 'Round % post %' GROUP BY 1"
        ).fetchall()
        assert all(count == POSTS_PER_IMPORT for _round, count in found), found
    elif writer == "export":
        from app.domain.exchange.model import Kind
        from app.services.exchange.package import read_package

        for path in data.glob("*.ownvoice"):
            read_package(path, expect=Kind.PROGRESS)


@pytest.mark.parametrize("writer", WRITERS)
def test_a_writer_killed_at_random_loses_nothing(
    writer: str, base: Path, tmp_path: Path, opened: list[object]
) -> None:
    from app.services.journey.writer import JourneyWriter
    from app.services.voice.profile import VoiceService

    rng = random.Random(f"{SEED}-{writer}")
    clock = FixedClock(TEST_DAY)
    for kill in range(KILLS):
        data = tmp_path / f"kill{kill}" / "data"
        shutil.copytree(base, data)
        reported = run_and_kill(writer, data, rng)
        print(f"{writer} kill {kill}: {len(reported)} rounds reported", file=sys.stderr)
        db_path = data / "ownvoice.db"
        db = Database.open(db_path, clock.now())
        opened.append(db)
        assert db.integrity_check() == ["ok"]
        db.close()
        opened.clear()
        # The next start: the app's own opening, which brings derived data up to date.
        reader, database = prepare_store(db_path, clock)
        opened.append(reader)
        if database is not None:
            opened.append(database)
        con = reader.connection
        assert stale_derived(reader, TEST_DAY) == []
        for n, extra in reported:
            check_round(writer, con, data, n, extra)
        check_whole(writer, con, data)
        # Derived data as a full recompute from the facts gives it.
        after_start = derived(con)
        full = database or Database.open(db_path, clock.now())
        if database is None:
            opened.append(full)
        JourneyWriter(full, reader).refresh(TEST_DAY)
        VoiceService(clock).refresh(full, reader)
        assert derived(con) == after_start, f"{writer}: derived data behind after kill {kill}"
        for thing in opened:
            thing.close()  # type: ignore[attr-defined]
        opened.clear()
        shutil.rmtree(data.parent)


def test_the_child_reports_rounds(base: Path, tmp_path: Path) -> None:
    """The harness itself: a child left running reports rounds, and they are all found."""
    data = tmp_path / "data"
    shutil.copytree(base, data)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_child", "coach_note", str(data)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    seen = [child.stdout.readline() for _ in range(3)]
    child.kill()
    child.wait(timeout=60)
    child.stdout.close()
    assert [line.split()[:2] for line in seen] == [["ok", "0"], ["ok", "1"], ["ok", "2"]]
    reader = QuickReader(data / "ownvoice.db")
    try:
        for n in range(3):
            check_round("coach_note", reader.connection, data, n, "")
    finally:
        reader.close()
