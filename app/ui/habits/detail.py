"""One habit in detail: strength and streak figures, a year calendar, the score over time and the
longest streaks. The calendar is keyboard-operable (see heatmap.py)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.habits import CheckState
from app.services.habits import HabitDetail
from app.ui.guard import qt_override
from app.ui.habits import texts
from app.ui.habits.heatmap import YearHeatmap
from app.ui.habits.score_chart import ScoreChart
from app.ui.habits.streaks import StreakBars
from app.ui.kit.labels import label
from app.ui.kit.widgets import heading_font, wrapped_label

CARD_STYLE = """
QFrame#habitStat { background: palette(base); border: 1px solid palette(midlight);
                   border-radius: 10px; }
QLabel#statValue { font-size: 17pt; font-weight: 600; }
"""
RANGES = (("3m", 91), ("1y", 365), ("all", 0))


def heatmap_marks(detail: HabitDetail) -> tuple[dict[date, str], dict[date, float]]:
    """Each day's mark for the calendar, and numeric days' share of their target."""
    history, habit = detail.history, detail.record.habit
    marks: dict[date, str] = {}
    amounts: dict[date, float] = {}
    first = history.first_day
    if first is not None:
        for offset, byte in enumerate(history.marks):
            if byte != ord("B"):
                marks[first + timedelta(days=offset)] = "covered" if byte == ord("G") else "away"
    for day, record in detail.checkins.items():
        state = record.checkin.state
        if state is CheckState.DONE:
            marks[day] = "done"
            if habit.numeric and habit.target:
                amounts[day] = (record.checkin.value or 0.0) / habit.target
        elif state is CheckState.SKIPPED:
            marks[day] = "skipped"
        elif marks.get(day) is None:
            marks[day] = "not_done"
    return marks, amounts


class _Stat(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("habitStat")
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(2)
        self.value = QLabel(self)
        self.value.setObjectName("statValue")
        self.caption = wrapped_label(self)
        self.detail = wrapped_label(self)
        column.addWidget(self.value)
        column.addWidget(self.caption)
        column.addWidget(self.detail)


class HabitDetailView(QWidget):
    """Signals:
    backRequested(): return to the list (also Escape or Alt+Left).
    editRequested(int), archiveRequested(int): the habit's id.
    toggleRequested(int, object), skipRequested(int, object), amountRequested(int, object):
        a change of the habit (id) on the day (``date``) chosen in the calendar.
    """

    backRequested = Signal()
    editRequested = Signal(int)
    archiveRequested = Signal(int)
    toggleRequested = Signal(int, object)
    skipRequested = Signal(int, object)
    amountRequested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None, *, today: date) -> None:
        """``today``: the page's today (ctx.clock), until a habit's detail brings its own."""
        super().__init__(parent)
        self.detail: HabitDetail | None = None
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        bar = QHBoxLayout()
        self.back = QPushButton(self)
        self.back.setFlat(True)
        self.back.clicked.connect(self.backRequested)
        self.edit = QPushButton(self)
        self.edit.clicked.connect(lambda: self._emit_id(self.editRequested))
        self.archive = QPushButton(self)
        self.archive.clicked.connect(lambda: self._emit_id(self.archiveRequested))
        bar.addWidget(self.back)
        bar.addStretch(1)
        bar.addWidget(self.edit)
        bar.addWidget(self.archive)
        layout.addLayout(bar)
        self.name = QLabel(self)
        self.name.setFont(heading_font(self.font(), 1.35))
        self.name.setWordWrap(True)
        self.rule = wrapped_label(self)
        self.description = wrapped_label(self, selectable=True)
        for widget in (self.name, self.rule, self.description):
            layout.addWidget(widget)
        stats = QHBoxLayout()
        stats.setSpacing(12)
        self.stats = [_Stat(self) for _ in range(4)]
        for stat in self.stats:
            stats.addWidget(stat, 1)
        layout.addLayout(stats)
        self.calendar_title = self._section(layout)
        self.calendar_hint = wrapped_label(self)
        layout.addWidget(self.calendar_hint)
        self.heatmap = YearHeatmap(self, today=today)
        self.heatmap.toggleRequested.connect(lambda d: self._emit_day(self.toggleRequested, d))
        self.heatmap.skipRequested.connect(lambda d: self._emit_day(self.skipRequested, d))
        self.heatmap.amountRequested.connect(lambda d: self._emit_day(self.amountRequested, d))
        layout.addWidget(self.heatmap)
        chart_bar = QHBoxLayout()
        self.chart_title = QLabel(self)
        self.chart_title.setFont(heading_font(self.font(), 1.1))
        self.range = QComboBox(self)
        self.range.currentIndexChanged.connect(self._show_series)
        self.range_label = QLabel(self)
        self.range_label.setBuddy(self.range)
        chart_bar.addWidget(self.chart_title)
        chart_bar.addStretch(1)
        chart_bar.addWidget(self.range_label)
        chart_bar.addWidget(self.range)
        layout.addLayout(chart_bar)
        self.chart = ScoreChart(self)
        layout.addWidget(self.chart)
        self.streaks_title = self._section(layout)
        self.streaks = StreakBars(self)
        layout.addWidget(self.streaks)
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Back)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.backRequested)
        self.retranslate()

    def _section(self, layout: QVBoxLayout) -> QLabel:
        title = QLabel(self)
        title.setFont(heading_font(self.font(), 1.1))
        layout.addWidget(title)
        return title

    def _emit_id(self, signal: SignalInstance) -> None:
        if self.detail is not None and self.detail.record.id is not None:
            signal.emit(self.detail.record.id)

    def _emit_day(self, signal: SignalInstance, day: object) -> None:
        if self.detail is not None and self.detail.record.id is not None:
            signal.emit(self.detail.record.id, day)

    # -- content --------------------------------------------------------------------------------

    def set_detail(self, detail: HabitDetail) -> None:
        same = self.detail is not None and self.detail.record.id == detail.record.id
        self.detail = detail
        marks, amounts = heatmap_marks(detail)
        summary = detail.summary
        self.heatmap.set_days(summary.today, detail.history.first_day, marks, amounts)
        if not same:
            self.heatmap.show_year_ending(summary.today)
            self.heatmap.select(summary.today)
            self.range.setCurrentIndex(1)
        self.streaks.set_streaks(detail.history.streaks, summary.current_streak)
        self._fill_texts()
        self._show_series()
        self.heatmap.set_describer(self._describe_day)  # the day's words with this detail

    def _show_series(self) -> None:
        if self.detail is None:
            return
        today = self.detail.summary.today
        days = RANGES[max(0, self.range.currentIndex())][1]
        first = self.detail.history.first_day or today
        start = max(first, today - timedelta(days=days - 1)) if days else first
        self.chart.set_series(self.detail.history.series(min(start, today), today))

    def _fill_texts(self) -> None:
        detail = self.detail
        if detail is None:
            return
        record, summary = detail.record, detail.summary
        self.name.setText(record.name)
        parts = [texts.habit_rule(record.habit)]
        if record.linked_kind is not None:
            parts.append(
                QCoreApplication.translate("Habits", "checked by: {kind}").format(
                    kind=label(record.linked_kind)
                )
            )
        parts.append(texts.reminder_text(record.reminder))
        self.rule.setText(" · ".join(parts))
        self.description.setText(record.description)
        self.description.setVisible(bool(record.description))
        current, best = summary.current_streak, summary.best_streak
        figures = (
            (
                texts.percent(summary.score),
                QCoreApplication.translate("Habits", "Strength"),
                self._change_text(),
            ),
            (
                texts.days_text(current.length if current else 0),
                QCoreApplication.translate("Habits", "Current streak"),
                texts.streak_range(current),
            ),
            (
                texts.days_text(best.length if best else 0),
                QCoreApplication.translate("Habits", "Best streak"),
                texts.streak_range(best),
            ),
            (
                QLocale().toString(summary.done_count),
                QCoreApplication.translate("Habits", "Days with an amount")
                if record.habit.numeric
                else QCoreApplication.translate("Habits", "Times done"),
                self._since_text(),
            ),
        )
        for stat, (value, caption, more) in zip(self.stats, figures, strict=True):
            stat.value.setText(value)
            stat.caption.setText(caption)
            stat.detail.setText(more)
        self.archive.setText(
            QCoreApplication.translate("Habits", "Restore")
            if record.archived
            else QCoreApplication.translate("Habits", "Archive")
        )

    def _change_text(self) -> str:
        assert self.detail is not None
        summary = self.detail.summary
        month_ago = summary.history.score_on(summary.today - timedelta(days=30))
        change = round((summary.score - month_ago) * 100)
        if change == 0:
            return QCoreApplication.translate("Habits", "Same as a month ago")
        return (
            QCoreApplication.translate("Habits", "+{n} in a month")
            if change > 0
            else QCoreApplication.translate("Habits", "−{n} in a month")
        ).format(n=abs(change))

    def _since_text(self) -> str:
        assert self.detail is not None
        first = self.detail.history.first_day
        return (
            QCoreApplication.translate("Habits", "since {day}").format(day=texts.day_text(first))
            if first
            else ""
        )

    def retranslate(self) -> None:
        self.back.setText(QCoreApplication.translate("Habits", "‹ All habits"))
        self.back.setToolTip(QCoreApplication.translate("Habits", "Back to the list (Esc)"))
        self.edit.setText(QCoreApplication.translate("Habits", "Edit…"))
        self.calendar_title.setText(QCoreApplication.translate("Habits", "Calendar"))
        self.calendar_hint.setText(
            QCoreApplication.translate(
                "Habits",
                "Arrow keys choose a day, Space checks it, S skips it. Page Up and Page Down "
                "move a year.",
            )
        )
        self.heatmap.legend = [
            ("done", QCoreApplication.translate("Habits", "Done")),
            ("covered", QCoreApplication.translate("Habits", "Frequency met")),
            ("skipped", QCoreApplication.translate("Habits", "Skipped or away")),
            ("open", QCoreApplication.translate("Habits", "Not done")),
        ]
        self.heatmap.setAccessibleName(QCoreApplication.translate("Habits", "Calendar"))
        self.heatmap.set_describer(self._describe_day)
        self.chart_title.setText(QCoreApplication.translate("Habits", "Strength over time"))
        self.chart.setAccessibleName(self.chart_title.text())
        self.chart.retranslate()
        self.streaks.setAccessibleName(QCoreApplication.translate("Habits", "Longest streaks"))
        self.range_label.setText(QCoreApplication.translate("Habits", "&Show:"))
        index = self.range.currentIndex()
        self.range.blockSignals(True)
        self.range.clear()
        self.range.addItems(
            [
                QCoreApplication.translate("Habits", "3 months"),
                QCoreApplication.translate("Habits", "1 year"),
                QCoreApplication.translate("Habits", "Everything"),
            ]
        )
        self.range.setCurrentIndex(max(index, 0))
        self.range.blockSignals(False)
        self.streaks_title.setText(QCoreApplication.translate("Habits", "Longest streaks"))
        self.streaks.empty_text = QCoreApplication.translate("Habits", "No streaks yet.")
        self._fill_texts()
        self.heatmap.update()

    def _describe_day(self, day: date) -> str:
        if self.detail is None:
            return texts.day_text(day)
        record = self.detail.checkins.get(day)
        habit = self.detail.record.habit
        mark = self.detail.summary.mark_on(day) if day <= self.detail.summary.today else ""
        text = texts.state_text(record.checkin if record else None, mark, habit.numeric, habit.unit)
        note = f"\n{record.note}" if record is not None and record.note else ""
        return f"{texts.day_text(day, long=True)}: {text}{note}"

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
