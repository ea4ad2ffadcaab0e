"""How long the Progress page's numbers take with ten years of demo data.

    python bench/progress.py [--years 10] [--runs 9]

Fills a temporary data folder with ``ownvoice demo --years N --today 2026-05-13``, then times
reading and computing everything once (``ProgressReader.data``: what opening the page costs
before drawing) and the first range's snapshot, and switching range (``data.snapshot`` for each
range in turn). Then the page itself, offscreen: from making the Progress page until it has
read, computed and painted its charts, and a range switch until the charts are painted again.
Prints medians of several runs. Goals (issue 15): the page opens in under 300 ms and
switching range stays under 100 ms. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TODAY = date(2026, 5, 13)  # benches never read the real date: the same demo on every day


def make_demo(folder: Path, years: float) -> str:
    made = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(folder), "demo", "--years", str(years),
         "--today", TODAY.isoformat()],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    return made.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        began = time.monotonic()
        print(f"demo --years {args.years:g}: {make_demo(folder, args.years)} "
              f"({time.monotonic() - began:.2f} s)")  # fmt: skip
        measure(folder / "ownvoice.db", args.runs)
        return measure_page(folder, args.runs)


def measure(db_path: Path, runs: int) -> int:
    from app.domain.progress import Range
    from app.services.progress import ProgressReader
    from app.storage.quick import QuickReader

    reader = QuickReader(db_path)
    progress = ProgressReader(reader)
    opens, switches = [], []
    try:
        progress.data(TODAY)  # warm: imports and the first read of the file
        for _ in range(runs):
            began = time.perf_counter()
            data = progress.data(TODAY)
            data.snapshot(Range.QUARTER)
            opens.append(time.perf_counter() - began)
            for chosen in Range:
                began = time.perf_counter()
                data.snapshot(chosen)
                switches.append(time.perf_counter() - began)
    finally:
        reader.close()
    snap = data.snapshot(Range.ALL)
    print(f"{sum(w.total for w in snap.weeks)} activities in {len(snap.weeks)} weeks, "
          f"{len(snap.habits)} habits, {len(snap.goals)} goals, {len(snap.posts)} posts, "
          f"{len(snap.insights)} insights over all time")  # fmt: skip
    report("open (read, compute all time, cut a quarter)", opens, 0.300)
    report("switch range (any of the four)", switches, 0.100)
    return 0


def measure_page(folder: Path, runs: int) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from app.services.clock import FixedClock
    from app.services.settings import SettingsService
    from app.services.system.secrets import SecretStore
    from app.storage.paths import AppPaths, DataDirOrigin
    from app.storage.settings_store import SettingsFile
    from app.ui.pages.progress import ProgressPage
    from app.ui.shell.application import build_context, create_qapplication
    from app.ui.tasks import SyncTaskRunner

    app = create_qapplication()  # as the app makes it (its collector too)
    paths = AppPaths(folder, DataDirOrigin.OPTION).ensure()
    ctx = build_context(
        paths, SettingsService(SettingsFile(paths.settings_path)), tasks=SyncTaskRunner(),
        secrets=SecretStore(), clock=FixedClock(TODAY),
    )  # fmt: skip
    ctx.open_database()
    opens, switches = [], []
    for run in range(runs + 1):  # the first run warms imports and caches
        began = time.perf_counter()
        page = ProgressPage(ctx, "Progress")
        page.ensure_built()
        page.resize(1280, 900)
        page.show()
        while not page.content_ready:
            QCoreApplication.processEvents()
        page.repaint()
        if run:
            opens.append(time.perf_counter() - began)
            for index in (0, 2, 3, 1):  # 4 weeks, year, all, back to the quarter
                began = time.perf_counter()
                page.range_box.setCurrentIndex(index)
                QCoreApplication.processEvents()
                page.repaint()
                switches.append(time.perf_counter() - began)
        page.close()
        page.deleteLater()
        QCoreApplication.processEvents()
    ctx.close()
    app.processEvents()
    report("the page: open until its charts are painted", opens, 0.300)
    report("the page: switch range until painted again", switches, 0.100)
    return 0


def report(what: str, times: list[float], goal: float) -> None:
    median = statistics.median(times)
    print(f"{what}: median {median * 1000:.1f} ms over {len(times)} runs (min "
          f"{min(times) * 1000:.1f}, max {max(times) * 1000:.1f}); goal < {goal * 1000:.0f} ms: "
          f"{'met' if median < goal else 'MISSED'}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
