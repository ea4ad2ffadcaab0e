"""The exchange summaries' words in the UI language (``Words`` of app/services/exchange)."""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.ui.kit.labels import label
from app.ui.kit.numbers import format_day


class UiWords:
    def text(self, source: str) -> str:
        return QCoreApplication.translate("Exchange", source)

    def label(self, key: Enum) -> str:
        return label(key)

    def day(self, value: object) -> str:
        return format_day(value) if isinstance(value, date) else str(value)
