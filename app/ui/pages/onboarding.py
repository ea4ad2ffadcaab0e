"""The onboarding wizard: survey, benefits, expertise profile and first goals; resumable, skippable.

Each step's answers are saved when the person moves on with Next (Skip moves on without saving
them); the profile's ``onboarding_step`` records where to resume. Reopening the page reads the
journey and continues at that step with the saved answers filled in.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.journey.ladder import StartingPoint
from app.domain.journey.profile import Assessment, OnboardingStep, Profile
from app.storage.errors import StorageError
from app.storage.journey.records import GoalRecord
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.guard import qt_override, soon
from app.ui.journey import access as journey_access
from app.ui.journey.access import read_journey, write_journey
from app.ui.kit.i18n import current_language
from app.ui.kit.widgets import wrapped_label
from app.ui.onboarding.benefits import BenefitsStep
from app.ui.onboarding.common import WizardButtons, hint_label
from app.ui.onboarding.expertise import ExpertiseStep
from app.ui.onboarding.flow import (
    STEP_COUNT,
    Pane,
    back_from,
    finish_change,
    is_new,
    pane_for,
    skip_to,
    step_after,
    step_number,
    survey_change,
)
from app.ui.onboarding.goals import GoalsStep
from app.ui.onboarding.result import SurveyResult
from app.ui.onboarding.suggestions import suggest_goals
from app.ui.onboarding.survey import SurveyStep
from app.ui.onboarding.words import Words, load_words
from app.ui.pages.base import Page

if TYPE_CHECKING:
    from app.services.journey import JourneyReader


_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

Loaded = tuple[Profile | None, list[Assessment], list[GoalRecord]]


class OnboardingPage(Page):
    """Signals:
    finished(): the person finished (or skipped) the last step; everything is saved.
    """

    finished = Signal()

    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.profile = Profile()
        self.assessments: list[Assessment] = []
        self.records: list[GoalRecord] = []
        self.point: StartingPoint | None = None
        self.words = Words()
        self.pane = Pane.SURVEY
        self.loaded = False
        self._saving = False
        self._words_language: str | None = None

    # -- building -----------------------------------------------------------------------------

    def build(self) -> None:
        self.progress_label = wrapped_label(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, STEP_COUNT)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.body.addWidget(self.progress_label)
        self.body.addWidget(self.progress)
        # Panes in a plain layout, only the current one shown: a QStackedWidget would be as tall
        # as its tallest pane (its heightForWidth asks every page), leaving gaps on short ones.
        self.survey = SurveyStep(self)
        self.result = SurveyResult(self)
        self.benefits = BenefitsStep(self)
        self.expertise = ExpertiseStep(self)
        self.goals = GoalsStep(self, today=journey_access.today(self.ctx))
        self.panes: list[QWidget] = [
            self.survey,
            self.result,
            self.benefits,
            self.expertise,
            self.goals,
        ]
        for pane in self.panes:
            pane.hide()
            self.body.addWidget(pane)
        self.error = hint_label(self)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self._build_navigation()
        self._scroll = self.findChild(QScrollArea)  # every pane stays hidden until loaded
        self._set_navigation_enabled(False)
        self.ctx.hub.databaseFailed.connect(self._on_database_failed)
        if self.ctx.database_error is not None:
            self._on_database_failed(self.ctx.database_error)
        else:
            read_journey(self.ctx, _load, self._on_loaded, self._on_failed)

    def _build_navigation(self) -> None:
        # Outside the scrolling body, so Back and Next stay in view on a long step.
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.buttons = WizardButtons(self)
        self.back_button = self.buttons.back
        self.skip_button = self.buttons.skip
        self.next_button = self.buttons.next
        self.back_button.clicked.connect(self._on_back_clicked)
        self.skip_button.clicked.connect(self._on_skip_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)  # Page's own: the scroll area, then this bar
        outer.addWidget(line)
        outer.addWidget(self.buttons)

    def retranslate(self) -> None:
        super().retranslate()
        language = current_language()
        if language != self._words_language:
            self._words_language = language
            self.ctx.tasks.run(lambda: load_words(language), self._on_words)
        self._show_texts()

    def _show_texts(self) -> None:
        number = step_number(self.pane)
        self.progress_label.setText(
            self.tr("Step {number} of {count}").format(number=number, count=STEP_COUNT)
        )
        self.progress.setValue(number)
        self.progress.setAccessibleName(self.progress_label.text())
        self.survey.retranslate(self.words)
        self.result.retranslate(self.words)
        self.benefits.retranslate(self.words)
        self.expertise.retranslate(self.words)
        self.goals.retranslate()
        self.buttons.retranslate(last=self.pane is Pane.GOALS)

    # -- loading --------------------------------------------------------------------------------

    def _on_words(self, words: Words) -> None:
        self.words = words
        self._show_texts()

    def _on_loaded(self, loaded: Loaded) -> None:
        profile, self.assessments, records = loaded
        self.profile = profile or Profile()
        self.records = [r for r in records if r.goal.active]
        latest = self.assessments[-1] if self.assessments else None
        self.survey.set_value(latest)
        self.point = latest.starting_point() if latest else None
        if self.point is not None:
            self.result.set_point(self.point)
        self.benefits.set_value(self.profile.role, self.profile.benefits, self.profile.why)
        self.expertise.set_value(self.profile)
        self.loaded = True
        self._set_navigation_enabled(True)
        self._show(pane_for(self.profile.onboarding_step))
        self.mark_content_ready()

    # -- moving ---------------------------------------------------------------------------------

    def _show(self, pane: Pane) -> None:
        if pane is Pane.PROFILE and not self.expertise.channels():
            self.expertise.set_channels(self.survey.chosen_channels())
        if pane is Pane.GOALS and not self.goals.touched:
            stage = self.point.stage if self.point else self.profile.start_stage
            today = journey_access.today(self.ctx)
            benefits = self.benefits.value()[1]
            self.goals.other_active = max(0, len(self.records) - len(self.goals.editors))
            self.goals.fill(self.records, suggest_goals(stage, benefits, today), today)
        self.pane = pane
        for index, widget in enumerate(self.panes):
            widget.setVisible(index == pane)
        self.back_button.setEnabled(back_from(pane) is not None)
        self.skip_button.setVisible(pane is not Pane.RESULT)
        self._show_texts()
        if self._scroll is not None:
            self._scroll.verticalScrollBar().setValue(0)
        self._focus_first()

    def shown(self) -> None:
        if self.built and self.loaded:
            if not self._saving:
                # Settings → You may have changed the profile since it was read here: walking
                # the wizard again must not write the old name, topics or benefits back.
                read_journey(self.ctx, lambda r: r.profile(), self._on_profile_read)
            self._focus_first()

    def _on_profile_read(self, profile: Profile | None) -> None:
        if profile is None or profile == self.profile or self._saving:
            return
        self.profile = profile
        self.benefits.set_value(profile.role, profile.benefits, profile.why)
        self.expertise.set_value(profile)

    def _focus_first(self) -> None:
        focus = {
            Pane.SURVEY: self.survey.first_input,
            Pane.RESULT: self.next_button,
            Pane.BENEFITS: self.benefits.first_input,
            Pane.PROFILE: self.expertise.first_input,
            Pane.GOALS: self.goals.first_input,
        }[self.pane]
        focus.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_next_clicked(self) -> None:
        if not self.loaded or self._saving:
            return
        pane = self.pane
        if pane is Pane.SURVEY:
            self._save_survey()
            self._show(Pane.RESULT)
        elif pane is Pane.RESULT:
            self._show(Pane.BENEFITS)
        elif pane is Pane.BENEFITS:
            role, benefits, why = self.benefits.value()
            self._save_profile(replace(self.profile, role=role, benefits=benefits, why=why), pane)
            self._show(Pane.PROFILE)
        elif pane is Pane.PROFILE:
            self._save_profile(self.expertise.value(self.profile), pane)
            self._show(Pane.GOALS)
        else:
            self._finish(with_goals=True)

    def _on_skip_clicked(self) -> None:
        if not self.loaded or self._saving:
            return
        if self.pane is Pane.GOALS:
            self._finish(with_goals=False)
            return
        self._save_profile(self.profile, self.pane)
        self._show(skip_to(self.pane))

    def _on_back_clicked(self) -> None:
        back = back_from(self.pane)
        if self.loaded and not self._saving and back is not None:
            self._show(back)

    @qt_override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter goes on, as in a dialog; on the last step only the button itself finishes.
        if event.key() in _ENTER and self.pane is not Pane.GOALS and self.next_button.isEnabled():
            soon(self._on_next_clicked)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- saving ---------------------------------------------------------------------------------

    def _save_profile(self, profile: Profile, pane: Pane) -> None:
        step = step_after(pane, self.profile.onboarding_step)
        self.profile = replace(profile, onboarding_step=step)
        saved = self.profile
        write_journey(self.ctx, lambda w: w.save_profile(saved), on_error=self._on_failed)

    def _save_survey(self) -> None:
        assessment = self.survey.value(journey_access.today(self.ctx))
        self.point = assessment.starting_point()
        self.result.set_point(self.point)
        new = is_new(assessment, self.assessments[-1] if self.assessments else None)
        if new:
            self.assessments.append(assessment)
        # The first survey sets the starting stage (JourneyWriter.add_assessment does the same).
        start = self.profile.start_stage
        self.profile = replace(
            self.profile,
            hours_per_week=assessment.hours_per_week,
            start_stage=self.point.stage if start is None else start,
            onboarding_step=step_after(Pane.SURVEY, self.profile.onboarding_step),
        )
        self.expertise.set_hours(assessment.hours_per_week)
        change = survey_change(assessment if new else None, self.profile)
        write_journey(self.ctx, change, on_error=self._on_failed)

    def _finish(self, *, with_goals: bool) -> None:
        today = journey_access.today(self.ctx)
        goals = self.goals.goals(today) if with_goals else []
        self.profile = replace(self.profile, onboarding_step=OnboardingStep.DONE)
        self._saving = True
        self._set_navigation_enabled(False)
        change = finish_change(goals, self.profile, today)
        write_journey(self.ctx, change, self._on_finished, self._on_failed)

    def _on_finished(self, _: object) -> None:
        self._saving = False
        self._set_navigation_enabled(True)
        self.finished.emit()

    # -- trouble --------------------------------------------------------------------------------

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, StorageError):
            raise error
        self._saving = False
        self._set_navigation_enabled(self.loaded)
        self.error.setText(error_text(error))
        self.error.show()

    def _on_database_failed(self, error: StorageError) -> None:
        self._on_failed(error)
        self.mark_content_ready()

    def _set_navigation_enabled(self, enabled: bool) -> None:
        for button in (self.back_button, self.skip_button, self.next_button):
            button.setEnabled(enabled)
        if enabled:
            self.back_button.setEnabled(back_from(self.pane) is not None)


def _load(reader: JourneyReader) -> Loaded:
    return reader.profile(), reader.assessments(), reader.goals()
