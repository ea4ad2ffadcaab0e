"""How long the Habits page takes to open with ten years of demo habits.

    python bench/habits_page.py [--years 10] [--runs 9] [--dense]

Fills a temporary data folder with ``ownvoice demo --years N`` (20 habits with daily history),
then, offscreen, times opening the Habits page: reading every habit and check-in, computing
every score and streak, filling the list and painting it. Prints the median of several opens,
and the part spent reading and computing. ``--dense`` adds a check-in for every day of every
habit (73,000 rows for ten years: someone who never missed a day), the worst case. Goal
(issue 4): under 150 ms on a 2-core machine. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TODAY = date(2026, 11, 27)  # benches never read the real date: the same demo on every day
APP = [sys.executable, "-c", "import sys; from app.main import main; sys.exit(main())",
       "--today", TODAY.isoformat()]  # fmt: skip


def make_demo(folder: Path, years: float, dense: bool) -> str:
    made = subprocess.run([*APP, "--data-dir", str(folder), "demo", "--years", str(years)],
                          check=True, capture_output=True, text=True)  # fmt: skip
    if dense:
        con = sqlite3.connect(folder / "ownvoice.db")
        with con:
            ids = [row[0] for row in con.execute("SELECT id FROM habit")]
            first = TODAY - timedelta(days=round(365.25 * years))
            days = [(first + timedelta(days=i)).isoformat()
                    for i in range((TODAY - first).days + 1)]  # fmt: skip
            con.executemany(
                "INSERT OR IGNORE INTO habit_checkin (habit_id, day, state, value, note, source)"
                " SELECT id, ?, 'done', target, '', 'manual' FROM habit WHERE id = ?",
                [(day, habit) for habit in ids for day in days],
            )
        con.close()
    return made.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--dense", action="store_true", help="every habit done every day")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        began = time.monotonic()
        print(f"demo --years {args.years:g}: {make_demo(folder, args.years, args.dense)} "
              f"({time.monotonic() - began:.2f} s)")  # fmt: skip
        return measure(folder, args.runs)


def measure(folder: Path, runs: int) -> int:
    from app.services.clock import FixedClock
    from app.services.habits import HabitsReader
    from app.services.settings import SettingsService
    from app.storage.paths import AppPaths, DataDirOrigin
    from app.storage.settings_store import SettingsFile
    from app.ui.pages.habits import HabitsPage
    from app.ui.shell.application import build_context, create_qapplication
    from app.ui.tasks import SyncTaskRunner

    app = create_qapplication()
    paths = AppPaths(folder, DataDirOrigin.OPTION)
    ctx = build_context(paths, SettingsService(SettingsFile(paths.settings_path)),
                        tasks=SyncTaskRunner(), clock=FixedClock(TODAY))  # fmt: skip
    ctx.open_database()  # the store is open before the page, as in the app
    assert ctx.reader is not None
    reader = HabitsReader(ctx.reader)
    rows = ctx.reader.connection.execute("SELECT COUNT(*) FROM habit_checkin").fetchone()[0]
    opens, computes = [], []
    for _ in range(runs):
        began = time.perf_counter()
        overview = reader.overview(TODAY)
        computes.append(time.perf_counter() - began)
        began = time.perf_counter()
        page = HabitsPage(ctx, "Habits")
        page.resize(1100, 720)
        page.ensure_built()  # reads and computes every habit, fills the list
        assert page.content_ready
        page.grab()  # paints it
        opens.append(time.perf_counter() - began)
        page.deleteLater()
        app.processEvents()
    ctx.close()
    median = statistics.median(opens)
    print(f"{len(overview.habits)} habits, {rows} check-ins; reading and computing every score "
          f"and streak: median {statistics.median(computes) * 1000:.0f} ms")  # fmt: skip
    print(f"Habits page open (read, compute, build, paint): median {median * 1000:.0f} ms over "
          f"{runs} runs (min {min(opens) * 1000:.0f}, max {max(opens) * 1000:.0f}); "
          f"goal < 150 ms: {'met' if median < 0.150 else 'MISSED'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
