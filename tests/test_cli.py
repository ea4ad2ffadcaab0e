"""The command line as a person or a script uses it: exit codes, one-line errors, JSON."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app import __version__
from app.cli import PAGE_NAMES
from app.ui.pages import registry
from tests.fixed_clock import TEST_DAY

pytestmark = pytest.mark.slow


def ownvoice(
    *args: str, env: dict[str, str] | None = None, today: date | None = TEST_DAY
) -> subprocess.CompletedProcess[str]:
    """Run the command line; on ``today`` (``--today``), so that no test reads the real date."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    pinned = ["--today", today.isoformat()] if today is not None else []
    return subprocess.run(
        [sys.executable, "-m", "app", *pinned, *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_version() -> None:
    done = ownvoice("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"OwnVoice {__version__}"


def test_screenshot_of_the_finnish_settings_page(tmp_path: Path) -> None:
    out = tmp_path / "s.png"
    done = ownvoice(
        "--data-dir", str(tmp_path / "d"), "--screenshot", str(out), "--page", "settings",
        "--lang", "fi", "--size", "1000x700",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert png_size(out) == (1000, 700)
    # A screenshot is not a visit: the language and window size were not saved.
    settings = tmp_path / "d" / "settings.json"
    assert not settings.exists() or "geometry" not in settings.read_text()


def test_screenshot_into_a_missing_folder_says_so_in_one_line(tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "s.png"
    done = ownvoice("--data-dir", str(tmp_path / "d"), "--screenshot", str(out))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"ownvoice: error: no folder {out.parent} to save the screenshot in"
    )


def test_doctor_json_on_a_fresh_folder(tmp_path: Path) -> None:
    done = ownvoice("--data-dir", str(tmp_path / "d"), "doctor", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    names = {check["name"] for check in report["checks"]}
    assert {"data folder", "database", "keychain", "qt"} <= names
    assert report["ok"] is True


def test_doctor_fails_with_one_clear_line_on_a_damaged_database(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "ownvoice.db").write_bytes(b"garbage" * 500)
    done = ownvoice("--data-dir", str(folder), "doctor")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("ownvoice: ") and "damaged" in lines[0]


def test_a_usage_mistake_exits_2() -> None:
    assert ownvoice("--size", "big").returncode == 2
    assert ownvoice("no-such-command").returncode == 2
    bad_day = ownvoice("--today", "2026-02-30", "journey", "status", today=None)
    assert bad_day.returncode == 2 and len(bad_day.stderr.strip().splitlines()) == 1


def test_an_unusable_data_folder_is_one_line_and_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("I am a file, not a folder")
    done = ownvoice("--data-dir", str(blocker / "sub"), "--screenshot", str(tmp_path / "x.png"))
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1


def test_page_names_match_the_registry() -> None:
    assert list(PAGE_NAMES) == registry.page_ids()


def test_demo_then_journey_status(tmp_path: Path) -> None:
    folder = ["--data-dir", str(tmp_path / "d")]
    made = ownvoice(*folder, "demo", "--years", "2", "--seed", "4")
    assert made.returncode == 0, made.stderr
    assert "activities since" in made.stdout
    report = json.loads(ownvoice(*folder, "journey", "status", "--json").stdout)
    assert report["today"] == TEST_DAY.isoformat()  # the demo and the status ran on --today
    assert (report["stage_at_start"], report["stage_now"]) == ("supporter", "role_model")
    # The forgiving ladder (docs/LADDER.md): four moves in two years, every one of them up.
    assert [(c["from"], c["to"]) for c in report["changes"]] == [
        ("supporter", "commenter"),
        ("commenter", "conversationalist"),
        ("conversationalist", "creator"),
        ("creator", "role_model"),
    ]
    assert len(report["weeks"]) == 105  # two years of Mondays, to this week's
    # Three weeks into the demo's goals: comments and replies keep pace, own posts do not.
    assert [(g["status"], g["current"], g["target"]) for g in report["goals"]] == [
        ("on_track", 11.0, 24.0),
        ("behind", 0.0, 4.0),
        ("on_track", 11.0, 16.0),
    ]
    text = ownvoice(*folder, "journey", "status")
    assert "Stage now:" in text.stdout and "Kommentoin" in text.stdout
    again = ownvoice(*folder, "demo")
    assert again.returncode == 1
    assert len(again.stderr.strip().splitlines()) == 1 and "already has data" in again.stderr


def test_journey_status_on_a_new_folder_starts_as_a_listener(tmp_path: Path) -> None:
    done = ownvoice("--data-dir", str(tmp_path / "new"), "journey", "status", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["stage_at_start"], report["stage_now"], report["goals"]) == (
        None,
        "listener",
        [],
    )
