"""Pausing Python's cyclic garbage collector while an import makes its records.

An archive of 30,000 items allocates a few hundred thousand small objects (records, tuples,
strings). Each burst of allocations triggers the cyclic collector, and its full collections walk
every object of the running app (Qt wrappers, SQLAlchemy's mappers, …): 50–100 ms each, during
which no other thread runs, the window's included. Import records hold no reference cycles,
so nothing is lost by collecting once afterwards instead of several times meanwhile.

When the last such block ends, everything alive at that moment is moved out of the
collector's reach (``gc.freeze``) before collecting is enabled again. Otherwise the first
collection after the block walks every object the block left behind (a thousand coach files
leave a few hundred thousand): 60 ms and more, with every other thread, the window's included,
waiting (bench/coach_cohort.py). Frozen objects are still freed as soon as nothing refers to
them; only a reference cycle among them that becomes garbage later is never reclaimed, a small
and bounded cost (bench/memory.py's hour of use, with an import, shows no growth from it).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable automatic cyclic collection for the block (nestable, from any thread); it is
    enabled again when the last such block ends, if it was enabled before the first began (the
    window collects on its own thread instead: app/ui/shell/collector.py)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.freeze()  # see above: no collection of the block's objects to wait for
                if _was_enabled:
                    gc.enable()


def bulk_running() -> bool:
    """Whether a ``collector_paused`` block runs now (on any thread)."""
    return _depth > 0


def freeze_survivors() -> None:
    """Move everything alive now out of the cyclic collector's reach (``gc.freeze``, as above).

    For what a window keeps once made: a page just built, the voice check's loaded lists. Left
    in reach, each full collection walks all of it again (120 ms with the studio open, measured
    by bench/assistant_stall.py), on whichever thread happens to allocate, and every other
    thread, the window's included, waits. Not while a ``collector_paused`` block runs (its end
    freezes anyway)."""
    with _lock:
        if _depth == 0:
            gc.freeze()
