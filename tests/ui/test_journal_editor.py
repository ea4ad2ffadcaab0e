"""The journal: the entry editor's rules, and writing, changing and deleting with the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.journey.journal import EntryKind, JournalEntry
from app.services.clock import FixedClock
from app.ui.context import AppContext
from app.ui.journey.access import write_journey
from app.ui.journey.journal_editor import JournalEditor
from app.ui.pages.journey import JourneyPage
from tests.ui.conftest import show

TODAY = date(2026, 3, 18)
CTRL = Qt.KeyboardModifier.ControlModifier
BAD_LINK = (
    "This link can't be used: a link starts with https:// or http://, "
    "for example https://www.linkedin.com/…"
)
NEEDS_LINK = "A good example needs a link, so that you can find it again."


@pytest.fixture
def clock() -> FixedClock:
    """The app's clock (``ctx.clock``) on ``TODAY``."""
    return FixedClock(TODAY)


def editor(qtbot: QtBot, entry: JournalEntry | None = None) -> JournalEditor:
    dialog = JournalEditor(entry, TODAY)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot: QtBot, dialog: JournalEditor) -> None:
    """Ctrl+Enter in the text, as a person saves without leaving the keyboard. The window
    behind becomes active again, as a desktop makes it (the offscreen platform does not)."""
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)
    parent = dialog.parentWidget()
    if parent is not None and not dialog.isVisible():
        parent.window().activateWindow()
        qtbot.waitUntil(parent.window().isActiveWindow)


def pick_kind(qtbot: QtBot, dialog: JournalEditor, kind: EntryKind) -> None:
    target = dialog.kind.findData(kind.value)
    while dialog.kind.currentIndex() != target:
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)


# -- the editor ------------------------------------------------------------------------------------


def test_a_new_entry_is_private_and_says_so_plainly(qtbot: QtBot) -> None:
    dialog = editor(qtbot)
    assert dialog.windowTitle() == "New journal entry"
    assert not dialog.share.isChecked()
    assert dialog.privacy.text() == "Only you see this unless you share it with your coach."
    qtbot.keyClick(dialog.share, Qt.Key.Key_Space)
    assert dialog.share.isChecked()
    assert dialog.privacy.text() == "Your coach will see this entry."
    assert dialog.entry().share_with_coach


def test_a_bad_link_is_refused_with_a_clear_message(qtbot: QtBot) -> None:
    dialog = editor(qtbot)
    qtbot.keyClicks(dialog.text, "Anna's post on recycling started a good discussion.")
    qtbot.keyClicks(dialog.link, "www.linkedin.com/posts/anna")
    save(qtbot, dialog)
    assert dialog.isVisible()  # not saved
    assert dialog.hint_texts() == [BAD_LINK]
    assert dialog.focusWidget() is dialog.link or dialog.link.hasFocus()
    dialog.link.clear()
    qtbot.keyClicks(dialog.link, "https://www.linkedin.com/posts/anna")
    assert dialog.hint_texts() == []
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.entry().link == "https://www.linkedin.com/posts/anna"


def test_an_empty_entry_is_refused(qtbot: QtBot) -> None:
    dialog = editor(qtbot)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.hint_texts() == ["Write a few words first: the entry is empty."]


def test_a_good_example_without_a_link_gets_a_hint_but_may_be_saved(qtbot: QtBot) -> None:
    dialog = editor(qtbot)
    pick_kind(qtbot, dialog, EntryKind.EXAMPLE)
    assert dialog.hint_texts() == [NEEDS_LINK]
    qtbot.keyClicks(dialog.text, "Mikko ends every post with a real question.")
    assert dialog.hint_texts() == [NEEDS_LINK]
    qtbot.keyClicks(dialog.link, "https://mastodon.social/@mikko/1")
    assert dialog.hint_texts() == []


def test_editing_keeps_the_entry_and_its_goal(qtbot: QtBot) -> None:
    entry = JournalEntry(date(2026, 3, 2), EntryKind.REVIEW, "On track.", goal_id=4, id=9)
    dialog = editor(qtbot, entry)
    assert dialog.windowTitle() == "Edit journal entry"
    assert dialog.kind.currentData() == "review"
    qtbot.keyClicks(dialog.text, " Two comments to go.")
    result = dialog.entry()
    assert (result.id, result.goal_id, result.day) == (9, 4, date(2026, 3, 2))
    assert result.body == "On track. Two comments to go."


# -- the journal on the Journey page --------------------------------------------------------------


def journal_page(qtbot: QtBot, ctx: AppContext) -> JourneyPage:
    page = JourneyPage(ctx, "Journey")
    page.ensure_built()
    show(qtbot, page)
    page.tabs.setCurrentIndex(page.JOURNAL)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts (Ctrl+N, Ctrl+Z) need an active window
    return page


def test_write_change_and_delete_entries_with_the_keyboard(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    page = journal_page(qtbot, open_ctx)
    panel = page.journal
    assert panel.empty.isVisible()
    assert "Your journal is empty." in panel.empty.text()

    panel.new_button.setFocus()
    qtbot.keyClick(panel.new_button, Qt.Key.Key_N, CTRL)  # new
    dialog = panel.editor
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.text, "Commenting felt easier in the second week.")
    save(qtbot, dialog)
    assert panel.texts() == ["Commenting felt easier in the second week."]
    assert not panel.empty.isVisible()

    qtbot.keyClick(panel.view, Qt.Key.Key_Home)
    assert panel.selected() is not None
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # edit
    dialog = panel.editor
    assert dialog is not None and dialog.windowTitle() == "Edit journal entry"
    qtbot.keyClick(dialog.text, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(dialog.text, " Replying is next.")
    save(qtbot, dialog)
    assert panel.texts() == ["Commenting felt easier in the second week. Replying is next."]

    qtbot.keyClick(panel.view, Qt.Key.Key_Home)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)  # delete, with a way back
    assert panel.texts() == []
    assert panel.message.text() == "The entry of 18/03/2026 was deleted."
    assert panel.undo_button.isVisible()
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, CTRL)
    assert panel.texts() == ["Commenting felt easier in the second week. Replying is next."]
    assert not panel.undo_button.isVisible()


def test_the_journal_can_be_filtered_by_kind(qtbot: QtBot, open_ctx: AppContext) -> None:
    entries = [
        JournalEntry(date(2026, 3, 10), EntryKind.WIN, "A customer thanked me in public."),
        JournalEntry(date(2026, 3, 11), EntryKind.REFLECTION, "I wait too long to reply."),
        JournalEntry(date(2026, 3, 12), EntryKind.EXAMPLE, "A clear post.", "https://x.com/a/1"),
    ]
    for entry in entries:
        write_journey(open_ctx, lambda w, e=entry: w.save_entry(e))
    page = journal_page(qtbot, open_ctx)
    panel = page.journal
    assert panel.texts() == [
        "A clear post.",
        "I wait too long to reply.",
        "A customer thanked me in public.",
    ]
    panel.filter.setFocus()
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)  # Reflection, Win, …: the second is Win
    assert panel.filter.currentText() == "Win"
    assert panel.texts() == ["A customer thanked me in public."]
    who = panel.proxy.index(0, 3).data()
    assert who == "Private"


def test_after_a_delete_the_next_entry_is_selected(qtbot: QtBot, open_ctx: AppContext) -> None:
    for day, text in ((10, "First."), (11, "Second."), (12, "Third.")):
        entry = JournalEntry(date(2026, 3, day), EntryKind.REFLECTION, text)
        write_journey(open_ctx, lambda w, e=entry: w.save_entry(e))
    page = journal_page(qtbot, open_ctx)
    panel = page.journal
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Home)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert panel.texts() == ["Third.", "First."]
    selected = panel.selected()
    assert selected is not None and selected.body == "First."
