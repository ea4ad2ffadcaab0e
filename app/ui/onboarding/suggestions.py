"""First goals to offer: one small step up from the starting stage, then one per chosen benefit.

Each suggestion counts one kind of logged activity over the default eight weeks, so it is
measurable from the first day; the wording says the weekly pace, the target is the total.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.activity import ActivityKind
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.journey.goals import MAX_ACTIVE_GOALS, ActivityCount
from app.domain.journey.ladder import Stage
from app.domain.journey.profile import Benefit
from app.ui.kit.i18n import translated

GOAL_WEEKS = 8
_C = "GoalSuggestions"  # QT_TRANSLATE_NOOP needs the literal: lupdate reads the source


@dataclass(frozen=True)
class _Idea:
    kind: ActivityKind
    per_week: float
    text: str  # marked for translation in context "GoalSuggestions"


# The next step up from each stage (docs/LADDER.md): be seen, comment, create, keep talking.
_BY_STAGE: dict[Stage, _Idea] = {
    Stage.LISTENER: _Idea(
        ActivityKind.REACTION,
        3,
        QT_TRANSLATE_NOOP("GoalSuggestions", "React to 3 posts a week from people in your field"),
    ),
    Stage.SUPPORTER: _Idea(
        ActivityKind.COMMENT,
        2,
        QT_TRANSLATE_NOOP("GoalSuggestions", "Comment thoughtfully on 2 posts a week"),
    ),
    Stage.COMMENTER: _Idea(
        ActivityKind.COMMENT,
        3,
        QT_TRANSLATE_NOOP("GoalSuggestions", "Comment thoughtfully on 3 posts a week"),
    ),
    Stage.CONVERSATIONALIST: _Idea(
        ActivityKind.OWN_POST,
        0.5,
        QT_TRANSLATE_NOOP("GoalSuggestions", "Publish a post of your own every two weeks"),
    ),
    Stage.CREATOR: _Idea(
        ActivityKind.OWN_POST,
        1,
        QT_TRANSLATE_NOOP("GoalSuggestions", "Publish a post of your own every week"),
    ),
    Stage.ROLE_MODEL: _Idea(
        ActivityKind.REPLY,
        3,
        QT_TRANSLATE_NOOP(
            "GoalSuggestions", "Answer 3 comments or discussions a week on your posts"
        ),
    ),
}

_BY_BENEFIT: dict[Benefit, _Idea] = {
    Benefit.LEARNING: _Idea(
        ActivityKind.SHARE_WITH_COMMENT,
        0.5,
        QT_TRANSLATE_NOOP(
            "GoalSuggestions", "Share something you learned, with your own comment, every two weeks"
        ),
    ),
    Benefit.INFLUENCE: _Idea(
        ActivityKind.REPLY,
        2,
        QT_TRANSLATE_NOOP("GoalSuggestions", "Join 2 discussions a week on your topics"),
    ),
    Benefit.NETWORKING: _Idea(
        ActivityKind.COMMENT,
        3,
        QT_TRANSLATE_NOOP(
            "GoalSuggestions", "Comment on 3 posts a week by people you would like to know"
        ),
    ),
    Benefit.VISIBILITY: _Idea(
        ActivityKind.OWN_POST,
        0.5,
        QT_TRANSLATE_NOOP(
            "GoalSuggestions", "Write about your expertise in a post every two weeks"
        ),
    ),
    Benefit.CUSTOMER_DIALOGUE: _Idea(
        ActivityKind.REPLY,
        2,
        QT_TRANSLATE_NOOP(
            "GoalSuggestions", "Answer 2 customer questions or comments a week in public"
        ),
    ),
    Benefit.RECRUITING: _Idea(
        ActivityKind.SHARE_WITH_COMMENT,
        1,
        QT_TRANSLATE_NOOP(
            "GoalSuggestions", "Share your team's work, in your own words, every week"
        ),
    ),
}


@dataclass(frozen=True)
class Suggestion:
    statement: str  # translated
    measure: ActivityCount
    target: int  # in total over GOAL_WEEKS
    deadline: date


def default_deadline(today: date) -> date:
    return today + timedelta(weeks=GOAL_WEEKS)


def suggest_goals(
    stage: Stage | None, benefits: Iterable[Benefit], today: date
) -> list[Suggestion]:
    """Up to three goals, each counting a different kind of activity.

    The stage's own step comes first; then the benefits in the order picked; then the steps of
    the next stages up, so there are always three to choose from.
    """
    start = stage if stage is not None else Stage.LISTENER
    ideas = [
        _BY_STAGE[start],
        *(_BY_BENEFIT[b] for b in benefits),
        *(_BY_STAGE[s] for s in Stage if s > start),
        *(_BY_STAGE[s] for s in Stage if s < start),
    ]
    kinds: set[ActivityKind] = set()
    found: list[Suggestion] = []
    for idea in ideas:
        if idea.kind in kinds:
            continue
        kinds.add(idea.kind)
        found.append(
            Suggestion(
                translated(_C, idea.text),
                ActivityCount(idea.kind),
                max(1, round(idea.per_week * GOAL_WEEKS)),
                default_deadline(today),
            )
        )
        if len(found) == MAX_ACTIVE_GOALS:
            break
    return found
