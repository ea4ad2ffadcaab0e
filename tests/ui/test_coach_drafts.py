""" "Ask my coach" on a draft (issue 21), as both people see it: the person sends one draft
after seeing exactly what goes, the coach comments on a passage and on the whole, the comments
come back with the draft in the studio (under its text), where the person finds the passage
and resolves them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.domain.drafts.networks import Network
from app.services.exchange.package import read_package
from app.ui.coach.cohort_model import CohortModel
from app.ui.context import AppContext
from app.ui.exchange.export_dialog import FeedbackImporter
from app.ui.pages.cohort import CohortPage
from app.ui.pages.drafts import DraftsPage
from tests.ui.conftest import show
from tests.ui.test_coach_exchange import answer_save, coach, demo_person, person
from tests.ui.test_coach_exercises import share_progress

__all__ = ["coach", "demo_person", "person"]  # the fixtures, shared with the exchange tests

TEXT = (
    "Hydrogen buses are coming to Tampere next spring.\n"
    "I spent a week with the drivers who tested them. Three things surprised me."
)
PASSAGE = "Three things surprised me."


def test_a_draft_goes_to_the_coach_and_the_comments_come_back_beside_it(
    qtbot: QtBot,
    person: AppContext,
    coach: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    studio = DraftsPage(person, "Drafts")
    studio.ensure_built()
    show(qtbot, studio)
    studio.inbox.new_button.click()
    qtbot.waitUntil(lambda: studio.editor.draft is not None)
    editor = studio.editor
    editor.select_network(Network.LINKEDIN)
    editor.editors[Network.LINKEDIN].edit.setPlainText(TEXT)
    editor.title.setText("Hydrogen buses")
    editor.title.editingFinished.emit()
    tab = editor.coach  # under the text
    assert tab.ask_button.isVisible() and tab.ask_button.text() == "Ask my coach…"
    # The person sees exactly what goes before it goes; Cancel sends nothing.
    dialog = tab.ask()
    assert dialog is not None
    assert dialog.findChild(QPlainTextEdit).toPlainText() == TEXT
    dialog.reject()
    dialog = tab.ask()
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: tab.take_back.isVisible())
    assert "Goes in your next progress file" in tab.status.text()

    shared = tmp_path / "shared"
    shared.mkdir()
    share_progress(qtbot, person, shared / "aino", monkeypatch)
    sent = read_package(shared / "aino.ownvoice")
    assert sent.manifest.schema == 2
    assert [(a["title"], a["network"], a["text"]) for a in sent.data["draft_asks"]] == [
        ("Hydrogen buses", "linkedin", TEXT)
    ]
    assert "Three things surprised me." in sent.members["summary.html"].decode()

    # The coach sees a draft waiting, and comments on a passage and on the whole.
    page = CohortPage(coach, "Cohort")
    page.ensure_built()
    show(qtbot, page)
    page.load(shared)
    assert page.model.index(0, CohortModel.DRAFTS).data() == "1"
    page.show_person(page.model.rows[0])
    panel = page.person_view.drafts
    assert panel.list.count() == 1 and "waiting for you" in panel.list.item(0).text()
    comments = panel.open_comments()
    assert comments is not None and comments.text.toPlainText() == TEXT
    start = TEXT.index(PASSAGE)
    comments.select(start, start + len(PASSAGE))
    comments.new.setPlainText("Name the three right here: it is your hook.")
    comments.on_passage.click()
    qtbot.waitUntil(lambda: comments.comments.count() == 1)
    comments.new.setPlainText("A strong first post. Add a question at the end.")
    comments.on_whole.click()
    qtbot.waitUntil(lambda: comments.comments.count() == 2)
    assert [comments.comments.item(i).text() for i in range(2)] == [
        "The whole draft: A strong first post. Add a question at the end.",
        f"“{PASSAGE}”: Name the three right here: it is your hook.",
    ]
    comments.close()
    assert "2 comment" in panel.list.item(0).text()  # "2 comments written" with the English .qm
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Coach Kaisa", True))
    answer_save(monkeypatch, shared / "feedback-aino.ownvoice")
    page.person_view.export.click()
    feedback_file = shared / "feedback-aino.ownvoice"

    # The comments come back beside the draft, even after the person edited the text.
    editor.editors[Network.LINKEDIN].edit.setPlainText("Spring news! " + TEXT)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(feedback_file), ""))
    FeedbackImporter(person, None).run()  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(tab.comment_texts) == 2)
    assert tab.comment_texts == [
        "A strong first post. Add a question at the end.",
        "Name the three right here: it is your hook.",
    ]
    assert "Comments from Coach Kaisa: 2 open." in tab.status.text()
    assert not tab.show_buttons[0].isEnabled()  # the whole draft: no passage to show
    tab.show_buttons[1].click()
    edit = editor.editors[Network.LINKEDIN].edit
    assert edit.textCursor().selectedText() == PASSAGE
    tab.resolve_buttons[1].click()
    qtbot.waitUntil(lambda: len(tab.comment_texts) == 1)
    assert "1 open" in tab.status.text() and tab.show_resolved.isVisible()
    tab.show_resolved.setChecked(True)
    assert len(tab.comment_texts) == 2

    # Answered: the draft is not sent again.
    (shared / "aino.ownvoice").unlink()
    share_progress(qtbot, person, shared / "aino-2", monkeypatch)
    assert "draft_asks" not in read_package(shared / "aino-2.ownvoice").data
