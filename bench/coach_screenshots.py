"""Screenshots of coach mode for the docs: the cohort table and a person view (issue 14).

    python bench/coach_screenshots.py [--out docs/screenshots] [--lang en fi sv] [--size 1280x800]

Writes ``cohort-<lang>.png`` and ``coach-person-<lang>.png`` from a demo cohort of 30 people
(``ownvoice demo cohort``, fixed seed and day) in the real window, offscreen. The person shown is
one the table marks as needing attention, with a shared journal entry, a coach's note and a
recognition entry, so every part of the view has something in it. Nothing reads the real date.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TODAY = date(2026, 12, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", nargs="+", default=["en", "fi"])
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))

    from PySide6.QtCore import QCoreApplication, QSize
    from PySide6.QtWidgets import QApplication

    from app.cli.words import EnglishWords
    from app.domain.exchange.model import FeedbackKind
    from app.services.clock import FixedClock
    from app.services.demo.cohort import write_cohort
    from app.services.settings import SettingsService
    from app.services.system.secrets import SecretStore
    from app.storage.paths import AppPaths, DataDirOrigin
    from app.storage.settings_store import SettingsFile
    from app.ui.kit.i18n import Translations
    from app.ui.pages.cohort import FOLDER_STATE, CohortPage
    from app.ui.shell.application import build_context
    from app.ui.shell.main_window import COACH_MODE, WELCOME_DONE, MainWindow
    from app.ui.tasks import SyncTaskRunner

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("OwnVoice")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cohort = Path(tmp) / "cohort"
        write_cohort(cohort, 30, seed=7, today=TODAY, words=EnglishWords())
        paths = AppPaths(Path(tmp) / "coach", DataDirOrigin.OPTION).ensure()
        settings = SettingsService(SettingsFile(paths.settings_path))
        settings.set_flag(WELCOME_DONE)
        settings.set_flag(COACH_MODE)
        settings.set_state(FOLDER_STATE, str(cohort).encode("utf-8"))
        translations = Translations()
        ctx = build_context(
            paths,
            settings,
            tasks=SyncTaskRunner(),
            secrets=SecretStore(),
            translations=translations,
            clock=FixedClock(TODAY),
        )
        ctx.open_database()
        ctx.first_frame_painted()

        def settle() -> None:
            for _ in range(5):
                QCoreApplication.processEvents()

        for language in args.lang:
            translations.apply(language)
            window = MainWindow(ctx, remember_geometry=False)
            window.resize(QSize(width, height))
            window.show()
            settle()
            page = window.current_page()
            assert isinstance(page, CohortPage)
            while page.loaded is None:
                QCoreApplication.processEvents()
            settle()
            window.grab().save(str(args.out / f"cohort-{language}.png"), "PNG")
            shared = [r for r in page.model.rows if r.member.report.journal]
            row = next((r for r in shared if r.needs_attention), shared[0] if shared else None)
            row = row or page.model.rows[0]
            page.show_person(row)
            settle()
            view = page.person_view
            if view.notes.count() == 0:
                view.note_text.setPlainText("Ask how the webinar went; offer a comment starter.")
                view.add_note.click()
                view.kind.setCurrentIndex(view.kind.findData(FeedbackKind.RECOGNITION))
                view.feedback_text.setPlainText(
                    "Your reply in the hydrogen thread made the discussion. More of those!"
                )
                view.add_feedback.click()
            settle()
            window.grab().save(str(args.out / f"coach-person-{language}.png"), "PNG")
            print(f"{language}: cohort-{language}.png, coach-person-{language}.png ({row.name})")
            window.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
