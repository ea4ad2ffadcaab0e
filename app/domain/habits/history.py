"""The result of evaluating one habit: its daily scores, and its streaks read from daily marks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Final

from app.domain.habits.model import Streak

GOOD: Final = b"G"[0]
BAD: Final = b"B"[0]
SKIPPED: Final = b"S"[0]
# A streak is a run of good days; skipped days inside it bridge it but do not add to it.
_STREAK_RE: Final = re.compile(rb"G(?:S*G)*")


@dataclass(frozen=True)
class HabitHistory:
    """Scores (0..1) for every day from ``first_day`` to ``end``, and the streaks up to ``end``.

    ``marks`` has one byte per day from ``first_day``: ``G`` good (done or covered), ``B`` bad,
    ``S`` skipped (a skip, or travel without a completion).
    """

    first_day: date | None
    end: date
    scores: tuple[float, ...]
    marks: bytes = field(repr=False)

    def score_on(self, day: date) -> float:
        """The score at the end of ``day``: 0 before the habit's history starts."""
        if day > self.end:
            raise ValueError(f"{day} is after the evaluated range (up to {self.end})")
        if self.first_day is None or day < self.first_day:
            return 0.0
        return self.scores[(day - self.first_day).days]

    def series(self, start: date, end: date) -> list[tuple[date, float]]:
        """``(day, score)`` for each day from ``start`` to ``end`` (at most ``self.end``)."""
        first, last = start.toordinal(), min(end, self.end).toordinal()
        base = self.first_day.toordinal() if self.first_day else last + 1
        lead = [0.0] * max(0, min(base, last + 1) - first)
        scores = lead + list(self.scores[max(first - base, 0) : max(last - base + 1, 0)])
        return list(zip(map(date.fromordinal, range(first, last + 1)), scores, strict=True))

    @cached_property
    def streaks(self) -> tuple[Streak, ...]:
        """All streaks, oldest first."""
        runs = _STREAK_RE.finditer(self.marks)
        return tuple(self._streak(run.start(), run.end(), run[0].count(GOOD)) for run in runs)

    @cached_property
    def best_streak(self) -> Streak | None:
        """The longest streak; of equally long ones, the most recent."""
        best, best_length = None, 0
        for run in _STREAK_RE.finditer(self.marks):
            length = run[0].count(GOOD)
            if length >= best_length:
                best, best_length = run, length
        return None if best is None else self._streak(best.start(), best.end(), best_length)

    @cached_property
    def current_streak(self) -> Streak | None:
        """The streak alive at ``end``; a bad ``end`` does not end it, as that day is not over."""
        marks = self.marks[:-1] if self.marks.endswith(b"B") else self.marks
        marks = marks.rstrip(b"S")
        if not marks.endswith(b"G"):
            return None
        start = marks.find(b"G", marks.rfind(b"B") + 1)
        return self._streak(start, len(marks), marks.count(GOOD, start))

    def _streak(self, start: int, stop: int, length: int) -> Streak:
        assert self.first_day is not None  # marks are empty without a first day
        base = self.first_day.toordinal()
        return Streak(date.fromordinal(base + start), date.fromordinal(base + stop - 1), length)
