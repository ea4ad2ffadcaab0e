"""Whether Qt can open a window here, asked in a child process (a failing platform aborts)."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from app.services.system.doctor import Check, Level

_PROBE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication(sys.argv[:1])\n"
    "print(app.platformName())\n"
)
# A bundle (PyInstaller) has no Python to run ``-c`` with: its own executable runs the probe
# when this is set (app/main.py).
PROBE_ENV = "OWNVOICE_QT_PROBE"


def run_probe() -> int:
    """The probe itself, in a bundle's child process: start Qt, say which platform."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    print(app.platformName())
    return 0


def qt_check(timeout: float = 30.0) -> Check:
    version = f"Qt {qVersion()}, PySide6 {pyside_version}"
    try:
        frozen = bool(getattr(sys, "frozen", False))
        done = subprocess.run(
            [sys.executable] if frozen else [sys.executable, "-c", _PROBE],
            env={**os.environ, PROBE_ENV: "1"} if frozen else None,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Check("qt", Level.ERROR, f"{version}; starting Qt took over {timeout:.0f} s")
    if done.returncode == 0:
        return Check("qt", Level.OK, f"{version}, platform {done.stdout.strip()}")
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    reason = lines[0] if lines else f"exit code {done.returncode}"
    return Check(
        "qt",
        Level.ERROR,
        f"{version}; cannot open a window here: {reason} "
        "(no display? set QT_QPA_PLATFORM=offscreen, or install Qt's system libraries)",
    )
