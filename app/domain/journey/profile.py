"""The person's own starting point: self-assessment, benefits, expertise profile, onboarding."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from app.domain.activity import Channel
from app.domain.journey.ladder import Frequency, SelfAssessment, Stage, StartingPoint
from app.domain.journey.ladder import stage_from_self_assessment as _stage_from

# Values are stored in the database: never rename one, only add.


class RoleLens(StrEnum):
    LEADER = "leader"
    SALES = "sales"
    EXPERT = "expert"
    RECRUITING = "recruiting"
    OTHER = "other"


class Benefit(StrEnum):
    LEARNING = "learning"
    INFLUENCE = "influence"
    NETWORKING = "networking"
    VISIBILITY = "visibility"
    CUSTOMER_DIALOGUE = "customer_dialogue"
    RECRUITING = "recruiting"


class Barrier(StrEnum):
    TIME = "time"
    WHAT_TO_SAY = "what_to_say"
    FEAR_OF_MISTAKES = "fear_of_mistakes"
    NOT_MY_THING = "not_my_thing"
    WHAT_IS_ALLOWED = "what_is_allowed"
    LANGUAGE = "language"
    OTHER = "other"


class Action(StrEnum):
    """What a person does on a channel, as asked in the survey."""

    READ = "read"
    REACT = "react"
    SHARE = "share"
    COMMENT = "comment"
    DISCUSS = "discuss"
    POST = "post"


class OnboardingStep(StrEnum):
    SURVEY = "survey"
    BENEFITS = "benefits"
    PROFILE = "profile"
    GOALS = "goals"
    DONE = "done"


ONBOARDING_ORDER = tuple(OnboardingStep)
MAX_BENEFITS = 3
TOPICS_RANGE = (3, 5)
REASSESS_AFTER = timedelta(days=91)  # a quarter
_FREQUENCY_ORDER = tuple(Frequency)


@dataclass(frozen=True)
class ChannelAnswers:
    """How often the person does each action on one channel."""

    channel: Channel
    answers: dict[Action, Frequency] = field(default_factory=dict)

    def get(self, action: Action) -> Frequency:
        return self.answers.get(action, Frequency.NEVER)


@dataclass(frozen=True)
class Assessment:
    """One survey of the ground: the start, or a quarterly re-take."""

    taken_on: date
    channels: tuple[ChannelAnswers, ...] = ()
    confidence: int = 3  # 1..5
    hours_per_week: float = 1.0
    knows_guidelines: bool | None = None  # None: not answered
    barriers: frozenset[Barrier] = frozenset()
    id: int | None = None

    def combined(self) -> SelfAssessment:
        """Per action, the most frequent answer over all channels."""

        def most(action: Action) -> Frequency:
            answers = [c.get(action) for c in self.channels] or [Frequency.NEVER]
            return max(answers, key=_FREQUENCY_ORDER.index)

        return SelfAssessment(
            read=most(Action.READ),
            react=most(Action.REACT),
            share=most(Action.SHARE),
            comment=most(Action.COMMENT),
            discuss=most(Action.DISCUSS),
            post=most(Action.POST),
        )

    def starting_point(self) -> StartingPoint:
        return _stage_from(self.combined())


@dataclass(frozen=True)
class Profile:
    """The person's own reasons and expertise, filled in during onboarding and editable later."""

    name: str = ""
    role: RoleLens | None = None
    benefits: tuple[Benefit, ...] = ()
    why: str = ""  # in their own words
    topics: tuple[str, ...] = ()
    audience: str = ""
    channels: tuple[Channel, ...] = ()
    languages: tuple[str, ...] = ()
    hours_per_week: float = 1.0
    start_stage: Stage | None = None
    onboarding_step: OnboardingStep = OnboardingStep.SURVEY


class ProfileIssue(StrEnum):
    TOO_MANY_BENEFITS = "too_many_benefits"
    TOO_FEW_TOPICS = "too_few_topics"
    TOO_MANY_TOPICS = "too_many_topics"
    NO_CHANNEL = "no_channel"
    NO_LANGUAGE = "no_language"


def profile_issues(profile: Profile) -> list[ProfileIssue]:
    """What the expertise profile still lacks; the wizard shows these as gentle hints."""
    issues: list[ProfileIssue] = []
    if len(profile.benefits) > MAX_BENEFITS:
        issues.append(ProfileIssue.TOO_MANY_BENEFITS)
    topics = [t for t in profile.topics if t.strip()]
    if len(topics) < TOPICS_RANGE[0]:
        issues.append(ProfileIssue.TOO_FEW_TOPICS)
    elif len(topics) > TOPICS_RANGE[1]:
        issues.append(ProfileIssue.TOO_MANY_TOPICS)
    if not profile.channels:
        issues.append(ProfileIssue.NO_CHANNEL)
    if not profile.languages:
        issues.append(ProfileIssue.NO_LANGUAGE)
    return issues


def next_step(step: OnboardingStep) -> OnboardingStep:
    index = ONBOARDING_ORDER.index(step)
    return ONBOARDING_ORDER[min(index + 1, len(ONBOARDING_ORDER) - 1)]


def previous_step(step: OnboardingStep) -> OnboardingStep:
    return ONBOARDING_ORDER[max(ONBOARDING_ORDER.index(step) - 1, 0)]


def reassessment_due(assessments: list[Assessment], today: date) -> date | None:
    """When the next quarterly re-take is due (None before the first survey)."""
    if not assessments:
        return None
    last = max(a.taken_on for a in assessments)
    return last + REASSESS_AFTER


@dataclass(frozen=True)
class AssessmentChange:
    """How a re-take compares with the first survey: per action, the step up or down."""

    action: Action
    before: Frequency
    after: Frequency

    @property
    def delta(self) -> int:
        return _FREQUENCY_ORDER.index(self.after) - _FREQUENCY_ORDER.index(self.before)


def compare_assessments(first: Assessment, latest: Assessment) -> list[AssessmentChange]:
    a, b = first.combined(), latest.combined()
    return [
        AssessmentChange(action, getattr(a, action.value), getattr(b, action.value))
        for action in Action
    ]
