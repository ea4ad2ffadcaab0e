"""What a person shares with their coach, and what the coach sends back, as plain data.

A **progress report** holds only the sections the person chose (``Section``): the ladder week by
week, goals, habit summaries, activity counts, links to published posts, journal entries marked
for the coach, and, only if chosen, draft texts. A **feedback file** holds the coach's feedback
and recognition for one person. Both travel as ``.ownvoice`` files (app/services/exchange) whose
JSON is described by the schemas in docs/schemas/.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.domain.exchange.draft_talk import DraftAsk, DraftComment
from app.domain.exchange.examples import ShareAnswer, ShareAsk
from app.domain.exchange.exercises import Exercise, ExerciseState
from app.domain.exchange.goal_talk import GoalAnswer, GoalProposal

FORMAT = "ownvoice-exchange"
# The newest this build reads and writes. A file is written in the oldest version that can hold
# what it carries (version 1 without exercises; 3 only with requests to share a post, answers
# to them, or for a group file), so an older OwnVoice still reads the rest.
SCHEMA_VERSION = 3
FILE_SUFFIX = ".ownvoice"


class Kind(StrEnum):
    PROGRESS = "progress"
    FEEDBACK = "feedback"
    COHORT = "cohort"  # a coach's group file: examples shared and group recognition (schema 3)


class Section(StrEnum):
    """What a progress report may contain; the person chooses (``DEFAULT_SECTIONS`` at first)."""

    STAGES = "stages"
    GOALS = "goals"
    HABITS = "habits"
    ACTIVITY = "activity"
    LINKS = "links"
    JOURNAL = "journal"  # only the entries marked "share with coach"
    DRAFTS = "drafts"  # draft texts: off unless chosen
    EXERCISES = "exercises"  # the state of the exercises a coach assigned (schema 2)


DEFAULT_SECTIONS = frozenset(Section) - {Section.DRAFTS}


@dataclass(frozen=True)
class Person:
    id: str  # a stable random id, made once per data folder
    name: str  # the display name the person gave, or ""


@dataclass(frozen=True)
class WeekRow:
    monday: date
    stage: str  # a Stage key
    from_log: bool  # False: nothing logged yet, the self-assessed start


@dataclass(frozen=True)
class Stages:
    start: str | None
    now: str
    highest: str | None
    weeks: tuple[WeekRow, ...] = ()


@dataclass(frozen=True)
class GoalRow:
    statement: str
    status: str  # a GoalStatus value
    done: float
    target: float
    deadline: date | None = None
    agreed: bool = False  # agreed with the coach (schema 2)


@dataclass(frozen=True)
class HabitRow:
    name: str
    strength: float  # 0..1
    streak: int
    best_streak: int
    done_last_30: int


@dataclass(frozen=True)
class CheckinRow:
    habit: str
    day: date
    state: str  # a CheckState value
    value: float | None = None


@dataclass(frozen=True)
class ActivityRow:
    week: date  # the Monday
    kind: str  # an ActivityKind value
    count: int


@dataclass(frozen=True)
class LinkRow:
    day: date
    network: str
    url: str
    title: str = ""


@dataclass(frozen=True)
class JournalRow:
    day: date
    kind: str  # an EntryKind value
    text: str
    link: str = ""


@dataclass(frozen=True)
class DraftRow:
    title: str
    network: str
    text: str


@dataclass(frozen=True)
class ProgressReport:
    person: Person
    made_on: date
    language: str
    sections: frozenset[Section]
    last_active: date | None = None  # the day of the newest public action logged, if any
    stages: Stages | None = None
    goals: tuple[GoalRow, ...] = ()
    habits: tuple[HabitRow, ...] = ()
    checkins: tuple[CheckinRow, ...] = ()  # with the habits section: day by day
    activity: tuple[ActivityRow, ...] = ()
    links: tuple[LinkRow, ...] = ()
    journal: tuple[JournalRow, ...] = ()
    drafts: tuple[DraftRow, ...] = ()
    exercises: tuple[ExerciseState, ...] = ()
    goal_answers: tuple[GoalAnswer, ...] = ()  # with the goals: what became of each proposal
    draft_asks: tuple[DraftAsk, ...] = ()  # drafts the person chose to send for comments
    share_answers: tuple[ShareAnswer, ...] = ()  # permissions to share a post (schema 3)

    def days_inactive(self, today: date) -> int | None:
        """Days since the last public action (None: nothing logged, or not shared)."""
        return None if self.last_active is None else max(0, (today - self.last_active).days)


class FeedbackKind(StrEnum):
    FEEDBACK = "feedback"  # a coach's comment or suggestion
    RECOGNITION = "recognition"  # a coach's recognition: lands in the person's feed
    EXERCISE = "exercise"  # an exercise assigned by the coach: lands on Today (schema 2)
    GOAL = "goal"  # a goal, or a change to one, proposed by the coach (schema 2)
    DRAFT_COMMENT = "draft_comment"  # a comment on a draft the person sent (schema 2)
    SHARE_ASK = "share_ask"  # may the coach share this post with the group? (schema 3)


@dataclass(frozen=True)
class FeedbackEntry:
    id: str  # stable: importing the same file twice adds nothing
    day: date
    kind: FeedbackKind
    text: str
    exercise: Exercise | None = None  # with the kind EXERCISE, and only then
    goal: GoalProposal | None = None  # with the kind GOAL, and only then
    comment: DraftComment | None = None  # with the kind DRAFT_COMMENT, and only then
    share: ShareAsk | None = None  # with the kind SHARE_ASK, and only then


@dataclass(frozen=True)
class Received:
    """A coach's entry as the person keeps it after importing a feedback file."""

    entry: FeedbackEntry
    coach: str


@dataclass(frozen=True)
class Feedback:
    person: Person  # who it is for
    coach: str  # the coach's name as they gave it
    made_on: date
    entries: tuple[FeedbackEntry, ...] = field(default_factory=tuple)
