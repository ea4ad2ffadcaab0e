"""The data of habit tracking: frequencies, habits, check-ins and streaks (see docs/HABITS.md)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Final, TypeAlias

# An inclusive range of days (first, last) on which the person was away; see docs/HABITS.md.
TravelRange: TypeAlias = tuple[date, date]

_KEY_RE: Final = re.compile(r"^(\d+)/(\d+d|m)$")
_SHORTEST_MONTH: Final = 28


class CheckState(Enum):
    DONE = "done"
    NOT_DONE = "not_done"
    SKIPPED = "skipped"


class Target(Enum):
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


@dataclass(frozen=True)
class Frequency:
    """``times`` per ``days`` days, or ``times`` per calendar month when ``monthly``.

    A monthly frequency keeps ``days`` at its nominal 30; the real month length is used in the
    maths. Build one with the helpers: ``Frequency.daily()``, ``per_week(3)``, ``per_month(2)``.
    """

    times: int
    days: int
    monthly: bool = False

    def __post_init__(self) -> None:
        if self.times < 1 or self.days < 1:
            raise ValueError(f"frequency {self.times}/{self.days}: both must be at least 1")
        if self.monthly and self.days != 30:
            raise ValueError("a monthly frequency keeps days=30; use Frequency.per_month()")
        longest = _SHORTEST_MONTH if self.monthly else self.days
        if self.times > longest:
            raise ValueError(f"frequency {self.key}: more than once a day")

    @classmethod
    def daily(cls) -> Frequency:
        return cls(1, 1)

    @classmethod
    def per_week(cls, times: int) -> Frequency:
        return cls(times, 7)

    @classmethod
    def per_month(cls, times: int) -> Frequency:
        return cls(times, 30, monthly=True)

    @classmethod
    def from_key(cls, key: str) -> Frequency:
        """Inverse of ``key``; raises ``ValueError`` for anything else."""
        found = _KEY_RE.match(key)
        if found is None:
            raise ValueError(f"not a frequency key: {key!r}")
        times, period = int(found[1]), found[2]
        return cls.per_month(times) if period == "m" else cls(times, int(period[:-1]))

    @property
    def key(self) -> str:
        """A stable, language-independent text form for storage: ``"3/7d"``, ``"2/m"``."""
        return f"{self.times}/m" if self.monthly else f"{self.times}/{self.days}d"

    @property
    def is_daily(self) -> bool:
        return not self.monthly and self.times == self.days

    @property
    def per_day(self) -> float:
        """Nominal completions per day; a monthly habit's real rate depends on the month."""
        return self.times / self.days


@dataclass(frozen=True)
class Habit:
    """A habit. A numeric habit has a ``target`` amount per frequency period (``times`` = 1).

    ``created`` matters for "at most" habits, whose empty days count as good from that day on.
    """

    name: str
    frequency: Frequency = Frequency(1, 1)
    numeric: bool = False
    target: float | None = None
    unit: str = ""
    target_kind: Target = Target.AT_LEAST
    created: date | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a habit needs a name")
        if self.numeric:
            self._check_numeric()
        elif self.target is not None or self.target_kind is not Target.AT_LEAST:
            raise ValueError(f"{self.name}: a yes/no habit has no target amount")

    def _check_numeric(self) -> None:
        if self.target is None or not math.isfinite(self.target) or self.target <= 0:
            raise ValueError(f"{self.name}: a numeric habit needs a target above 0")
        if self.frequency.times != 1:
            raise ValueError(f"{self.name}: a numeric habit's target is per period (times=1)")


@dataclass(frozen=True)
class CheckIn:
    """What happened on one day; ``value`` is the amount of a numeric habit."""

    day: date
    state: CheckState = CheckState.DONE
    value: float | None = None

    def __post_init__(self) -> None:
        if self.value is not None and not (math.isfinite(self.value) and self.value >= 0):
            raise ValueError(f"{self.day}: amount {self.value!r} must be a number of 0 or more")


@dataclass(frozen=True)
class Streak:
    """Consecutive good days from ``start`` to ``end``; ``length`` leaves out skipped days."""

    start: date
    end: date
    length: int
