"""Scale (issue 19, item 6): ten years of data, 5,000 drafts and 50,000 imported posts and
comments; the time to open each page and the size of the data folder.

    python bench/scale.py [--years 10] [--drafts 5000] [--posts 20000] [--comments 30000]
        [--runs 5]

Builds a temporary data folder: ``ownvoice demo --years 10 --today 2026-12-01`` (20 habits with
daily history, goals, journal, activity), then ``--drafts`` drafts through the drafts store's
own write path (``save_draft``: a title and a LinkedIn and an X variant each, spread over ten
years, in one transaction), then a LinkedIn archive of ``--posts`` posts and ``--comments``
comments through the real import (``import_archive``: parse, detect languages, store, refresh
the journey) and the voice profile rebuilt after it, as the app does.

Then, offscreen, each page of both modes is opened ``--runs`` times after a warm-up: from making
the page until it has read and computed its data (the store's reads run inline), shows its
content and is painted. Prints the median, lowest and highest per page and the size of the data
folder (the database after a checkpoint, and every other file in it). Goals: every page under
300 ms; the folder under 100 MB. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TODAY = date(2026, 12, 1)  # benches never read the real date: the same demo on every day


def make_demo(folder: Path, years: float) -> None:
    subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(folder), "demo", "--years", str(years),
         "--today", TODAY.isoformat()],
        check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    (folder / "settings.json").write_text('{"state/welcome_done": true}', encoding="utf-8")


def add_drafts(db_path: Path, count: int, years: float) -> None:
    from app.domain.drafts.model import Draft, DraftState, Variant
    from app.domain.drafts.networks import Network
    from app.services.clock import FixedClock
    from app.storage.database import Database
    from app.storage.drafts import write

    states = (DraftState.DRAFT, DraftState.DRAFT, DraftState.READY)
    span = timedelta(days=365.25 * years)
    start = datetime(TODAY.year, TODAY.month, TODAY.day) - span
    body = "Mitä opin tänään asiakkaalta: kuuntele ensin, kysy sitten. " * 6
    db = Database.open(db_path, FixedClock(TODAY).now())
    try:
        with db.session() as session:
            for n in range(count):
                at = start + span * n / count
                variants = (
                    Variant(Network.LINKEDIN, f"{body}({n})", at),
                    Variant(Network.X, f"Kuuntele ensin ({n}).", at),
                )
                draft = Draft(f"Luonnos {n}", at, at, states[n % len(states)], variants=variants)
                write.save_draft(session, draft)
    finally:
        db.close()


def import_posts(folder: Path, db_path: Path, posts: int, comments: int) -> int:
    from app.services.clock import FixedClock
    from app.services.voice.imports import import_archive
    from app.services.voice.profile import VoiceService
    from app.storage.database import Database
    from app.storage.quick import QuickReader
    from tests.services.archive_factory import linkedin_bulk, write_zip

    archive = write_zip(folder.parent / "linkedin.zip", linkedin_bulk(posts, comments))
    clock = FixedClock(TODAY)
    db = Database.open(db_path, clock.now())
    reader = QuickReader(db_path)
    try:
        summary = import_archive("linkedin", archive, db, reader, clock)
        VoiceService(clock).refresh(db, reader)
        return summary.new_posts
    finally:
        reader.close()
        db.close()
        archive.unlink()


def open_pages(folder: Path, runs: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.services.clock import FixedClock
    from app.services.settings import SettingsService
    from app.services.system.secrets import SecretStore
    from app.storage.paths import AppPaths, DataDirOrigin
    from app.storage.settings_store import SettingsFile
    from app.ui.pages import registry
    from app.ui.shell.application import build_context, create_qapplication
    from app.ui.tasks import SyncTaskRunner

    app = create_qapplication()
    paths = AppPaths(folder, DataDirOrigin.OPTION)
    ctx = build_context(
        paths, SettingsService(SettingsFile(paths.settings_path)), tasks=SyncTaskRunner(),
        secrets=SecretStore(), clock=FixedClock(TODAY),
    )  # fmt: skip
    ctx.open_database()
    ctx.open_full_database()  # as in the app once the first page shows: writes can start
    specs = {spec.id: spec for spec in (*registry.pages_for(False), *registry.pages_for(True))}
    found: dict[str, list[float]] = {}
    for page_id, spec in specs.items():
        times = []
        for run in range(runs + 1):  # the first run warms imports and caches
            began = time.perf_counter()
            page = spec.create(ctx)
            page.ensure_built()
            page.resize(1100, 720)
            page.show()
            deadline = time.monotonic() + 60
            while not page.content_ready and time.monotonic() < deadline:
                QCoreApplication.processEvents()
            if not page.content_ready:
                raise SystemExit(f"{page_id} did not show its content in 60 s")
            page.repaint()
            if run:
                times.append(time.perf_counter() - began)
            page.close()
            page.deleteLater()  # gone for good: a page left behind would reload on changes
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
        found[page_id] = times
    ctx.close()
    app.processEvents()
    return found


def folder_size(folder: Path) -> tuple[int, int]:
    import sqlite3

    con = sqlite3.connect(folder / "ownvoice.db")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    files = [p for p in folder.rglob("*") if p.is_file()]
    return (folder / "ownvoice.db").stat().st_size, sum(p.stat().st_size for p in files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--drafts", type=int, default=5000)
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--comments", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        db_path = folder / "ownvoice.db"
        began = time.monotonic()
        make_demo(folder, args.years)
        demo_took = time.monotonic() - began
        began = time.monotonic()
        add_drafts(db_path, args.drafts, args.years)
        drafts_took = time.monotonic() - began
        began = time.monotonic()
        texts = import_posts(folder, db_path, args.posts, args.comments)
        import_took = time.monotonic() - began
        print(f"built: demo --years {args.years:g} ({demo_took:.1f} s), {args.drafts:,} drafts "
              f"({drafts_took:.1f} s), a LinkedIn archive of {args.posts:,} posts and "
              f"{args.comments:,} comments imported, {texts:,} texts stored, voice profile "
              f"rebuilt ({import_took:.1f} s)")  # fmt: skip
        con_counts = counts(db_path)
        print("rows: " + ", ".join(f"{name} {n:,}" for name, n in con_counts.items()))
        pages = open_pages(folder, args.runs)
        db_size, total = folder_size(folder)
    for page_id, times in pages.items():
        median = statistics.median(times)
        print(f"open {page_id}: median {median * 1000:.0f} ms over {len(times)} runs (lowest "
              f"{min(times) * 1000:.0f}, highest {max(times) * 1000:.0f}); goal < 300 ms: "
              f"{'met' if median < 0.300 else 'NOT met'}")  # fmt: skip
    print(f"data folder: {total / 1e6:.1f} MB (the database {db_size / 1e6:.1f} MB); goal < "
          f"100 MB: {'met' if total < 100e6 else 'NOT met'}")  # fmt: skip
    return 0


def counts(db_path: Path) -> dict[str, int]:
    import sqlite3

    con = sqlite3.connect(db_path)
    try:
        tables = ("habit", "habit_checkin", "draft", "corpus_text", "activity", "journal_entry")
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


if __name__ == "__main__":
    sys.exit(main())
