"""Parsing time of a heavy LinkedIn export: 10,000 posts and 20,000 comments.

    python bench/archives.py [--posts 10000] [--comments 20000] [--runs 5]

The archive is generated in a temporary folder (tests/services/archive_factory.py) as a ZIP and
as an extracted folder; each is parsed `--runs` times and the median is printed, next to a floor:
the standard library's csv reader alone on the same two files. Goal: well under 1 s. CPU time
is printed next to wall time: it stays put when other programs load the machine.
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services.archives import parse_linkedin  # noqa: E402
from tests.services.archive_factory import linkedin_bulk, write_folder, write_zip  # noqa: E402


def median_seconds(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of this process (steadier on a busy machine)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--comments", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    files = linkedin_bulk(args.posts, args.comments)
    size = sum(len(data) for data in files.values())
    with tempfile.TemporaryDirectory() as temp:
        archive = write_zip(Path(temp) / "export.zip", files)
        folder = write_folder(Path(temp) / "export", files)
        result = parse_linkedin(archive)
        counts = {kind.value: n for kind, n in result.counts_by_kind().items()}
        texts = [
            data.decode() for name, data in files.items() if "Shares" in name or "Comm" in name
        ]

        def floor() -> None:
            for text in texts:
                for _ in csv.reader(io.StringIO(text, newline="")):
                    pass

        zipped = median_seconds(lambda: parse_linkedin(archive), args.runs)
        unzipped = median_seconds(lambda: parse_linkedin(folder), args.runs)
        bare = median_seconds(floor, args.runs)
        zip_size = archive.stat().st_size

    print(f"archive: {size / 1e6:.1f} MB of CSV, {zip_size / 1e6:.1f} MB zipped")
    print(f"parsed:  {counts}")
    print("         wall     cpu")
    for label, (wall, cpu) in (("zip", zipped), ("folder", unzipped), ("floor", bare)):
        ratio = f"{cpu / bare[1]:.1f}x the floor" if label != "floor" else "csv.reader alone"
        print(f"{label + ':':8} {wall * 1000:5.0f} ms {cpu * 1000:5.0f} ms  ({ratio})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
