"""How the drafting studio reaches the store: reads on the serial worker, writes after them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from app.ui.context import AppContext
from app.ui.store_access import read_store, write_store

if TYPE_CHECKING:
    from app.services.drafts import DraftsReader, DraftsWriter

T = TypeVar("T")
DRAFTS = "drafts"


def read_drafts(
    ctx: AppContext,
    query: Callable[[DraftsReader], T],
    on_result: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    def run(reader: Any) -> T:
        from app.services.drafts import DraftsReader

        return query(DraftsReader(reader))

    read_store(ctx, run, on_result, on_error)


def write_drafts(
    ctx: AppContext,
    change: Callable[[DraftsWriter], T],
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    announce: bool = True,
) -> None:
    """Run ``change(writer)`` on the serial worker once the database is open; then, unless told
    otherwise (autosave), announce ``dataChanged("drafts")``."""

    clock = ctx.clock

    def run(db: Any, reader: Any) -> T:
        from app.services.drafts import DraftsWriter

        return change(DraftsWriter(db, reader, clock))

    write_store(ctx, run, on_result, on_error, announce=(DRAFTS,) if announce else ())
