"""Resident memory of OwnVoice (issue 19, item 5): idle on each page, after an hour of use, and
in coach mode with a folder of 1,000 progress files; a bare PySide6 window beside it.

    python bench/memory.py [--years 10] [--cycles 60] [--people 1000] [--settle 1.0]

A demo person with ``--years`` of history is made in a temporary data folder (``ownvoice demo
--years 10 --today 2026-12-01``), and a cohort of ``--people`` progress files beside it
(``ownvoice demo cohort``). Each measurement runs in a fresh process (this script with
``--child``), offscreen, and reads VmRSS from /proc/self/status (Linux only):

- bare: a QMainWindow of the same size, shown and settled (the floor);
- idle, started on the page: a fresh window started on each sidebar page (``--page``), settled
  (the store's worker idle, the page showing its content, then ``--settle`` seconds of events);
- idle in turn: the real main window, each sidebar page shown in turn and settled in the same
  way; each figure is the whole process at that moment, so it includes the pages before it;
- hour: then ``--cycles`` rounds of use, compressed in time, each one minute of a person's hour:
  every page visited, a habit checked in and undone, a draft's text edited (autosave) and a new
  draft made, a journal entry written, and every tenth round a LinkedIn archive imported through
  the import service (the store's worker, as the dialog does). The growth is the mean of the
  last third of the rounds over the mean of the first third;
- coach: coach mode's Cohort page on the folder of ``--people`` files, all rows shown.

Goals: idle under 100 MiB, growth under 10 %. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 12, 1)  # benches never read the real date: the same demo on every day
SIZE = (1100, 720)


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise SystemExit("no VmRSS in /proc: Linux only")


def events(seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def settle(window: object, runner: object, seconds: float) -> None:
    """Until the worker is idle and the page shows its content, then ``seconds`` more."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if not runner.busy and window.is_showing_content():  # type: ignore[attr-defined]
            break
        time.sleep(0.005)
    events(seconds)
    gc.collect()


def open_window(data: Path, start: str) -> tuple[object, object, object]:
    from app.services.clock import FixedClock
    from app.services.settings import SettingsService
    from app.services.system.secrets import SecretStore
    from app.storage.paths import AppPaths, DataDirOrigin
    from app.storage.settings_store import SettingsFile
    from app.ui.shell.application import build_context, create_qapplication
    from app.ui.shell.main_window import MainWindow
    from app.ui.tasks import TaskRunner

    app = create_qapplication()
    paths = AppPaths(data, DataDirOrigin.OPTION).ensure()
    runner = TaskRunner()
    ctx = build_context(
        paths, SettingsService(SettingsFile(paths.settings_path)), tasks=runner,
        secrets=SecretStore(), clock=FixedClock(TODAY),
    )  # fmt: skip
    ctx.open_database()
    window = MainWindow(ctx, start_page=start, remember_geometry=False)
    window.resize(*SIZE)
    window.show()
    return app, ctx, window


def child_bare(settle_s: float) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(*SIZE)
    window.show()
    events(settle_s)
    gc.collect()
    found = rss_mib()
    window.close()
    app.processEvents()
    return {"bare": found}


def child_app(data: Path, cycles: int, settle_s: float, archive: Path) -> dict[str, object]:
    from app.ui.drafts.access import write_drafts
    from app.ui.habits.access import write_habits
    from app.ui.pages import registry
    from app.ui.store_access import write_store

    _app, ctx, window = open_window(data, "today")
    runner = ctx.tasks  # type: ignore[attr-defined]
    pages = [spec.id for spec in registry.pages_for(False)]
    idle: dict[str, float] = {}
    for page in pages:
        window.show_page(page)  # type: ignore[attr-defined]
        settle(window, runner, settle_s)
        idle[page] = rss_mib()
    con = ctx.reader.connection  # type: ignore[attr-defined]
    habits = [row[0] for row in con.execute("SELECT id FROM habit ORDER BY id")]
    drafts = [row[0] for row in con.execute("SELECT id FROM draft ORDER BY id")]

    def import_once(db: object, reader: object) -> object:
        from app.services.voice.imports import import_archive

        return import_archive("linkedin", archive, db, reader, ctx.clock)  # type: ignore[arg-type,attr-defined]

    def journal(db: object, reader: object) -> object:
        from app.domain.journey.journal import EntryKind, JournalEntry
        from app.services.journey.writer import JourneyWriter

        entry = JournalEntry(TODAY, EntryKind.REFLECTION, f"Round {round_}: listened first.")
        return JourneyWriter(db, reader).save_entry(entry)  # type: ignore[arg-type]

    from app.domain.drafts.networks import Network

    rounds: list[float] = []
    for round_ in range(cycles):
        for page in pages:
            window.show_page(page)  # type: ignore[attr-defined]
            settle(window, runner, 0.0)
        habit = habits[round_ % len(habits)]
        day = TODAY - timedelta(days=round_ % 5)
        write_habits(ctx, lambda w, h=habit, d=day: w.toggle(h, d))  # type: ignore[arg-type]
        write_habits(ctx, lambda w, h=habit, d=day: w.toggle(h, d))  # type: ignore[arg-type]
        draft = drafts[round_ % len(drafts)]
        text = f"A thought, round {round_}. " * (20 + round_ % 7)
        write_drafts(
            ctx, lambda w, d=draft, t=text: w.save_text(d, Network.LINKEDIN, t), announce=False
        )  # type: ignore[arg-type]
        write_drafts(ctx, lambda w, r=round_: w.new_draft(f"Round {r}"))  # type: ignore[arg-type]
        write_store(ctx, journal, announce=("journey",))  # type: ignore[arg-type]
        if round_ % 10 == 5:
            write_store(ctx, import_once, announce=("voice", "journey"))  # type: ignore[arg-type]
        settle(window, runner, 0.05)
        rounds.append(rss_mib())
    window.close()  # type: ignore[attr-defined]
    ctx.close()  # type: ignore[attr-defined]
    return {"idle": idle, "rounds": rounds}


def child_page(data: Path, page: str, settle_s: float) -> dict[str, object]:
    """A fresh start on ``page`` (as ``ownvoice --page PAGE`` starts), settled."""
    _app, ctx, window = open_window(data, page)
    settle(window, ctx.tasks, settle_s)  # type: ignore[attr-defined]
    found = rss_mib()
    window.close()  # type: ignore[attr-defined]
    ctx.close()  # type: ignore[attr-defined]
    return {"page": found}


def child_coach(data: Path, cohort: Path, people: int, settle_s: float) -> dict[str, object]:
    from app.services.settings import SettingsService
    from app.storage.settings_store import SettingsFile
    from app.ui.pages.cohort import FOLDER_STATE

    settings = SettingsService(SettingsFile(data / "settings.json"))
    settings.set_state(FOLDER_STATE, str(cohort).encode("utf-8"))
    del settings
    _app, ctx, window = open_window(data, "cohort")
    runner = ctx.tasks  # type: ignore[attr-defined]
    page = window.current_page()  # type: ignore[attr-defined]
    deadline = time.monotonic() + 300
    while page.model.rowCount() != people and time.monotonic() < deadline:
        settle(window, runner, 0.1)
    if page.model.rowCount() != people:
        raise SystemExit(f"the cohort shows {page.model.rowCount()} of {people} people")
    settle(window, runner, settle_s)
    found = rss_mib()
    window.close()  # type: ignore[attr-defined]
    ctx.close()  # type: ignore[attr-defined]
    return {"coach": found}


def run_child(*args: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], env=env, cwd=ROOT, check=True,
        capture_output=True, text=True,
    )  # fmt: skip
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def make_data(tmp: Path, years: float, people: int, posts: int) -> tuple[Path, Path, Path]:
    from tests.services.archive_factory import linkedin_bulk, write_zip

    data, cohort = tmp / "data", tmp / "cohort"
    base = [sys.executable, "-m", "app", "--data-dir", str(data)]
    day = ["--today", TODAY.isoformat()]
    began = time.monotonic()
    subprocess.run([*base, "demo", "--years", str(years), *day], check=True, cwd=ROOT,
                   capture_output=True)  # fmt: skip
    subprocess.run([*base, "demo", "cohort", "--people", str(people), "--out", str(cohort), *day],
                   check=True, cwd=ROOT, capture_output=True)  # fmt: skip
    (data / "settings.json").write_text('{"state/welcome_done": true}', encoding="utf-8")
    archive = write_zip(tmp / "linkedin.zip", linkedin_bulk(posts, posts * 2))
    print(f"demo --years {years:g} and a cohort of {people} made in "
          f"{time.monotonic() - began:.1f} s")  # fmt: skip
    return data, cohort, archive


def verdict(value: float, goal: float) -> str:
    return "met" if value < goal else "NOT met"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--cycles", type=int, default=60)
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=200, help="posts in the imported archive")
    parser.add_argument("--settle", type=float, default=1.0)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT))
        kind, *rest = args.child
        if kind == "bare":
            result = child_bare(args.settle)
        elif kind == "page":
            result = child_page(Path(rest[0]), rest[1], args.settle)
        elif kind == "app":
            result = child_app(Path(rest[0]), args.cycles, args.settle, Path(rest[1]))
        else:
            result = child_coach(Path(rest[0]), Path(rest[1]), args.people, args.settle)
        print(json.dumps(result))
        return 0
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        data, cohort, archive = make_data(tmp, args.years, args.people, args.posts)
        settle = ["--settle", str(args.settle)]
        bare = [float(run_child("bare", *settle)["bare"]) for _ in range(3)]  # type: ignore[arg-type]
        from app.ui.pages import registry

        fresh = {
            spec.id: float(run_child("page", str(data), spec.id, *settle)["page"])  # type: ignore[arg-type]
            for spec in registry.pages_for(False)
        }
        used = run_child("app", str(data), str(archive), "--cycles", str(args.cycles), *settle)
        coach_data = tmp / "coach"
        coach_data.mkdir()
        (coach_data / "settings.json").write_text(
            '{"state/welcome_done": true, "state/coach_mode": true}', encoding="utf-8"
        )
        coach = run_child("coach", str(coach_data), str(cohort), "--people", str(args.people),
                          *settle)  # fmt: skip
    print(f"bare PySide6 window {SIZE[0]}x{SIZE[1]}: median {statistics.median(bare):.1f} MiB "
          f"(3 runs: {', '.join(f'{b:.1f}' for b in bare)})")  # fmt: skip
    for page, mib in fresh.items():
        print(f"idle on {page}, started on it: {mib:.1f} MiB ({mib / statistics.median(bare):.2f}"
              f"x the bare window); goal < 100 MiB: {verdict(mib, 100)}")  # fmt: skip
    idle: dict[str, float] = used["idle"]  # type: ignore[assignment]
    for page, mib in idle.items():
        print(f"idle on {page}, each page before it opened first in the same window: "
              f"{mib:.1f} MiB; goal < 100 MiB: {verdict(mib, 100)}")  # fmt: skip
    rounds: list[float] = used["rounds"]  # type: ignore[assignment]
    third = max(1, len(rounds) // 3)
    first, last = statistics.mean(rounds[:third]), statistics.mean(rounds[-third:])
    growth = (last / first - 1) * 100
    print(f"an hour of use, {len(rounds)} rounds: first third {first:.1f} MiB, last third "
          f"{last:.1f} MiB (lowest {min(rounds):.1f}, highest {max(rounds):.1f}); growth "
          f"{growth:+.1f} %; goal < 10 %: {verdict(growth, 10)}")  # fmt: skip
    mib = float(coach["coach"])  # type: ignore[arg-type]
    print(f"coach mode, {args.people} progress files shown: {mib:.1f} MiB; goal < 100 MiB: "
          f"{verdict(mib, 100)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
