"""A crash inside Qt leaves a report; the next start says so and offers it."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.system.crash_records import CrashRecords
from app.ui.context import AppContext
from app.ui.shell.main_window import CRASH_NOTICE, MainWindow
from tests.ui.conftest import show

# The app starts as `ownvoice --screenshot` does; once its window is up, something in C++
# crashes (here Python's own test helper for a SIGSEGV).
CRASHING_RUN = """
import faulthandler, sys
from app.ui.shell import application
application._screenshot = lambda app, window, out: faulthandler._sigsegv()
from app.main import main
sys.exit(main(["--data-dir", sys.argv[1], "--screenshot", sys.argv[2]]))
"""


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_a_segfault_leaves_a_crash_log_that_the_next_start_keeps(tmp_path: Path) -> None:
    data = tmp_path / "data"
    crashed = run_app("-c", CRASHING_RUN, str(data), str(tmp_path / "a.png"))
    assert crashed.returncode == -signal.SIGSEGV
    crash_log = data / "logs" / "crash.log"
    report = crash_log.read_text()
    assert "Segmentation fault" in report
    assert "application.py" in report or "<string>" in report  # the Python stack at the crash
    assert crash_log.stat().st_mode & 0o777 == 0o600

    clean = run_app("-m", "app", "--data-dir", str(data), "--screenshot", str(tmp_path / "b.png"))
    assert clean.returncode == 0, clean.stderr
    assert not crash_log.exists()  # a clean exit leaves nothing to report next time
    assert "Segmentation fault" in (data / "logs" / "crash-previous.log").read_text()


def test_a_clean_start_has_nothing_to_report(tmp_path: Path) -> None:
    records = CrashRecords(tmp_path / "logs")
    assert records.start() is None
    records.stop()
    assert records.start() is None
    records.stop()
    assert not (tmp_path / "logs" / "crash.log").exists()


def test_the_window_reports_the_last_crash_and_copies_the_report(
    qtbot: QtBot, ctx: AppContext
) -> None:
    logs = ctx.paths.logs_dir
    logs.mkdir(parents=True)
    (logs / "crash.log").write_text("Fatal Python error: Segmentation fault\n  File x.py\n")
    records = CrashRecords(logs)
    report = records.start()
    records.stop()
    assert report is not None
    window = MainWindow(ctx, start_page="settings")
    show(qtbot, window)
    window.report_previous_crash(report)
    assert window.notices.is_showing(CRASH_NOTICE)
    assert "closed unexpectedly" in window.notices.text_of(CRASH_NOTICE)
    bar = window.notices.bars[CRASH_NOTICE]
    copy = next(b for b in bar.action_buttons if "Copy" in b.text())
    copy.click()
    assert "Segmentation fault" in QApplication.clipboard().text()
    bar.close_button.click()
    assert not window.notices.is_showing(CRASH_NOTICE)
