"""Coach sync of 200 files against a slow WebDAV server, with the window open (issue 16).

    python bench/sync_stall.py [--files 200] [--delay 0.03] [--size 60000]

A real WebDAV server (wsgidav on cheroot, 127.0.0.1, Basic auth; the test server of
tests/sync/davserver.py) answers every request after ``--delay`` seconds. The window's sync
worker (app/ui/sync/controller.py, on the real thread pool) sends every queued file while a
10 ms timer on the GUI thread measures the longest pause of the event loop (goal: under 50 ms).
Prints that pause, the median tick gap, the total time and how many files reached the server.
Runs on the offscreen platform; nothing reads the real date.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TODAY = date(2026, 12, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--delay", type=float, default=0.03, help="seconds per request")
    parser.add_argument("--size", type=int, default=60_000, help="bytes per file")
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QMainWindow

    from app.domain import settings as decl
    from app.domain.sync.model import PASSWORD_KEY
    from app.services.clock import FixedClock
    from app.services.settings import SettingsService
    from app.services.sync.webdav import sha256
    from app.services.system.secrets import SecretStore
    from app.storage.paths import AppPaths, DataDirOrigin
    from app.storage.settings_store import SettingsFile
    from app.storage.sync import outbox
    from app.ui.shell.application import build_context, create_qapplication
    from app.ui.sync.controller import SyncController
    from app.ui.sync.status import SyncStatusLabel
    from app.ui.tasks import TaskRunner
    from tests.sync.davserver import PASSWORD, USER, DavServer

    app = create_qapplication()  # as the app makes it (its collector too)
    with tempfile.TemporaryDirectory() as tmp:
        server = DavServer(Path(tmp) / "server", delay=args.delay).start()
        paths = AppPaths(Path(tmp) / "data", DataDirOrigin.OPTION).ensure()
        settings = SettingsService(SettingsFile(paths.settings_path))
        settings.set(decl.SYNC_URL, server.url)
        settings.set(decl.SYNC_USER, USER)
        runner = TaskRunner()
        secrets = SecretStore()
        secrets.set(PASSWORD_KEY, PASSWORD)  # the keychain if there is one, else memory
        clock = FixedClock(TODAY)
        ctx = build_context(paths, settings, tasks=runner, secrets=secrets, clock=clock)
        ctx.open_database()
        ready = QEventLoop()
        ctx.with_database(lambda _db: ready.quit())
        if ctx.database is None:
            ready.exec()
        db = ctx.database
        assert db is not None
        with db.session() as session:
            for number in range(args.files):
                body = os.urandom(args.size)
                outbox.enqueue(session, f"ownvoice-bench-{number:04}.ownvoice", "progress",
                               body, sha256(body), str(number), clock.now())  # fmt: skip
        window = QMainWindow()
        controller = SyncController(ctx, window)
        label = SyncStatusLabel(controller, window)
        window.statusBar().addPermanentWidget(label)
        window.resize(1100, 720)
        window.show()
        app.processEvents()

        ticks, gaps = QElapsedTimer(), []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: gaps.append(ticks.restart()))
        loop = QEventLoop()
        controller.finished.connect(lambda _run: loop.quit())
        started = time.perf_counter()
        ticks.start()
        timer.start()
        controller.sync_now()
        loop.exec()
        timer.stop()
        total = time.perf_counter() - started
        runner.wait()
        on_server = len(server.files())
        server.stop()
        window.close()
        ctx.close()
        app.processEvents()
    gaps.sort()
    longest, median = gaps[-1], gaps[len(gaps) // 2]
    print(
        f"{args.files} files of {args.size // 1000} kB, server delay {args.delay * 1000:.0f} ms "
        f"per request: {on_server} on the server in {total:.1f} s "
        f"({total / max(1, args.files) * 1000:.0f} ms per file)"
    )
    goal = "met" if longest < 50 else "NOT met"
    print(
        f"longest pause of the event loop during the sync: {longest} ms "
        f"(median tick gap {median} ms, {len(gaps)} ticks); goal < 50 ms: {goal}"
    )
    return 0 if on_server == args.files else 1


if __name__ == "__main__":
    sys.exit(main())
