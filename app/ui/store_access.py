"""How views reach the store: reads on the serial worker, writes after them, then a signal.

Reads use the ``QuickReader`` (available first, see docs/ARCHITECTURE.md); writes wait for the
SQLAlchemy ``Database``. After a write the hub announces ``dataChanged(kind)`` for each kind
given, so that every view showing that data reloads. Each feature wraps these two with its own
reader and writer (``journey/access``, ``habits/access``, ``drafts/access``, ``voice/access``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from app.ui.context import AppContext

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.quick import QuickReader

T = TypeVar("T")
OnError = Callable[[BaseException], None]


def storage_errors(ctx: AppContext, on_error: OnError | None) -> OnError:
    """``on_error`` for a read or write: an error from the disk or the file becomes the
    ``StorageError`` it stands for, which the context announces (the window shows what to do)
    before ``on_error`` hears it. Anything else is a bug: to ``on_error``, else raised (the
    crash handler)."""

    def handle(error: BaseException) -> None:
        from app.storage.errors import classify

        known = classify(error, ctx.paths.db_path)
        if known is None:
            if on_error is None:
                raise error
            on_error(error)
            return
        ctx.storage_failed(known)
        if on_error is not None:
            on_error(known)

    return handle


def read_store(
    ctx: AppContext,
    query: Callable[[QuickReader], T],
    on_result: Callable[[T], None],
    on_error: OnError | None = None,
) -> None:
    """Run ``query(reader)`` on the serial worker as soon as reads are possible."""

    def start(reader: QuickReader) -> None:
        ctx.tasks.run(lambda: query(reader), on_result, storage_errors(ctx, on_error), serial=True)

    ctx.with_reader(start)


def write_store(
    ctx: AppContext,
    change: Callable[[Database, QuickReader], T],
    on_result: Callable[[T], None] | None = None,
    on_error: OnError | None = None,
    *,
    announce: Iterable[str] = (),
) -> None:
    """Run ``change(db, reader)`` on the serial worker once the database is open; then
    announce each kind in ``announce``."""
    kinds = tuple(announce)

    def done(result: T) -> None:
        if on_result is not None:
            on_result(result)
        for kind in kinds:
            ctx.hub.dataChanged.emit(kind)

    def start(db: Database) -> None:
        reader = ctx.reader
        assert reader is not None  # the database opens after the reader
        ctx.tasks.run(lambda: change(db, reader), done, storage_errors(ctx, on_error), serial=True)

    ctx.with_database(start)
