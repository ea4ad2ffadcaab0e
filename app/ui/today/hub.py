"""What Today shows beside the journey, as Loop puts today's checks on its home screen: today's
habits (checked from here through the habits service) and this week's planned posts (read
through the drafts service). Read after the page's first content, so the first frame and the
journey never wait for them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from app.domain.journey.week_plan import monday_of
from app.ui.context import AppContext
from app.ui.store_access import read_store, write_store

if TYPE_CHECKING:
    from app.domain.drafts.model import PlanEntry
    from app.services.habits import HabitsOverview
    from app.storage.quick import QuickReader

HABITS = "habits"  # the hub's dataChanged kind for habits (app.services.habits.HABITS)
# Changes that can change what the hub shows: a logged activity checks a linked habit, and a
# draft planned or published changes the plan.
AFFECTS_HUB = frozenset({HABITS, "journey", "activity", "drafts"})


@dataclass(frozen=True)
class HubData:
    today: date
    habits: HabitsOverview
    plan: list[PlanEntry]  # this week's planned posts, earliest first


def load_hub(reader: QuickReader, today: date) -> HubData:
    from app.services.drafts.reader import DraftsReader
    from app.services.habits import HabitsReader

    start = datetime.combine(monday_of(today), time())
    plan = DraftsReader(reader).plan(start, start + timedelta(weeks=1))
    return HubData(today, HabitsReader(reader).overview(today), plan)


def read_hub(
    ctx: AppContext,
    today: date,
    on_result: Callable[[HubData], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    read_store(ctx, lambda reader: load_hub(reader, today), on_result, on_error)


def toggle_habit(
    ctx: AppContext,
    habit_id: int,
    day: date,
    on_result: Callable[[object], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Done, or undone if it was done, as a click on the Habits page does; then every view
    showing habits (the Habits page too) hears ``dataChanged("habits")``."""

    def change(db: Any, reader: Any) -> object:
        from app.services.habits import HabitsWriter

        return HabitsWriter(db, reader).toggle(habit_id, day)

    write_store(ctx, change, on_result, on_error, announce=(HABITS,))
