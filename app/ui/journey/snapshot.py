"""Everything the Journey page shows, read in one go on the serial worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.domain.exchange.model import Received
from app.domain.journey.journal import JournalEntry
from app.domain.journey.ladder import LadderRules, Stage
from app.domain.journey.profile import Assessment, AssessmentChange, compare_assessments

if TYPE_CHECKING:
    from app.services.journey import JourneyReader, JourneyStatus


@dataclass(frozen=True)
class JourneySnapshot:
    status: JourneyStatus
    journal: list[JournalEntry]  # newest first
    assessments: list[Assessment]  # oldest first
    goal_statements: dict[int, str]
    rules: LadderRules
    from_coach: list[Received]  # imported feedback and recognition

    @property
    def has_activity(self) -> bool:
        """Whether anything is logged, i.e. whether the log (not the survey) decides the stage."""
        return any(week.from_log for week in self.status.weeks)

    @property
    def start_stage(self) -> Stage | None:
        """Where the person started: the survey's stage, else the first week of the log."""
        profile = self.status.profile
        if profile is not None and profile.start_stage is not None:
            return profile.start_stage
        if self.status.start is not None:
            return self.status.start.stage
        logged = [week for week in self.status.weeks if week.from_log]
        return logged[0].stage if logged else None

    @property
    def started_on(self) -> date | None:
        if self.assessments:
            return self.assessments[0].taken_on
        logged = [week.monday for week in self.status.weeks if week.from_log]
        return logged[0] if logged else None

    def comparison(self) -> tuple[Assessment, Assessment, list[AssessmentChange]] | None:
        """The first survey, the latest re-take and how they differ; None before a re-take."""
        if len(self.assessments) < 2:
            return None
        first, latest = self.assessments[0], self.assessments[-1]
        return first, latest, compare_assessments(first, latest)


def load_snapshot(reader: JourneyReader, today: date) -> JourneySnapshot:
    return JourneySnapshot(
        status=reader.status(today),
        journal=reader.journal(),
        assessments=reader.assessments(),
        goal_statements={
            record.goal.id: record.goal.statement
            for record in reader.goals()
            if record.goal.id is not None
        },
        rules=reader.rules,
        from_coach=reader.from_coach(),
    )
