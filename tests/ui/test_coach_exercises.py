"""Exercises from the coach (issue 21), as both people see them: the coach assigns one from the
library and writes one, the feedback file brings them to the person's Today, logging comments
does the first, "Done" the second, and the next progress file shows the coach "2 of 2 done"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.services.exchange.package import read_package
from app.services.journey.writer import JourneyWriter
from app.ui.coach.cohort_model import CohortModel
from app.ui.context import AppContext
from app.ui.exchange.export_dialog import ExportDialog, FeedbackImporter
from app.ui.pages.cohort import CohortPage
from app.ui.pages.today import TodayPage
from tests.fixed_clock import TEST_DAY
from tests.ui.conftest import show
from tests.ui.test_coach_exchange import answer_save, coach, demo_person, person

__all__ = ["coach", "demo_person", "person"]  # the fixtures, shared with the exchange tests


def share_progress(qtbot: QtBot, ctx: AppContext, out: Path, mp: pytest.MonkeyPatch) -> None:
    dialog = ExportDialog(ctx, None)
    show(qtbot, dialog)
    answer_save(mp, out)
    dialog.save()
    dialog.close()


def test_an_exercise_goes_out_is_done_and_its_state_comes_back(
    qtbot: QtBot,
    person: AppContext,
    coach: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    share_progress(qtbot, person, shared / "aino", monkeypatch)
    first = read_package(shared / "aino.ownvoice")
    assert first.manifest.schema == 1  # no exercise yet: an older OwnVoice still reads it

    # The coach assigns one from the library (the person's stage first) and writes one.
    page = CohortPage(coach, "Cohort")
    page.ensure_built()
    show(qtbot, page)
    page.load(shared)
    assert page.model.rowCount() == 1
    exercises_column = page.model.index(0, CohortModel.EXERCISES)
    assert exercises_column.data() == "–"
    page.show_person(page.model.rows[0])
    panel = page.person_view.exercises
    assert panel.summary.text() == "No exercise in their newest file yet."
    assert panel.picker is not None
    picker = panel.picker
    picker.choice.setCurrentIndex(picker.choice.findData("comment-five"))
    assert picker.title.text() == "Comment on five posts in your field this week"
    panel.assign.click()
    picker = panel.picker
    picker.choice.setCurrentIndex(picker.choice.findData("own"))
    assert picker.title.text() == ""
    picker.title.setText("Write three openers about hydrogen")
    picker.text.setPlainText("Save them as drafts; bring the best one on Thursday.")
    panel.assign.click()
    lines = [page.person_view.feedback.item(i).text() for i in range(2)]
    assert all("Exercise, due" in line and "not sent yet" in line for line in lines)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Coach Kaisa", True))
    answer_save(monkeypatch, shared / "feedback-aino.ownvoice")
    page.person_view.export.click()
    feedback_file = shared / "feedback-aino.ownvoice"
    assert read_package(feedback_file).manifest.schema == 2

    # The person imports it: both open on Today, with their due day and count.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(feedback_file), ""))
    messages: list[str] = []
    person.hub.statusMessage.connect(messages.append)
    FeedbackImporter(person, None).run()  # type: ignore[arg-type]
    FeedbackImporter(person, None).run()  # type: ignore[arg-type]
    assert messages == ["Feedback from Coach Kaisa: 2 new.", "Feedback from Coach Kaisa: 0 new."]
    today = TodayPage(person, "Today")
    today.ensure_built()
    show(qtbot, today)
    card = today.exercises
    qtbot.waitUntil(lambda: card.isVisible())
    assert sorted(card.titles) == [
        "Comment on five posts in your field this week",
        "Write three openers about hydrogen",
    ]
    comments = card.titles.index("Comment on five posts in your field this week")
    counted = next(o for o in card.open if o.assigned.exercise.counts == "comment")
    before = counted.state.count
    assert f"{before} of 5 logged so far" in _details_text(card, comments)
    assert "Due " in _details_text(card, comments) and "from Coach Kaisa" in _details_text(
        card, comments
    )

    # Logging comments does the first; "Done" does the second.
    assert person.database is not None and person.reader is not None
    writer = JourneyWriter(person.database, person.reader)
    for _ in range(5 - before):
        writer.log(Activity(ActivityKind.COMMENT, Channel.LINKEDIN, TEST_DAY,
                            ActivitySource.MANUAL), TEST_DAY)  # fmt: skip
    person.hub.dataChanged.emit("activity")
    qtbot.waitUntil(lambda: card.titles == ["Write three openers about hydrogen"])
    card.done_buttons[0].click()
    qtbot.waitUntil(lambda: not card.isVisible())
    assert messages[-1] == "Exercise done. Well done!"

    # Their state goes back in the next progress file, and the coach sees it.
    (shared / "aino.ownvoice").unlink()
    share_progress(qtbot, person, shared / "aino-2", monkeypatch)
    again = read_package(shared / "aino-2.ownvoice")
    assert again.manifest.schema == 2
    assert sorted((e["title"], e["done_on"]) for e in again.data["exercises"]) == [
        ("Comment on five posts in your field this week", TEST_DAY.isoformat()),
        ("Write three openers about hydrogen", TEST_DAY.isoformat()),
    ]
    assert "Exercises from the coach" in again.members["summary.html"].decode()
    page.show_cohort()
    page.reload()
    qtbot.waitUntil(lambda: page.model.index(0, CohortModel.EXERCISES).data() == "2 of 2 done")
    page.show_person(page.model.rows[0])
    assert panel.summary.text() == "2 of 2 done, as their newest file says."
    assert "done on" in panel.list.item(0).text()


def _details_text(card: object, index: int) -> str:
    from app.ui.kit.muted import MutedLabel

    labels = card.findChildren(MutedLabel)  # type: ignore[attr-defined]
    return str(labels[index].text())


def test_one_exercise_for_everyone_saves_a_feedback_file_each(
    qtbot: QtBot, coach: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from app.cli.words import EnglishWords
    from app.services.demo.cohort import write_cohort
    from app.ui.coach.exercise_picker import AssignToEveryoneDialog

    write_cohort(tmp_path / "cohort", 3, seed=7, today=TEST_DAY, words=EnglishWords())
    page = CohortPage(coach, "Cohort")
    page.ensure_built()
    show(qtbot, page)
    page.load(tmp_path / "cohort")
    assert page.model.rowCount() == 3
    assert page.model.index(0, CohortModel.EXERCISES).data().endswith("done")  # the demo's

    def accept(dialog: AssignToEveryoneDialog) -> int:
        dialog.picker.choice.setCurrentIndex(dialog.picker.choice.findData("reply-to-three"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AssignToEveryoneDialog, "exec", accept)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Coach Kaisa", True))
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    page.assign_all.click()
    files = sorted(out.iterdir())
    assert len(files) == 3
    for path in files:
        package = read_package(path)
        assert package.manifest.schema == 2
        [entry] = package.data["entries"]
        assert entry["exercise"]["title"] == "Reply to three people who answered you"
        assert entry["exercise"]["counts"] == "reply" and entry["exercise"]["target"] == 3
    assert len({read_package(p).data["entries"][0]["id"] for p in files}) == 3  # each their own
