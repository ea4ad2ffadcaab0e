"""The cohort as a table: one row per person, sorted and filtered by a proxy.

Columns: name, stage at the start → now, last active, average habit strength, goals on track,
exercises done, drafts sent for comments, age of the newest file, needs attention. Sorting
uses ``SORT_ROLE`` values (numbers and dates, not the shown words), so a column sorts the same
in every language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.services.exchange.cohort import PersonRow
from app.ui.guard import qt_override
from app.ui.kit.labels import label
from app.ui.kit.model_signals import texts_changed
from app.ui.kit.numbers import format_day, integer_text

_Index = QModelIndex | QPersistentModelIndex


class CohortModel(QAbstractTableModel):
    # Who needs attention, right after the name: seen first, also in a narrow window.
    NAME, ATTENTION, STAGES, LAST, HABITS, GOALS, EXERCISES, DRAFTS, FILE_AGE = range(9)
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PersonRow] = []
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()
        if self._order is not None:
            self.sort(*self._order)

    def refresh_texts(self) -> None:
        texts_changed(self)

    @qt_override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        ranked = sorted(
            range(len(self.rows)),
            key=lambda i: (self._sort_key(self.rows[i], column), self.rows[i].name.casefold()),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.rows = [self.rows[i] for i in ranked]
        moved = {old: new for new, old in enumerate(ranked)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before, [self.index(moved[i.row()], i.column()) for i in before]
        )
        self.layoutChanged.emit()

    @qt_override(default=0)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    @qt_override(default=0)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    @qt_override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: QCoreApplication.translate("CohortModel", "Person"),
            self.STAGES: QCoreApplication.translate("CohortModel", "Start → now"),
            self.LAST: QCoreApplication.translate("CohortModel", "Last active"),
            self.HABITS: QCoreApplication.translate("CohortModel", "Habit strength"),
            self.GOALS: QCoreApplication.translate("CohortModel", "Goals on track"),
            self.EXERCISES: QCoreApplication.translate("CohortModel", "Exercises"),
            self.DRAFTS: QCoreApplication.translate("CohortModel", "Drafts for you"),
            self.FILE_AGE: QCoreApplication.translate("CohortModel", "File from"),
            self.ATTENTION: QCoreApplication.translate("CohortModel", "Needs attention"),
        }.get(section)

    @qt_override(default=None)
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == self.ROW_ROLE:
            return row
        if role == self.SORT_ROLE:
            return self._sort_key(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ATTENTION and row.needs_attention:
            return self._attention_reason(row)
        return None

    def _text(self, row: PersonRow, column: int) -> str:
        if column == self.NAME:
            return row.name or QCoreApplication.translate("CohortModel", "(no name)")
        if column == self.STAGES:
            start = label(row.start) if row.start is not None else "–"
            return f"{start} → {label(row.now) if row.now is not None else '–'}"
        if column == self.LAST:
            return format_day(row.last_active) if row.last_active else "–"
        if column == self.HABITS:
            strength = row.habit_strength
            return "–" if strength is None else f"{integer_text(strength * 100)} %"
        if column == self.GOALS:
            return f"{row.goals_on_track} / {row.goals}" if row.goals else "–"
        if column == self.EXERCISES:
            if not row.exercises:
                return "–"
            return QCoreApplication.translate("CohortModel", "{done} of {total} done").format(
                done=integer_text(row.exercises_done), total=integer_text(row.exercises)
            )
        if column == self.DRAFTS:
            return integer_text(row.drafts_sent) if row.drafts_sent else ""
        if column == self.FILE_AGE:
            return format_day(row.member.report.made_on)
        if column == self.ATTENTION:
            return self._attention_short(row) if row.needs_attention else ""
        return ""

    def _attention_short(self, row: PersonRow) -> str:
        """Why, in a few words: the table says it, the tooltip says it whole."""
        if row.days_inactive is None:
            return QCoreApplication.translate("CohortModel", "Nothing logged")
        if row.days_inactive >= 14:
            return QCoreApplication.translate("CohortModel", "Quiet {days} days").format(
                days=integer_text(row.days_inactive)
            )
        return QCoreApplication.translate("CohortModel", "A goal behind")

    def _attention_reason(self, row: PersonRow) -> str:
        if row.days_inactive is None:
            return QCoreApplication.translate("CohortModel", "No public action logged yet.")
        if row.days_inactive >= 14:
            return QCoreApplication.translate(
                "CohortModel", "No public action for {days} days."
            ).format(days=integer_text(row.days_inactive))
        return QCoreApplication.translate("CohortModel", "A goal is behind.")

    def _sort_key(self, row: PersonRow, column: int) -> Any:
        if column == self.NAME:
            return row.name.casefold()
        if column == self.STAGES:
            return (
                int(row.now) if row.now is not None else -1,
                int(row.start) if row.start is not None else -1,
            )
        if column == self.LAST:
            return row.last_active or date.min
        if column == self.HABITS:
            return -1.0 if row.habit_strength is None else row.habit_strength
        if column == self.GOALS:
            return (row.goals_on_track / row.goals) if row.goals else -1.0
        if column == self.EXERCISES:
            return (row.exercises_done / row.exercises) if row.exercises else -1.0
        if column == self.DRAFTS:
            return row.drafts_sent
        if column == self.FILE_AGE:
            return row.member.report.made_on
        return int(row.needs_attention)


class CohortFilter(QSortFilterProxyModel):
    """Shows only those needing attention, or a name; the model does the sorting."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.attention_only = False
        self.words = ""

    def set_attention_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.attention_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_words(self, words: str) -> None:
        self.beginFilterChange()
        self.words = words.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @qt_override
    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CohortModel)
        row = model.rows[source_row]
        if self.attention_only and not row.needs_attention:
            return False
        return not self.words or self.words in row.name.casefold()

    @qt_override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The model sorts its own rows (one Python sort), the proxy keeps their order."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
