"""The drafting studio as use cases: ideas, drafts, autosave, the voice check, publishing, plan.

The public face of the package: ``DraftsReader`` (reader.py), ``DraftsWriter`` (writer.py) and
the voice check (check.py). Beside them: ``plan`` (the posting plan as iCalendar) and
``phrasebook`` (phrase lists and starters from ``resources/``).

The face loads each name's module when the name is first used (PEP 562), not all of them at
import: Today's planned posts need only the reader, and the voice check's phrase lists and
spelling cost ~70 ms to load on the way to Today's first content.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.drafts.check import (
        CheckOptions,
        options_from_settings,
        profile_compare,
        run_check,
        warm_up,
    )
    from app.services.drafts.reader import DraftsReader
    from app.services.drafts.writer import DraftsWriter, Published

_MODULE_OF = {
    "CheckOptions": "check",
    "options_from_settings": "check",
    "profile_compare": "check",
    "run_check": "check",
    "warm_up": "check",
    "DraftsReader": "reader",
    "DraftsWriter": "writer",
    "Published": "writer",
}

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


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
