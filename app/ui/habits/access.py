"""How views reach habits: reads on the serial worker, writes after them, then a signal.

See app/ui/store_access.py; after a write the hub announces ``dataChanged("habits")`` so that
every view showing habits reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from app.ui.context import AppContext
from app.ui.store_access import read_store, write_store

if TYPE_CHECKING:
    from app.services.habits import HabitsReader, HabitsWriter

T = TypeVar("T")
HABITS = "habits"
# Other data whose change can change habits (a logged activity checks a linked habit).
AFFECTS_HABITS = frozenset({HABITS, "journey", "activity"})


def today(ctx: AppContext) -> date:
    """The person's today, from the app's one clock."""
    return ctx.clock.today()


def read_habits(
    ctx: AppContext,
    query: Callable[[HabitsReader], T],
    on_result: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``query(reader)`` on the serial worker as soon as reads are possible."""

    def run(reader: Any) -> T:
        from app.services.habits import HabitsReader

        return query(HabitsReader(reader))

    read_store(ctx, run, on_result, on_error)


def write_habits(
    ctx: AppContext,
    change: Callable[[HabitsWriter], T],
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``change(writer)`` on the serial worker once the database is open; then announce it."""

    def run(db: Any, reader: Any) -> T:
        from app.services.habits import HabitsWriter

        return change(HabitsWriter(db, reader))

    write_store(ctx, run, on_result, on_error, announce=(HABITS,))
