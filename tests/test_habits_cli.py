"""`ownvoice habits …` as a person or a script uses it: output, JSON, exit codes, errors."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from tests.fixed_clock import TEST_DAY
from tests.test_cli import ownvoice

pytestmark = pytest.mark.slow


def test_add_check_and_list(tmp_path: Path) -> None:
    folder = ["--data-dir", str(tmp_path / "d")]
    empty = ownvoice(*folder, "habits", "list", "--json")
    assert empty.returncode == 0, empty.stderr
    assert json.loads(empty.stdout)["habits"] == []
    added = ownvoice(
        *folder, "habits", "add", "Comment thoughtfully", "--times", "3", "--days", "7"
    )
    assert added.returncode == 0, added.stderr
    assert "3 times a week" in added.stdout
    reading = ["Read and learn", "--numeric", "--target", "15", "--unit", "minutes"]
    assert ownvoice(*folder, "habits", "add", *reading).returncode == 0
    monthly = ownvoice(*folder, "habits", "add", "Update my profile", "--days", "month")
    assert monthly.returncode == 0 and "once a month" in monthly.stdout
    yesterday = (TEST_DAY - timedelta(days=1)).isoformat()  # ownvoice runs on TEST_DAY
    checked = ownvoice(*folder, "habits", "check", "comment", "--date", yesterday)
    assert checked.returncode == 0, checked.stderr
    assert f"checked in for {yesterday}" in checked.stdout
    assert ownvoice(*folder, "habits", "check", "Comment thoughtfully").returncode == 0
    assert ownvoice(*folder, "habits", "check", "read", "--value", "20").returncode == 0
    assert ownvoice(*folder, "habits", "check", "update", "--skip").returncode == 0
    report = json.loads(ownvoice(*folder, "habits", "list", "--json").stdout)
    rows = {row["name"]: row for row in report["habits"]}
    comment = rows["Comment thoughtfully"]
    assert comment["frequency"] == "3/7d" and comment["frequency_text"] == "3 times a week"
    assert (comment["current_streak"], comment["best_streak"]) == (2, 2)
    assert 0 < comment["strength"] < 0.1 and comment["today"] == "done"
    read = rows["Read and learn"]
    assert read["frequency_text"] == "at least 15 minutes a day" and read["target"] == 15.0
    assert rows["Update my profile"]["today"] == "skipped"
    text = ownvoice(*folder, "habits", "list")
    assert text.returncode == 0
    header, *lines = text.stdout.splitlines()
    assert header.split() == ["Habit", "Frequency", "Strength", "Streak", "Best"]
    assert lines[0].startswith("Comment thoughtfully") and lines[0].split()[-2:] == ["2", "2"]


def test_mistakes_are_one_line_and_exit_1(tmp_path: Path) -> None:
    folder = ["--data-dir", str(tmp_path / "d")]
    assert (
        ownvoice(
            *folder, "habits", "add", "Comment on posts", "--times", "3", "--days", "7"
        ).returncode
        == 0
    )
    assert ownvoice(*folder, "habits", "add", "Comment internally").returncode == 0
    assert ownvoice(*folder, "habits", "add", "Read", "--numeric", "--target", "15").returncode == 0
    tomorrow = (TEST_DAY + timedelta(days=1)).isoformat()
    cases = {
        ("check", "swim"): "no habit called",
        ("check", "comment"): "could be any of",
        ("check", "read"): "--value",
        ("check", "comment on", "--value", "3"): "yes/no habit",
        ("check", "read", "--date", tomorrow, "--value", "3"): "future",
        ("add", "Read"): "already a habit",
        ("add", "Too often", "--times", "9", "--days", "7"): "more than once a day",
        ("add", "Numeric", "--numeric"): "--target",
        ("add", "Unit only", "--unit", "min"): "need --numeric",
    }
    for args, expected in cases.items():
        done = ownvoice(*folder, "habits", *args)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1, (args, done.stderr)
        assert len(lines) == 1 and lines[0].startswith("ownvoice: ") and expected in lines[0], args


def test_usage_mistakes_exit_2(tmp_path: Path) -> None:
    folder = ["--data-dir", str(tmp_path / "d")]
    for args in (
        ("habits",),
        ("habits", "check"),
        ("habits", "check", "x", "--skip", "--value", "2"),
        ("habits", "check", "x", "--date", "27.11.2026"),
        ("habits", "add", "x", "--days", "fortnight"),
        ("habits", "add", "x", "--times", "two"),
    ):
        assert ownvoice(*folder, *args).returncode == 2, args


def test_list_does_not_load_sqlalchemy_once_the_store_is_current(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "d"
    assert ownvoice("--data-dir", str(folder), "habits", "add", "Walk").returncode == 0
    code = (
        "import sys\nfrom app.main import main\n"
        f"code = main(['--data-dir', {str(folder)!r}, 'habits', 'list', '--json'])\n"
        "print('sqlalchemy' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "False"
    assert json.loads(done.stdout)["habits"][0]["name"] == "Walk"
