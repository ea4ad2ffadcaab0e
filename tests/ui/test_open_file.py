"""Opening a ``.ownvoice`` file with the app, as a double-click or ``ownvoice FILE`` does:
feedback lands in the recognition feed, a progress file opens coach mode on its person, and a
bad file says why in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cli import parse_args
from app.domain.exchange.codec import feedback_to_json
from app.domain.exchange.model import Feedback, FeedbackEntry, FeedbackKind, Kind, Person
from app.main import main
from app.services.exchange.export import person_of
from app.services.exchange.feedback import received
from app.services.exchange.package import write_package
from app.ui.context import AppContext
from app.ui.pages import registry
from app.ui.pages.cohort import CohortPage
from app.ui.shell.application import start_window
from app.ui.shell.main_window import MainWindow
from app.ui.shell.opening import OPENED_NOTICE
from tests.fixed_clock import TEST_DAY


def opened_with(qtbot: QtBot, ctx: AppContext, *argv: str) -> MainWindow:
    """The window as ``ownvoice ARGV`` starts it (the command line parsed as the app does)."""
    args = parse_args(["--data-dir", str(ctx.paths.data_dir), *argv])
    assert args.command is None
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    start_window(ctx, window, open_file=args.open_file, tray_available=lambda: False)
    qtbot.waitExposed(window)
    return window


def feedback_file(ctx: AppContext, path: Path, *texts: str) -> Path:
    """Feedback from Coach Kaisa for the person whose data ``ctx`` holds."""
    assert ctx.database is not None and ctx.reader is not None
    me = Person(person_of(ctx.database, ctx.reader).id, "Aino Mäkinen")
    entries = tuple(
        FeedbackEntry(f"{n:032x}", TEST_DAY, FeedbackKind.RECOGNITION, text)
        for n, text in enumerate(texts, 1)
    )
    feedback = Feedback(me, "Coach Kaisa", TEST_DAY, entries)
    write_package(path, Kind.FEEDBACK, me, feedback_to_json(feedback), {},
                  app_version="t", created_at="2026-05-13T12:00:00", private=False)  # fmt: skip
    return path


def test_a_file_on_the_command_line_is_opened_and_commands_stay_commands(tmp_path: Path) -> None:
    file = tmp_path / "from coach.ownvoice"
    assert parse_args([str(file)]).open_file == file
    assert parse_args(["--lang", "fi", "--data-dir", "x", str(file)]).open_file == file
    existing = tmp_path / "renamed.zip"  # what a file manager passes: any existing file
    existing.write_bytes(b"")
    assert parse_args([str(existing)]).open_file == existing
    args = parse_args(["import", "feedback", str(file)])
    assert (args.command, args.open_file) == ("import", None)
    args = parse_args(["export", "progress", "--out", str(file)])
    assert (args.command, args.open_file) == ("export", None)
    assert parse_args([]).open_file is None
    with pytest.raises(SystemExit) as exit_code:
        parse_args([str(file), "doctor"])
    assert exit_code.value.code == 2


def test_feedback_opened_with_the_app_lands_in_the_recognition_feed(
    qtbot: QtBot, open_ctx: AppContext, tmp_path: Path
) -> None:
    file = feedback_file(open_ctx, tmp_path / "feedback.ownvoice", "Great thread!", "Keep on.")
    window = opened_with(qtbot, open_ctx, str(file))
    qtbot.waitUntil(lambda: window.notices.is_showing(OPENED_NOTICE))
    assert window.notices.text_of(OPENED_NOTICE) == (
        "Feedback from Coach Kaisa arrived: 2 new in your recognition feed."
    )
    assert open_ctx.reader is not None
    assert sorted(r.entry.text for r in received(open_ctx.reader)) == ["Great thread!", "Keep on."]
    bar = window.notices.bars[OPENED_NOTICE]
    (show,) = [b for b in bar.action_buttons if b.text() == "Show the recognition feed"]
    show.click()
    assert window.current_page() is window.pages["journey"]
    assert not window.notices.is_showing(OPENED_NOTICE)
    # The same file again: nothing twice, and it says so.
    window.open_file(file)
    qtbot.waitUntil(lambda: window.notices.is_showing(OPENED_NOTICE))
    assert "nothing new" in window.notices.text_of(OPENED_NOTICE)
    assert len(received(open_ctx.reader)) == 2


def test_a_progress_file_opens_coach_mode_on_its_person(
    qtbot: QtBot, open_ctx: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "cohort"
    made = ["demo", "cohort", "--people", "3", "--out", str(folder), "--today", str(TEST_DAY)]
    assert main(["--data-dir", str(tmp_path / "maker"), *made]) == 0
    files = sorted(folder.glob("*.ownvoice"))
    assert len(files) == 3
    window = opened_with(qtbot, open_ctx, str(files[1]))
    assert window.coach_mode
    page = window.current_page()
    assert isinstance(page, CohortPage) and page is window.pages[registry.COHORT.id]
    qtbot.waitUntil(lambda: page.person is not None)
    assert page.model.rowCount() == 3  # the whole folder is the cohort
    assert page.stack.currentWidget() is page.person_view
    assert page.person is not None and page.person.member.file == files[1]
    assert page.person_view.name.text() == page.person.member.report.person.name
    assert str(folder) in page.folder.text()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a file from OwnVoice", "odd.ownvoice is not an OwnVoice file."),
        (None, "odd.ownvoice cannot be read (No such file or directory)."),
    ],
)
def test_a_bad_file_says_why_in_one_line_and_imports_nothing(
    qtbot: QtBot, open_ctx: AppContext, tmp_path: Path, content: bytes | None, message: str
) -> None:
    file = tmp_path / "odd.ownvoice"
    if content is not None:
        file.write_bytes(content)
    window = opened_with(qtbot, open_ctx, str(file))
    qtbot.waitUntil(lambda: window.notices.is_showing(OPENED_NOTICE))
    assert window.notices.text_of(OPENED_NOTICE) == message
    assert not window.coach_mode
    assert open_ctx.reader is not None and received(open_ctx.reader) == []


def test_feedback_for_someone_else_is_refused_in_the_window(
    qtbot: QtBot, open_ctx: AppContext, tmp_path: Path
) -> None:
    other = Person("b" * 32, "Someone Else")
    entry = FeedbackEntry("c" * 32, TEST_DAY, FeedbackKind.FEEDBACK, "x")
    path = tmp_path / "not-mine.ownvoice"
    write_package(path, Kind.FEEDBACK, other,
                  feedback_to_json(Feedback(other, "Coach", TEST_DAY, (entry,))), {},
                  app_version="t", created_at="2026-05-13T12:00:00", private=False)  # fmt: skip
    window = opened_with(qtbot, open_ctx, str(path))
    qtbot.waitUntil(lambda: window.notices.is_showing(OPENED_NOTICE))
    assert window.notices.text_of(OPENED_NOTICE) == (
        "not-mine.ownvoice is feedback for someone else (Someone Else); nothing was imported."
    )
