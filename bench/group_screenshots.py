"""Screenshots of Journey → Examples from your group and of a group session on Today, for the
docs (issue 21).

    python bench/group_screenshots.py [--out docs/screenshots] [--lang en fi sv] [--size 1024x600]

For each language: a demo person (``ownvoice demo``, fixed day) imports a feedback file from
"Kaisa Virtanen" asking to share one of their posts, and a group file with two examples (one
with its author's name, one without), three recognition lines and a group session, as the
person would; the window opens Journey on that tab, scrolled to it, and saves
``journey-group-<lang>.png``, then Today as ``today-session-<lang>.png``.
Prints each file and what the tab shows. Nothing reads the real date.
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
POSTS = {
    "en": (
        "Last week I asked my readers one question: what do you wish someone had told you in "
        "your first year as a nurse? Forty of you answered. Here are the five answers I keep "
        "thinking about.",
        "Three things I learnt at the logistics fair, and one I disagree with.",
        "My first video: shaky, honest, and about why I changed careers at 45.",
    ),
    "fi": (
        "Kysyin viime viikolla lukijoiltani yhden kysymyksen: mitä olisit halunnut kuulla "
        "ensimmäisenä vuotenasi sairaanhoitajana? Neljäkymmentä teistä vastasi. Tässä viisi "
        "vastausta, joita en saa mielestäni.",
        "Kolme asiaa, jotka opin logistiikkamessuilla, ja yksi, josta olen eri mieltä.",
        "Ensimmäinen videoni: tärisevä, rehellinen, ja siitä, miksi vaihdoin alaa 45-vuotiaana.",
    ),
    "sv": (
        "Förra veckan ställde jag en enda fråga till mina läsare: vad hade du velat höra ditt "
        "första år som sjuksköterska? Fyrtio av er svarade. Här är de fem svar jag inte kan "
        "släppa.",
        "Tre saker jag lärde mig på logistikmässan, och en som jag inte håller med om.",
        "Min första video: skakig, ärlig och om varför jag bytte bana vid 45.",
    ),
}
SESSION = {
    "en": ("Openers that invite replies", "Bring one draft. We rewrite its first line together, "
           "then each of you posts it this week."),
    "fi": ("Aloitukset, joihin vastataan", "Ota mukaan yksi luonnos. Kirjoitamme sen "
           "ensimmäisen rivin yhdessä uusiksi, ja julkaiset sen tällä viikolla."),
    "sv": ("Inledningar som får svar", "Ta med ett utkast. Vi skriver om dess första rad "
           "tillsammans, och du publicerar det den här veckan."),
}  # fmt: skip
WHY = {
    "en": ("One real question, and the talk starts by itself.", "Short, useful, and it "
           "takes a stand.", "Honest about the hard part."),
    "fi": ("Yksi aito kysymys, ja keskustelu syntyy itsestään.", "Lyhyt, hyödyllinen ja "
           "ottaa kantaa.", "Rehellinen vaikeasta kohdasta."),
    "sv": ("En äkta fråga, och samtalet kommer av sig självt.", "Kort, nyttigt och tar "
           "ställning.", "Ärlig om det svåra."),
}  # fmt: skip


def prepare(folder: Path, language: str) -> None:
    from app.domain.exchange.codec import feedback_to_json, person_to_json
    from app.domain.exchange.examples import (
        Example,
        GroupFile,
        Recognition,
        RecognitionLine,
        group_to_json,
    )
    from app.domain.exchange.model import Feedback, FeedbackEntry, FeedbackKind, Kind, Person
    from app.domain.exchange.sessions import GroupSession
    from app.services.clock import FixedClock
    from app.services.exchange.examples import new_ask
    from app.services.exchange.export import person_of
    from app.services.exchange.feedback import import_feedback
    from app.services.exchange.package import write_package
    from app.storage.database import Database
    from app.storage.quick import QuickReader

    clock = FixedClock(TODAY)
    db = Database.open(folder / "ownvoice.db", datetime.combine(TODAY, time(12)).astimezone())
    reader = QuickReader(folder / "ownvoice.db")
    posts, why = POSTS.get(language, POSTS["en"]), WHY.get(language, WHY["en"])
    try:
        me = person_of(db, reader)
        ask = new_ask(TODAY - timedelta(days=1), posts[2], why[2])
        entry = FeedbackEntry(ask.id, ask.asked, FeedbackKind.SHARE_ASK, ask.why, share=ask)
        path = folder / "feedback.ownvoice"
        feedback = Feedback(me, "Kaisa Virtanen", TODAY, (entry,))
        made = {"app_version": "bench", "created_at": f"{TODAY}T12:00:00", "private": True}
        write_package(path, Kind.FEEDBACK, me, feedback_to_json(feedback), {}, **made)  # type: ignore[arg-type]
        import_feedback(db, reader, path, clock)
        coach = Person("c" * 32, "Kaisa Virtanen")
        month = TODAY.replace(day=1)
        group = GroupFile(
            "Kaisa Virtanen",
            TODAY,
            (Example("d" * 32, posts[0], why[0], "Aino Mäkinen", TODAY),
             Example("e" * 32, posts[1], why[1], "", TODAY)),
            (RecognitionLine(Recognition.ACTED, 5, month),
             RecognitionLine(Recognition.MOVED_UP, 3, month),
             RecognitionLine(Recognition.EXERCISE_DONE, 4, month)),
            (GroupSession("f" * 32, TODAY + timedelta(days=7), time(17, 30), 90,
                          SESSION[language][0], SESSION[language][1]),),
        )  # fmt: skip
        path = folder / "group.ownvoice"
        data = {"person": person_to_json(coach), **group_to_json(group)}
        write_package(path, Kind.COHORT, coach, data, {}, **made)  # type: ignore[arg-type]
        import_feedback(db, reader, path, clock)
    finally:
        reader.close()
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", nargs="+", default=["en", "fi"])
    parser.add_argument("--size", default="1024x600")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(n) for n in args.size.split("x"))

    from PySide6.QtCore import QCoreApplication, QSize
    from PySide6.QtWidgets import QApplication

    from app.services.clock import FixedClock
    from app.services.settings import SettingsService
    from app.services.system.secrets import SecretStore
    from app.storage.paths import AppPaths, DataDirOrigin
    from app.storage.settings_store import SettingsFile
    from app.ui.kit.i18n import Translations
    from app.ui.pages.journey import JourneyPage
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
            prepare(folder, language)
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
            page = window.show_page("journey")
            assert isinstance(page, JourneyPage)
            for _ in range(20):
                QCoreApplication.processEvents()
            page.tabs.setCurrentIndex(page.GROUP)
            for _ in range(20):
                QCoreApplication.processEvents()
            bar = page.scroll_area.verticalScrollBar()
            bar.setValue(page.tabs.mapTo(page.scroll_area.widget(), page.tabs.rect().topLeft()).y())
            for _ in range(10):
                QCoreApplication.processEvents()
            out = args.out / f"journey-group-{language}.png"
            window.grab().save(str(out), "PNG")
            group = page.group
            print(out, f"tab shown: {page.tabs.isTabVisible(page.GROUP)};",
                  f"{len(group.example_texts)} examples, {len(group.recognition_texts)} lines,",
                  f"{len(group.buttons)} answer buttons")  # fmt: skip
            today_page = window.show_page("today")
            for _ in range(30):
                QCoreApplication.processEvents()
            card = getattr(today_page, "sessions", None)
            if card is not None:  # scrolled to the card: at 1024x600 it is below the fold
                today_page.scroll_area.ensureWidgetVisible(card, 0, 200)  # type: ignore[union-attr]
                for _ in range(10):
                    QCoreApplication.processEvents()
            today = args.out / f"today-session-{language}.png"
            window.grab().save(str(today), "PNG")
            print(today)
            window.close()
            ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
