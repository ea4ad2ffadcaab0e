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


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def lupdate(ts_files: list[Path]) -> None:
    args = [_tool("lupdate"), *sources(), "-ts", *map(str, ts_files)]
    subprocess.run([*args, "-no-obsolete", "-locations", "none", "-silent"], cwd=ROOT, check=True)


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
        for lang in LANGUAGES:
            ts = I18N / f"ownvoice_{lang}.ts"
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            lupdate([copy])
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
    ts_files = [I18N / f"ownvoice_{lang}.ts" for lang in LANGUAGES]
    lupdate(ts_files)
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
        left = unfinished(ts)
        print(f"{ts.name}: {len(left)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
