"""Importing 1 MB of hostile Markdown next to 1 MB of plain text (issue 11, problem 4).

A 294 KB .md file with a "[" every ~98 characters took 12.7 s to import (0.9 s as .txt), and
588 KB took 48 s: the link patterns searched the rest of the line again from every "[". Each
file below is imported into a new store as `ownvoice import text FILE` does (parse, store, the
journey; then the voice profile, the command line's last step), best of `--runs`; and the
whole command in a new process (start-up included), as the issue measured it:

- plain.txt: 1 MB of prose in lines of ~98 characters, kept as written (the floor);
- prose.md: the same text read as Markdown;
- brackets.md: the issue's file at 1 MB, a "[" every 98 characters, on one line;
- brackets-lines.md: the same in lines of 9,800 characters;
- marks.md: one 1 MB line where every mark opens and never closes ("[", "![", "](", "`",
  "**", "__", "*", "_", "~~", "<!--", "#").

    python bench/markdown.py [--runs 3]

Goal: under 1 s, the same order as plain text. The Markdown clean-up alone is printed too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services.archives.plain_text import strip_markdown
from app.services.clock import FixedClock
from app.services.voice.imports import import_archive
from app.services.voice.profile import VoiceService
from app.storage.database import Database
from app.storage.quick import QuickReader
from tests.services.hostile_text import bracket_every, mixed_marks, prose

TODAY = date(2026, 1, 15)  # benches never read the real date


def files() -> dict[str, str]:
    text = prose()
    return {
        "plain.txt": text,
        "prose.md": text,
        "brackets.md": bracket_every(),
        "brackets-lines.md": bracket_every(line=9800),
        "marks.md": mixed_marks(),
    }


def best(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def import_once(path: Path, folder: Path) -> tuple[float, float]:
    """Seconds to import ``path`` into a new store, and to rebuild the voice profile after."""
    with tempfile.TemporaryDirectory(dir=folder) as data:
        clock = FixedClock(TODAY)
        db_path = Path(data) / "ownvoice.db"
        db = Database.open(db_path, clock.now())
        reader = QuickReader(db_path)
        try:
            start = time.perf_counter()
            summary = import_archive("text", path, db, reader, clock)
            imported = time.perf_counter() - start
            assert summary.new_posts == 1, summary
            VoiceService(clock).refresh(db, reader)
            return imported, time.perf_counter() - start
        finally:
            reader.close()
            db.close()


def command_once(path: Path, folder: Path) -> float:
    """Seconds for the whole command in a new process (start-up included), as a person runs it."""
    with tempfile.TemporaryDirectory(dir=folder) as data:
        argv = [sys.executable, "-m", "app", "--data-dir", data, "--today", TODAY.isoformat()]
        start = time.perf_counter()
        subprocess.run([*argv, "import", "text", str(path)], check=True, capture_output=True)
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        print(
            f"{'file':18} {'size':>8} {'clean-up':>9} {'import':>8} {'+ profile':>10}"
            f" {'command':>8}"
        )
        for name, text in files().items():
            path = folder / name
            path.write_text(text, encoding="utf-8")
            markdown = name.endswith(".md")
            cleanup = best(lambda t=text: strip_markdown(t), args.runs) if markdown else 0.0
            runs = [import_once(path, folder) for _ in range(args.runs)]
            imported = min(r[0] for r in runs)
            profiled = min(r[1] for r in runs)
            command = min(command_once(path, folder) for _ in range(args.runs))
            size = f"{path.stat().st_size / 1e6:.2f} MB"
            shown = f"{cleanup:8.3f}s" if markdown else f"{'-':>9}"
            print(f"{name:18} {size:>8} {shown} {imported:7.3f}s {profiled:9.3f}s {command:7.3f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
