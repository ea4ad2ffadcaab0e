"""Numbers and days the way the person's language writes them, for any value the data may hold.

``QLocale.toString`` is strict about types: an ``int`` where a format wants a ``float`` raises
``ValueError``, an integer beyond 64 bits raises ``OverflowError``, and inside a model's
``data()`` either used to end the process. These helpers take whatever a stored value turns
out to be (an int, a float, ``None``, NaN, a huge number) and always return text.
``format_day`` and ``format_number`` are the short forms the pages show.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QDate, QLocale

NO_VALUE = "–"  # shown for a value that is missing or not a number


def integer_text(value: int | float | None) -> str:
    """A whole number with the language's digit grouping: "12 345" in Finnish."""
    number = _finite(value)
    if number is None:
        return NO_VALUE
    if abs(number) >= 1e15:  # beyond what anyone counts: no wall of digits
        return amount_text(number)
    return QLocale().toString(round(number))


def amount_text(value: int | float | None, significant: int = 6) -> str:
    """An amount with up to ``significant`` digits: "15", "2,5", "1,5e+20"."""
    number = _finite(value)
    if number is None:
        return NO_VALUE
    return QLocale().toString(number, "g", significant)


def decimal_text(value: int | float | None, decimals: int = 2) -> str:
    """A number with at most ``decimals`` decimals and no trailing zeros: "12", "2,5"."""
    number = _finite(value)
    if number is None:
        return NO_VALUE
    if abs(number) >= 1e15:  # fixed notation of a huge number is a wall of digits
        return amount_text(number)
    locale = QLocale()
    text = locale.toString(number, "f", decimals)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def _finite(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def int_or_none(text: object) -> int | None:
    """``int(text)`` for stored text that should hold a number, or ``None`` if it does not."""
    try:
        return int(str(text).strip())
    except (TypeError, ValueError):
        return None


def format_day(day: date) -> str:
    """A date the way the person's language writes it, short."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_number(value: float, decimals: int = 2) -> str:
    """A number the way the person's language writes it, without trailing zeros: "12", "2,5"."""
    return decimal_text(value, decimals)
