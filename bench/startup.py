"""Start-up time: process start to first painted frame, and to the page's real content.

    python bench/startup.py [--runs 7] [--platform offscreen|xcb]

Each run is a new process (after one warm-up run that fills the disk cache and compiles .pyc),
timed from just before the process is started to the moment the app reports a painted frame
(OWNVOICE_STARTUP_PROBE=1, see app/ui/shell/startup_probe.py). Three cases, medians printed:

- bare:    a bare PySide6 QMainWindow (bench/bare_window.py): the floor;
- empty:   OwnVoice on an empty data folder (the welcome page; the database is created
           in the background after the first frame);

OwnVoice starts as a person starts it (no --data-dir; the platform's folder, placed under a
temporary XDG_DATA_HOME), so the cost of finding that folder is included. Like an installed
copy (pip compiles a package's modules when it installs it), it runs from compiled bytecode:
the script compiles app/ first, because a shell with PYTHONDONTWRITEBYTECODE=1 would otherwise
make every start compile every module again.
- settled: OwnVoice on a data folder in use, opening on its first page (Today: where you stand,
           this week's goals, recognition, all read from the database), and again opening on
           Settings, whose "Your data" panel shows facts read from the database: the "real
           content" frames;
- demo:    the same on a data folder with two years of a demo person (``demo --years 2``):
           746 activities, 20 habits with their check-ins, goals, drafts, imported posts.

Goals (issue 2): first frame <= 1.6x bare; real content <= 2.5x bare. Issue 19: Today's content
with two years of demo data <= 2.0x bare.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.monotonic()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    marks = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("first-frame", "content"):
            marks[name] = float(value) - start
    return marks


# Benches never read the real date: the Today page shows the same day on every run.
APP = [sys.executable, "-c", "import sys; from app.main import main; sys.exit(main())",
       "--today", "2026-11-27"]  # fmt: skip


def app_env(env: dict[str, str], xdg_data_home: Path) -> dict[str, str]:
    """Start as a person does (no --data-dir): the platform's data folder, under a temp dir."""
    return {**env, "XDG_DATA_HOME": str(xdg_data_home)}


def main() -> int:
    compileall.compile_dir(ROOT / "app", quiet=1)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "OWNVOICE_STARTUP_PROBE": "1"}
    env.pop("OWNVOICE_HOME", None)
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]

    with tempfile.TemporaryDirectory() as tmp:
        settled = app_env(env, Path(tmp) / "settled")
        # A data folder in use: database created, welcome done, the window last on Settings.
        shot = [*APP, "--screenshot", str(Path(tmp) / "warm.png"), "--page", "settings"]
        subprocess.run(shot, env={**settled, "OWNVOICE_STARTUP_PROBE": "0"}, check=True)
        data = Path(tmp) / "settled" / "OwnVoice"
        (data / "settings.json").write_text('{"state/welcome_done": true}', encoding="utf-8")
        demo = app_env(env, Path(tmp) / "demo")
        made = [*APP[:-2], "demo", "--years", "2", "--today", APP[-1]]
        subprocess.run(made, env={**demo, "OWNVOICE_STARTUP_PROBE": "0"}, check=True,
                       capture_output=True)  # fmt: skip
        timed(bare_cmd, env)  # warm-up
        timed(APP, app_env(env, Path(tmp) / "warm"))

        results: dict[str, list[float]] = {
            "bare": [], "empty": [], "settled": [], "content": [], "settings": [], "demo": []
        }  # fmt: skip
        for run in range(args.runs):  # interleaved, so that drift hits every case alike
            results["bare"].append(timed(bare_cmd, env)["first-frame"])
            empty = timed(APP, app_env(env, Path(tmp) / f"empty-{run}"))
            results["empty"].append(empty["first-frame"])
            marks = timed(APP, settled)
            results["settled"].append(marks["first-frame"])
            results["content"].append(marks["content"])
            results["settings"].append(timed([*APP, "--page", "settings"], settled)["content"])
            results["demo"].append(timed(APP, demo)["content"])

    median = {name: statistics.median(values) for name, values in results.items()}
    bare = median["bare"]
    print(f"start-up, median of {args.runs} runs each, platform {args.platform}, "
          f"{os.cpu_count()} cores")  # fmt: skip
    rows = (
        ("bare QMainWindow, first frame", "bare", None),
        ("OwnVoice, empty data folder, first frame", "empty", 1.6),
        ("OwnVoice, data folder in use, first frame", "settled", 1.6),
        ("OwnVoice, data folder in use, Today's content", "content", 2.5),
        ("OwnVoice, data folder in use, Settings' content", "settings", 2.5),
        ("OwnVoice, two years of demo data, Today's content", "demo", 2.0),
    )
    for label, key, goal in rows:
        ratio = median[key] / bare
        met = "met" if goal is not None and ratio <= goal else "MISSED"
        verdict = "" if goal is None else f"  goal <= {goal}x: {met}"
        print(f"  {label:<48} {median[key] * 1000:7.0f} ms  {ratio:4.2f}x{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
