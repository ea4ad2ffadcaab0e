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
    QSortFilterProxyModel,
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
        self._texts: list[CorpusText] = []
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._folded: dict[int | None, str] = {}  # text id -> case-folded text, for search

    def set_texts(self, texts: Sequence[CorpusText]) -> None:
        self.beginResetModel()
        self._texts = list(texts)
        self._folded = {}
        if self._order is not None:
            self._texts.sort(key=self._key(self._order[0]),
                             reverse=self._order[1] == Qt.SortOrder.DescendingOrder)  # fmt: skip
        self.endResetModel()

    # Sorting happens here, on the list with a key per text: tens of thousands of texts sort in
    # milliseconds, where a proxy asking data() for every comparison took seconds.
    @qt_override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        key = self._key(column)
        ranked = sorted(range(len(self._texts)), key=lambda i: key(self._texts[i]),
                        reverse=order == Qt.SortOrder.DescendingOrder)  # fmt: skip
        self._texts = [self._texts[i] for i in ranked]
        moved = {old: new for new, old in enumerate(ranked)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before, [self.index(moved[i.row()], i.column()) for i in before]
        )
        self.layoutChanged.emit()

    def _key(self, column: int) -> Callable[[CorpusText], tuple[Any, ...]]:
        """Sort key per column; ties go by time, then id, so the order is always the same."""
        if column == self.INCLUDE:
            return lambda t: (not t.excluded, t.posted_at, t.id or 0)
        if column == self.CHANNEL:  # by the names shown, each translated once
            channels = {c: channel_name(c) for c in {t.channel for t in self._texts}}
            return lambda t: (channels[t.channel], t.posted_at, t.id or 0)
        if column == self.LANGUAGE:
            languages = {c: language_name(c) for c in {t.language for t in self._texts}}
            return lambda t: (languages[t.language], t.posted_at, t.id or 0)
        if column == self.TEXT:
            return lambda t: (t.text.casefold(), t.posted_at, t.id or 0)
        return lambda t: (t.posted_at, t.id or 0)

    def texts(self) -> list[CorpusText]:
        return list(self._texts)

    def listing(self) -> dict[int | None, bool]:
        """Text id -> left out, as the list shows them (see ``VoiceSnapshot.listing``)."""
        return {t.id: t.excluded for t in self._texts}

    def folded(self, row: int) -> str:
        """The text of ``row`` in case-folded form, for searching (kept until the next load)."""
        text = self._texts[row]
        found = self._folded.get(text.id)
        if found is None:
            found = self._folded[text.id] = text.text.casefold()
        return found

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

        self._texts[index.row()] = replace(text, excluded=not included)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        if text.id is not None:
            self.inclusionChanged.emit(text.id, included)
        return True


class CorpusFilter(QSortFilterProxyModel):
    """Search over the whole text (not only the preview), case-insensitively. Sorting is passed
    on to the source model, which sorts its list by key; the proxy keeps the source's order.

    The search compares case-folded strings in Python (each text folded once): through
    ``data()`` and Qt's matcher a keystroke cost 0.2 s over 30,000 texts.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def search(self, words: str) -> None:
        needle = words.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            # All at once (one layout change), not row range by row range: narrowing or
            # widening 30,000 interleaved rows one range at a time took 0.2 s in Qt.
            self.invalidate()

    @qt_override
    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, CorpusModel)
        return self._needle in model.folded(source_row)

    @qt_override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


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
