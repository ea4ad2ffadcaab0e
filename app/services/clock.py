"""The one clock: every read of today's date or of the time of day goes through a ``Clock``.

``SystemClock`` is the only code in ``app/`` that reads the real calendar (tests/test_clock.py
reads the code to keep it so). ``ShiftedClock`` is what ``--today YYYY-MM-DD`` runs on: the date
is the given day for the whole run, the time of day keeps ticking. ``FixedClock`` is for tests:
a frozen moment that moves only when told to.

The app makes one clock (``AppContext.clock``, or one per command-line run) and hands it, or the
day and times read from it, down: services take a ``Clock`` or the day; storage takes the times
as arguments and never reads a clock; the domain is given its days.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time, timedelta
from typing import Final, Protocol

TICK: Final = timedelta(microseconds=1)


class Clock(Protocol):
    def today(self) -> date:
        """The person's today (local)."""
        ...

    def now(self) -> datetime:
        """The time as an aware UTC ``datetime``, for stamps. Strictly increasing: a later call
        never returns the same or an earlier time (what happened later is stamped later)."""
        ...

    def local_now(self) -> datetime:
        """The local wall-clock time as a naive ``datetime`` (reminders, a draft's "updated").
        It goes back when the clocks do (the end of summer time)."""
        ...


class _Ordered:
    """Keeps ``now()`` strictly increasing, also across threads (the serial worker stamps)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: datetime | None = None

    def _ordered(self, reading: datetime) -> datetime:
        with self._lock:
            if self._last is not None and reading <= self._last:
                reading = self._last + TICK
            self._last = reading
            return reading


class SystemClock(_Ordered):
    """The real calendar and time of this computer."""

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return self._ordered(datetime.now(UTC))

    def local_now(self) -> datetime:
        return datetime.now()


class ShiftedClock(_Ordered):
    """``--today``: ``today()`` is ``day`` for the whole run; times keep ticking, moved by the
    whole days between the real date (when the clock is made) and ``day``."""

    def __init__(self, day: date, base: Clock | None = None) -> None:
        super().__init__()
        self.day = day
        self._base = base or SystemClock()
        self._shift = timedelta(days=(day - self._base.local_now().date()).days)

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        return self._ordered(self._base.now() + self._shift)

    def local_now(self) -> datetime:
        return self._base.local_now() + self._shift


class FixedClock(_Ordered):
    """For tests: a frozen moment (a day means its noon), moved only by ``advance``.

    The frozen wall time is taken to be UTC, so ``now()`` and ``local_now()`` show the same time
    of day on every machine. Consecutive ``now()`` calls still increase, by a microsecond each.
    """

    def __init__(self, at: date | datetime) -> None:
        super().__init__()
        if not isinstance(at, datetime):
            at = datetime.combine(at, time(12, 0))
        if at.tzinfo is not None:
            at = at.astimezone(UTC).replace(tzinfo=None)
        self.at = at

    def today(self) -> date:
        return self.at.date()

    def now(self) -> datetime:
        return self._ordered(self.at.replace(tzinfo=UTC))

    def local_now(self) -> datetime:
        return self.at

    def advance(self, delta: timedelta = timedelta(0), **units: float) -> datetime:
        """Move the clock on by ``delta`` plus ``timedelta(**units)`` (never back); returns the
        new wall time. ``clock.advance(days=1)`` is tomorrow at the same time."""
        step = delta + timedelta(**units)
        if step < timedelta(0):
            raise ValueError("a FixedClock does not go back")
        self.at += step
        return self.at


def clock_for(day: date | None) -> Clock:
    """The clock of a run: ``--today``'s day shifted, or the real one."""
    return SystemClock() if day is None else ShiftedClock(day)
