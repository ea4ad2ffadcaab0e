"""Draws a cell of the list of texts with one call into Python.

The standard delegate asks the model for eight roles per cell, each a call into Python, and the
columns that fit their words measure fifty rows at every layout: after an import of 30,000 texts
the window waited 90 ms for the list to appear. Here a cell is one call: its words, or its tick
box.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.ui.guard import qt_override
from app.ui.voice.corpus_model import CorpusModel, shown_words

_Index = QModelIndex | QPersistentModelIndex


class CorpusDelegate(QStyledItemDelegate):
    def __init__(self, model: CorpusModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    @qt_override
    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        if not isinstance(index, QModelIndex) or not index.isValid():
            return
        option.index = index
        text = self._model.text_at(index.row())
        if text is None:
            return
        column = index.column()
        if column == CorpusModel.INCLUDE:
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
            option.checkState = Qt.CheckState.Unchecked if text.excluded else Qt.CheckState.Checked
            return
        words = shown_words(text, column)
        if words is not None:
            option.text = words
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
