"""Every page, in every language, at two sizes, over demo people of many sizes and seeds.

    python bench/screenshot_sweep.py                       # the full sweep (about 10 minutes)
    python bench/screenshot_sweep.py --years 2 --seeds 2   # a smaller one
    python bench/screenshot_sweep.py --ownvoice /tmp/venv/bin/ownvoice   # an installed copy

For each demo person (``ownvoice demo --years Y --seed S --today D`` in a new data folder) it
runs ``ownvoice --today D --screenshot … --page P --lang L --size WxH`` as a separate process,
exactly as a person would, and counts a run as failed when the process does not exit 0, writes
no PNG, or when the log file holds an error the override guard stopped (``stopped by the
guard``) or a crash report. It prints one line per failure and a summary; exit code 1 if any
run failed. Nothing here reads the real date: ``--today`` (default 2026-12-01) is the day of
every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from app.cli.commands import PAGE_NAMES

PAGES = PAGE_NAMES  # every page the command line can open
LANGUAGES = ("en", "fi", "sv")
SIZES = ("1024x600", "1600x1000")


@dataclass(frozen=True)
class Run:
    years: float
    seed: int
    page: str
    lang: str
    size: str

    def name(self) -> str:
        return (
            f"years={self.years:g} seed={self.seed} page={self.page} lang={self.lang} {self.size}"
        )

    def file_name(self) -> str:
        return f"{self.years:g}y-s{self.seed}-{self.page}-{self.lang}-{self.size}.png"


def command(ownvoice: str) -> list[str]:
    return [ownvoice] if ownvoice != "-m" else [sys.executable, "-m", "app"]


def make_demo(cmd: list[str], folder: Path, years: float, seed: int, today: str) -> None:
    args = ["--data-dir", str(folder), "demo", "--years", f"{years:g}", "--seed", str(seed)]
    subprocess.run([*cmd, *args, "--today", today], check=True, capture_output=True, timeout=300)


def shoot(cmd: list[str], demo: Path, out: Path, run: Run, today: str) -> str | None:
    """None if the page rendered cleanly, else what went wrong. Each run has its own copy of
    the demo folder: its own log, crash record and settings, as one person's laptop would."""
    folder = out.with_suffix(".data")
    shutil.copytree(demo, folder)
    try:
        return _shoot(cmd, folder, out, run, today)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _shoot(cmd: list[str], folder: Path, out: Path, run: Run, today: str) -> str | None:
    args = [
        *("--data-dir", str(folder), "--today", today, "--screenshot", str(out)),
        *("--page", run.page, "--lang", run.lang, "--size", run.size),
    ]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120, env=env)
    if done.returncode != 0:
        return f"exit {done.returncode}: {done.stderr.strip()[-300:]}"
    if not out.exists() or out.stat().st_size == 0:
        return "no screenshot"
    log = folder / "logs" / "ownvoice.log"
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    if "stopped by the guard" in text or "uncaught exception" in text:
        first = next(line for line in text.splitlines() if "ERROR" in line)
        return f"logged: {first}"
    if (folder / "logs" / "crash-previous.log").exists():
        return "a crash report"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--years", type=float, nargs="*", default=[1, 2, 3, 5, 10])
    parser.add_argument("--seeds", type=int, default=3, help="seeds 1..N for each size")
    parser.add_argument("--pages", nargs="*", default=list(PAGES))
    parser.add_argument("--langs", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--sizes", nargs="*", default=list(SIZES))
    parser.add_argument("--today", default="2026-12-01")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--ownvoice", default="-m", help="the ownvoice to run (default: python -m app)"
    )
    parser.add_argument("--keep", type=Path, help="keep the screenshots in this folder")
    args = parser.parse_args()
    cmd = command(args.ownvoice)
    root = Path(tempfile.mkdtemp(prefix="ownvoice-sweep-"))
    failures: list[str] = []
    started = time.monotonic()
    runs = 0
    try:
        for years in args.years:
            for seed in range(1, args.seeds + 1):
                folder = root / f"demo-{years:g}-{seed}"
                make_demo(cmd, folder, years, seed, args.today)
                todo = [
                    Run(years, seed, page, lang, size)
                    for page in args.pages
                    for lang in args.langs
                    for size in args.sizes
                ]
                with ThreadPoolExecutor(max_workers=args.jobs) as pool:
                    results = pool.map(
                        lambda r, folder=folder: (
                            r,
                            shoot(
                                cmd,
                                folder,
                                root / r.file_name(),
                                r,
                                args.today,
                            ),
                        ),
                        todo,
                    )
                    for run, problem in results:
                        runs += 1
                        if problem is not None:
                            failures.append(f"{run.name()}: {problem}")
                            print(f"FAILED {run.name()}: {problem}", flush=True)
                print(
                    f"years={years:g} seed={seed}: {len(todo)} screenshots, "
                    f"{len(failures)} failures so far ({time.monotonic() - started:.0f} s)",
                    flush=True,
                )
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for png in root.glob("*.png"):
                shutil.copy2(png, args.keep / png.name)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(
        f"{runs} screenshots ({len(args.years)} demo sizes x {args.seeds} seeds x "
        f"{len(args.pages)} pages x {len(args.langs)} languages x {len(args.sizes)} sizes) "
        f"in {time.monotonic() - started:.0f} s: {runs - len(failures)} clean, "
        f"{len(failures)} failed"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
