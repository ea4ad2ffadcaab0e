"""The round trip of issue 14, as both people see it: the person shares a progress file, the coach
opens the folder, writes recognition and saves a feedback file, the person imports it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.exchange.model import FeedbackKind, Section
from app.domain.progress.weeks import Range, monday
from app.main import main
from app.services.clock import FixedClock
from app.services.exchange.feedback import received
from app.services.settings import SettingsService
from app.services.system.secrets import SecretStore
from app.storage.paths import AppPaths, DataDirOrigin
from app.storage.settings_store import SettingsFile
from app.ui.context import AppContext
from app.ui.exchange.export_dialog import ExportDialog, FeedbackImporter
from app.ui.kit.i18n import Translations
from app.ui.pages.cohort import CohortPage
from app.ui.pages.journey import JourneyPage
from app.ui.pages.progress import ProgressPage
from app.ui.pages.today import TodayPage
from app.ui.shell.application import build_context
from app.ui.tasks import SyncTaskRunner
from tests.fixed_clock import TEST_DAY
from tests.ui.conftest import show


@pytest.fixture(scope="module")
def demo_person(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("person") / "data"
    assert main(["--data-dir", str(folder), "demo", "--years", "1", "--today", str(TEST_DAY)]) == 0
    return folder


def context_for(folder: Path, translations: Translations) -> AppContext:
    paths = AppPaths(folder, DataDirOrigin.OPTION).ensure()
    ctx = build_context(
        paths,
        SettingsService(SettingsFile(paths.settings_path)),
        tasks=SyncTaskRunner(),
        secrets=SecretStore(),
        translations=translations,
        clock=FixedClock(TEST_DAY),
    )
    ctx.open_database()
    return ctx


@pytest.fixture
def person(demo_person: Path, tmp_path: Path, translations: Translations) -> Iterator[AppContext]:
    folder = tmp_path / "person"
    shutil.copytree(demo_person, folder)
    ctx = context_for(folder, translations)
    yield ctx
    ctx.close()


@pytest.fixture
def coach(tmp_path: Path, translations: Translations) -> Iterator[AppContext]:
    ctx = context_for(tmp_path / "coach", translations)
    yield ctx
    ctx.close()


def answer_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_a_progress_file_goes_to_the_coach_and_recognition_comes_back(
    qtbot: QtBot,
    person: AppContext,
    coach: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared = tmp_path / "shared folder"
    shared.mkdir()
    # The person chooses what to share and sees exactly what the file will hold.
    dialog = ExportDialog(person, None)
    show(qtbot, dialog)
    assert not dialog.boxes[Section.DRAFTS].isChecked()  # drafts stay home unless chosen
    dialog.boxes[Section.HABITS].setChecked(False)
    assert dialog.report is not None and Section.HABITS not in dialog.report.sections
    preview = dialog.preview.toPlainText()
    assert "Stage on the ladder" in preview and "Habit strength" not in preview
    answer_save(monkeypatch, shared / "aino")
    dialog.save()
    progress_file = shared / "aino.ownvoice"
    assert progress_file.exists() and not dialog.isVisible()
    (shared / "broken.ownvoice").write_text("not a file from OwnVoice")

    # The coach opens the folder: one person, the broken file listed with its reason.
    page = CohortPage(coach, "Cohort")
    page.ensure_built()
    show(qtbot, page)
    page.load(shared)
    assert page.model.rowCount() == 1
    assert "broken.ownvoice is not an OwnVoice file." in page.broken.text()
    page.show_person(page.model.rows[0])
    assert page.person_view.name.text() == "Aino Mäkinen"
    # The coach sees the person's own activity chart: the same weeks, the same counts, up to
    # the week the file was made (quiet weeks at the end show as quiet).
    own = ProgressPage(person, "Progress")
    own.ensure_built()
    show(qtbot, own)
    own.range_box.setCurrentIndex(list(Range).index(Range.YEAR))
    theirs, mine = page.person_view.activity_chart.data, own.activity.data
    assert page.person_view.activity_chart.isVisible() and theirs.days[-1] == monday(TEST_DAY)
    assert [s.name for s in theirs.series] == [s.name for s in mine.series]
    weeks = len(mine.days) - 1  # the range's first week may begin before the file's
    assert theirs.days[-weeks:] == mine.days[-weeks:]
    assert [s.values[-weeks:] for s in theirs.series] == [s.values[-weeks:] for s in mine.series]
    assert sum(sum(v or 0 for v in s.values) for s in theirs.series) > 20
    page.person_view.note_text.setPlainText("Ask about the hydrogen post")
    page.person_view.add_note.click()
    assert page.person_view.notes.count() == 1
    page.person_view.kind.setCurrentIndex(page.person_view.kind.findData(FeedbackKind.RECOGNITION))
    page.person_view.feedback_text.setPlainText("Your post on hydrogen tests started a real talk.")
    page.person_view.add_feedback.click()
    assert page.person_view.feedback.count() == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Coach Kaisa", True))
    answer_save(monkeypatch, shared / "feedback-aino.ownvoice")
    page.person_view.export.click()
    feedback_file = shared / "feedback-aino.ownvoice"
    assert feedback_file.exists()
    assert "sent" in page.person_view.feedback.item(0).text()

    # The person imports it: it is theirs, and it lands once however often they import.
    journey = JourneyPage(person, "Journey")
    journey.ensure_built()
    show(qtbot, journey)
    qtbot.waitUntil(lambda: bool(journey.feed.texts()))  # the demo's milestones
    before = len(journey.feed.texts())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(feedback_file), ""))
    messages: list[str] = []
    person.hub.statusMessage.connect(messages.append)
    importer = FeedbackImporter(person, dialog)
    importer.run()
    importer.run()
    assert messages == ["Feedback from Coach Kaisa: 1 new.", "Feedback from Coach Kaisa: 0 new."]
    assert person.reader is not None
    got = received(person.reader)
    assert [(r.coach, r.entry.kind, r.entry.text) for r in got] == [
        (
            "Coach Kaisa",
            FeedbackKind.RECOGNITION,
            "Your post on hydrogen tests started a real talk.",
        )
    ]
    # It is in the recognition feed on Journey, and among the newest on Today.
    qtbot.waitUntil(lambda: len(journey.feed.texts()) == before + 1)
    line = journey.feed.texts()[0]  # written today: the newest
    assert "Recognition from Coach Kaisa" in line
    assert "Your post on hydrogen tests started a real talk." in line
    today = TodayPage(person, "Today")
    today.ensure_built()
    show(qtbot, today)
    qtbot.waitUntil(lambda: bool(today.recognition.titles))
    assert today.recognition.titles[0].text() == "★ Recognition from Coach Kaisa"
    # The coach's private note is in no file.
    for path in shared.iterdir():
        assert b"hydrogen post" not in path.read_bytes()


def test_feedback_for_someone_else_is_refused_plainly(
    qtbot: QtBot, person: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain.exchange.codec import feedback_to_json
    from app.domain.exchange.model import Feedback, FeedbackEntry, Kind, Person
    from app.services.exchange.package import write_package

    other = Person("b" * 32, "Someone Else")
    feedback = Feedback(
        other, "Coach", TEST_DAY, (FeedbackEntry("c" * 32, TEST_DAY, FeedbackKind.FEEDBACK, "x"),)
    )
    path = tmp_path / "not-mine.ownvoice"
    write_package(path, Kind.FEEDBACK, other, feedback_to_json(feedback), {},
                  app_version="t", created_at="2026-05-13T12:00:00", private=False)  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    FeedbackImporter(person, None).run()  # type: ignore[arg-type]
    assert warnings == [
        "not-mine.ownvoice is feedback for someone else (Someone Else); nothing was imported."
    ]
    assert person.reader is not None and received(person.reader) == []


def test_the_weekly_progress_file_comes_on_friday_once_and_says_when_it_cannot(
    qtbot: QtBot, person: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from app.services.clock import FixedClock
    from app.ui.exchange.weekly import WeeklyExport, read_plan

    folder = tmp_path / "to the coach"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialog = ExportDialog(person, None)
    show(qtbot, dialog)
    assert dialog.weekday.currentText() == "Friday" and not dialog.weekday.isEnabled()
    dialog.weekly.setChecked(True)  # asks for the folder, then it is on
    assert dialog.weekday.isEnabled()
    assert str(folder) in dialog.folder.text()
    messages: list[str] = []
    person.hub.statusMessage.connect(messages.append)
    weekly = WeeklyExport(person)
    clock = person.clock
    assert isinstance(clock, FixedClock)
    weekly.check()  # turned on this Wednesday: nothing before Friday
    assert list(folder.iterdir()) == []
    clock.at += timedelta(days=2)  # Friday
    weekly.check()
    weekly.check()
    (saved,) = folder.iterdir()
    assert saved.name == "ownvoice-aino-mäkinen-2026-05-15.ownvoice"
    assert messages == [f"This week's progress file is saved: {saved}"]
    # The next Friday the folder is gone (a drive not mounted): said plainly, tried again later.
    saved.unlink()
    folder.rmdir()
    folder.write_text("now a file, not a folder")
    clock.at += timedelta(days=7)
    weekly.check()
    assert messages[-1].startswith("This week's progress file could not be saved in ")
    assert "OwnVoice tries again the next time it starts." in messages[-1]
    plan = read_plan(person.settings)
    assert plan is not None and plan.last == TEST_DAY + timedelta(days=2)
    dialog.weekly.setChecked(False)
    assert read_plan(person.settings) is None


def test_without_a_folder_the_cohort_page_says_what_to_do_at_its_top(
    qtbot: QtBot, coach: AppContext
) -> None:
    """No folder open yet: the table is hidden, and its height goes below the words, not
    between the heading and the words (they sat at the foot of the page)."""
    from PySide6.QtCore import QPoint

    page = CohortPage(coach, "Cohort")
    page.ensure_built()
    page.resize(1024, 600)
    show(qtbot, page)
    assert not page.stack.isVisible() and page.open_button.isVisible()
    top = page.folder.mapTo(page, QPoint(0, 0)).y()
    assert top < page.height() // 4, f"the words start {top} px down a {page.height()} px page"
