"""How views reach habits: reads on the serial worker, writes after them, then a signal.

The same pattern as app/ui/journey_access.py: reads use the ``QuickReader`` (there first),
writes wait for the SQLAlchemy ``Database``; after a write the hub announces
``dataChanged("habits")`` so that every view showing habits reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from app.ui.context import AppContext

if TYPE_CHECKING:
    from app.services.habits import HabitsReader, HabitsWriter

T = TypeVar("T")
HABITS = "habits"
# Other data whose change can change habits (a logged activity checks a linked habit).
AFFECTS_HABITS = frozenset({HABITS, "journey", "activity"})


def today() -> date:
    return date.today()


def read_habits(
    ctx: AppContext,
    query: Callable[[HabitsReader], T],
    on_result: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``query(reader)`` on the serial worker as soon as reads are possible."""

    def start(reader: Any) -> None:
        from app.services.habits import HabitsReader

        ctx.tasks.run(lambda: query(HabitsReader(reader)), on_result, on_error, serial=True)

    ctx.with_reader(start)


def write_habits(
    ctx: AppContext,
    change: Callable[[HabitsWriter], T],
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``change(writer)`` on the serial worker once the database is open; then announce it."""

    def done(result: T) -> None:
        if on_result is not None:
            on_result(result)
        ctx.hub.dataChanged.emit(HABITS)

    def start(db: Any) -> None:
        from app.services.habits import HabitsWriter

        reader = ctx.reader
        assert reader is not None  # the database opens after the reader
        ctx.tasks.run(lambda: change(HabitsWriter(db, reader)), done, on_error, serial=True)

    ctx.with_database(start)
