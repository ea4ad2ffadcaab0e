"""The Today page, the hub: where you stand, one next step, a quick log, this week's goals,
today's habits, this week's planned posts, recognition and reviews."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from itertools import pairwise
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLayout,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.activity import Activity
from app.domain.exchange.model import Received
from app.domain.journey.ladder import LadderRules, NextStep
from app.domain.journey.profile import OnboardingStep
from app.domain.journey.week_plan import monday_of
from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.guard import qt_override
from app.ui.journey import access as journey_access
from app.ui.journey.access import JOURNEY, read_journey
from app.ui.journey.texts import LadderTexts
from app.ui.journey.widgets import MilestoneBanner
from app.ui.kit.card import Card
from app.ui.kit.labels import label
from app.ui.kit.muted import MutedLabel
from app.ui.kit.widgets import layout_entries, layout_widgets, wrapped_label
from app.ui.pages.base import Page
from app.ui.today import hub
from app.ui.today.cards import NoticeCard, RecognitionCard, ReviewCard, WeekCard
from app.ui.today.exercises import ExercisesCard
from app.ui.today.goal_proposals import GoalProposalsCard
from app.ui.today.hub_cards import HabitsTodayCard, HubWords, NextStepCard, PlannedPostsCard
from app.ui.today.quick_log import QuickLogCard
from app.ui.today.sessions import SessionsCard

if TYPE_CHECKING:
    from app.services.journey import GoalView, JourneyReader, JourneyStatus, Logged
    from app.ui.today.goal_editor import GoalEditorDialog
    from app.ui.today.goal_review import GoalReviewDialog
    from app.ui.today.hub import HubData

SETTLE_MS = 150  # the travel row follows the first content by this much

D = TypeVar("D", bound=QDialog)
# Below this page width the two columns stack into one.
TWO_COLUMNS_FROM = 820
RULES = LadderRules()  # the thresholds the sentences quote; the services use the same defaults
# Composite controls take one Tab stop: their inner parts are not ordered separately.
_ONE_STOP = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit)


@dataclass(frozen=True)
class TodayData:
    status: JourneyStatus
    week: list[Activity]  # this week's activities, for the goals' weekly share
    from_coach: list[Received]  # imported feedback and recognition, for the recognition card
    agreed: frozenset[int] = frozenset()  # the goals agreed with a coach


def load_today(reader: JourneyReader, today: date) -> TodayData:
    return TodayData(
        reader.status(today),
        reader.activities(since=monday_of(today)),
        reader.from_coach(),
        reader.agreed_with_coach(),
    )


class TodayPage(Page):
    """Signals:
    onboardingRequested(): the person wants to start (or go on with) the onboarding.
    retakeRequested(): the person wants to re-take the survey (the quarterly re-assessment).
    importRequested(): the person wants to import their posts (the Your voice page).
    draftsRequested(): the person wants the Drafts page (this week's plan).

    Ctrl+Z (the platform's Undo) takes the last log back, as the Undo button does.
    """

    onboardingRequested = Signal()
    retakeRequested = Signal()
    importRequested = Signal()
    draftsRequested = Signal()

    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.data: TodayData | None = None
        self.hub_data: HubData | None = None
        self.dialog: QDialog | None = None
        self._error: StorageError | None = None
        self._step_action: str = ""  # what the next step's button does
        self._ordering = False

    # -- building ---------------------------------------------------------------------------------

    def build(self) -> None:
        self.words = LadderTexts(self)
        self.hub_words = HubWords(self)
        self.greeting = Card(self)
        self.stage_line = wrapped_label(self.greeting)
        self.stage_line.setTextFormat(Qt.TextFormat.RichText)
        self.holding = MutedLabel(self.greeting)
        self.holding.hide()
        for widget in (self.stage_line, self.holding):
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

        self.next_card = NextStepCard(self)
        self.next_card.taken.connect(self._on_step_taken)
        self.next_card.hide()
        self.next_step = self.next_card.text
        self.week = WeekCard(self, today=journey_access.today(self.ctx))
        self.week.addGoalRequested.connect(lambda: self.open_goal_editor(None))
        self.week.editGoalRequested.connect(self.open_goal_editor)
        self.quick_log = QuickLogCard(self.ctx, self)
        self.quick_log.logged.connect(self._on_logged)
        self.quick_log.undone.connect(self._on_undone)
        self.banner = MilestoneBanner(self)
        self.habits = HabitsTodayCard(self)
        self.habits.toggleRequested.connect(self._on_habit_toggled)
        self.habits.hide()
        self.plan = PlannedPostsCard(self)
        self.plan.openRequested.connect(self.draftsRequested)
        self.plan.hide()
        self.reviews = ReviewCard(self)
        self.reviews.reviewRequested.connect(self.open_review)
        self.recognition = RecognitionCard(self)
        self.exercises = ExercisesCard(self.ctx, self)  # from the coach; hidden while none
        self.proposals = GoalProposalsCard(self.ctx, self)  # goals the coach proposes
        self.sessions = SessionsCard(self.ctx, self)  # group sessions to come; hidden while none
        # Wide: what to do next beside where to log it; narrow: the log form first, so that at
        # 1024x600 it is on screen without scrolling, then the rest in reading order.
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
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.quick_log.undo)
        self.undo_shortcut = undo

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
            left = (self.next_card, self.proposals, self.exercises, self.sessions, self.week)
            left += (self.plan, self.reviews)
            right = (self.quick_log, self.banner, self.habits, self.recognition)
        else:
            left = (self.quick_log, self.banner, self.next_card, self.proposals, self.exercises)
            left += (self.sessions, self.week, self.habits)
            left += (self.plan, self.reviews, self.recognition)
            right = ()
        for column, widgets in ((self.left, left), (self.right, right)):
            for widget in widgets:
                column.addWidget(widget)
            column.addStretch(1)
        self.columns.setStretch(1, 1 if wide else 0)
        self.columns.setSpacing(16 if wide else 0)
        self.order_tabs_soon()

    # -- the keyboard ------------------------------------------------------------------------

    def order_tabs_soon(self) -> None:
        """Put Tab in visual order once the cards have rebuilt (they do on new data and on a
        language switch, and new buttons would otherwise come last)."""
        if not self._ordering:
            self._ordering = True
            QTimer.singleShot(0, self, self.order_tabs)

    def order_tabs(self) -> None:
        """Tab follows what a person reads: the top of the page, then the first column top to
        bottom, then the second (issue 22, item 6: the goals' Edit buttons before "Log it")."""
        self._ordering = False
        chain: list[QWidget] = []
        top = [self.greeting, self.onboarding, self.reassess]
        for part in (*top, *layout_widgets(self.left), *layout_widgets(self.right)):
            chain += _focus_chain(part)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

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
        self.holding.setText(self.words.holding(status.now, RULES))
        self.holding.setVisible(bool(self.holding.text()))
        self._retranslate_notices(status)
        self._show_next_step()
        self.order_tabs_soon()

    def _stage_html(self, status: JourneyStatus) -> str:
        now = status.now
        stage = f"<b>{escape(label(now.stage))}</b>"
        start = status.start
        if not now.from_log and start is not None:
            # Nothing logged yet: the stage is the survey's estimate, and says so.
            return escape(self.tr("Your starting point: {stage}")).format(stage=stage)
        text = escape(self.tr("Your stage now: {stage}")).format(stage=stage)
        parts = [text]
        if now.highest > now.stage:
            parts.append(escape(self.words.highest(now.highest)))
        if start is not None and start.stage != now.stage:
            started = self.tr("you started as: {stage}").format(stage=label(start.stage))
            parts.append(escape(started))
        return " &nbsp;·&nbsp; ".join(parts)

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
        """The ladder's next step in the words every page uses (app/ui/journey/texts.py)."""
        return self.words.step(step, RULES)

    def _show_next_step(self) -> None:
        """One next step: a review that is due, importing one's posts on a new folder, a first
        goal, or else the ladder's own next step. Before the onboarding, its notice is the step.
        """
        if self.data is None:
            return
        status = self.data.status
        if not status.onboarded:
            self.next_card.hide()
            return
        action, (title, text, button) = (
            "",
            self.hub_words.ladder(self.words.next_step(status.now, RULES)),
        )
        if status.reviews_due:
            action, (title, text, button) = (
                "review",
                self.hub_words.review(status.reviews_due[0].goal.statement),
            )
        elif not status.now.from_log:
            action, (title, text, button) = "import", self.hub_words.import_posts()
        elif not status.goals:
            action, (title, text, button) = "goal", self.hub_words.first_goal()
        self._step_action = action
        self.next_card.set_step(title, text, button)
        self.next_card.show()

    def _on_step_taken(self) -> None:
        if self.data is None:
            return
        if self._step_action == "review" and self.data.status.reviews_due:
            self.open_review(self.data.status.reviews_due[0])
        elif self._step_action == "import":
            self.importRequested.emit()
        elif self._step_action == "goal":
            self.open_goal_editor(None)

    # -- data ------------------------------------------------------------------------------------

    def _on_loaded(self, data: TodayData) -> None:
        self.data = data
        status = data.status
        self.quick_log.set_channels(status.profile.channels if status.profile else ())
        self.onboarding.setVisible(not status.onboarded)
        due = status.reassess_on is not None and status.reassess_on <= status.today
        self.reassess.setVisible(status.onboarded and due)
        self.week.agreed = data.agreed
        self.week.show_goals(status.goals, data.week, status.today)
        self.recognition.show_recognition(
            status.recognition, self.goal_statements(), data.from_coach
        )
        self.reviews.show_reviews(status.reviews_due, status.goals)
        self.retranslate()
        if self.travel is None:
            QTimer.singleShot(SETTLE_MS, self, lambda: self._add_travel_row(only_if_visible=True))
        self.mark_content_ready()
        self.reload_hub()

    def reload_hub(self) -> None:
        """Today's habits and this week's plan: read after the journey, never before it."""
        hub.read_hub(self.ctx, journey_access.today(self.ctx), self._on_hub_loaded, self._on_failed)

    def _on_hub_loaded(self, data: HubData) -> None:
        self.hub_data = data
        habits = data.habits.habits
        self.habits.show_habits(habits)
        self.habits.setVisible(bool(habits))
        self.plan.show_plan(data.plan, data.today)
        self.plan.show()
        self.order_tabs_soon()

    def _on_habit_toggled(self, habit_id: int) -> None:
        day = journey_access.today(self.ctx)
        hub.toggle_habit(self.ctx, habit_id, day, on_error=self._on_failed)

    def goal_statements(self) -> dict[int, str]:
        if self.data is None:
            return {}
        return {v.goal.id: v.goal.statement for v in self.data.status.goals if v.goal.id}

    def _on_data_changed(self, kind: str) -> None:
        if kind == JOURNEY:
            self.reload()  # the hub follows the journey
        elif kind in hub.AFFECTS_HUB and self.data is not None:
            self.reload_hub()

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
            self.order_tabs_soon()

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


def _focus_chain(widget: QWidget) -> list[QWidget]:
    """The controls in ``widget`` that take Tab, in the order of its layouts (the order a
    person reads them in), hidden ones too: Tab skips them until they show."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
        return [widget]  # a control: its inner parts are its own business
    if isinstance(widget, _ONE_STOP):
        return []
    layout = widget.layout()
    return _chain_of(layout) if layout is not None else []


def _chain_of(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for entry in layout_entries(layout):
        found += _focus_chain(entry) if isinstance(entry, QWidget) else _chain_of(entry)
    return found
