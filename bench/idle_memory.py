"""Idle memory: the resident set (RSS) of OwnVoice left alone on Today after start.

    python bench/idle_memory.py [--runs 3] [--seconds 8] [--platform offscreen]

A demo person is made in a temporary data folder (``ownvoice demo``: a year of activity, texts
and voice profiles), then the window is started on it as a person starts it (the platform's data
folder under a temporary XDG_DATA_HOME, the Today page), left alone for ``--seconds`` (start-up
and the background reads long done), and its VmRSS read from /proc. Linux only. The median of
the runs is printed, with the lowest and highest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Benches never read the real date: the same day on every run.
APP = [sys.executable, "-c", "import sys; from app.main import main; sys.exit(main())",
       "--today", "2026-11-27"]  # fmt: skip


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise SystemExit("no VmRSS in /proc: Linux only")


def one_run(env: dict[str, str], seconds: float) -> int:
    process = subprocess.Popen([*APP, "--page", "today"], env=env)
    try:
        time.sleep(seconds)
        if process.poll() is not None:
            raise SystemExit(f"OwnVoice ended early with {process.returncode}")
        return rss_kib(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "XDG_DATA_HOME": tmp}
        env.pop("OWNVOICE_HOME", None)
        env.pop("OWNVOICE_STARTUP_PROBE", None)
        subprocess.run([*APP, "demo"], env=env, check=True, capture_output=True)
        data = Path(tmp) / "OwnVoice"
        (data / "settings.json").write_text('{"state/welcome_done": true}', encoding="utf-8")
        one_run(env, args.seconds)  # warm-up: disk cache, compiled modules
        found = [one_run(env, args.seconds) for _ in range(args.runs)]
    mib = [kib / 1024 for kib in found]
    print(
        f"idle RSS on Today after {args.seconds:.0f} s, {args.runs} runs, platform "
        f"{args.platform}: median {statistics.median(mib):.1f} MiB "
        f"(lowest {min(mib):.1f}, highest {max(mib):.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
