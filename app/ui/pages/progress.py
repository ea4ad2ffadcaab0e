"""The Progress page: a range, then activity, the conversation ratio, the ladder, habits and
goals over time, each chart with its table, and insights in words (issue 15)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.progress import ProgressData, ProgressSnapshot, Range, RatioKind
from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.journey.history import WeeklyHistory
from app.ui.kit.card import Card
from app.ui.kit.labels import label
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import decimal_text, format_day, integer_text
from app.ui.kit.widgets import clear_layout, wrapped_label
from app.ui.pages.base import Page
from app.ui.progress.chart import ChartPanel
from app.ui.progress.habit_picker import HabitPicker
from app.ui.progress.views import activity_data, goal_data, habit_lines, ratio_data
from app.ui.progress.words import insight_text, no_insights_text, range_name
from app.ui.store_access import read_store

if TYPE_CHECKING:
    from app.storage.quick import QuickReader

# Every kind of data the page charts: a change to any of them reads the numbers again.
_KINDS = frozenset({"journey", "habits", "drafts", "voice"})


class ProgressPage(Page):
    """Reads ``ProgressData`` once on the serial worker (again on ``dataChanged``); switching
    range only cuts a new snapshot from it."""

    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.data: ProgressData | None = None
        self.snapshot: ProgressSnapshot | None = None
        self.goal_panels: list[ChartPanel] = []

    def build(self) -> None:
        row = QHBoxLayout()
        self.range_label = QLabel(self)
        self.range_box = QComboBox(self)
        for chosen in Range:
            self.range_box.addItem("", chosen.value)
        self.range_box.setCurrentIndex(list(Range).index(Range.QUARTER))
        self.range_label.setBuddy(self.range_box)
        row.addWidget(self.range_label)
        row.addWidget(self.range_box)
        row.addStretch(1)
        self.body.addLayout(row)

        self.insights_card = Card(self)
        self.insights = wrapped_label(self.insights_card)
        self.insights_card.content.addWidget(self.insights)
        self.body.addWidget(self.insights_card)

        self.activity_card = Card(self)
        self.activity = ChartPanel(self.activity_card)
        self.activity_card.content.addWidget(self.activity)
        self.body.addWidget(self.activity_card)

        self.ratio_card = Card(self)
        self.ratio_note = wrapped_label(self.ratio_card)
        self.ratio = ChartPanel(self.ratio_card)
        self.ratio_card.content.addWidget(self.ratio_note)
        self.ratio_card.content.addWidget(self.ratio)
        self.body.addWidget(self.ratio_card)

        self.ladder_card = Card(self)
        self.start_note = wrapped_label(self.ladder_card)
        self.ladder = WeeklyHistory(self.ladder_card)
        self.ladder_card.content.addWidget(self.start_note)
        self.ladder_card.content.addWidget(self.ladder)
        self.body.addWidget(self.ladder_card)

        self.habits_card = Card(self)
        self.habits_note = MutedLabel(self.habits_card)
        self.habits = ChartPanel(self.habits_card)
        self.habit_picker = HabitPicker(self.habits_card)
        self.habit_picker.changed.connect(self._show_habits)
        self.habits_card.content.addWidget(self.habits_note)
        self.habits_card.content.addWidget(self.habit_picker)
        self.habits_card.content.addWidget(self.habits)
        self.body.addWidget(self.habits_card)

        self.goals_card = Card(self)
        self.goals_note = MutedLabel(self.goals_card)
        self.goals_card.content.addWidget(self.goals_note)
        self.goals_box = QVBoxLayout()
        self.goals_box.setSpacing(16)
        self.goals_card.content.addLayout(self.goals_box)
        self.body.addWidget(self.goals_card)
        self.body.addStretch(1)

        self.range_box.currentIndexChanged.connect(self._on_range_changed)
        self.ctx.hub.dataChanged.connect(self._on_data_changed)
        self.ctx.hub.databaseFailed.connect(self._on_database_failed)
        if self.ctx.database_error is not None:
            self._on_database_failed(self.ctx.database_error)
        self.reload()

    def chosen_range(self) -> Range:
        value = self.range_box.currentData()
        return Range(value) if value in set(Range) else Range.QUARTER

    def reload(self) -> None:
        day = self.ctx.clock.today()

        def query(reader: QuickReader) -> ProgressData:
            from app.services.progress import ProgressReader

            return ProgressReader(reader).data(day)

        read_store(self.ctx, query, self._on_loaded)

    def _on_loaded(self, data: ProgressData) -> None:
        self.data = data
        self._cut()
        self.mark_content_ready()

    def _on_range_changed(self, _index: int) -> None:
        self._cut()

    def _cut(self) -> None:
        if self.data is None:
            return
        self.snapshot = self.data.snapshot(self.chosen_range())
        self.ladder.set_weeks(self.snapshot.stages.weeks)
        self._rebuild_goals()
        self._show()

    def _rebuild_goals(self) -> None:
        clear_layout(self.goals_box)
        self.goal_panels = []
        goals = self.snapshot.goals if self.snapshot is not None else ()
        for _ in goals:
            panel = ChartPanel(self.goals_card, titled=True)
            self.goals_box.addWidget(panel)
            self.goal_panels.append(panel)

    def retranslate(self) -> None:
        super().retranslate()
        self.range_label.setText(self.tr("&Range:"))
        for index, chosen in enumerate(Range):
            self.range_box.setItemText(index, range_name(chosen))
        self.insights_card.set_title(self.tr("Insights"))
        self.activity_card.set_title(self.tr("Activity per week"))
        self.ratio_card.set_title(self.tr("Conversation ratio"))
        self.ladder_card.set_title(self.tr("Your stage on the ladder"))
        self.habits_card.set_title(self.tr("Habit strength"))
        self.goals_card.set_title(self.tr("Goals"))
        self._show()

    def _show_habits(self) -> None:
        shown = self.habit_picker.shown()
        self.habits.set_data(self.tr("Habit strength per week"), habit_lines(shown))

    def _show(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        found = snapshot.insights
        lines = [insight_text(i) for i in found] if found else [no_insights_text()]
        self.insights.setText("\n".join(("• " + t) if found else t for t in lines))
        self.activity.set_data(self.tr("Activity per week"), activity_data(snapshot))
        self.ratio.set_data(self.tr("Conversation ratio per week"), ratio_data(snapshot))
        self.ratio_note.setText(self._ratio_text(snapshot))
        self.ratio.setVisible(any(r.value is not None for r in snapshot.weekly_ratio))
        self.start_note.setText(self._start_text(snapshot))
        self.habit_picker.set_habits(snapshot.habits)
        self._show_habits()
        self.habits.setVisible(bool(snapshot.habits))
        self.habits_note.setText(self.tr("No habits yet. Add one on the Habits page."))
        self.habits_note.setVisible(not snapshot.habits)
        for panel, goal in zip(self.goal_panels, snapshot.goals, strict=True):
            panel.set_data(goal.goal.statement, goal_data(goal))
        self.goals_note.setText(
            self.tr("Each goal's progress against its target line (dashed).")
            if snapshot.goals
            else self.tr("No goals in this range. Set one on the Journey page.")
        )

    def _ratio_text(self, snapshot: ProgressSnapshot) -> str:
        ratio = snapshot.ratio
        if ratio.kind is RatioKind.RATIO:
            return self.tr(
                "{ratio} comments and replies per own post in this range "
                "({conversation} comments and replies, {posts} own posts)."
            ).format(
                ratio=decimal_text(ratio.value, 1),
                conversation=integer_text(ratio.conversation),
                posts=integer_text(ratio.own_posts),
            )
        if ratio.kind is RatioKind.NO_OWN_POSTS:
            return self.tr(
                "{conversation} comments and replies, no own posts yet in this range."
            ).format(conversation=integer_text(ratio.conversation))
        return self.tr("No comments, replies or own posts in this range yet.")

    def _start_text(self, snapshot: ProgressSnapshot) -> str:
        start = snapshot.stages.start
        if start is None:
            return self.tr("Your stage history begins with the first thing you log.")
        text = self.tr("You started as {stage} in the week of {day}.").format(
            stage=label(start.stage), day=format_day(start.monday)
        )
        if not snapshot.stages.start_in_range:
            text += " " + self.tr("Choose a longer range to see your start.")
        return text

    def _on_data_changed(self, kind: str) -> None:
        if kind in _KINDS:
            self.reload()

    def _on_database_failed(self, error: StorageError) -> None:
        self.insights.setText(error_text(error))
        self.mark_content_ready()
