"""A demo is all or nothing (issue 11): killed midway, it leaves the folder ready for another."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fixed_clock import TEST_DAY
from tests.test_cli import ownvoice

pytestmark = pytest.mark.slow


def _largest_wal(folder: Path) -> int:
    sizes = [0]
    for wal in folder.rglob("ownvoice.db-wal"):
        with contextlib.suppress(FileNotFoundError):  # the demo's own clean-up
            sizes.append(wal.stat().st_size)
    return max(sizes)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_demo_killed_midway_leaves_no_half_person_and_runs_again(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "app", "--today", TEST_DAY.isoformat(),
               "--data-dir", str(folder), "demo", "--years", "10"]  # fmt: skip
    with subprocess.Popen(command, env=env, stderr=subprocess.PIPE) as demo:
        deadline = time.monotonic() + 60
        # Midway: the demo person is being written (years of activity, not all of it yet).
        while _largest_wal(folder) < 256 * 1024 and demo.poll() is None:
            assert time.monotonic() < deadline, "the demo never got going"
            time.sleep(0.005)
        demo.send_signal(signal.SIGKILL)
        demo.wait(30)
    assert demo.returncode == -signal.SIGKILL, "the demo finished before it could be killed"

    again = ownvoice("--data-dir", str(folder), "demo", "--years", "1")
    assert again.returncode == 0, again.stderr
    status = json.loads(ownvoice("--data-dir", str(folder), "journey", "status", "--json").stdout)
    assert len(status["weeks"]) == 53  # the one year asked for now, not ten years' remains
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".demo")) == []
