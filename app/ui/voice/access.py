"""How the voice page reaches the corpus: reads and writes on the serial worker, then a signal.

After a change the hub announces ``dataChanged("voice")``, and ``"journey"`` when an import
added activity, so every page showing either reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from app.ui.context import AppContext
from app.ui.store_access import read_store, write_store

T = TypeVar("T")
VOICE = "voice"


def read_voice(
    ctx: AppContext,
    query: Callable[[Any], T],
    on_result: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``query(reader)`` on the serial worker as soon as reads are possible."""
    read_store(ctx, query, on_result, on_error)


def write_voice(
    ctx: AppContext,
    change: Callable[[Any, Any], T],
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    kinds: tuple[str, ...] = (VOICE,),
) -> None:
    """Run ``change(db, reader)`` on the serial worker once the database is open; announce it."""
    write_store(ctx, change, on_result, on_error, announce=kinds)
