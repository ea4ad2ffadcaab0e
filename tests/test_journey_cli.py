"""``ownvoice journey log`` and ``journey status`` as a script uses them: the rules of the form
on Today, one-line mistakes with exit 2, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixed_clock import TEST_DAY
from tests.test_cli import ownvoice

pytestmark = pytest.mark.slow


def test_a_comment_is_logged_and_the_status_counts_it(tmp_path: Path) -> None:
    folder = ["--data-dir", str(tmp_path / "d")]
    link = "https://www.linkedin.com/feed/update/1"
    done = ownvoice(*folder, "journey", "log", "comment", "--link", link, "--note", "hi", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["kind"], report["channel"], report["day"]) == (
        "comment",
        "linkedin",  # no profile yet: the first channel, as on Today
        TEST_DAY.isoformat(),
    )
    assert (report["link"], report["note"]) == (link, "hi")
    assert [m["kind"] for m in report["new_milestones"]] == ["first_comment"]
    yesterday = ownvoice(*folder, "journey", "log", "reply", "--channel", "X", "--date",
                         "2026-05-12")  # fmt: skip
    assert yesterday.returncode == 0, yesterday.stderr
    assert yesterday.stdout.startswith("Logged: reply on x, 2026-05-12")
    status = json.loads(ownvoice(*folder, "journey", "status", "--json").stdout)
    assert status["weeks"][-1]["log_shows"] == "listener"  # two actions: not yet a Supporter
    assert [m["kind"] for m in status["recognition"]] == ["first_comment", "first_reply"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("bogus",), "KIND 'bogus' is not one of: own_post, comment"),
        (("comment", "--channel", "myspace"), "--channel 'myspace' is not one of"),
        (("comment", "--date", "2026-05-14"), "is in the future"),
        (("comment", "--date", "1999-12-31"), "is before 2000-01-01"),
        (("comment", "--date", "13.5.2026"), "expected a date as YYYY-MM-DD"),
        (("comment", "--link", "www.example.com"), "a link starts with https://"),
    ],
)
def test_a_mistake_is_one_line_exit_2_and_logs_nothing(
    tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    folder = tmp_path / "d"
    done = ownvoice("--data-dir", str(folder), "journey", "log", *args)
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("ownvoice: error: ") and says in line
    assert not (folder / "ownvoice.db").exists()  # nothing was touched


def test_status_names_the_highest_stage(tmp_path: Path) -> None:
    done = ownvoice("--data-dir", str(tmp_path / "d"), "journey", "status")
    assert done.returncode == 0, done.stderr
    assert "Highest:        listener" in done.stdout
