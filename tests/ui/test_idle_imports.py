"""What a window left open holds: reading pages never loads SQLAlchemy (~0.3 s and ~30 MiB,
bench/memory.py); only a write does. A module that imported it at its top on the way to a
page (the weekly export's check, the draft comments, the person's id), or a write made for
nothing (the voice check's marks saved back as an edit), loaded it on every start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_every_page_shows_its_content_without_sqlalchemy(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    demo = [sys.executable, "-m", "app", "--data-dir", str(folder), "demo", "--years", "1"]
    subprocess.run([*demo, "--today", "2026-11-27"], capture_output=True, check=True, cwd=ROOT)
    (folder / "settings.json").write_text('{"state/welcome_done": true}', encoding="utf-8")
    code = f"""
import os, sys, time
from datetime import date
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication
from app.services.clock import FixedClock
from app.services.settings import SettingsService
from app.storage.paths import AppPaths, DataDirOrigin
from app.storage.settings_store import SettingsFile
from app.ui.pages import registry
from app.ui.shell.application import build_context, create_qapplication
from app.ui.shell.main_window import MainWindow
from app.ui.tasks import TaskRunner

app = create_qapplication()
paths = AppPaths(Path({str(folder)!r}), DataDirOrigin.OPTION).ensure()
runner = TaskRunner()
ctx = build_context(paths, SettingsService(SettingsFile(paths.settings_path)), tasks=runner,
                    clock=FixedClock(date(2026, 11, 27)))
ctx.open_database()
window = MainWindow(ctx, start_page="today", remember_geometry=False)
window.show()

def settle():
    end = time.monotonic() + 60
    while time.monotonic() < end and (runner.busy or not window.is_showing_content()):
        QCoreApplication.processEvents()
        time.sleep(0.005)
    end = time.monotonic() + 0.5  # the weekly export's check and the Drafts page's voice check
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)

for spec in registry.pages_for(False):
    window.show_page(spec.id)
    settle()
    print(spec.id, "sqlalchemy" in sys.modules, flush=True)
window.close()
runner.wait()
ctx.close()
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=180, cwd=ROOT
    )
    shown = dict(line.split() for line in done.stdout.splitlines() if line.count(" ") == 1)
    assert shown and set(shown.values()) == {"False"}, done.stdout + done.stderr


def test_settings_shows_its_content_before_the_keychain_is_asked(tmp_path: Path) -> None:
    """The keychain panels ask the keychain after the first page's content: importing keyring
    (~0.1 s with what it brings) on a worker held the Settings page's content up."""
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["OWNVOICE_STARTUP_PROBE"] = "1"
from app.ui.shell import startup_probe

attach = startup_probe.attach_if_requested

def watched(window, first_frame):
    window.contentReady.connect(lambda: print("keyring:", "keyring" in sys.modules, flush=True))
    attach(window, first_frame)

startup_probe.attach_if_requested = watched
from app.main import main
sys.exit(main(["--data-dir", {str(tmp_path)!r}, "--today", "2026-11-27", "--page", "settings"]))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("keyring:")]
    assert lines and lines[0] == "keyring: False", done.stdout + done.stderr
