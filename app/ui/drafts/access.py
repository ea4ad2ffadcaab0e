"""How the drafting studio reaches the store: reads on the serial worker, writes after them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from app.ui.context import AppContext

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
    def start(reader: Any) -> None:
        from app.services.drafts import DraftsReader

        ctx.tasks.run(lambda: query(DraftsReader(reader)), on_result, on_error, serial=True)

    ctx.with_reader(start)


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

    def done(result: T) -> None:
        if on_result is not None:
            on_result(result)
        if announce:
            ctx.hub.dataChanged.emit(DRAFTS)

    def start(db: Any) -> None:
        from app.services.drafts import DraftsWriter

        reader = ctx.reader
        assert reader is not None  # the database opens after the reader
        ctx.tasks.run(lambda: change(DraftsWriter(db, reader)), done, on_error, serial=True)

    ctx.with_database(start)
