"""The Today page: where you stand, what this week asks, a quick log, recognition, reviews."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from app.domain.activity import Activity
from app.domain.journey.ladder import LadderRules, NextStep
from app.domain.journey.profile import OnboardingStep
from app.domain.journey.week_plan import monday_of
from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.guard import qt_override
from app.ui.journey import access as journey_access
from app.ui.journey.access import JOURNEY, read_journey
from app.ui.journey.widgets import MilestoneBanner
from app.ui.kit.card import Card
from app.ui.kit.labels import label
from app.ui.kit.widgets import wrapped_label
from app.ui.pages.base import Page
from app.ui.today.cards import NoticeCard, RecognitionCard, ReviewCard, WeekCard
from app.ui.today.quick_log import QuickLogCard

if TYPE_CHECKING:
    from app.services.journey import GoalView, JourneyReader, JourneyStatus, Logged
    from app.ui.today.goal_editor import GoalEditorDialog
    from app.ui.today.goal_review import GoalReviewDialog

SETTLE_MS = 150  # the travel row follows the first content by this much

D = TypeVar("D", bound=QDialog)
# Below this page width the two columns stack into one.
TWO_COLUMNS_FROM = 820
RULES = LadderRules()  # the thresholds the sentences quote; the services use the same defaults


@dataclass(frozen=True)
class TodayData:
    status: JourneyStatus
    week: list[Activity]  # this week's activities, for the goals' weekly share


def load_today(reader: JourneyReader, today: date) -> TodayData:
    return TodayData(reader.status(today), reader.activities(since=monday_of(today)))


class TodayPage(Page):
    """Signals:
    onboardingRequested(): the person wants to start (or go on with) the onboarding.
    retakeRequested(): the person wants to re-take the survey (the quarterly re-assessment).
    """

    onboardingRequested = Signal()
    retakeRequested = Signal()

    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.data: TodayData | None = None
        self.dialog: QDialog | None = None
        self._error: StorageError | None = None

    # -- building ---------------------------------------------------------------------------------

    def build(self) -> None:
        self.greeting = Card(self)
        self.stage_line = wrapped_label(self.greeting)
        self.next_step = wrapped_label(self.greeting)
        self.stage_line.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.stage_line, self.next_step):
            self.greeting.content.addWidget(widget)
        self.travel: QWidget | None = None
        self.error = wrapped_label(self)
        self.error.hide()
        self.onboarding = NoticeCard(self)
        self.onboarding.clicked.connect(self.onboardingRequested)
        self.reassess = NoticeCard(self)
        self.reassess.clicked.connect(self.retakeRequested)
        for notice in (self.error, self.greeting, self.onboarding, self.reassess):
            self.body.addWidget(notice)
        self.onboarding.hide()
        self.reassess.hide()

        self.week = WeekCard(self, today=journey_access.today(self.ctx))
        self.week.addGoalRequested.connect(lambda: self.open_goal_editor(None))
        self.week.editGoalRequested.connect(self.open_goal_editor)
        self.quick_log = QuickLogCard(self.ctx, self)
        self.quick_log.logged.connect(self._on_logged)
        self.quick_log.undone.connect(self._on_undone)
        self.banner = MilestoneBanner(self)
        self.reviews = ReviewCard(self)
        self.reviews.reviewRequested.connect(self.open_review)
        self.recognition = RecognitionCard(self)
        # Wide: what to do next to where to log it; narrow: one column in reading order.
        self.columns = QHBoxLayout()
        self.columns.setSpacing(16)
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        for column in (self.left, self.right):
            column.setSpacing(16)
            self.columns.addLayout(column, 1)
        self._wide: bool | None = None
        self._arrange(self.width() >= TWO_COLUMNS_FROM)
        self.body.addLayout(self.columns)
        self.body.addStretch(1)
        self.setFocusProxy(self.quick_log)

        self.ctx.hub.dataChanged.connect(self._on_data_changed)
        self.ctx.hub.databaseFailed.connect(self._on_database_failed)
        if self.ctx.database_error is not None:
            self._on_database_failed(self.ctx.database_error)
        self.reload()

    def reload(self) -> None:
        today = journey_access.today(self.ctx)
        read_journey(self.ctx, lambda r: load_today(r, today), self._on_loaded, self._on_failed)

    def shown(self) -> None:
        if self.travel is None and self.data is not None:
            self._add_travel_row()
        # Left open overnight, the page would otherwise still speak of yesterday.
        if self.data is not None and self.data.status.today != journey_access.today(self.ctx):
            self.quick_log.reset_day()
            self.reload()

    @qt_override
    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.built:
            self._arrange(event.size().width() >= TWO_COLUMNS_FROM)
        super().resizeEvent(event)

    def _arrange(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        for column in (self.left, self.right):
            while column.count():
                column.takeAt(0)
        left: tuple[QWidget, ...]
        right: tuple[QWidget, ...]
        if wide:
            left = (self.week, self.reviews)
            right = (self.quick_log, self.banner, self.recognition)
        else:
            left = (self.week, self.quick_log, self.banner, self.reviews, self.recognition)
            right = ()
        for column, widgets in ((self.left, left), (self.right, right)):
            for widget in widgets:
                column.addWidget(widget)
            column.addStretch(1)
        self.columns.setStretch(1, 1 if wide else 0)
        self.columns.setSpacing(16 if wide else 0)

    # -- what the person sees ------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        if self._error is not None:
            self.error.setText(error_text(self._error))
        if self.data is None:
            self.greeting.set_title(self.tr("Hello"))
            self.stage_line.setText(
                self.tr("Opening your journey…")
                if self._error is None
                else self.tr("Your journey cannot be opened just now.")
            )
            return
        status = self.data.status
        name = status.profile.name.strip() if status.profile is not None else ""
        self.greeting.set_title(
            self.tr("Hello, {name}").format(name=name) if name else self.tr("Hello")
        )
        self.stage_line.setText(self._stage_html(status))
        self.next_step.setText(self.next_step_text(status.now.reason))
        self._retranslate_notices(status)

    def _stage_html(self, status: JourneyStatus) -> str:
        logged = any(week.from_log for week in status.weeks)
        stage = f"<b>{escape(label(status.now.stage))}</b>"
        start = status.start
        if not logged and start is not None:
            # Nothing logged yet: the stage is the survey's estimate, and says so.
            return escape(self.tr("Your starting point: {stage}")).format(stage=stage)
        text = escape(self.tr("Where you stand now: {stage}")).format(stage=stage)
        if start is not None and start.stage != status.now.stage:
            started = self.tr("you started as: {stage}").format(stage=label(start.stage))
            text += f" &nbsp;·&nbsp; {escape(started)}"
        return text

    def _retranslate_notices(self, status: JourneyStatus) -> None:
        resuming = status.profile is not None and status.profile.onboarding_step not in (
            OnboardingStep.SURVEY,
            OnboardingStep.DONE,
        )
        self.onboarding.set_texts(
            self.tr("Find your starting point"),
            self.tr(
                "A few questions on how you use social media now, what you want from it and "
                "what you know about. It takes about ten minutes, and every step can be skipped."
            ),
            self.tr("Continue") if resuming else self.tr("Start"),
        )
        self.reassess.set_texts(
            self.tr("Time for your quarterly check"),
            self.tr(
                "Three months have passed since your last survey. Take it again to see how "
                "your habits have changed since you started."
            ),
            self.tr("Re-take the survey"),
        )

    def next_step_text(self, step: NextStep) -> str:
        r = RULES
        texts = {
            NextStep.START_FOLLOWING: self.tr(
                "First step: follow a few people in your field and read what they share."
            ),
            NextStep.MORE_PUBLIC_ACTIONS: self.tr(
                "Next step up: {n} public actions within {weeks} weeks. A reaction or a share "
                "counts."
            ).format(n=r.supporter_min_actions, weeks=r.window_weeks),
            NextStep.MORE_COMMENTS: self.tr(
                "Next step up: {n} comments on other people's posts within {weeks} weeks."
            ).format(n=r.commenter_min_comments, weeks=r.window_weeks),
            NextStep.MORE_REPLIES: self.tr(
                "Next step up: reply in a discussion {n} times within {weeks} weeks."
            ).format(n=r.conversationalist_min_replies, weeks=r.window_weeks),
            NextStep.MORE_CONVERSATION_WEEKS: self.tr(
                "Next step up: comment or reply in {n} different weeks out of {weeks}."
            ).format(n=r.conversationalist_active_weeks, weeks=r.window_weeks),
            NextStep.MORE_CREATION_WEEKS: self.tr(
                "Next step up: an own post, or a share with your own words, in {n} different "
                "weeks out of {weeks}."
            ).format(n=r.creator_active_weeks, weeks=r.window_weeks),
            NextStep.SUSTAIN_CREATION: self.tr(
                "Next step up: keep creating, with own posts in {n} of the last {weeks} weeks."
            ).format(n=r.role_model_creation_weeks, weeks=r.role_model_window_weeks),
            NextStep.SUSTAIN_CONVERSATION: self.tr(
                "Next step up: keep the conversations going in {n} of the last {weeks} weeks."
            ).format(n=r.role_model_conversation_weeks, weeks=r.role_model_window_weeks),
            NextStep.TOP_REACHED: self.tr(
                "You are at the top of the ladder. Keep your rhythm, and show others the way."
            ),
        }
        return texts[step]

    # -- data ------------------------------------------------------------------------------------

    def _on_loaded(self, data: TodayData) -> None:
        self.data = data
        status = data.status
        self.quick_log.set_channels(status.profile.channels if status.profile else ())
        self.onboarding.setVisible(not status.onboarded)
        due = status.reassess_on is not None and status.reassess_on <= status.today
        self.reassess.setVisible(status.onboarded and due)
        self.week.show_goals(status.goals, data.week, status.today)
        self.recognition.show_recognition(status.recognition, self.goal_statements())
        self.reviews.show_reviews(status.reviews_due, status.goals)
        self.retranslate()
        if self.travel is None:
            QTimer.singleShot(SETTLE_MS, self, lambda: self._add_travel_row(only_if_visible=True))
        self.mark_content_ready()

    def goal_statements(self) -> dict[int, str]:
        if self.data is None:
            return {}
        return {v.goal.id: v.goal.statement for v in self.data.status.goals if v.goal.id}

    def _on_data_changed(self, kind: str) -> None:
        if kind == JOURNEY:
            self.reload()

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, StorageError):
            raise error
        self._on_database_failed(error)

    def _on_database_failed(self, error: StorageError) -> None:
        self._error = error
        self.error.setText(error_text(error))
        self.error.show()
        if self.data is None:  # not "Opening your journey…" for ever
            self.retranslate()
        self.mark_content_ready()

    def _on_logged(self, logged: Logged) -> None:
        self.banner.celebrate(logged.new_milestones, self.goal_statements())

    def _on_undone(self) -> None:
        self.banner.clear()

    # -- dialogs ----------------------------------------------------------------------------------

    def _add_travel_row(self, *, only_if_visible: bool = False) -> None:
        """ "I'm travelling until …": while away, no habit counts against the person. Made just
        after the page's first content (it needs the habits module, which the first frame
        does not)."""
        from app.ui.habits.travel_widget import TravelWidget

        if self.travel is None and (self.isVisible() or not only_if_visible):
            self.travel = TravelWidget(self.ctx, self.greeting)
            self.greeting.content.addWidget(self.travel)

    def open_goal_editor(self, view: GoalView | None = None) -> GoalEditorDialog:
        goals = self.data.status.goals if self.data is not None else []
        own = view.goal.id if view is not None else None
        others = sum(1 for v in goals if v.goal.id != own)
        from app.ui.today.goal_editor import GoalEditorDialog

        dialog = GoalEditorDialog(self.ctx, view.record if view else None, others, self)
        return self._open(dialog)

    def open_review(self, view: GoalView) -> GoalReviewDialog:
        from app.ui.today.goal_review import GoalReviewDialog

        return self._open(GoalReviewDialog(self.ctx, view, self))

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
