"""How the voice page reaches the corpus: reads and writes on the serial worker, then a signal.

After a change the hub announces ``dataChanged("voice")``, and ``"journey"`` when an import
added activity, so every page showing either reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from app.ui.context import AppContext

T = TypeVar("T")
VOICE = "voice"


def read_voice(
    ctx: AppContext,
    query: Callable[[Any], T],
    on_result: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``query(reader)`` on the serial worker as soon as reads are possible."""

    def start(reader: Any) -> None:
        ctx.tasks.run(lambda: query(reader), on_result, on_error, serial=True)

    ctx.with_reader(start)


def write_voice(
    ctx: AppContext,
    change: Callable[[Any, Any], T],
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    kinds: tuple[str, ...] = (VOICE,),
) -> None:
    """Run ``change(db, reader)`` on the serial worker once the database is open; announce it."""

    def done(result: T) -> None:
        if on_result is not None:
            on_result(result)
        for kind in kinds:
            ctx.hub.dataChanged.emit(kind)

    def start(db: Any) -> None:
        reader = ctx.reader
        assert reader is not None  # the database opens after the reader
        ctx.tasks.run(lambda: change(db, reader), done, on_error, serial=True)

    ctx.with_database(start)
