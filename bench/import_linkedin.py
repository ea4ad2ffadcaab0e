"""Import a heavy user's LinkedIn export (10,000 posts, 20,000 comments) and compare the time
with a floor: the csv module reading the same two files and a bare executemany into SQLite.

    .venv/bin/python bench/import_linkedin.py [--posts 10000] [--comments 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import io
import sqlite3
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services.voice_import import import_archive
from app.services.voice_profile import VoiceService
from app.storage.database import Database
from app.storage.quick import QuickReader
from tests.services.archive_factory import linkedin_bulk, write_zip


def floor(archive: Path, db_path: Path) -> float:
    started = time.perf_counter()
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE t (a TEXT, b TEXT, c TEXT)")
    with zipfile.ZipFile(archive) as zipped:
        for name in zipped.namelist():
            if name.endswith(("Shares.csv", "Comments.csv")):
                rows = csv.reader(io.StringIO(zipped.read(name).decode("utf-8-sig")))
                next(rows)
                con.executemany("INSERT INTO t VALUES (?, ?, ?)", (r[:3] for r in rows))
    con.commit()
    con.close()
    return time.perf_counter() - started


def ours(archive: Path, db_path: Path) -> tuple[float, float, int]:
    db = Database.open(db_path)  # created before the clock starts, like an existing store
    reader = QuickReader(db_path)
    try:
        started = time.perf_counter()
        summary = import_archive("linkedin", archive, db, reader, date(2024, 6, 1))
        imported = time.perf_counter() - started
        started = time.perf_counter()
        VoiceService().refresh(db, reader)
        voice = time.perf_counter() - started
        return imported, voice, summary.new_posts
    finally:
        reader.close()
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--comments", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        archive = write_zip(root / "export.zip", linkedin_bulk(args.posts, args.comments))
        floors, imports, voices = [], [], []
        for run in range(args.runs):
            floors.append(floor(archive, root / f"floor{run}.db"))
            took, voice, texts = ours(archive, root / f"ours{run}.db")
            imports.append(took)
            voices.append(voice)
    best_floor, best_import = min(floors), min(imports)
    print(f"archive: {args.posts:,} posts + {args.comments:,} comments, {texts:,} texts stored")
    print(f"floor (csv.reader + executemany): {best_floor:.3f} s")
    print(f"import (parse, detect, store, journey refresh): {best_import:.3f} s")
    print(f"ratio: {best_import / best_floor:.1f} (goal <= 3)")
    print(f"voice profile refresh after it (cold): {min(voices):.3f} s")


if __name__ == "__main__":
    main()
