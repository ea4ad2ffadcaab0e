"""Misspelt words in a draft's text: the wavy underline, and the context menu's suggestions,
"Add to my words" and "Ignore in this draft".

The words come with each live check (off the GUI thread). Their suggestions are found off the
GUI thread too (Hunspell takes 0.1–0.2 s for one word, too slow for a menu to wait for): after
each check for the first few words flagged, and when a menu opens on a word whose suggestions
are not found yet, the menu opens at once saying it is looking, and shows them when they come.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from app.domain.checks.spelling import Misspelling
from app.ui.drafts.highlight import Marked, SpanHighlighter, to_utf16
from app.ui.drafts.marks import spelling_marks
from app.ui.tasks import Runner

MAX_SUGGESTIONS = 5
AHEAD = 4  # flagged words whose suggestions are found after each check, before any menu


class SpellingMarks(QObject):
    """Signals:
    addWordRequested(str): the person added the word to their own words.
    ignoreRequested(str): the person chose to ignore the word in this draft.
    """

    addWordRequested = Signal(str)
    ignoreRequested = Signal(str)

    def __init__(
        self, edit: QPlainTextEdit, highlighter: SpanHighlighter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._edit = edit
        self._highlighter = highlighter
        self._text = ""
        self._words: list[Misspelling] = []
        # Where suggestions are found; None: on the spot (a lone editor, in tests).
        self.tasks: Runner | None = None
        # Text changes so far (read by the worker finding suggestions ahead, which stops when
        # the text moves on): a list, not an attribute, so it outlives this object.
        self._edits = [0]
        edit.textChanged.connect(self._on_text_changed)

    def _on_text_changed(self) -> None:
        self._edits[0] += 1

    @property
    def words(self) -> list[Misspelling]:
        return list(self._words)

    def show(self, text: str, words: Sequence[Misspelling]) -> None:
        """Underline ``words`` of ``text`` (the text the check saw, as it is in the editor)."""
        self._highlighter.set_spans(self.marks(text, words), "spelling")

    def marks(self, text: str, words: Sequence[Misspelling]) -> list[Marked]:
        """Keep ``words`` of ``text``, and give their marks for the highlighter's "spelling"
        layer (to set with the check's marks, painting once)."""
        self._text = text
        self._words = list(words)
        return spelling_marks(text, self._words, self._edit.palette())

    def clear(self) -> None:
        self.show("", [])

    def repaint(self) -> None:
        """The underline's colour for the palette of the moment (light or dark)."""
        words, text = self._words, self._text
        self._highlighter.set_spans([], "spelling")
        self.show(text, words)

    def at(self, position: int) -> tuple[Misspelling, int, int] | None:
        """The misspelt word at a document position (UTF-16), with its UTF-16 span, if the
        text is still the one checked."""
        if self._edit.toPlainText() != self._text:
            return None
        spans = to_utf16(self._text, [(m.start, m.end) for m in self._words])
        for word, (start, end) in zip(self._words, spans, strict=True):
            if start <= position <= end:
                return word, start, end
        return None

    def extend(self, menu: QMenu, position: int) -> None:
        """Put the suggestions and the word's choices at the top of ``menu``; while the
        suggestions are being found, "Looking for suggestions…" in their place."""
        found = self.at(position)
        if found is None:
            return
        word, start, end = found
        first = menu.actions()[0] if menu.actions() else None
        looking = QAction(self.tr("Looking for suggestions…"), menu)
        looking.setObjectName("spellingLooking")
        looking.setEnabled(False)
        add = QAction(self.tr("Add “%1” to my words").replace("%1", word.word), menu)
        add.setObjectName("spellingAddWord")
        add.triggered.connect(lambda _c=False: self.addWordRequested.emit(word.word))
        ignore = QAction(self.tr("Ignore in this draft"), menu)
        ignore.setObjectName("spellingIgnore")
        ignore.triggered.connect(lambda _c=False: self.ignoreRequested.emit(word.word))
        if first is None:
            menu.addActions([looking, add, ignore])
        else:
            menu.insertActions(first, [looking, add, ignore])
            menu.insertSeparator(first)

        def show(suggestions: list[str]) -> None:
            if not shiboken6.isValid(menu) or not shiboken6.isValid(looking):
                return  # the menu was closed before they came
            added: list[QAction] = []
            for suggestion in suggestions[:MAX_SUGGESTIONS]:
                action = QAction(suggestion, menu)
                action.setObjectName("spellingSuggestion")
                action.triggered.connect(
                    lambda _c=False, s=suggestion: self.replace(start, end, word.word, s)
                )
                added.append(action)
            if not added:
                looking.setText(self.tr("No suggestions"))
                looking.setObjectName("spellingNone")
                return
            menu.insertActions(looking, added)
            menu.removeAction(looking)
            looking.deleteLater()

        self._suggestions(word, show)

    def _suggestions(self, word: Misspelling, then: Callable[[list[str]], None]) -> None:
        """Call ``then`` with the word's suggestions: at once when they were found already,
        else when a worker has found them."""
        from app.services import language_tools

        kept = language_tools.suggested(word.language, word.word)
        if kept is not None:
            then(kept)
        elif self.tasks is None:
            then(_suggest(word))
        else:
            self.tasks.run(lambda: _suggest(word), then, lambda _error: then([]))

    def look_ahead(self) -> None:
        """Find the suggestions for the first few flagged words on a worker, so that their
        menus show them at once; it stops when the text changes."""
        from app.services import language_tools

        if self.tasks is None:
            return
        known = language_tools.suggested
        wanted = [m for m in self._words if known(m.language, m.word) is None][:AHEAD]
        if not wanted:
            return
        edits, seen = self._edits, self._edits[0]

        def work() -> None:
            for word in wanted:
                if edits[0] != seen:
                    return  # typed since: the next check says which words are wrong
                _suggest(word)

        # Only a head start: a word whose suggestions fail here is asked again by its menu.
        self.tasks.run(work, None, lambda _error: None)

    def replace(self, start: int, end: int, old: str, new: str) -> None:
        """Put ``new`` in place of the word at the UTF-16 span, if it is still there (an edit:
        saved and checked like typing, undone with Ctrl+Z)."""
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != old:
            return
        cursor.insertText(new)


def _suggest(word: Misspelling) -> list[str]:
    """The checker's suggestions for ``word`` (slow: on a worker)."""
    from app.services import language_tools

    checker = language_tools.speller(word.language)
    return checker.suggest(word.word) if checker is not None else []
