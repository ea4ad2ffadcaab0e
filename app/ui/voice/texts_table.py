"""The list of the person's texts as the keyboard reaches it: one Tab stop, arrows inside.

Tab and Shift+Tab leave the list (walking its hundreds of cells with Tab kept anyone without a
mouse inside it), Ctrl+Tab and Ctrl+Shift+Tab too, as they leave a text editor; Space ticks or
unticks the current text, whichever of its cells has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget

from app.ui.guard import qt_override
from app.ui.voice.corpus_model import CorpusModel


class TextsTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)

    @qt_override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.focusNextPrevChild(key == Qt.Key.Key_Tab)
            event.accept()
            return
        if key == Qt.Key.Key_Space and not mods and self.toggle_current():
            event.accept()
            return
        super().keyPressEvent(event)

    def toggle_current(self) -> bool:
        """Tick or untick the text of the current row; False when there is none."""
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid():
            return False
        box = model.index(current.row(), CorpusModel.INCLUDE)
        state = model.data(box, Qt.ItemDataRole.CheckStateRole)
        if state is None:
            return False
        checked = Qt.CheckState(state) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return bool(model.setData(box, new.value, Qt.ItemDataRole.CheckStateRole))
