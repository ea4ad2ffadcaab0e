"""The coaching journey as use cases: where the person stands, their goals, journal, milestones.

The public face of the package: ``JourneyReader`` (reader.py) and ``JourneyWriter``
(writer.py). Beside them, ``content``: the lessons and onboarding texts from ``resources/``.
"""

from app.services.journey.reader import DEFAULT_RULES, GoalView, JourneyReader, JourneyStatus
from app.services.journey.writer import JourneyWriter, Logged

__all__ = ["DEFAULT_RULES", "GoalView", "JourneyReader", "JourneyStatus", "JourneyWriter", "Logged"]
