"""One clock: only app/services/clock.py reads the calendar; ``--today`` moves the whole run.

Tests and benches never read the real date either (tests/fixed_clock.py): the suite gives the
same results on any day (try ``faketime '2031-03-01 10:00:00' pytest``).
"""

from __future__ import annotations

import ast
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.cli import parse_args
from app.services import clock as clock_module
from app.services.clock import FixedClock, ShiftedClock, SystemClock, clock_for

ROOT = Path(__file__).resolve().parent.parent
CLOCK_MODULE = ROOT / "app" / "services" / "clock.py"

# Reads of the real calendar or time of day, by the module they come from.
CALENDAR_READS = frozenset({
    "datetime.date.today",
    "datetime.datetime.now",
    "datetime.datetime.today",
    "datetime.datetime.utcnow",
    "time.time",
    "time.time_ns",
    "time.localtime",
    "time.gmtime",
    "time.ctime",
    "time.asctime",
    "time.strftime",
    "PySide6.QtCore.QDate.currentDate",
    "PySide6.QtCore.QDateTime.currentDateTime",
    "PySide6.QtCore.QDateTime.currentDateTimeUtc",
    "PySide6.QtCore.QDateTime.currentMSecsSinceEpoch",
    "PySide6.QtCore.QDateTime.currentSecsSinceEpoch",
    "PySide6.QtCore.QTime.currentTime",
})  # fmt: skip


def calendar_reads(source: str) -> list[tuple[int, str]]:
    """(line, what) for every mention of a calendar read, called or not (``clock=datetime.now``
    reads it later), through any import alias."""
    tree = ast.parse(source)
    names: dict[str, str] = {}  # local name -> what it stands for
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    def dotted(node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return names.get(node.id, node.id)
        if isinstance(node, ast.Attribute):
            base = dotted(node.value)
            return None if base is None else f"{base}.{node.attr}"
        return None

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            name = dotted(node)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            name = names.get(node.id)  # from time import time as seconds
        else:
            continue
        if name in CALENDAR_READS:
            found.append((node.lineno, str(name)))
    return sorted(found)


def test_only_the_clock_module_reads_the_calendar() -> None:
    """app/ reads today and now through its one clock; tests and benches through a fixed one."""
    offenders = []
    for folder in ("app", "tests", "bench"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == CLOCK_MODULE:
                continue
            for line, what in calendar_reads(path.read_text(encoding="utf-8")):
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {what}")
    assert offenders == [], "read the day through the clock (app/services/clock.py):\n" + "\n".join(
        offenders
    )
    assert [what for _, what in calendar_reads(CLOCK_MODULE.read_text())] == [
        "datetime.date.today",
        "datetime.datetime.now",
        "datetime.datetime.now",
    ]  # SystemClock, and only it


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import date\nday = date.today()",
        "import datetime\nnow = datetime.datetime.now()",
        "import datetime as dt\nnow = dt.datetime.utcnow()",
        "from datetime import datetime as DT\ndef f(clock=DT.now): ...",
        "from datetime import datetime\nx = datetime.today()",
        "import time\nstamp = time.time()",
        "from time import time as seconds\nstamp = seconds()",
        "from PySide6.QtCore import QDate\nday = QDate.currentDate()",
        "from PySide6 import QtCore\nnow = QtCore.QDateTime.currentDateTime()",
    ],
)
def test_the_scan_sees_each_way_of_reading_the_calendar(source: str) -> None:
    assert len(calendar_reads(source)) == 1, source


def test_the_scan_leaves_days_that_are_given_alone() -> None:
    source = (
        "import time\nfrom datetime import date, datetime\n"
        "a = date(2026, 1, 1)\nb = datetime.fromisoformat('2026-01-01')\nc = time.monotonic()\n"
        "d = date.fromtimestamp(0)\ne = self.today()\nf = clock.now()\n"
    )
    assert calendar_reads(source) == []


# -- the clocks -----------------------------------------------------------------------------------


def test_a_fixed_clock_stands_still_until_it_is_moved() -> None:
    clock = FixedClock(date(2026, 3, 29))
    assert clock.today() == date(2026, 3, 29)
    assert clock.local_now() == datetime(2026, 3, 29, 12, 0)  # a day means its noon
    first, second = clock.now(), clock.now()
    assert first == datetime(2026, 3, 29, 12, 0, tzinfo=UTC)
    assert second == first + timedelta(microseconds=1)  # later, never the same
    assert clock.advance(days=1, hours=12) == datetime(2026, 3, 31, 0, 0)
    assert clock.today() == date(2026, 3, 31)
    assert clock.now() == datetime(2026, 3, 31, 0, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="does not go back"):
        clock.advance(minutes=-1)
    assert FixedClock(datetime(2026, 1, 1, 23, 30)).today() == date(2026, 1, 1)


def test_now_never_goes_back_even_when_the_wall_clock_does() -> None:
    base = FixedClock(datetime(2026, 10, 25, 3, 30))
    clock = ShiftedClock(date(2026, 1, 10), base)
    before = clock.now()
    base.at -= timedelta(hours=1)  # the clocks go back (a FixedClock would refuse: forced here)
    assert clock.local_now() == datetime(2026, 1, 10, 2, 30)  # the wall clock goes back
    assert clock.now() > before  # stamps keep their order


def test_a_shifted_clock_keeps_its_day_while_time_runs_on() -> None:
    base = FixedClock(datetime(2031, 3, 1, 23, 59))  # the "real" clock
    clock = ShiftedClock(date(2026, 3, 1), base)
    assert clock.today() == date(2026, 3, 1)
    assert clock.local_now() == datetime(2026, 3, 1, 23, 59)  # the real time of day
    stamps = [clock.now() for _ in range(3)]
    assert stamps == sorted(set(stamps)) and stamps[0].tzinfo is UTC
    base.advance(minutes=2)  # past the real midnight
    assert clock.today() == date(2026, 3, 1)  # --today holds for the whole run
    assert clock.local_now() == datetime(2026, 3, 2, 0, 1)  # while time keeps running
    assert clock.now() > stamps[-1]


def test_the_system_clock_is_aware_and_ordered() -> None:
    clock = SystemClock()
    stamps = [clock.now() for _ in range(1000)]
    assert all(s.tzinfo is UTC for s in stamps)
    assert stamps == sorted(set(stamps))  # strictly increasing, even within a microsecond
    assert clock.local_now().tzinfo is None
    assert isinstance(clock_for(None), SystemClock)
    shifted = clock_for(date(2026, 3, 1))
    assert isinstance(shifted, ShiftedClock) and shifted.today() == date(2026, 3, 1)


# -- --today on the command line ------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--today", "2026-02-30", "journey", "status"],
        ["--today", "tomorrow"],
        ["--today", "2026-3-1", "doctor"],
        ["--today", "20260301"],
        ["--today", "2026-W09-7"],
        ["demo", "--today", "01.03.2026"],
    ],
)
def test_a_bad_today_is_a_usage_error_in_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(argv)
    assert exited.value.code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ownvoice: error: --today: expected")


@pytest.mark.parametrize(
    "argv",
    [
        ["--today", "2026-03-01"],
        ["--today", "2026-03-01", "--screenshot", "x.png", "--page", "habits"],
        ["--today", "2026-03-01", "habits", "list"],
        ["--today", "2026-03-01", "demo"],
        ["demo", "--today", "2026-03-01", "--years", "2"],
        ["--today", "2020-01-01", "demo", "--today", "2026-03-01"],  # the nearer one wins
    ],
)
def test_today_moves_the_whole_run(argv: list[str]) -> None:
    args = parse_args(argv)
    assert isinstance(args.clock, ShiftedClock) and args.clock.today() == date(2026, 3, 1)


def test_without_today_the_run_is_on_the_real_clock() -> None:
    assert isinstance(parse_args(["journey", "status"]).clock, SystemClock)
    assert isinstance(parse_args(["demo"]).clock, SystemClock)


def _pretend_today_is(monkeypatch: pytest.MonkeyPatch, real: datetime) -> None:
    """Make the computer's calendar say ``real`` (naive local; UTC here), for SystemClock."""
    monkeypatch.setattr(clock_module.SystemClock, "today", lambda self: real.date())
    monkeypatch.setattr(clock_module.SystemClock, "local_now", lambda self: real)
    monkeypatch.setattr(
        clock_module.SystemClock,
        "now",
        lambda self: self._ordered(real.replace(tzinfo=UTC)),
    )


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.iterdump())
    finally:
        con.close()


@pytest.mark.slow
def test_the_demo_person_is_the_same_on_every_real_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``demo --today``: the same activities, check-ins, goals, drafts and profile, row for row,
    whatever day the computer's calendar says (here: two, a year and a half apart)."""
    from app.main import main

    dumps = []
    for n, real in enumerate((datetime(2031, 3, 1, 10, 0), datetime(2027, 9, 14, 10, 0))):
        _pretend_today_is(monkeypatch, real)
        folder = str(tmp_path / f"d{n}")
        assert main(["--data-dir", folder, "demo", "--today", "2026-03-01", "--seed", "2"]) == 0
        assert main(["--data-dir", folder, "journey", "status", "--json"]) == 0
        dumps.append(_dump(tmp_path / f"d{n}" / "ownvoice.db"))
    out = capsys.readouterr().out
    assert out.count("activities since 2025-03-01") == 2
    # Without --today, status ran on each pretended real day: the pretence took.
    assert '"today": "2031-03-01"' in out and '"today": "2027-09-14"' in out
    assert dumps[0] == dumps[1]
    assert any("'2026-02-26 09:00:00" in row for row in dumps[0])  # the demo's drafts: its days


@pytest.mark.slow
def test_the_window_runs_on_the_day_given(tmp_path: Path) -> None:
    """``--today`` reaches the window's context: a screenshot of Habits on a given day."""
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from app.main import main
from app.ui.shell import application

made = []
build = application.build_context
application.build_context = lambda *a, **kw: made.append(build(*a, **kw)) or made[-1]
code = main(["--data-dir", {str(tmp_path / "d")!r}, "--today", "2026-03-01",
             "--screenshot", {str(tmp_path / "h.png")!r}, "--page", "habits"])
print(code, made[0].clock.today(), type(made[0].clock).__name__)
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.split() == ["0", "2026-03-01", "ShiftedClock"]
    assert (tmp_path / "h.png").exists()
