"""Misspelt words in a draft's text: the wavy underline, and the context menu's suggestions,
"Add to my words" and "Ignore in this draft".

The words come with each live check (off the GUI thread); the suggestions are asked for when the
menu opens (Hunspell takes 0.1–0.2 s for one word, too slow to ask for every word on each check).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from app.domain.checks.spelling import Misspelling
from app.ui.drafts.highlight import Marked, SpanHighlighter, to_utf16
from app.ui.drafts.marks import spelling_marks

MAX_SUGGESTIONS = 5


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
        """Put the suggestions and the word's choices at the top of ``menu``."""
        found = self.at(position)
        if found is None:
            return
        word, start, end = found
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        for suggestion in self._suggestions(word)[:MAX_SUGGESTIONS]:
            action = QAction(suggestion, menu)
            action.setObjectName("spellingSuggestion")
            action.triggered.connect(
                lambda _c=False, s=suggestion: self.replace(start, end, word.word, s)
            )
            added.append(action)
        if not added:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            added.append(none)
        add = QAction(self.tr("Add “%1” to my words").replace("%1", word.word), menu)
        add.setObjectName("spellingAddWord")
        add.triggered.connect(lambda _c=False: self.addWordRequested.emit(word.word))
        ignore = QAction(self.tr("Ignore in this draft"), menu)
        ignore.setObjectName("spellingIgnore")
        ignore.triggered.connect(lambda _c=False: self.ignoreRequested.emit(word.word))
        if first is None:
            menu.addActions([*added, add, ignore])
            return
        menu.insertActions(first, [*added, add, ignore])
        menu.insertSeparator(first)

    def _suggestions(self, word: Misspelling) -> list[str]:
        from app.services import language_tools

        checker = language_tools.speller(word.language)
        return checker.suggest(word.word) if checker is not None else []

    def replace(self, start: int, end: int, old: str, new: str) -> None:
        """Put ``new`` in place of the word at the UTF-16 span, if it is still there (an edit:
        saved and checked like typing, undone with Ctrl+Z)."""
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != old:
            return
        cursor.insertText(new)
