"""For bench/startup.py: print when the first frame and the real content were painted, then quit.

Active only when OWNVOICE_STARTUP_PROBE=1. Times are ``time.monotonic()``, which on Linux is
one clock for all processes, so the benchmark can subtract its own start time.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.shell.first_frame import FirstFrame
from app.ui.shell.main_window import MainWindow

ENV = "OWNVOICE_STARTUP_PROBE"


def attach_if_requested(window: MainWindow, first_frame: FirstFrame) -> None:
    if os.environ.get(ENV) != "1":
        return
    first_frame.painted.connect(
        lambda: print(f"first-frame {first_frame.painted_at:.6f}", flush=True)
    )

    def on_content() -> None:
        # The content is on screen once the repaint it asked for has run.
        window.repaint()
        print(f"content {time.monotonic():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    window.contentReady.connect(on_content)
