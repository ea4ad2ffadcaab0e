"""A plain start of the window is parsed without building every command's parser
(app/cli/commands.py ``_window_args``): the same arguments as the whole parser gives, and
anything else (a command, a file, help, a mistake) goes to the whole parser as before."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from app.cli import commands


def whole(words: list[str]) -> argparse.Namespace:
    return commands.build_parser().parse_args(words)


def plain(args: argparse.Namespace) -> dict[str, object]:
    found = dict(vars(args))
    found.pop("clock", None)
    found.pop("open_file", None)
    return found


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["--today", "2026-11-27"],
        ["--page", "settings", "--lang", "fi", "--size", "1100x720"],
        ["--data-dir", "/tmp/x", "--in-tray", "--screenshot", "out.png"],
        ["--data-dir=/tmp/-odd", "--today=2026-05-13"],
    ],
)
def test_a_window_start_is_parsed_as_the_whole_parser_parses_it(words: list[str]) -> None:
    quick = commands._window_args(words)
    assert quick is not None
    assert plain(quick) == plain(whole(words))
    assert plain(commands.parse_args(words)) == plain(whole(words))


@pytest.mark.parametrize(
    "words",
    [
        ["journey", "status"],
        ["--today", "2026-11-27", "doctor"],
        ["feedback.ownvoice"],
        ["--help"],
        ["--he"],
        ["-h"],
        ["--size", "big"],
        ["--page", "nowhere"],
        ["--data", "/tmp/x"],  # an abbreviation: left to the whole parser
        ["--"],
    ],
)
def test_anything_else_goes_to_the_whole_parser(words: list[str]) -> None:
    assert commands._window_args(words) is None


def test_a_mistake_is_told_with_the_whole_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        commands.parse_args(["--size", "big"])
    assert exit_.value.code == 2
    assert "COMMAND" in capsys.readouterr().err  # the whole parser's usage line


def test_a_file_still_opens_in_the_window(tmp_path: Path) -> None:
    file = tmp_path / "from-coach.ownvoice"
    file.write_text("{}", encoding="utf-8")
    args = commands.parse_args(["--today", "2026-11-27", str(file)])
    assert args.open_file == file and args.command is None
