"""Screenshots of Today with exercises from the coach, for the docs (issue 21).

    python bench/exercise_screenshots.py [--out docs/screenshots] [--lang en fi sv]

For each language: a demo person (``ownvoice demo``, fixed day) receives a feedback file from
"Coach Kaisa" with two exercises from the library in that language (one that counts comments,
one done by saying so), imported as the person would; then ``ownvoice --screenshot`` renders
Today to ``today-exercises-<lang>.png``. Nothing reads the real date.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 12, 1)


def give_exercises(folder: Path, language: str) -> None:
    from app.domain.exchange.codec import feedback_to_json
    from app.domain.exchange.model import Feedback, Kind
    from app.services.clock import FixedClock
    from app.services.exchange.exercises import entry_of, load_library, new_exercise
    from app.services.exchange.export import person_of
    from app.services.exchange.feedback import import_feedback
    from app.services.exchange.package import write_package
    from app.storage.database import Database
    from app.storage.quick import QuickReader

    clock = FixedClock(TODAY)
    db = Database.open(folder / "ownvoice.db", datetime.combine(TODAY, time(12)).astimezone())
    reader = QuickReader(folder / "ownvoice.db")
    try:
        me = person_of(db, reader)
        library = {item.id: item for item in load_library(language)}
        entries = []
        for ident, ago in (("comment-five", 2), ("three-openers", 1)):
            item = library[ident]
            assigned = TODAY - timedelta(days=ago)
            exercise = new_exercise(assigned, assigned + timedelta(days=item.days), item.title,
                                    item.text, item.counts, item.target, item.id)  # fmt: skip
            entries.append(entry_of(exercise))
        path = folder / "feedback.ownvoice"
        feedback = Feedback(me, "Kaisa Virtanen", TODAY, tuple(entries))
        made = f"{TODAY}T12:00:00"
        write_package(path, Kind.FEEDBACK, me, feedback_to_json(feedback), {},
                      app_version="bench", created_at=made, private=True)  # fmt: skip
        import_feedback(db, reader, path, clock)
    finally:
        reader.close()
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", nargs="+", default=["en", "fi"])
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "app.main"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for language in args.lang:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "data"
            subprocess.run([*cmd, "--data-dir", str(folder), "demo", "--years", "1", "--today",
                            str(TODAY)], check=True, env=env, capture_output=True)  # fmt: skip
            give_exercises(folder, language)
            out = (args.out / f"today-exercises-{language}.png").absolute()
            subprocess.run([*cmd, "--data-dir", str(folder), "--today", str(TODAY),
                            "--screenshot", str(out), "--page", "today", "--lang", language,
                            "--size", args.size], check=True, env=env)  # fmt: skip
            print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
