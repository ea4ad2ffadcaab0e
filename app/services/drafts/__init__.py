"""The drafting studio as use cases: ideas, drafts, autosave, the voice check, publishing, plan.

The public face of the package: ``DraftsReader`` (reader.py), ``DraftsWriter`` (writer.py) and
the voice check (check.py). Beside them: ``plan`` (the posting plan as iCalendar) and
``phrasebook`` (phrase lists and starters from ``resources/``).
"""

from app.services.drafts.check import (
    CheckOptions,
    options_from_settings,
    profile_compare,
    run_check,
    warm_up,
)
from app.services.drafts.reader import DraftsReader
from app.services.drafts.writer import DraftsWriter, Published

__all__ = [
    "CheckOptions",
    "DraftsReader",
    "DraftsWriter",
    "Published",
    "options_from_settings",
    "profile_compare",
    "run_check",
    "warm_up",
]
