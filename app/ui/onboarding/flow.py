"""Where the wizard goes from each pane, and what each move writes: rules without widgets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING

from app.domain.journey.goals import Goal
from app.domain.journey.profile import Assessment, OnboardingStep, Profile

if TYPE_CHECKING:
    from app.services.journey import JourneyWriter

Change = Callable[["JourneyWriter"], None]


class Pane(IntEnum):
    """What the wizard shows; the survey's result is a pane of step 1, not a step of its own."""

    SURVEY = 0
    RESULT = 1
    BENEFITS = 2
    PROFILE = 3
    GOALS = 4


STEP_COUNT = 4
_NUMBER = {Pane.SURVEY: 1, Pane.RESULT: 1, Pane.BENEFITS: 2, Pane.PROFILE: 3, Pane.GOALS: 4}
_PANE_OF = {
    OnboardingStep.SURVEY: Pane.SURVEY,
    OnboardingStep.BENEFITS: Pane.BENEFITS,
    OnboardingStep.PROFILE: Pane.PROFILE,
    OnboardingStep.GOALS: Pane.GOALS,
    OnboardingStep.DONE: Pane.SURVEY,  # walking it again: every answer is filled in
}
_STEP_AFTER = {
    Pane.SURVEY: OnboardingStep.BENEFITS,
    Pane.RESULT: OnboardingStep.BENEFITS,
    Pane.BENEFITS: OnboardingStep.PROFILE,
    Pane.PROFILE: OnboardingStep.GOALS,
    Pane.GOALS: OnboardingStep.DONE,
}
_BACK = {
    Pane.RESULT: Pane.SURVEY,
    Pane.BENEFITS: Pane.SURVEY,  # the result is an outcome: back goes to the answers
    Pane.PROFILE: Pane.BENEFITS,
    Pane.GOALS: Pane.PROFILE,
}


def step_number(pane: Pane) -> int:
    """1 to STEP_COUNT, for "Step 2 of 4"."""
    return _NUMBER[pane]


def pane_for(step: OnboardingStep) -> Pane:
    """Where to resume."""
    return _PANE_OF[step]


def step_after(pane: Pane, saved: OnboardingStep) -> OnboardingStep:
    """The step to record on leaving ``pane`` forwards; walking it again never un-finishes it."""
    return OnboardingStep.DONE if saved is OnboardingStep.DONE else _STEP_AFTER[pane]


def skip_to(pane: Pane) -> Pane:
    """Where Skip goes: the next step (past the survey's result, which needs a survey)."""
    return _PANE_OF[_STEP_AFTER[pane]]


def back_from(pane: Pane) -> Pane | None:
    return _BACK.get(pane)


def is_new(assessment: Assessment, latest: Assessment | None) -> bool:
    """Whether ``assessment`` says anything the latest stored one does not (its date aside)."""
    if latest is None:
        return True
    return replace(latest, taken_on=assessment.taken_on, id=None) != assessment


def survey_change(assessment: Assessment | None, profile: Profile) -> Change:
    """Store the survey (unless unchanged: None), then the profile with where to resume."""

    def change(writer: JourneyWriter) -> None:
        if assessment is not None:
            writer.add_assessment(assessment)
        writer.save_profile(profile)

    return change


def finish_change(goals: Sequence[Goal], profile: Profile, today: date) -> Change:
    def change(writer: JourneyWriter) -> None:
        for goal in goals:
            writer.save_goal(goal, today)
        writer.save_profile(profile)

    return change
