"""The window's longest pause while each long operation runs (issue 19, item 4).

    python bench/responsiveness.py [--only NAME ...] [--quick]

One table for the five operations that run beside an open window, each measured by its own
bench in its own process (a fresh interpreter, so that one operation's warm caches do not
flatter the next), each with a 10 ms timer on the GUI thread that records how late its ticks
come:

- an import of a LinkedIn archive of 10,000 posts and 20,000 comments, and the voice profile
  rebuilt after it (bench/import_linkedin.py);
- a sync of 200 files to a slow WebDAV server on 127.0.0.1 (bench/sync_stall.py);
- a suggestion streaming from a model server on 127.0.0.1 into the studio, a session's first
  and later ones (bench/assistant_stall.py);
- coach mode reading a folder of 1,000 progress files, and reloading it (bench/coach_cohort.py);
- the live voice check and spelling while a 3,000-character draft is typed
  (bench/spelling_stall.py).

Goal: under 50 ms each. Prints each bench's own line and the table. Wall-clock pauses include
time the process waited for a core: run it on a quiet machine (or with ``nice -n -10``).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
GOAL_MS = 50.0


@dataclass(frozen=True)
class Probe:
    name: str
    script: str
    arguments: tuple[str, ...]
    quick: tuple[str, ...]
    patterns: tuple[tuple[str, str], ...]  # (what, regex whose group 1 is the pause in ms)


PROBES = (
    Probe(
        "import",
        "import_linkedin.py",
        ("--runs", "1"),
        ("--runs", "1", "--posts", "2000", "--comments", "4000"),
        (("import of an archive and the profile after it", r"longest pause ([\d.]+) ms"),),
    ),
    Probe(
        "sync",
        "sync_stall.py",
        (),
        ("--files", "50"),
        (("sync of the files to WebDAV", r"during the sync: ([\d.]+) ms"),),
    ),
    Probe(
        "assistant",
        "assistant_stall.py",
        ("--runs", "3"),
        ("--runs", "2", "--pieces", "500"),
        (("a suggestion streaming into the studio", r"while streaming: ([\d.]+) ms"),),
    ),
    Probe(
        "coach",
        "coach_cohort.py",
        ("--runs", "2"),
        ("--runs", "1", "--people", "300"),
        (
            ("coach mode reading the folder", r"while loading: ([\d.]+) ms"),
            ("coach mode reloading the folder", r"in the same window: ([\d.]+) ms"),
        ),
    ),
    Probe(
        "check",
        "spelling_stall.py",
        (),
        (),
        (("voice check and spelling while typing", r"longest stall: ([\d.]+) ms"),),
    ),
)


def run(probe: Probe, quick: bool) -> tuple[list[tuple[str, float | None]], str, float]:
    arguments = probe.quick if quick else probe.arguments
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(BENCH / probe.script), *arguments],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    took = time.perf_counter() - started
    found: list[tuple[str, float | None]] = []
    for what, pattern in probe.patterns:
        match = re.search(pattern, done.stdout)
        found.append((what, float(match.group(1)) if match else None))
    output = done.stdout if done.returncode == 0 else done.stdout + done.stderr[-2000:]
    return found, output, took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", choices=[p.name for p in PROBES])
    parser.add_argument("--quick", action="store_true", help="smaller inputs, for a first look")
    args = parser.parse_args()
    rows: list[tuple[str, float | None]] = []
    for probe in PROBES:
        if args.only and probe.name not in args.only:
            continue
        found, output, took = run(probe, args.quick)
        print(f"== {probe.script} ({took:.0f} s)")
        print(output.rstrip())
        rows.extend(found)
    print()
    heading = "operation beside the open window"
    print(f"{heading:<48} {'longest pause':>14}  goal < {GOAL_MS:.0f} ms")
    for what, pause in rows:
        shown = "no figure" if pause is None else f"{pause:.0f} ms"
        verdict = "—" if pause is None else ("met" if pause < GOAL_MS else "NOT met")
        print(f"{what:<48} {shown:>14}  {verdict}")
    return 0 if all(p is not None for _w, p in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
