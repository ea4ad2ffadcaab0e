"""A plain-text field for a draft or a source: Tab moves on, as in every other field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from app.ui.guard import qt_override


class TextEdit(QPlainTextEdit):
    """Tab and Shift+Tab move the focus instead of typing a tab character, and so do Ctrl+Tab
    and Ctrl+Shift+Tab, instead of reaching the tabs around the field (which switched the
    network, or the page from Write to Plan)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        # Adds to the context menu what belongs to the word at a document position (spelling).
        self.extend_menu: Callable[[QMenu, int], None] | None = None

    def context_menu(self, position: int) -> QMenu:
        """The context menu for the word at ``position``: the standard one, extended."""
        menu = self.createStandardContextMenu()
        if self.extend_menu is not None:
            self.extend_menu(menu, position)
        return menu

    @qt_override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        position = self.cursorForPosition(event.pos()).position()
        if event.reason() != QContextMenuEvent.Reason.Mouse:
            position = self.textCursor().position()  # the menu key: the word at the cursor
        menu = self.context_menu(position)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    @qt_override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.focusNextPrevChild(not backwards)
            event.accept()
            return
        super().keyPressEvent(event)
