"""The words of summaries printed or saved by a command: English, dates as ISO (YYYY-MM-DD)."""

from __future__ import annotations

from datetime import date
from enum import Enum


class EnglishWords:
    """``Words`` (app/services/exchange/summary.py) for the command line."""

    def text(self, source: str) -> str:
        return source

    def label(self, key: Enum) -> str:
        from app.ui.kit.labels import label

        return label(key)

    def day(self, value: object) -> str:
        return value.isoformat() if isinstance(value, date) else str(value)
