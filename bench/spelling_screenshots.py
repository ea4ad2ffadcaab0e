"""Screenshots of the drafting studio with spelling marks and the wording flags (issue 20).

    python bench/spelling_screenshots.py [--out docs/screenshots]

For Finnish and Swedish: a demo person (``demo --years 2``, fixed day), one draft written in
that language with a misspelt word, passive and noun-heavy sentences, then ``--screenshot`` of
the Drafts page in that language at 1280x800: ``studio-spelling-<lang>.png``. Needs Voikko and
Hunspell's Swedish dictionary (``packaging/dev.sh`` installs them); without them the studio
says that spelling is not installed, which the picture then shows. Nothing reads the real date.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TODAY = "2026-12-01"
DRAFTS = {
    "fi": (
        "Asiakaskysely",
        "Viime viikolla kirjotin pitkän tekstin asiakastyytyväisyyskyselyn tuloksista. "
        "Tuotekehitysprosessin tehostaminen ja toteutettavuuden arviointi käynnistettiin "
        "keväällä. Tarpeet selvitettiin ja ratkaisu toteutettiin nopeasti. Tulokset esitellään "
        "syksyllä Annan kanssa, ja jatkosta päätetään myöhemmin. Mitä mieltä sinä olet "
        "#asiakaskokemus?",
    ),
    "sv": (
        "Kundundersökningen",
        "Förra veckan skrev jag ett långt inläg om resultaten från kundundersökningen. "
        "Projektet startades i våras. Behoven kartlades och lösningen implementerades snabbt "
        "tillsammans med Anna. Implementeringen av förbättringen och utvärderingen av "
        "kundupplevelsen presenteras i höst. Vad tycker du om #kundupplevelse?",
    ),
}


def add_draft(folder: Path, title: str, text: str) -> None:
    from app.domain.drafts.networks import Network
    from app.services.clock import FixedClock
    from app.services.drafts import DraftsWriter
    from app.services.store import open_database, prepare_store

    path = folder / "ownvoice.db"
    clock = FixedClock(datetime(2026, 12, 1, 13, 0))
    reader, db = prepare_store(path, clock)
    db = db or open_database(path, clock)
    writer = DraftsWriter(db, reader, clock)
    draft_id = writer.new_draft(title, None, (Network.LINKEDIN,))
    writer.save_text(draft_id, Network.LINKEDIN, text)
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = [sys.executable, "-m", "app"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for lang, (title, text) in DRAFTS.items():
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "data"
            made = [*app, "--data-dir", str(folder), "demo", "--years", "2", "--today", TODAY]
            subprocess.run(made, check=True, capture_output=True, env=env)
            add_draft(folder, title, text)
            out = args.out / f"studio-spelling-{lang}.png"
            shot = [*app, "--data-dir", str(folder), "--today", TODAY, "--screenshot", str(out)]
            shot += ["--page", "drafts", "--lang", lang, "--size", "1280x800"]
            subprocess.run(shot, check=True, env=env)
            print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
