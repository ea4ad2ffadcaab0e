"""The cohort as a table: one row per person, sorted and filtered by the model itself.

Columns: name, stage at the start → now, last active, average habit strength, goals on track,
exercises done, drafts sent for comments, age of the newest file, needs attention. Sorting
uses ``sort_key`` values (numbers and dates, not the shown words), so a column sorts the same
in every language.

A thousand people's table is made ready off the GUI thread (``prepare``: sorted, every row's
words made); the window measures each column's different words once and takes it. No sorting proxy:
a proxy asks the model, in Python, for each row when it filters and for the row and column
counts at every cell it paints.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.services.exchange.cohort import PersonRow
from app.ui.guard import qt_override
from app.ui.kit.labels import label
from app.ui.kit.model_signals import texts_changed
from app.ui.kit.numbers import format_day, integer_text

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = 9
Order = tuple[int, Qt.SortOrder]


@dataclass(frozen=True)
class Prepared:
    """The table's rows in the order asked for, and their words (made on any thread)."""

    rows: list[PersonRow]
    texts: dict[int, tuple[str, ...]]  # by id() of a row in ``rows``
    order: Order | None


def prepare(rows: Sequence[PersonRow], order: Order | None) -> Prepared:
    """Sort and word ``rows`` for the table: on a worker, so that the window does not wait for
    a thousand people. (Measuring their words stays on the GUI thread: a worker's first text
    measure loads its own font engine under Qt's font lock, and the window's painting of text
    waited for it, 50–100 ms.)"""
    ranked = sorted_rows(rows, order) if order is not None else list(rows)
    return Prepared(ranked, {id(row): row_texts(row) for row in ranked}, order)


def widths_of(texts: Iterable[tuple[str, ...]], font: QFont) -> tuple[int, ...]:
    """Each column's widest words in ``font``, each different text measured once (dates,
    stages and counts repeat: a thousand people have a few hundred different words)."""
    columns: list[set[str]] = [set() for _ in range(COLUMNS)]
    for words in texts:
        for column, text in enumerate(words):
            columns[column].add(text)
    metrics = QFontMetrics(font)
    return tuple(max((metrics.horizontalAdvance(t) for t in found if t), default=0)
                 for found in columns)  # fmt: skip


def sorted_rows(rows: Sequence[PersonRow], order: Order) -> list[PersonRow]:
    column, direction = order
    return sorted(
        rows,
        key=lambda row: (sort_key(row, column), row.name.casefold()),
        reverse=direction == Qt.SortOrder.DescendingOrder,
    )


class CohortModel(QAbstractTableModel):
    # Who needs attention, right after the name: seen first, also in a narrow window.
    NAME, ATTENTION, STAGES, LAST, HABITS, GOALS, EXERCISES, DRAFTS, FILE_AGE = range(COLUMNS)
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.everyone: list[PersonRow] = []  # sorted
        self.rows: list[PersonRow] = []  # those shown: sorted and filtered
        self._order: Order | None = None
        self._texts: dict[int, tuple[str, ...]] = {}  # by id() of a row in ``everyone``
        self.attention_only = False
        self.words = ""

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        self.set_prepared(prepare(rows, self._order))

    def set_prepared(self, prepared: Prepared) -> None:
        """Rows made ready by ``prepare``; sorted again only if the order changed meanwhile."""
        rows, texts = prepared.rows, prepared.texts
        if prepared.order != self._order and self._order is not None:
            rows = sorted_rows(rows, self._order)
        self.beginResetModel()
        self.everyone, self._texts = rows, dict(texts)
        self.rows = self._shown()
        self.endResetModel()

    def refresh_texts(self) -> None:
        self._texts.clear()  # made again in the new language as the rows are shown
        texts_changed(self)

    def texts(self, row: PersonRow) -> tuple[str, ...]:
        """The row's words in every column, made once (the table is painted and measured many
        times; each time from these, not from the row)."""
        made = self._texts.get(id(row))
        if made is None:
            made = self._texts[id(row)] = row_texts(row)
        return made

    # -- finding ---------------------------------------------------------------------------------

    def set_attention_only(self, on: bool) -> None:
        self.attention_only = on
        self._refilter()

    def set_words(self, words: str) -> None:
        self.words = words.casefold().strip()
        self._refilter()

    def _shown(self) -> list[PersonRow]:
        words, attention_only = self.words, self.attention_only
        return [
            row
            for row in self.everyone
            if (row.needs_attention or not attention_only)
            and (not words or words in row.name.casefold())
        ]

    def _refilter(self) -> None:
        shown = self._shown()
        if shown == self.rows:
            return
        self.beginResetModel()
        self.rows = shown
        self.endResetModel()

    def position(self, person_id: str) -> int | None:
        """Where the person is shown now, if they are (from whichever file of theirs)."""
        return next(
            (i for i, row in enumerate(self.rows) if row.member.report.person.id == person_id), None
        )

    # -- Qt ----------------------------------------------------------------------------------------

    @qt_override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMNS:
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(index, self.rows[index.row()]) for index in before if index.row() < len(self.rows)]
        self.everyone = sorted_rows(self.everyone, self._order)
        self.rows = self._shown()
        where = {id(row): i for i, row in enumerate(self.rows)}
        self.changePersistentIndexList(
            [index for index, _row in held],
            [self.index(where[id(row)], index.column()) for index, row in held],
        )
        self.layoutChanged.emit()

    @qt_override(default=0)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    @qt_override(default=0)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.texts(row)[column] if 0 <= column < COLUMNS else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ATTENTION and row.needs_attention:
            return _attention_reason(row)
        return None


class CohortDelegate(QStyledItemDelegate):
    """Draws a cell from the words ``CohortModel.texts`` made for its row.

    The standard delegate asks the model for seven roles per cell, each a call into Python:
    for a screen of a thousand people's table that was 40 ms, again after every change. Here it
    is one call a cell.
    """

    def __init__(self, model: CohortModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    @qt_override
    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        if isinstance(index, QModelIndex):  # always, from a view
            option.index = index
        rows, at, column = self._model.rows, index.row(), index.column()
        if 0 <= at < len(rows) and 0 <= column < COLUMNS:
            option.text = self._model.texts(rows[at])[column]
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay


def row_texts(row: PersonRow) -> tuple[str, ...]:
    return tuple(cell_text(row, column) for column in range(COLUMNS))


def cell_text(row: PersonRow, column: int) -> str:
    m = CohortModel
    if column == m.NAME:
        return row.name or QCoreApplication.translate("CohortModel", "(no name)")
    if column == m.STAGES:
        start = label(row.start) if row.start is not None else "–"
        return f"{start} → {label(row.now) if row.now is not None else '–'}"
    if column == m.LAST:
        return format_day(row.last_active) if row.last_active else "–"
    if column == m.HABITS:
        strength = row.habit_strength
        return "–" if strength is None else f"{integer_text(strength * 100)} %"
    if column == m.GOALS:
        return f"{row.goals_on_track} / {row.goals}" if row.goals else "–"
    if column == m.EXERCISES:
        if not row.exercises:
            return "–"
        return QCoreApplication.translate("CohortModel", "{done} of {total} done").format(
            done=integer_text(row.exercises_done), total=integer_text(row.exercises)
        )
    if column == m.DRAFTS:
        return integer_text(row.drafts_sent) if row.drafts_sent else ""
    if column == m.FILE_AGE:
        return format_day(row.member.report.made_on)
    if column == m.ATTENTION:
        return _attention_short(row) if row.needs_attention else ""
    return ""


def _attention_short(row: PersonRow) -> str:
    """Why, in a few words: the table says it, the tooltip says it whole."""
    if row.days_inactive is None:
        return QCoreApplication.translate("CohortModel", "Nothing logged")
    if row.days_inactive >= 14:
        return QCoreApplication.translate("CohortModel", "Quiet {days} days").format(
            days=integer_text(row.days_inactive)
        )
    return QCoreApplication.translate("CohortModel", "A goal behind")


def _attention_reason(row: PersonRow) -> str:
    if row.days_inactive is None:
        return QCoreApplication.translate("CohortModel", "No public action logged yet.")
    if row.days_inactive >= 14:
        return QCoreApplication.translate(
            "CohortModel", "No public action for {days} days."
        ).format(days=integer_text(row.days_inactive))
    return QCoreApplication.translate("CohortModel", "A goal is behind.")


def sort_key(row: PersonRow, column: int) -> Any:
    m = CohortModel
    if column == m.NAME:
        return row.name.casefold()
    if column == m.STAGES:
        return (
            int(row.now) if row.now is not None else -1,
            int(row.start) if row.start is not None else -1,
        )
    if column == m.LAST:
        return row.last_active or date.min
    if column == m.HABITS:
        return -1.0 if row.habit_strength is None else row.habit_strength
    if column == m.GOALS:
        return (row.goals_on_track / row.goals) if row.goals else -1.0
    if column == m.EXERCISES:
        return (row.exercises_done / row.exercises) if row.exercises else -1.0
    if column == m.DRAFTS:
        return row.drafts_sent
    if column == m.FILE_AGE:
        return row.member.report.made_on
    return int(row.needs_attention)
