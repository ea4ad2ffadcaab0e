"""Screenshots of the drafting studio with a coach's comments beside a draft (issue 21).

    python bench/studio_coach_screenshots.py [--out docs/screenshots] [--lang en fi sv]

For each language: a demo person (``ownvoice demo``, fixed day) writes a draft, sends it to
their coach ("Ask my coach"), and imports a feedback file from "Coach Kaisa" with a comment on
a passage and one on the whole draft; the studio opens the draft (the comments under its text),
and the window is saved as ``studio-coach-<lang>.png``. Nothing reads the real date.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 12, 1)
DRAFTS = {
    "en": ("Hydrogen buses", "Hydrogen buses come to Tampere next spring.\n\nI spent a week with "
           "the drivers who tested them. Three things surprised me.",
           "Three things surprised me.", "Name the three right here: they are your hook.",
           "A strong first post. End with a question to your readers."),
    "fi": ("Vetybussit", "Vetybussit tulevat Tampereelle ensi keväänä.\n\nVietin viikon niitä "
           "testanneiden kuljettajien kanssa. Kolme asiaa yllätti minut.",
           "Kolme asiaa yllätti minut.", "Kerro ne kolme heti tässä: ne ovat koukkusi.",
           "Vahva ensimmäinen julkaisu. Päätä kysymykseen lukijoille."),
    "sv": ("Vätgasbussar", "Vätgasbussarna kommer till Tammerfors nästa vår.\n\nJag tillbringade "
           "en vecka med förarna som testade dem. Tre saker överraskade mig.",
           "Tre saker överraskade mig.", "Nämn de tre direkt här: de är din krok.",
           "Ett starkt första inlägg. Avsluta med en fråga till läsarna."),
}  # fmt: skip


def prepare(folder: Path, language: str) -> int:
    """The draft, asked about and commented on; its id."""
    from app.domain.drafts.networks import Network
    from app.domain.exchange.codec import feedback_to_json
    from app.domain.exchange.model import Feedback, Kind
    from app.services.clock import FixedClock
    from app.services.drafts.writer import DraftsWriter
    from app.services.exchange.draft_talk import ask, comment_on
    from app.services.exchange.export import person_of
    from app.services.exchange.feedback import import_feedback
    from app.services.exchange.package import write_package
    from app.storage.database import Database
    from app.storage.exchange.feedback import read_written
    from app.storage.quick import QuickReader

    clock = FixedClock(TODAY)
    title, text, passage, on_passage, overall = DRAFTS[language]
    db = Database.open(folder / "ownvoice.db", clock.now())
    reader = QuickReader(folder / "ownvoice.db")
    try:
        writer = DraftsWriter(db, reader, clock)
        draft_id = writer.new_draft(title)
        writer.save_text(draft_id, Network.LINKEDIN, text)
        asked = ask(db, draft_id, TODAY, title, Network.LINKEDIN.value, text)
        me = person_of(db, reader)
        comment_on(db, me, TODAY, asked.id, overall)
        comment_on(db, me, TODAY, asked.id, on_passage, passage, text.index(passage))
        entries = tuple(w.entry for w in read_written(reader.connection, me.id))
        path = folder / "feedback.ownvoice"
        feedback = Feedback(me, "Kaisa Virtanen", TODAY, entries)
        made = f"{TODAY}T12:00:00"
        write_package(path, Kind.FEEDBACK, me, feedback_to_json(feedback), {},
                      app_version="bench", created_at=made, private=True)  # fmt: skip
        import_feedback(db, reader, path, clock)
    finally:
        reader.close()
        db.close()
    return draft_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", nargs="+", default=["en", "fi"])
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QSize
    from PySide6.QtWidgets import QApplication

    from app.services.clock import FixedClock
    from app.services.settings import SettingsService
    from app.services.system.secrets import SecretStore
    from app.storage.paths import AppPaths, DataDirOrigin
    from app.storage.settings_store import SettingsFile
    from app.ui.kit.i18n import Translations
    from app.ui.pages.drafts import DraftsPage
    from app.ui.shell.application import build_context
    from app.ui.shell.main_window import WELCOME_DONE, MainWindow
    from app.ui.tasks import SyncTaskRunner

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("OwnVoice")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for language in args.lang:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "data"
            subprocess.run([sys.executable, "-m", "app.main", "--data-dir", str(folder), "demo",
                            "--years", "1", "--today", str(TODAY)],
                           check=True, env=env, capture_output=True)  # fmt: skip
            draft_id = prepare(folder, language)
            paths = AppPaths(folder, DataDirOrigin.OPTION).ensure()
            settings = SettingsService(SettingsFile(paths.settings_path))
            settings.set_flag(WELCOME_DONE)
            translations = Translations()
            ctx = build_context(paths, settings, tasks=SyncTaskRunner(), secrets=SecretStore(),
                                translations=translations, clock=FixedClock(TODAY))  # fmt: skip
            ctx.open_database()
            ctx.first_frame_painted()
            translations.apply(language)
            window = MainWindow(ctx, remember_geometry=False)
            window.resize(QSize(width, height))
            window.show()
            page = window.show_page("drafts")
            assert isinstance(page, DraftsPage)
            for _ in range(20):
                QCoreApplication.processEvents()
            page.open_draft(draft_id)
            for _ in range(20):
                QCoreApplication.processEvents()
            editor = page.editor
            out = args.out / f"studio-coach-{language}.png"
            window.grab().save(str(out), "PNG")
            print(out, len(editor.coach.comment_texts), "comments shown")
            window.close()
            ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
