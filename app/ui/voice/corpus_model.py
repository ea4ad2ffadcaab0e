"""The person's own texts as a Qt table: include checkbox, date, channel, language, text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.storage.voice.read import CorpusText
from app.ui.guard import qt_override
from app.ui.kit.numbers import format_day
from app.ui.voice.languages import language_name

Index = QModelIndex | QPersistentModelIndex
TEXT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
_PREVIEW = 160

CHANNEL_NAMES = {
    "linkedin": "LinkedIn",
    "x": "X",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "threads": "Threads",
}


def channel_name(code: str) -> str:
    if code in CHANNEL_NAMES:
        return CHANNEL_NAMES[code]
    if code == "blog":
        return QCoreApplication.translate("Voice", "Blog")
    if code == "internal":
        return QCoreApplication.translate("Voice", "Internal network")
    return QCoreApplication.translate("Voice", "Other")


class CorpusModel(QAbstractTableModel):
    """Rows are ``CorpusText``; the first column's check box is "Include in my voice".

    Signals:
        inclusionChanged(int, bool): the person ticked or unticked a text (its id, included).
    """

    INCLUDE, DAY, CHANNEL, LANGUAGE, TEXT = range(5)
    inclusionChanged = Signal(int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[CorpusText] = []  # sorted
        self._texts: list[CorpusText] = []  # those shown: sorted, and found by the search
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._folded: dict[int | None, str] = {}  # text id -> case-folded text, for search
        self._needle = ""

    def set_texts(self, texts: Sequence[CorpusText]) -> None:
        self.beginResetModel()
        self._all = list(texts)
        self._folded = {}
        if self._order is not None:
            self._all.sort(key=self._key(self._order[0]),
                           reverse=self._order[1] == Qt.SortOrder.DescendingOrder)  # fmt: skip
        self._texts = self._found()
        self.endResetModel()

    # Sorting and searching happen here, on the list: tens of thousands of texts sort in
    # milliseconds, where a proxy asking data() for every comparison took seconds, and a
    # filtering proxy called into Python once per text at every new list (50 ms for 30,000).
    @qt_override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._order = (column, order)
        self._all.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._relayout()

    def search(self, words: str) -> None:
        """Show only the texts holding ``words`` (any case); all of them for none."""
        needle = words.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self._relayout()

    def _found(self) -> list[CorpusText]:
        needle = self._needle
        if not needle:
            return list(self._all)
        return [text for text in self._all if needle in self._fold(text)]

    def _fold(self, text: CorpusText) -> str:
        found = self._folded.get(text.id)
        if found is None:
            found = self._folded[text.id] = text.text.casefold()
        return found

    def _relayout(self) -> None:
        """The shown rows again, in one layout change (as a proxy does it): a picked text stays
        picked where it is still shown."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(index, self._texts[index.row()]) for index in before
                if 0 <= index.row() < len(self._texts)]  # fmt: skip
        self._texts = self._found()
        where = {id(text): row for row, text in enumerate(self._texts)}
        self.changePersistentIndexList(
            [index for index, _text in held],
            [
                self.index(where[id(text)], index.column()) if id(text) in where else QModelIndex()
                for index, text in held
            ],
        )
        self.layoutChanged.emit()

    def _key(self, column: int) -> Callable[[CorpusText], tuple[Any, ...]]:
        """Sort key per column; ties go by time, then id, so the order is always the same."""
        if column == self.INCLUDE:
            return lambda t: (not t.excluded, t.posted_at, t.id or 0)
        if column == self.CHANNEL:  # by the names shown, each translated once
            channels = {c: channel_name(c) for c in {t.channel for t in self._all}}
            return lambda t: (channels[t.channel], t.posted_at, t.id or 0)
        if column == self.LANGUAGE:
            languages = {c: language_name(c) for c in {t.language for t in self._all}}
            return lambda t: (languages[t.language], t.posted_at, t.id or 0)
        if column == self.TEXT:
            return lambda t: (t.text.casefold(), t.posted_at, t.id or 0)
        return lambda t: (t.posted_at, t.id or 0)

    def texts(self) -> list[CorpusText]:
        """All the texts, found by the search or not."""
        return list(self._all)

    def listing(self) -> dict[int | None, bool]:
        """Text id -> left out, as the list holds them (see ``VoiceSnapshot.listing``)."""
        return {t.id: t.excluded for t in self._all}

    @qt_override(default=0)
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._texts)

    @qt_override(default=0)
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    @qt_override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Include in my voice"),
            self.tr("Date"),
            self.tr("Channel"),
            self.tr("Language"),
            self.tr("Text"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    @qt_override
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.INCLUDE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    @qt_override(default=None)
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._texts):
            return None
        text = self._texts[index.row()]
        column = index.column()
        if role == TEXT_ID_ROLE:
            return text.id
        if role == SEARCH_ROLE:
            return text.text
        if role == Qt.ItemDataRole.CheckStateRole and column == self.INCLUDE:
            return Qt.CheckState.Unchecked if text.excluded else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return text.text[:1000]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return shown_words(text, column)

    def text_at(self, row: int) -> CorpusText | None:
        return self._texts[row] if 0 <= row < len(self._texts) else None

    @qt_override
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.INCLUDE
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        included = Qt.CheckState(value) == Qt.CheckState.Checked
        text = self._texts[index.row()]
        if text.excluded == (not included):
            return True
        from dataclasses import replace

        changed = self._texts[index.row()] = replace(text, excluded=not included)
        at = next(i for i, held in enumerate(self._all) if held is text)
        self._all[at] = changed
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        if text.id is not None:
            self.inclusionChanged.emit(text.id, included)
        return True


def shown_words(text: CorpusText, column: int) -> str | None:
    """What the list shows of ``text`` in ``column`` (None for the tick box's column)."""
    if column == CorpusModel.DAY:
        return format_day(text.day)
    if column == CorpusModel.CHANNEL:
        return channel_name(text.channel)
    if column == CorpusModel.LANGUAGE:
        return language_name(text.language)
    if column == CorpusModel.TEXT:
        preview = " ".join(text.text.split())
        return preview if len(preview) <= _PREVIEW else preview[: _PREVIEW - 1] + "…"
    return None
