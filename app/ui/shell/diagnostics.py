"""Whether Qt can open a window here, asked in a child process (a failing platform aborts)."""

from __future__ import annotations

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


def qt_check(timeout: float = 30.0) -> Check:
    version = f"Qt {qVersion()}, PySide6 {pyside_version}"
    try:
        done = subprocess.run(
            [sys.executable, "-c", _PROBE],
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
