"""Spelling in the drafting studio (issue 20): a misspelt word is underlined as the person types,
the context menu offers the suggestion, "Add to my words" and "Ignore in this draft"; without
the libraries the editor says once that spelling is not installed, and how to add it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.domain.drafts.networks import Network
from app.services import language_tools
from app.ui.context import AppContext
from app.ui.drafts.variant_editor import VariantEditor
from tests.language_tools import hide, require_installed
from tests.ui.test_drafts_page import make

# Clearly Finnish, with one misspelt word: "kirjotin" for "kirjoitin" (I wrote).
DRAFT = "Eilen kirjotin pitkän tekstin siitä, mitä opin konferenssissa viime viikolla"


@pytest.fixture(autouse=True)
def fresh_tools() -> Any:
    language_tools.forget()
    yield
    language_tools.forget()


def new_draft(qtbot: QtBot, ctx: AppContext) -> Any:
    page = make(qtbot, ctx)
    page.inbox.new_button.click()
    qtbot.waitUntil(lambda: page.editor.draft is not None)
    return page


def type_into(qtbot: QtBot, editor: VariantEditor, text: str) -> None:
    """Type ``text`` at the end, a key press and release per character (QTest's own keyClicks
    knows only ASCII: "ä" would abort it)."""
    edit = editor.edit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        QCoreApplication.processEvents()


def underlined(editor: VariantEditor, word: str) -> bool:
    """Whether ``word`` shows with the wavy underline in the editor, as painted."""
    text = editor.text()
    at = text.find(word)
    if at < 0:
        return False
    block = editor.edit.document().findBlock(at)
    offset = at - block.position()
    wavy = QTextCharFormat.UnderlineStyle.WaveUnderline
    return any(
        r.start <= offset and offset + len(word) <= r.start + r.length
        and r.format.underlineStyle() == wavy
        for r in block.layout().formats()
    )  # fmt: skip


def menu_actions(editor: VariantEditor, word: str) -> list[QAction]:
    position = editor.text().find(word) + 2
    return editor.edit.context_menu(position).actions()


def looking(menu: QMenu) -> bool:
    return any(a.objectName() == "spellingLooking" for a in menu.actions())


def suggestions_menu(qtbot: QtBot, editor: VariantEditor, word: str) -> QMenu:
    """The word's context menu, once its suggestions have come (found on a worker)."""
    menu = editor.edit.context_menu(editor.text().find(word) + 2)
    qtbot.waitUntil(lambda: not looking(menu), timeout=5000)
    return menu


def action(editor: VariantEditor, word: str, name: str) -> QAction:
    return next(a for a in menu_actions(editor, word) if a.objectName() == name)


def test_a_misspelt_word_is_underlined_and_the_suggestion_fixes_it(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    require_installed()
    page = new_draft(qtbot, open_ctx)
    editor = page.editor.editors[Network.LINKEDIN]
    type_into(qtbot, editor, DRAFT)
    qtbot.waitUntil(lambda: underlined(editor, "kirjotin"), timeout=5000)
    assert not underlined(editor, "pitkän")
    said = page.editor.panel.spelling
    assert said.isVisible() and said.text().startswith("1 misspelt word")
    assert "right-click it for suggestions" in said.text()  # one word: "it"
    menu = suggestions_menu(qtbot, editor, "kirjotin")
    actions = menu.actions()
    names = [a.text() for a in actions]
    assert "kirjoitin" in names
    assert "Add “kirjotin” to my words" in names and "Ignore in this draft" in names
    assert names.index("kirjoitin") < names.index("Ignore in this draft")
    next(a for a in actions if a.text() == "kirjoitin").trigger()
    assert "Eilen kirjoitin pitkän" in editor.text()
    qtbot.waitUntil(lambda: editor.spelling.words == [] and page.editor.result is not None)
    qtbot.waitUntil(lambda: not underlined(editor, "kirjoitin"))
    assert not page.editor.panel.spelling.isVisible()
    editor.edit.undo()  # an edit like typing: Ctrl+Z brings the word back
    assert "kirjotin" in editor.text()


def test_add_to_my_words_and_ignore_in_this_draft(qtbot: QtBot, open_ctx: AppContext) -> None:
    require_installed()
    page = new_draft(qtbot, open_ctx)
    editor = page.editor.editors[Network.LINKEDIN]
    type_into(
        qtbot, editor, "Eilen kirjoitin sanoista zorblaksi ja kvimmeli, mitä opin viime viikolla"
    )
    qtbot.waitUntil(lambda: [m.word for m in editor.spelling.words] == ["zorblaksi", "kvimmeli"])
    add = next(a for a in menu_actions(editor, "zorblaksi") if a.objectName() == "spellingAddWord")
    add.trigger()
    qtbot.waitUntil(lambda: [m.word for m in editor.spelling.words] == ["kvimmeli"])
    ignore = next(a for a in menu_actions(editor, "kvimmeli") if a.objectName() == "spellingIgnore")
    ignore.trigger()
    qtbot.waitUntil(lambda: editor.spelling.words == [])
    assert not underlined(editor, "kvimmeli") and not underlined(editor, "zorblaksi")
    page.autosaver.flush()

    def stored(reader: Any) -> Any:
        from app.services.drafts import DraftsReader

        drafts = DraftsReader(reader)
        return drafts.personal_words(), drafts.draft(page.editor.draft.id).dismissed

    from app.ui.store_access import read_store

    found: list[Any] = []
    read_store(open_ctx, stored, found.append)
    qtbot.waitUntil(lambda: bool(found))
    words, dismissed = found[0]
    assert words == frozenset({"zorblaksi"})  # for every draft and language
    assert ("spelling", "kvimmeli") in dismissed  # for this draft only
    # Another draft: the person's own word is still known, the ignored one is marked again.
    page.inbox.new_button.click()
    qtbot.waitUntil(lambda: page.editor.editors[Network.LINKEDIN].text() == "")
    other = page.editor.editors[Network.LINKEDIN]
    type_into(
        qtbot, other, "Tänään kirjoitin taas sanoista zorblaksi ja kvimmeli, kuten aina ennenkin"
    )
    qtbot.waitUntil(lambda: [m.word for m in other.spelling.words] == ["kvimmeli"], timeout=5000)


def test_without_spelling_the_editor_says_so_once(
    qtbot: QtBot, open_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    hide(monkeypatch)
    page = new_draft(qtbot, open_ctx)
    editor = page.editor.editors[Network.LINKEDIN]
    notice = page.editor.spelling_notice
    type_into(qtbot, editor, DRAFT)
    qtbot.waitUntil(lambda: notice.isVisible())
    said = notice.label.text()
    assert "Spelling for Finnish is not installed" in said and "voikko-fi" in said
    assert editor.spelling.words == [] and not underlined(editor, "kirjotin")
    qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    type_into(qtbot, editor, ". Kirjoitin vielä toisen kappaleen samasta aiheesta")
    qtbot.waitUntil(lambda: page.editor.result is not None and "toisen" in editor.text())
    qtbot.wait(400)
    assert not notice.isVisible()  # once: not again for Finnish


def test_marks_follow_the_text_until_the_next_check(qtbot: QtBot) -> None:
    from app.domain.checks.spelling import Misspelling

    editor = VariantEditor(Network.LINKEDIN)
    qtbot.addWidget(editor)
    editor.set_text("Eilen kirjotin ja psot tänään")
    words = [Misspelling(6, 14, "kirjotin", "fi"), Misspelling(18, 22, "psot", "en")]
    editor.spelling.show(editor.text(), words)
    assert underlined(editor, "kirjotin") and underlined(editor, "psot")
    cursor = editor.edit.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Ja ")  # before both: they move with their words
    assert underlined(editor, "kirjotin") and underlined(editor, "psot")
    cursor.setPosition(editor.text().find("kirjotin") + 5)
    cursor.insertText("i")  # inside the word being fixed: its underline goes at once
    assert "kirjoitin" in editor.text()
    assert not underlined(editor, "kirjoitin") and underlined(editor, "psot")


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_the_underline_stands_out_in_light_and_dark(appearance: str) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyleFactory

    from app.ui.kit import colors
    from app.ui.kit.colors import LARGE, contrast, spelling_line
    from app.ui.kit.theme import dark_palette

    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    palette = colors.apply_accent(
        fusion.standardPalette() if appearance == "light" else dark_palette()
    )
    base = palette.color(QPalette.ColorRole.Base)
    assert contrast(spelling_line(palette), base) >= LARGE


def test_a_swedish_word_s_menu_opens_at_once_and_its_suggestion_fixes_it(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    from PySide6.QtGui import QContextMenuEvent

    require_installed()
    page = new_draft(qtbot, open_ctx)
    editor = page.editor.editors[Network.LINKEDIN]
    type_into(qtbot, editor, "Jag skrev ett långt inläg igår om vad jag lärde mig på konferensen")
    qtbot.waitUntil(lambda: underlined(editor, "inläg"), timeout=5000)
    # Right-click on the word, as a person does: the menu is there when the click returns.
    cursor = editor.edit.textCursor()
    cursor.setPosition(editor.text().find("inläg") + 2)
    at = editor.edit.cursorRect(cursor).center()
    viewport = editor.edit.viewport()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at), Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(viewport, event)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.isVisible()
    shown = [a.text() for a in menu.actions()]
    assert "Looking for suggestions…" in shown or "inlägg" in shown
    assert "Ignore in this draft" in shown
    qtbot.waitUntil(lambda: "inlägg" in [a.text() for a in menu.actions()], timeout=5000)
    assert "Looking for suggestions…" not in [a.text() for a in menu.actions()]
    next(a for a in menu.actions() if a.text() == "inlägg").trigger()
    menu.close()
    assert "ett långt inlägg igår" in editor.text()
    qtbot.waitUntil(lambda: editor.spelling.words == [] and page.editor.result is not None)
    qtbot.waitUntil(lambda: not underlined(editor, "inlägg"))
    assert not page.editor.panel.spelling.isVisible()


class HeldRunner:
    """A task runner that keeps each job until the test lets it run."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Any, Any]] = []
        self.busy = 0

    def run(self, fn: Any, on_result: Any = None, on_error: Any = None, **_: Any) -> None:
        self.jobs.append((fn, on_result))

    def finish(self) -> None:
        for fn, on_result in self.jobs:
            result = fn()
            if on_result is not None:
                on_result(result)
        self.jobs.clear()


def test_the_menu_says_it_is_looking_until_the_suggestions_come(qtbot: QtBot) -> None:
    from app.domain.checks.spelling import Misspelling

    require_installed()
    editor = VariantEditor(Network.LINKEDIN)
    qtbot.addWidget(editor)
    runner = HeldRunner()
    editor.spelling.tasks = runner  # type: ignore[assignment]
    editor.set_text("Jag skrev ett långt inläg igår")
    editor.spelling.show(editor.text(), [Misspelling(20, 25, "inläg", "sv")])
    menu = editor.edit.context_menu(22)
    names = [a.text() for a in menu.actions()]
    assert names[:3] == [
        "Looking for suggestions…",
        "Add “inläg” to my words",
        "Ignore in this draft",
    ]
    assert not menu.actions()[0].isEnabled()
    runner.finish()  # the worker found them
    names = [a.text() for a in menu.actions()]
    assert "inlägg" in names and "Looking for suggestions…" not in names
    assert names.index("inlägg") < names.index("Ignore in this draft")
    # Found once, kept: the next menu shows them at once, with no work for a worker.
    again = [a.text() for a in editor.edit.context_menu(22).actions()]
    assert "inlägg" in again and not runner.jobs


def test_suggestions_found_ahead_show_at_once_and_typing_stops_the_search(qtbot: QtBot) -> None:
    from app.domain.checks.spelling import Misspelling

    require_installed()
    editor = VariantEditor(Network.LINKEDIN)
    qtbot.addWidget(editor)
    runner = HeldRunner()
    editor.spelling.tasks = runner  # type: ignore[assignment]
    editor.set_text("Jag skrev ett långt inläg igår")
    editor.spelling.show(editor.text(), [Misspelling(20, 25, "inläg", "sv")])
    editor.spelling.look_ahead()  # as after each check
    runner.finish()
    names = [a.text() for a in editor.edit.context_menu(22).actions()]
    assert "inlägg" in names and "Looking for suggestions…" not in names
    assert not runner.jobs  # the menu needed no worker
    # Typed before the worker got to the next word: it stops, the menu asks for its own.
    editor.set_text("Jag skrev en lång text igår, inte bara ett kort utkst")
    at = editor.text().find("utkst")
    editor.spelling.show(editor.text(), [Misspelling(at, at + 5, "utkst", "sv")])
    editor.spelling.look_ahead()
    cursor = editor.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(".")
    runner.finish()
    assert language_tools.suggested("sv", "utkst") is None
    assert editor.text()[at : at + 5] == "utkst"
    editor.spelling.show(editor.text(), [Misspelling(at, at + 5, "utkst", "sv")])  # next check
    menu = editor.edit.context_menu(at + 2)
    assert looking(menu)
    runner.finish()
    assert "utkast" in [a.text() for a in menu.actions()]
