"""Every page in dark appearance and at 200 % scaling, for looking at (issue 22).

    python bench/appearance_screenshots.py [--out /tmp/appearance] [--lang en fi]
    python bench/appearance_screenshots.py --ownvoice /tmp/venv/bin/ownvoice   # an installed copy

A demo person (``demo --years 2``) and a demo cohort of 12 people are made once, for a fixed day.
Then, for every page the command line opens and each language, two screenshots, each from its
own process as a person would start it:

- ``dark-<page>-<lang>.png``: the appearance set to dark in Settings, 1024x600;
- ``x2-<page>-<lang>.png``: ``QT_SCALE_FACTOR=2`` (what a 200 % display setting does), a
  1024x600 window, so the picture is 2048x1200.

The cohort page opens coach mode on the demo cohort. A run that does not exit 0, writes no
picture, or leaves an error in the log is printed as FAILED; exit code 1 if any did. Nothing
reads the real date.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.cli.commands import PAGE_NAMES

TODAY = "2026-12-01"
SIZE = "1024x600"


def command(ownvoice: str) -> list[str]:
    return [ownvoice] if ownvoice != "-m" else [sys.executable, "-m", "app"]


def make_person(cmd: list[str], folder: Path) -> None:
    run = [*cmd, "--data-dir", str(folder)]
    subprocess.run([*run, "demo", "--years", "2", "--today", TODAY], check=True, timeout=300)
    cohort = ["demo", "cohort", "--people", "12", "--out", str(folder.parent / "cohort")]
    subprocess.run([*run, *cohort, "--today", TODAY], check=True, timeout=300)
    settings_path = folder / "settings.json"
    values = json.loads(settings_path.read_text(encoding="utf-8"))
    folder_bytes = str(folder.parent / "cohort").encode("utf-8")
    values["state/coach/folder"] = base64.b64encode(folder_bytes).decode("ascii")
    settings_path.write_text(json.dumps(values), encoding="utf-8")


def with_theme(template: Path, folder: Path, theme: str) -> None:
    shutil.copytree(template, folder)
    settings_path = folder / "settings.json"
    values = json.loads(settings_path.read_text(encoding="utf-8"))
    values["general/theme"] = theme
    settings_path.write_text(json.dumps(values), encoding="utf-8")


def shoot(cmd: list[str], folder: Path, out: Path, page: str, lang: str, scale: int) -> str | None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": str(scale)}
    args = ["--data-dir", str(folder), "--today", TODAY, "--screenshot", str(out)]
    args += ["--page", page, "--lang", lang, "--size", SIZE]
    done = subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120, env=env)
    if done.returncode != 0:
        return f"exit {done.returncode}: {done.stderr.strip()[-300:]}"
    if not out.exists() or out.stat().st_size == 0:
        return "no screenshot"
    log = folder / "logs" / "ownvoice.log"
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    if "stopped by the guard" in text or "uncaught exception" in text:
        return "an error in the log"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "appearance")
    parser.add_argument("--lang", nargs="+", default=["en", "fi"])
    parser.add_argument("--pages", nargs="+", default=list(PAGE_NAMES))
    parser.add_argument("--ownvoice", default="-m", help="the ownvoice to run (default: -m app)")
    args = parser.parse_args()
    cmd = command(args.ownvoice)
    args.out.mkdir(parents=True, exist_ok=True)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="ownvoice-appearance-") as tmp:
        template = Path(tmp) / "person"
        make_person(cmd, template)
        for theme, scale, prefix in (("dark", 1, "dark"), ("light", 2, "x2")):
            for page in args.pages:
                for lang in args.lang:
                    folder = Path(tmp) / f"{prefix}-{page}-{lang}"
                    with_theme(template, folder, theme)
                    out = args.out / f"{prefix}-{page}-{lang}.png"
                    problem = shoot(cmd, folder, out, page, lang, scale)
                    shutil.rmtree(folder, ignore_errors=True)
                    if problem:
                        failures += 1
                        print(f"FAILED {out.name}: {problem}", flush=True)
                    else:
                        print(f"wrote {out}", flush=True)
    print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
