"""The words a person sees for the app's stable keys (stages, kinds, channels, …), translated.

Every enum the UI shows gets its label here, once; pages call ``label(value)``.
"""

from __future__ import annotations

from enum import Enum

from app.domain.activity import ActivityKind, Channel
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.journey.goals import GoalIssue, GoalStatus, ReviewCadence
from app.domain.journey.journal import EntryKind
from app.domain.journey.ladder import Frequency, Stage
from app.domain.journey.milestones import MilestoneKind
from app.domain.journey.profile import Action, Barrier, Benefit, ProfileIssue, RoleLens
from app.ui.kit.i18n import translated

_C = "Labels"

# Keyed by (type, member): StrEnum members of different enums with one value are equal.
_PAIRS: tuple[tuple[Enum, str], ...] = (
    (Stage.LISTENER, QT_TRANSLATE_NOOP("Labels", "Listener")),
    (Stage.SUPPORTER, QT_TRANSLATE_NOOP("Labels", "Supporter")),
    (Stage.COMMENTER, QT_TRANSLATE_NOOP("Labels", "Commenter")),
    (Stage.CONVERSATIONALIST, QT_TRANSLATE_NOOP("Labels", "Conversationalist")),
    (Stage.CREATOR, QT_TRANSLATE_NOOP("Labels", "Creator")),
    (Stage.ROLE_MODEL, QT_TRANSLATE_NOOP("Labels", "Role model")),
    (ActivityKind.OWN_POST, QT_TRANSLATE_NOOP("Labels", "Own post")),
    (ActivityKind.COMMENT, QT_TRANSLATE_NOOP("Labels", "Comment on someone's post")),
    (ActivityKind.REPLY, QT_TRANSLATE_NOOP("Labels", "Reply in a discussion")),
    (ActivityKind.SHARE_WITH_COMMENT, QT_TRANSLATE_NOOP("Labels", "Share with my own comment")),
    (ActivityKind.SHARE, QT_TRANSLATE_NOOP("Labels", "Share")),
    (ActivityKind.REACTION, QT_TRANSLATE_NOOP("Labels", "Reaction")),
    (Channel.LINKEDIN, "LinkedIn"),
    (Channel.X, "X"),
    (Channel.MASTODON, "Mastodon"),
    (Channel.BLUESKY, "Bluesky"),
    (Channel.THREADS, "Threads"),
    (Channel.BLOG, QT_TRANSLATE_NOOP("Labels", "Blog")),
    (Channel.INTERNAL, QT_TRANSLATE_NOOP("Labels", "Internal network")),
    (Channel.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (GoalStatus.ON_TRACK, QT_TRANSLATE_NOOP("Labels", "On track")),
    (GoalStatus.BEHIND, QT_TRANSLATE_NOOP("Labels", "Behind")),
    (GoalStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (GoalIssue.EMPTY_STATEMENT, QT_TRANSLATE_NOOP("Labels", "Write what you want to achieve.")),
    (
        GoalIssue.VAGUE_STATEMENT,
        QT_TRANSLATE_NOOP("Labels", "Say it a little more concretely: what, where and how much?"),
    ),
    (
        GoalIssue.NOT_MEASURABLE,
        QT_TRANSLATE_NOOP("Labels", "Give a target number, so that progress can be seen."),
    ),
    (GoalIssue.NO_DEADLINE, QT_TRANSLATE_NOOP("Labels", "Choose a date by which you want it.")),
    (
        GoalIssue.DEADLINE_BEFORE_START,
        QT_TRANSLATE_NOOP("Labels", "The deadline is before the start."),
    ),
    (
        GoalIssue.TOO_MANY_ACTIVE,
        QT_TRANSLATE_NOOP("Labels", "More than three active goals is a lot: consider pausing one."),
    ),
    (ReviewCadence.WEEKLY, QT_TRANSLATE_NOOP("Labels", "Every week")),
    (ReviewCadence.BIWEEKLY, QT_TRANSLATE_NOOP("Labels", "Every two weeks")),
    (ReviewCadence.MONTHLY, QT_TRANSLATE_NOOP("Labels", "Every month")),
    (MilestoneKind.FIRST_COMMENT, QT_TRANSLATE_NOOP("Labels", "Your first comment")),
    (MilestoneKind.FIRST_OWN_POST, QT_TRANSLATE_NOOP("Labels", "Your first own post")),
    (MilestoneKind.FIRST_REPLY, QT_TRANSLATE_NOOP("Labels", "Your first reply in a discussion")),
    (
        MilestoneKind.FIRST_FOUR_WEEK_STREAK,
        QT_TRANSLATE_NOOP("Labels", "Four weeks in a row with public activity"),
    ),
    (MilestoneKind.STAGE_UP, QT_TRANSLATE_NOOP("Labels", "A step up the ladder")),
    (MilestoneKind.GOAL_REACHED, QT_TRANSLATE_NOOP("Labels", "A goal reached")),
    (EntryKind.REFLECTION, QT_TRANSLATE_NOOP("Labels", "Reflection")),
    (EntryKind.WIN, QT_TRANSLATE_NOOP("Labels", "Win")),
    (EntryKind.EXAMPLE, QT_TRANSLATE_NOOP("Labels", "Good example")),
    (EntryKind.REVIEW, QT_TRANSLATE_NOOP("Labels", "Goal review")),
    (Frequency.NEVER, QT_TRANSLATE_NOOP("Labels", "Never")),
    (Frequency.MONTHLY, QT_TRANSLATE_NOOP("Labels", "Monthly")),
    (Frequency.WEEKLY, QT_TRANSLATE_NOOP("Labels", "Weekly")),
    (Frequency.DAILY, QT_TRANSLATE_NOOP("Labels", "Daily")),
    (Action.READ, QT_TRANSLATE_NOOP("Labels", "Read posts")),
    (Action.REACT, QT_TRANSLATE_NOOP("Labels", "React (like, applaud)")),
    (Action.SHARE, QT_TRANSLATE_NOOP("Labels", "Share posts")),
    (Action.COMMENT, QT_TRANSLATE_NOOP("Labels", "Comment on posts")),
    (Action.DISCUSS, QT_TRANSLATE_NOOP("Labels", "Take part in discussions")),
    (Action.POST, QT_TRANSLATE_NOOP("Labels", "Post your own")),
    (RoleLens.LEADER, QT_TRANSLATE_NOOP("Labels", "Leader")),
    (RoleLens.SALES, QT_TRANSLATE_NOOP("Labels", "Sales or customer work")),
    (RoleLens.EXPERT, QT_TRANSLATE_NOOP("Labels", "Expert or specialist")),
    (RoleLens.RECRUITING, QT_TRANSLATE_NOOP("Labels", "Recruiting or HR")),
    (RoleLens.OTHER, QT_TRANSLATE_NOOP("Labels", "Something else")),
    (Benefit.LEARNING, QT_TRANSLATE_NOOP("Labels", "Learning")),
    (Benefit.INFLUENCE, QT_TRANSLATE_NOOP("Labels", "Influence")),
    (Benefit.NETWORKING, QT_TRANSLATE_NOOP("Labels", "Networking")),
    (Benefit.VISIBILITY, QT_TRANSLATE_NOOP("Labels", "Visibility of your expertise")),
    (Benefit.CUSTOMER_DIALOGUE, QT_TRANSLATE_NOOP("Labels", "Customer dialogue")),
    (Benefit.RECRUITING, QT_TRANSLATE_NOOP("Labels", "Recruiting")),
    (Barrier.TIME, QT_TRANSLATE_NOOP("Labels", "Time")),
    (Barrier.WHAT_TO_SAY, QT_TRANSLATE_NOOP("Labels", "Not knowing what to say")),
    (Barrier.FEAR_OF_MISTAKES, QT_TRANSLATE_NOOP("Labels", "Fear of making mistakes")),
    (Barrier.NOT_MY_THING, QT_TRANSLATE_NOOP("Labels", "It's not my thing")),
    (Barrier.WHAT_IS_ALLOWED, QT_TRANSLATE_NOOP("Labels", "Unsure what I'm allowed to say")),
    (Barrier.LANGUAGE, QT_TRANSLATE_NOOP("Labels", "Writing in another language")),
    (Barrier.OTHER, QT_TRANSLATE_NOOP("Labels", "Something else")),
    (ProfileIssue.TOO_MANY_BENEFITS, QT_TRANSLATE_NOOP("Labels", "Pick at most three benefits.")),
    (ProfileIssue.TOO_FEW_TOPICS, QT_TRANSLATE_NOOP("Labels", "Name at least three topics.")),
    (ProfileIssue.TOO_MANY_TOPICS, QT_TRANSLATE_NOOP("Labels", "Five topics at most keeps focus.")),
    (ProfileIssue.NO_CHANNEL, QT_TRANSLATE_NOOP("Labels", "Choose at least one channel.")),
    (ProfileIssue.NO_LANGUAGE, QT_TRANSLATE_NOOP("Labels", "Choose the languages you post in.")),
)
_LABELS: dict[tuple[type[Enum], Enum], str] = {(type(k), k): v for k, v in _PAIRS}

_UNTRANSLATED = frozenset(
    (Channel, c) for c in Channel if c.value in {"linkedin", "x", "mastodon", "bluesky", "threads"}
)


def label(value: Enum) -> str:
    """The translated label of a stable key; raises KeyError for an unlabelled one (a bug)."""
    text = _LABELS[(type(value), value)]
    return text if (type(value), value) in _UNTRANSLATED else translated(_C, text)
