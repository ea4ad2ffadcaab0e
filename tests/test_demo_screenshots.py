"""The README's demo commands, as a new user runs them, on demo people that used to crash.

`ownvoice demo --years 2` then `ownvoice --screenshot h.png --page habits` died with SIGSEGV
(issue 10) on 2026-12-01; `--years 3 --seed 5` at 1600x1000 showed the same row. The full sweep
(every page, language and size over 15 demo people) is `bench/screenshot_sweep.py`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
TODAY = "2026-12-01"  # the day the crash was seen


def ownvoice(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.mark.parametrize(
    ("years", "seed", "page", "lang", "size"),
    [
        ("2", "1", "habits", "fi", "1024x600"),
        ("2", "2", "habits", "sv", "1100x720"),
        ("3", "5", "habits", "en", "1600x1000"),
        ("3", "5", "journey", "fi", "1024x600"),
    ],
)
def test_demo_people_render_on_every_page_tried(
    tmp_path: Path, years: str, seed: str, page: str, lang: str, size: str
) -> None:
    data = str(tmp_path / "ov-demo")
    made = ownvoice("--data-dir", data, "demo", "--years", years, "--seed", seed, "--today", TODAY)
    assert made.returncode == 0, made.stderr
    shot = tmp_path / "h.png"
    args = ["--data-dir", data, "--today", TODAY, "--screenshot", str(shot)]
    done = ownvoice(*args, "--page", page, "--lang", lang, "--size", size)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
    log = tmp_path / "ov-demo" / "logs" / "ownvoice.log"
    assert not log.exists() or "ERROR" not in log.read_text()
