"""Small records the store returns alongside domain objects (what the domain does not model)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.journey.goals import Goal


@dataclass(frozen=True)
class GoalRecord:
    """A goal as stored: the domain goal plus its manual value and last review."""

    goal: Goal
    manual_value: float | None = None
    last_review: date | None = None
