"""Reading everything the Progress page charts, over the quick reader, through the journey's,
habits' and drafts' own read paths; the numbers themselves are made in app/domain/progress/.

``data`` reads and computes once for all time (the slow part, once per page open); a range is
then ``data.snapshot(range)``, which only slices, so switching range stays quick.
"""

from __future__ import annotations

from datetime import date

from app.domain.habits import CheckState
from app.domain.journey.goals import HabitCheckIns
from app.domain.journey.ladder import LadderRules
from app.domain.progress import ProgressData, ProgressSnapshot, Range, build_progress
from app.services.habits import HabitsReader
from app.services.journey import DEFAULT_RULES, JourneyReader
from app.services.progress.posts import published_posts
from app.storage.habits.read import read_checkin_map
from app.storage.quick import QuickReader


class ProgressReader:
    """Read-only: the Progress page's numbers on a day, for all time or for one range."""

    def __init__(self, reader: QuickReader, rules: LadderRules = DEFAULT_RULES) -> None:
        self._reader = reader
        self._journey = JourneyReader(reader, rules)
        self._habits = HabitsReader(reader)

    def data(self, today: date) -> ProgressData:
        """Everything every range needs, on ``today``."""
        journey = self._journey
        activities = journey.activity_facts(today)
        assessments = journey.assessments()
        start = assessments[0].starting_point() if assessments else None
        ladder = journey.standing(activities, start, today)
        habits = [
            (summary.id, summary.record.name, summary.history)
            for summary in self._habits.overview(today).habits
        ]
        records = journey.goals()
        goals = [(r.goal.id, r.goal, r.manual_value) for r in records]
        return build_progress(
            today,
            activities,
            ladder.weeks,
            start,
            habits,
            goals,
            self._done_days([r.goal.measure for r in records]),
            published_posts(self._reader),
        )

    def snapshot(self, today: date, chosen: Range) -> ProgressSnapshot:
        """One range on ``today``; to switch ranges, keep ``data(today)`` and cut it instead."""
        return self.data(today).snapshot(chosen)

    def _done_days(self, measures: list[object]) -> dict[int, list[date]]:
        """The days each habit that measures a goal was done, sorted."""
        ids = sorted({m.habit_id for m in measures if isinstance(m, HabitCheckIns)})
        if not ids:
            return {}
        done = CheckState.DONE
        found = read_checkin_map(self._reader.connection, ids)
        return {i: [c.day for c in checkins if c.state is done] for i, checkins in found.items()}
