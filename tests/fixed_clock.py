"""Tests never read the real date: a test's day is one it chose, or this one.

``clock`` (tests/conftest.py) is a ``FixedClock`` on ``TEST_DAY``; the UI's ``ctx`` runs on it,
and a test module picks another day by overriding the fixture. Commands run in a subprocess get
``--today TEST_DAY`` (``tests/test_cli.py``'s ``ownvoice``). ``tests/test_clock.py`` checks that
``app/`` reads the calendar only through its clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.services.clock import FixedClock

TEST_DAY = date(2026, 5, 13)  # a Wednesday, weeks away from a change of the clocks
TEST_NOW = datetime(2026, 5, 13, 12, 0, tzinfo=UTC)  # for storage, which is given its times


def fixed_clock(at: date | datetime = TEST_DAY) -> FixedClock:
    return FixedClock(at)
