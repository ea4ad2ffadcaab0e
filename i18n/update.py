"""Refresh the translation sources from the code and rebuild the compiled translations.

    python i18n/update.py          # lupdate: add new strings to every .ts, drop vanished ones
                                   # lrelease: build i18n/ownvoice_<lang>.qm from each .ts
    python i18n/update.py --check  # change nothing; exit 1 if a .ts lags the code or has an
                                   # unfinished entry, or a .qm lags its .ts (tests run this)

Translate with Qt Linguist (``pyside6-linguist i18n/ownvoice_fi.ts``) or any editor, then run
this script again so that the .qm files match.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("fi", "sv")
# English is the source language; its file holds only the plural forms ("%Ln post" for 1,
# "%Ln posts" otherwise), which lupdate collects from self.tr(text, "", n) with -pluralonly.
PLURAL_ONLY = {"en": "en_GB"}


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def lupdate(ts_files: list[Path], plural_only: str = "") -> None:
    """Refresh ``ts_files`` from the code; ``plural_only`` (a locale) makes a file of the
    plural forms only, for the source language."""
    args = [_tool("lupdate"), *sources(), "-ts", *map(str, ts_files)]
    if plural_only:
        args += ["-pluralonly", "-target-language", plural_only]
    subprocess.run([*args, "-no-obsolete", "-locations", "none", "-silent"], cwd=ROOT, check=True)


def all_files() -> list[tuple[Path, str]]:
    """Every .ts, with its plural-only locale ("" for a full translation)."""
    return [(I18N / f"ownvoice_{lang}.ts", "") for lang in LANGUAGES] + [
        (I18N / f"ownvoice_{lang}.ts", locale) for lang, locale in PLURAL_ONLY.items()
    ]


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    """Source texts of entries that still need a translator (new, or changed in the code)."""
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not (
                translation.text or list(translation)
            ):
                found.append(f"{name}: {message.findtext('source', '')}")
    return found


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts, plural_only in all_files():
            lang = ts.stem.removeprefix("ownvoice_")
            copy = Path(tmp) / ts.name
            if not ts.exists():
                problems.append(f"{ts.name}: missing; run python i18n/update.py")
                continue
            shutil.copy(ts, copy)
            lupdate([copy], plural_only)
            problems += [f"{ts.name}: unfinished: {entry}" for entry in unfinished(copy)]
            if copy.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name}: out of date with the code; run python i18n/update.py")
            qm = Path(tmp) / f"ownvoice_{lang}.qm"
            lrelease(ts, qm)
            shipped = I18N / qm.name
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name}: does not match its .ts; run python i18n/update.py")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        problems = check()
        print("\n".join(problems) or "translations are complete and up to date")
        return 1 if problems else 0
    lupdate([ts for ts, plural_only in all_files() if not plural_only])
    for ts, plural_only in all_files():
        if plural_only:
            lupdate([ts], plural_only)
    for ts, _plural_only in all_files():
        lrelease(ts, ts.with_suffix(".qm"))
        left = unfinished(ts)
        print(f"{ts.name}: {len(left)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
