"""The journal as a table model, and a proxy that shows one kind of entry."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.domain.journey.journal import EntryKind, JournalEntry
from app.ui.guard import qt_override
from app.ui.kit.labels import label
from app.ui.kit.model_signals import texts_changed
from app.ui.kit.numbers import format_day

_Index = QModelIndex | QPersistentModelIndex
_PREVIEW = 140  # characters of the text shown in the list; the tooltip has all of it


def preview(entry: JournalEntry) -> str:
    first = " ".join(entry.body.split())
    return first if len(first) <= _PREVIEW else first[: _PREVIEW - 1].rstrip() + "…"


class JournalModel(QAbstractTableModel):
    """Entries newest first, as the reader gives them."""

    DATE, KIND, TEXT, SHARED = range(4)
    ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
    KIND_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[JournalEntry] = []

    def set_entries(self, entries: Iterable[JournalEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def row_of(self, entry_id: int) -> int | None:
        return next((row for row, e in enumerate(self.entries) if e.id == entry_id), None)

    def refresh_texts(self) -> None:
        texts_changed(self)

    @qt_override(default=0)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    @qt_override(default=0)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    @qt_override(default=None)
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return entry.body + (f"\n\n{entry.link}" if entry.link else "")
        if role == self.ENTRY_ROLE:
            return entry
        if role == self.KIND_ROLE:
            return entry.kind.value
        return None

    def _display(self, entry: JournalEntry, column: int) -> str:
        if column == self.DATE:
            return format_day(entry.day)
        if column == self.KIND:
            return label(entry.kind)
        if column == self.TEXT:
            return preview(entry)
        if entry.share_with_coach:
            return QCoreApplication.translate("JournalModel", "Shared with your coach")
        return QCoreApplication.translate("JournalModel", "Private")

    @qt_override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.DATE:
            return QCoreApplication.translate("JournalModel", "Date")
        if section == self.KIND:
            return QCoreApplication.translate("JournalModel", "Kind")
        if section == self.TEXT:
            return QCoreApplication.translate("JournalModel", "Entry")
        return QCoreApplication.translate("JournalModel", "Who sees it")


class JournalFilter(QSortFilterProxyModel):
    """Shows the entries of one kind, or all of them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind: EntryKind | None = None

    def set_kind(self, kind: EntryKind | None) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @qt_override
    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self.kind is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(JournalModel.KIND_ROLE) == self.kind.value)
