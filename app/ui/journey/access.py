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
from app.ui.store_access import read_store, write_store

if TYPE_CHECKING:
    from app.services.journey import JourneyReader, JourneyWriter

T = TypeVar("T")
JOURNEY = "journey"


def today(ctx: AppContext) -> date:
    """The person's today, from the app's one clock."""
    return ctx.clock.today()


def read_journey(
    ctx: AppContext,
    query: Callable[[JourneyReader], T],
    on_result: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``query(reader)`` on the serial worker as soon as reads are possible."""

    def run(reader: Any) -> T:
        from app.services.journey import JourneyReader

        return query(JourneyReader(reader))

    read_store(ctx, run, on_result, on_error)


def write_journey(
    ctx: AppContext,
    change: Callable[[JourneyWriter], T],
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``change(writer)`` on the serial worker once the database is open; then announce it."""

    def run(db: Any, reader: Any) -> T:
        from app.services.journey import JourneyWriter

        return change(JourneyWriter(db, reader))

    write_store(ctx, run, on_result, on_error, announce=(JOURNEY,))
