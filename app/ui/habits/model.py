"""The habit list as a table model (name, the last seven days, strength, streaks) and its proxy."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.domain.habits import CheckState
from app.services.habits import WEEK, HabitsOverview, HabitSummary
from app.ui.guard import qt_override
from app.ui.habits import texts
from app.ui.kit.model_signals import row_changed, texts_changed
from app.ui.kit.numbers import amount_text

_Index = QModelIndex | QPersistentModelIndex

# What a day cell shows (MARK_ROLE).
DONE, SKIPPED, NOT_DONE, COVERED, AWAY, OPEN, BEFORE = (
    "done",
    "skipped",
    "not_done",
    "covered",
    "away",
    "open",
    "before",
)


def day_mark(summary: HabitSummary, day: date) -> str:
    index = (day - summary.today).days + WEEK - 1
    checkin = summary.week[index] if 0 <= index < WEEK else None
    mark = summary.mark_on(day)
    if checkin is not None:
        if checkin.state is CheckState.DONE:
            return DONE
        if checkin.state is CheckState.SKIPPED:
            return SKIPPED
    if mark == "":
        return BEFORE
    if mark == "S":
        return AWAY
    if mark == "G":
        return COVERED
    return NOT_DONE if checkin is not None else OPEN


class HabitsModel(QAbstractTableModel):
    """One row per habit, in the person's order."""

    NAME = 0
    FIRST_DAY = 1
    TODAY = FIRST_DAY + WEEK - 1
    STRENGTH = TODAY + 1
    CURRENT = STRENGTH + 1
    BEST = CURRENT + 1
    COLUMNS = BEST + 1

    SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2
    DAY_ROLE = Qt.ItemDataRole.UserRole + 3
    MARK_ROLE = Qt.ItemDataRole.UserRole + 4
    SORT_ROLE = Qt.ItemDataRole.UserRole + 5
    ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 6
    RULE_ROLE = Qt.ItemDataRole.UserRole + 7

    def __init__(self, parent: QObject | None = None, *, today: date) -> None:
        """``today``: the page's today (ctx.clock), until an overview brings its own."""
        super().__init__(parent)
        self.summaries: list[HabitSummary] = []
        self.today = today

    # -- filling ----------------------------------------------------------------------------------

    def set_overview(self, overview: HabitsOverview) -> None:
        self.beginResetModel()
        self.summaries = list(overview.habits)
        self.today = overview.today
        self.endResetModel()
        texts_changed(self, cells=False)

    def update_summary(self, summary: HabitSummary) -> None:
        row = self.row_of(summary.id)
        if row is None:
            return
        self.summaries[row] = summary
        row_changed(self, row)

    def row_of(self, habit_id: int) -> int | None:
        return next((r for r, s in enumerate(self.summaries) if s.id == habit_id), None)

    def refresh_texts(self) -> None:
        texts_changed(self)

    def day_of(self, column: int) -> date | None:
        if self.FIRST_DAY <= column <= self.TODAY:
            return self.today - timedelta(days=self.TODAY - column)
        return None

    # -- the model --------------------------------------------------------------------------------

    @qt_override(default=0)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.summaries)

    @qt_override(default=0)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    @qt_override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @qt_override(default=None)
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        summary = self.summaries[index.row()]
        column = index.column()
        if role == self.SUMMARY_ROLE:
            return summary
        if role == self.ID_ROLE:
            return summary.id
        if role == self.ARCHIVED_ROLE:
            return summary.record.archived
        day = self.day_of(column)
        if day is not None:
            return self._day_data(summary, day, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(summary, column)
        if role == self.RULE_ROLE and column == self.NAME:
            return texts.habit_rule(summary.record.habit)
        if role == self.SORT_ROLE:
            return self._sort_key(summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _day_data(self, summary: HabitSummary, day: date, role: int) -> object:
        if role == self.DAY_ROLE:
            return day
        if role == self.MARK_ROLE:
            return day_mark(summary, day)
        checkin = summary.week[(day - summary.today).days + WEEK - 1]
        habit = summary.record.habit
        if role == Qt.ItemDataRole.DisplayRole:
            if habit.numeric and checkin is not None and checkin.state is CheckState.DONE:
                return amount_text(checkin.value or 0)
            return ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            state = texts.state_text(checkin, summary.mark_on(day), habit.numeric, habit.unit)
            return f"{texts.day_text(day)}: {state}"
        if role == self.SORT_ROLE:
            return day_mark(summary, day)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, summary: HabitSummary, column: int) -> str:
        if column == self.NAME:
            return summary.record.name
        if column == self.STRENGTH:
            return texts.percent(summary.score)
        streak = summary.current_streak if column == self.CURRENT else summary.best_streak
        return QLocale().toString(streak.length if streak else 0)

    def _tooltip(self, summary: HabitSummary, column: int) -> str:
        record = summary.record
        if column == self.NAME:
            return "\n".join(
                part
                for part in (record.name, texts.habit_rule(record.habit), record.description)
                if part
            )
        if column == self.STRENGTH:
            return QCoreApplication.translate(
                "Habits", "Strength {percent}: how firmly the habit has taken hold"
            ).format(percent=texts.percent(summary.score))
        streak = summary.current_streak if column == self.CURRENT else summary.best_streak
        if streak is None:
            return QCoreApplication.translate("Habits", "No streak yet")
        what = (
            QCoreApplication.translate("Habits", "Current streak")
            if column == self.CURRENT
            else QCoreApplication.translate("Habits", "Best streak")
        )
        return f"{what}: {texts.days_text(streak.length)}, {texts.streak_range(streak)}"

    def _sort_key(self, summary: HabitSummary, column: int) -> object:
        if column == self.NAME:
            return summary.record.name.casefold()
        if column == self.STRENGTH:
            return summary.score
        streak = summary.current_streak if column == self.CURRENT else summary.best_streak
        return streak.length if streak else 0

    @qt_override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        day = self.day_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if day is not None:
                if section == self.TODAY:
                    return QCoreApplication.translate("Habits", "Today")
                return f"{texts.weekday_short(day.weekday())}\n{day.day}"
            return {
                self.NAME: QCoreApplication.translate("Habits", "Habit"),
                self.STRENGTH: QCoreApplication.translate("Habits", "Strength"),
                self.CURRENT: QCoreApplication.translate("Habits", "Streak"),
                self.BEST: QCoreApplication.translate("Habits", "Best"),
            }[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignLeft
                if section == self.NAME
                else Qt.AlignmentFlag.AlignHCenter
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if day is not None:
                return texts.day_text(day, long=True)
            if section == self.CURRENT:
                return QCoreApplication.translate("Habits", "Current streak, in good days")
            if section == self.BEST:
                return QCoreApplication.translate("Habits", "Best streak, in good days")
        return None


class HabitsProxy(QSortFilterProxyModel):
    """Hides archived habits unless asked; sorts by the model's sort keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_archived = False
        self.setSortRole(HabitsModel.SORT_ROLE)

    def set_show_archived(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_archived = show
        self.endFilterChange()

    @qt_override
    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self.show_archived:
            return True
        model = self.sourceModel()
        return not model.data(model.index(source_row, 0, source_parent), HabitsModel.ARCHIVED_ROLE)
