"""How pages reach the journey: reads on the serial worker, writes after them, then a signal.

Reads use the ``QuickReader`` (available first, see docs/ARCHITECTURE.md); writes wait for the
SQLAlchemy ``Database``. After a write the hub announces ``dataChanged("journey")`` so that every
page showing the journey reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from app.ui.context import AppContext

if TYPE_CHECKING:
    from app.services.journey import JourneyReader, JourneyWriter

T = TypeVar("T")
JOURNEY = "journey"


def today() -> date:
    return date.today()


def read_journey(
    ctx: AppContext,
    query: Callable[[JourneyReader], T],
    on_result: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``query(reader)`` on the serial worker as soon as reads are possible."""

    def start(reader: Any) -> None:
        from app.services.journey import JourneyReader

        ctx.tasks.run(lambda: query(JourneyReader(reader)), on_result, on_error, serial=True)

    ctx.with_reader(start)


def write_journey(
    ctx: AppContext,
    change: Callable[[JourneyWriter], T],
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``change(writer)`` on the serial worker once the database is open; then announce it."""

    def done(result: T) -> None:
        if on_result is not None:
            on_result(result)
        ctx.hub.dataChanged.emit(JOURNEY)

    def start(db: Any) -> None:
        from app.services.journey import JourneyWriter

        reader = ctx.reader
        assert reader is not None  # the database opens after the reader
        ctx.tasks.run(lambda: change(JourneyWriter(db, reader)), done, on_error, serial=True)

    ctx.with_database(start)
