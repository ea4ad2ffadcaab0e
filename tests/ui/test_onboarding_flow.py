"""The wizard's rules without widgets: where each button goes, and which goals it suggests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.activity import ActivityKind, Channel
from app.domain.journey.goals import ActivityCount
from app.domain.journey.ladder import Frequency, Stage
from app.domain.journey.profile import Action, Assessment, Benefit, ChannelAnswers, OnboardingStep
from app.ui.onboarding.flow import (
    Pane,
    back_from,
    is_new,
    pane_for,
    skip_to,
    step_after,
    step_number,
)
from app.ui.onboarding.suggestions import GOAL_WEEKS, suggest_goals

TODAY = date(2025, 3, 3)


def test_the_result_belongs_to_step_one_and_skip_passes_it() -> None:
    assert [step_number(p) for p in Pane] == [1, 1, 2, 3, 4]
    assert skip_to(Pane.SURVEY) is Pane.BENEFITS
    assert back_from(Pane.SURVEY) is None
    assert back_from(Pane.BENEFITS) is Pane.SURVEY  # back to the answers, not the outcome


def test_resuming_and_walking_again() -> None:
    assert pane_for(OnboardingStep.GOALS) is Pane.GOALS
    assert pane_for(OnboardingStep.DONE) is Pane.SURVEY
    assert step_after(Pane.BENEFITS, OnboardingStep.BENEFITS) is OnboardingStep.PROFILE
    assert step_after(Pane.SURVEY, OnboardingStep.DONE) is OnboardingStep.DONE


def test_a_survey_is_new_only_when_an_answer_changed() -> None:
    answers = (ChannelAnswers(Channel.X, {Action.COMMENT: Frequency.WEEKLY}),)
    stored = Assessment(TODAY, answers, confidence=2, id=7)
    assert not is_new(Assessment(TODAY + timedelta(days=3), answers, confidence=2), stored)
    assert is_new(Assessment(TODAY, answers, confidence=3), stored)
    assert is_new(Assessment(TODAY), None)


@pytest.mark.usefixtures("qapp")
def test_a_commenter_is_offered_thoughtful_comments_first() -> None:
    first, *rest = suggest_goals(Stage.COMMENTER, [], TODAY)
    assert first.statement == "Comment thoughtfully on 3 posts a week"
    assert first.measure == ActivityCount(ActivityKind.COMMENT)
    assert first.target == 3 * GOAL_WEEKS
    assert first.deadline == TODAY + timedelta(weeks=GOAL_WEEKS)
    assert len(rest) == 2


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("stage", [None, *Stage])
@pytest.mark.parametrize("benefits", [[], [Benefit.LEARNING, Benefit.RECRUITING], list(Benefit)])
def test_three_suggestions_each_counting_something_different(
    stage: Stage | None, benefits: list[Benefit]
) -> None:
    found = suggest_goals(stage, benefits, TODAY)
    assert len(found) == 3
    assert len({s.measure.kind for s in found}) == 3
    assert all(s.target >= 1 and len(s.statement.split()) >= 3 for s in found)


@pytest.mark.usefixtures("qapp")
def test_benefits_follow_the_stage_in_the_order_picked() -> None:
    found = suggest_goals(Stage.LISTENER, [Benefit.CUSTOMER_DIALOGUE, Benefit.VISIBILITY], TODAY)
    assert [s.measure.kind for s in found] == [
        ActivityKind.REACTION,
        ActivityKind.REPLY,
        ActivityKind.OWN_POST,
    ]


def test_roles_and_benefits_with_one_value_keep_their_own_words() -> None:
    from app.domain.journey.profile import Benefit, RoleLens
    from app.services.journey.content import load_onboarding
    from app.ui.onboarding.words import Words

    words = Words(load_onboarding("en"))
    assert words._label(RoleLens.RECRUITING) != words._label(Benefit.RECRUITING)
