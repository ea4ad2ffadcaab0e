"""The Today page's cards: this week's goals, the newest recognition, reviews, and notices."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.domain.activity import Activity
from app.domain.exchange.model import Received
from app.domain.journey.goals import ActivityCount, GoalStatus, HabitCheckIns, ManualNumber
from app.domain.journey.milestones import Milestone
from app.domain.journey.week_plan import WeekPlan, WeekState, plan_week
from app.ui.guard import qt_override
from app.ui.journey.feed import FeedEntry, feed_entries, mark_of
from app.ui.journey.widgets import ProgressRow
from app.ui.kit.card import Card
from app.ui.kit.labels import label
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day, format_number
from app.ui.kit.widgets import clear_layout, wrapped_label

if TYPE_CHECKING:
    from app.services.journey import GoalView

# The newest few are recognition; the whole feed is the Journey page's.
RECOGNITION_SHOWN = 3


def _box(parent: QWidget, layout: QHBoxLayout | QVBoxLayout) -> QWidget:
    """A plain widget holding ``layout``, so that rows can be cleared as widgets."""
    box = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box


class _LiveCard(Card):
    """A card that renders itself from data it keeps, again on each language change."""

    def rebuild(self) -> None:
        raise NotImplementedError

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()
        super().changeEvent(event)


class WeekCard(_LiveCard):
    """What the active goals ask of this week, one progress row each.

    Signals:
        addGoalRequested(): the person wants a new goal.
        editGoalRequested(object): the person wants to change a goal (its ``GoalView``).
    """

    addGoalRequested = Signal()
    editGoalRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, today: date) -> None:
        """``today``: the page's today (ctx.clock), until ``show_goals`` brings the data's."""
        super().__init__(parent)
        self._goals: list[GoalView] = []
        self._week: list[Activity] = []
        self._today = today
        self.agreed: frozenset[int] = frozenset()  # goal ids agreed with a coach
        self.rows = QVBoxLayout()
        self.rows.setSpacing(16)
        self.content.addLayout(self.rows)
        self.empty = wrapped_label(self)
        self.content.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.addGoalRequested)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.content.addLayout(buttons)
        self.row_widgets: list[ProgressRow] = []
        self.rebuild()

    def show_goals(self, goals: Sequence[GoalView], week: Sequence[Activity], today: date) -> None:
        self._goals, self._week, self._today = list(goals), list(week), today
        self.rebuild()

    def rebuild(self) -> None:
        self.set_title(self.tr("This week"))
        clear_layout(self.rows)
        self.row_widgets = []
        for view in self._goals:
            row = ProgressRow(self)
            edit = QToolButton(self)
            edit.setText(self.tr("Edit"))
            edit.setAccessibleName(self.tr("Edit goal: {goal}").format(goal=view.goal.statement))
            edit.clicked.connect(lambda _=False, v=view: self.editGoalRequested.emit(v))
            row.add_button(edit)
            self._fill_row(row, view)
            self.rows.addWidget(row)
            self.row_widgets.append(row)
        has_goals = bool(self._goals)
        self.empty.setVisible(not has_goals)
        self.empty.setText(
            self.tr(
                "A goal turns a good intention into a plan for the week. Start small: two "
                "comments a week for a month is a fine first goal."
            )
        )
        self.add_button.setText(
            self.tr("Add a goal") if has_goals else self.tr("Set your first goal")
        )

    def _fill_row(self, row: ProgressRow, view: GoalView) -> None:
        goal, progress = view.goal, view.progress
        plan = plan_week(goal, progress, self._week, self._today)
        overall = self.tr("{current} of {target}").format(
            current=format_number(progress.current), target=format_number(progress.target)
        )
        fraction, value = progress.fraction, overall
        if plan.state in (WeekState.TO_DO, WeekState.WEEK_DONE):
            fraction = plan.fraction
            value = self.tr("{done} of {target} this week").format(
                done=plan.done, target=plan.target
            )
        elif isinstance(goal.measure, ManualNumber) and goal.measure.unit:
            value = f"{overall} {goal.measure.unit}"
        row.set_texts(goal.statement, self._caption(view), self._hint(view, plan))
        row.set_progress(fraction, value)
        row.set_status(None if plan.state is WeekState.NOT_STARTED else progress.status)

    def _caption(self, view: GoalView) -> str:
        goal = view.goal
        parts: list[str] = []
        if isinstance(goal.measure, ActivityCount):
            parts.append(label(goal.measure.kind))
            if goal.measure.channel is not None:
                parts.append(label(goal.measure.channel))
        elif isinstance(goal.measure, HabitCheckIns):
            parts.append(self.tr("Habit check-ins"))
        if goal.deadline is not None:
            parts.append(self.tr("by {day}").format(day=format_day(goal.deadline)))
        if goal.id is not None and goal.id in self.agreed:
            parts.append(self.tr("agreed with your coach"))
        return " · ".join(parts)

    def _hint(self, view: GoalView, plan: WeekPlan) -> str:
        goal = view.goal
        state = plan.state
        if state is WeekState.GOAL_DONE:
            return self.tr("Goal reached. Set the next one when you are ready.")
        if state is WeekState.NOT_STARTED:
            return self.tr("Starts on {day}.").format(day=format_day(goal.start))
        if state is WeekState.OVERDUE:
            return self.tr("The deadline has passed. Change the goal, or set a new one.")
        if state is WeekState.WEEK_DONE:
            return self.tr("This week's share is done. Anything more is a head start.")
        if state is WeekState.TO_DO:
            if view.progress.status is GoalStatus.BEHIND:
                return self.tr("{left} more this week helps you catch up.").format(left=plan.left)
            return self.tr("{left} more this week keeps you on track.").format(left=plan.left)
        if isinstance(goal.measure, ManualNumber):
            return self.tr("Update the number with Edit when it changes.")
        if isinstance(goal.measure, ActivityCount):
            return self.tr("{done} this week. Add a deadline to see a weekly pace.").format(
                done=plan.done
            )
        return ""


class RecognitionCard(_LiveCard):
    """The newest of the recognition feed (milestones, a coach's words), with their days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[FeedEntry] = []
        self.items = QVBoxLayout()
        self.items.setSpacing(10)
        self.content.addLayout(self.items)
        self.empty = wrapped_label(self)
        self.content.addWidget(self.empty)
        self.titles: list[QLabel] = []
        self.rebuild()

    def show_recognition(
        self,
        milestones: Sequence[Milestone],
        goals: dict[int, str],
        from_coach: Sequence[Received] = (),
    ) -> None:
        self._entries = feed_entries(milestones, goals, from_coach)[:RECOGNITION_SHOWN]
        self.rebuild()

    def rebuild(self) -> None:
        self.set_title(self.tr("Recognition"))
        clear_layout(self.items)
        self.titles = []
        for entry in self._entries:
            title = wrapped_label(self)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setText(mark_of(entry) + entry.title())
            detail = MutedLabel(self)
            detail.setText(" · ".join(t for t in (format_day(entry.day), entry.detail()) if t))
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(title)
            column.addWidget(detail)
            self.items.addWidget(_box(self, column))
            self.titles.append(title)
        self.empty.setVisible(not self._entries)
        self.empty.setText(
            self.tr(
                "Milestones show up here: your first comment, your first own post, four weeks "
                "in a row. The first one may be a single comment away."
            )
        )


class ReviewCard(_LiveCard):
    """Goals whose review is due, each with "Review now"; otherwise when the next one is.

    Signals:
        reviewRequested(object): the person wants to review a goal (its ``GoalView``).
    """

    reviewRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._due: list[GoalView] = []
        self._goals: list[GoalView] = []
        self.intro = wrapped_label(self)
        self.content.addWidget(self.intro)
        self.items = QVBoxLayout()
        self.items.setSpacing(8)
        self.content.addLayout(self.items)
        self.review_buttons: list[QPushButton] = []
        self.rebuild()

    def show_reviews(self, due: Sequence[GoalView], goals: Sequence[GoalView]) -> None:
        self._due, self._goals = list(due), list(goals)
        self.rebuild()

    def rebuild(self) -> None:
        self.set_title(self.tr("Next review"))
        clear_layout(self.items)
        self.review_buttons = []
        if self._due:
            self.intro.setText(
                self.tr("Time to look back: a few lines on how it goes help you choose what next.")
            )
            for view in self._due:
                self._add_due(view)
        elif self._goals:
            soonest = min(self._goals, key=lambda v: v.next_review)
            self.intro.setText(
                self.tr("Next review on {day}: {goal}").format(
                    day=format_day(soonest.next_review), goal=soonest.goal.statement
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Once you have a goal, you will be asked now and then how it goes: a few "
                    "lines, kept in your journal."
                )
            )

    def _add_due(self, view: GoalView) -> None:
        row = QHBoxLayout()
        text = wrapped_label(self)
        text.setText(view.goal.statement)
        button = QPushButton(self.tr("Review now"), self)
        button.setAccessibleName(self.tr("Review now: {goal}").format(goal=view.goal.statement))
        button.clicked.connect(lambda _=False, v=view: self.reviewRequested.emit(v))
        row.addWidget(text, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.items.addWidget(_box(self, row))
        self.review_buttons.append(button)


class NoticeCard(Card):
    """A short message with one button (start onboarding, re-take the survey).

    Signals:
        clicked(): the button was pressed.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = wrapped_label(self)
        self.content.addWidget(self.text)
        row = QHBoxLayout()
        self.button = QPushButton(self)
        self.button.clicked.connect(self.clicked)
        row.addWidget(self.button)
        row.addStretch(1)
        self.content.addLayout(row)

    def set_texts(self, title: str, text: str, button: str) -> None:
        self.set_title(title)
        self.text.setText(text)
        self.button.setText(button)
