"""Whether derived data lags the stored facts: cheap reads over sqlite3, for start-up and doctor.

Derived data is what OwnVoice recomputes from the facts: the journey's weekly stages and
milestones (from the activity log) and the voice profile (from the corpus). A change to the
facts that needs a recompute leaves a mark in the ``meta`` table in its own transaction
(``derived_write.mark_stale``); the recompute removes the mark in its transaction. A mark still
there at the next start means the recompute failed or never ran (the process was killed). Files
written before the marks existed are judged by what the tables show (``journey_behind``,
``voice_behind``). Each read is one query, never a recompute.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Final

JOURNEY: Final = "journey"
VOICE: Final = "voice"
PARTS: Final = (JOURNEY, VOICE)
PREFIX: Final = "derived_stale:"
# The mark of a change that took activities away: the recompute must forget what only they gave.
AFTER_REMOVAL: Final = " after_removal"
_LANGUAGES: Final = ("fi", "sv", "en")  # app.domain.text.wordlists.LANGUAGES: a profile's languages


# The texts' languages as recognised by an older version (fi/sv/en only, before issue 23): a
# data folder whose meta does not hold this version has its texts' languages recognised again,
# once, on the worker at the next start (app/services/voice/languages.py).
LANGUAGES_KEY: Final = "corpus_languages"
LANGUAGES_VERSION: Final = "2"


def languages_behind(con: sqlite3.Connection) -> bool:
    """True when texts are stored but their languages were recognised by an older version."""
    row = con.execute(
        "SELECT EXISTS (SELECT 1 FROM corpus_text) AND "
        "coalesce((SELECT value FROM meta WHERE key = ?), '') != ?",
        (LANGUAGES_KEY, LANGUAGES_VERSION),
    ).fetchone()
    return bool(row[0])


def stale_marks(con: sqlite3.Connection) -> dict[str, str]:
    """Part (``journey``/``voice``) -> the mark a change left and no recompute has removed yet."""
    rows = con.execute(
        "SELECT key, value FROM meta WHERE key IN (?, ?)", tuple(PREFIX + p for p in PARTS)
    )
    return {str(key).removeprefix(PREFIX): str(value) for key, value in rows}


def journey_behind(con: sqlite3.Connection, today: date, earliest: date) -> bool:
    """True when the log holds an activity (from ``earliest`` to ``today``) in a week after the
    last stored weekly stage, or activities but no stages at all."""
    row = con.execute(
        "SELECT (SELECT max(day) FROM activity WHERE day >= ? AND day <= ?), "
        "(SELECT max(monday) FROM week_stage)",
        (earliest.isoformat(), today.isoformat()),
    ).fetchone()
    latest, last_week = row
    if latest is None:
        return False
    if last_week is None:
        return True
    day = date.fromisoformat(str(latest))
    return day - timedelta(days=day.weekday()) > date.fromisoformat(str(last_week))


def voice_behind(con: sqlite3.Connection) -> bool:
    """True when texts in a profile language are included but no profile is stored. (A profile
    older than the latest import is the "Your voice" page's own check: stamps from runs with
    another ``--today`` cannot be compared.)"""
    row = con.execute(
        "SELECT NOT EXISTS (SELECT 1 FROM voice_profile) AND EXISTS (SELECT 1 FROM corpus_text "
        f"WHERE excluded = 0 AND language IN ({', '.join('?' * len(_LANGUAGES))}))",
        _LANGUAGES,
    ).fetchone()
    return bool(row[0])
