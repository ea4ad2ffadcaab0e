"""How long ``ownvoice journey status --json`` takes with ten years of demo data.

    python bench/journey_status.py [--years 10] [--runs 7]

Fills a temporary data folder with ``ownvoice demo --years N``, then times the whole command
(process start to exit) several times and prints the median. Goal (issue 3): under 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Benches never read the real date: the same demo and status on every day.
APP = [sys.executable, "-c", "import sys; from app.main import main; sys.exit(main())",
       "--today", "2026-11-27"]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = ["--data-dir", str(Path(tmp) / "demo")]
        began = time.monotonic()
        made = subprocess.run([*APP, *folder, "demo", "--years", str(args.years)],
                              check=True, capture_output=True, text=True)  # fmt: skip
        print(
            f"demo --years {args.years:g}: {time.monotonic() - began:.2f} s; {made.stdout.strip()}"
        )
        timings = []
        for _ in range(args.runs):
            began = time.monotonic()
            done = subprocess.run([*APP, *folder, "journey", "status", "--json"],
                                  check=True, capture_output=True, text=True)  # fmt: skip
            timings.append(time.monotonic() - began)
        report = json.loads(done.stdout)
    median = statistics.median(timings)
    print(f"journey status --json: median {median * 1000:.0f} ms over {args.runs} runs "
          f"(min {min(timings) * 1000:.0f}, max {max(timings) * 1000:.0f}); "
          f"{len(report['weeks'])} weeks, {len(report['goals'])} active goals; "
          f"goal < 500 ms: {'met' if median < 0.5 else 'MISSED'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
