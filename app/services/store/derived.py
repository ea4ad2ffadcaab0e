"""Derived data kept up to date: the journey's weekly stages and milestones, the voice profile,
and (once, after the upgrade of issue 23) the languages of the stored texts.

Both are recomputed from the stored facts (the activity log, the corpus), so a recompute that
fails or never runs (the process killed right after an import's commit) loses nothing: the
change left a mark in its own transaction, and the next start sees it (``stale_derived``, a
couple of indexed queries) and recomputes (``repair_derived``). ``doctor`` reports the same
reasons and ``doctor --repair`` runs the same repair. A failure of the repair itself is logged
and left for the next start; it never stops the app.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from app.domain.activity import EARLIEST_DAY
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.storage.derived import read as derived_read
from app.storage.derived.read import JOURNEY, LANGUAGES_KEY, VOICE

if TYPE_CHECKING:
    from datetime import date

    from app.services.clock import Clock
    from app.storage.database import Database
    from app.storage.quick import QuickReader

log = logging.getLogger(__name__)

# Translated by the window in the context "Derived" (app.ui.kit.i18n.translated); English here.
JOURNEY_BEHIND: Final = QT_TRANSLATE_NOOP(
    "Derived", "The journey (weekly stages and milestones) is behind the activity log."
)
VOICE_BEHIND: Final = QT_TRANSLATE_NOOP("Derived", "The voice profile is behind your texts.")
LANGUAGES_BEHIND: Final = QT_TRANSLATE_NOOP(
    "Derived", "The languages of your texts are to be recognised again after the upgrade."
)
# What a person is told when an import is stored but its derived data could not follow.
DEFERRED: Final = QT_TRANSLATE_NOOP(
    "Derived", "Your texts are stored; the journey will be updated on the next start."
)
# Ctrl-C or a crash after the commit: ``{texts}`` new texts and ``{activities}`` log entries.
STORED_INTERRUPTED: Final = QT_TRANSLATE_NOOP(
    "Derived",
    "The import was stored ({texts} new texts, {activities} new activities); "
    "the journey will be updated on the next start.",
)
NOTHING_IMPORTED: Final = QT_TRANSLATE_NOOP(
    "Derived", "The import was cancelled; nothing was imported."
)


@dataclass(frozen=True)
class DerivedRepair:
    """What ``repair_derived`` did: the reasons (``JOURNEY_BEHIND``, ``VOICE_BEHIND``) now up
    to date, and those still behind because their recompute failed (logged)."""

    repaired: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()


def stale_derived(reader: QuickReader, today: date) -> list[str]:
    """Why derived data lags the stored facts, as English templates (see ``JOURNEY_BEHIND``,
    ``VOICE_BEHIND``); empty when all is up to date. Cheap: a few indexed queries."""
    return [reason for reason, _ in _stale(reader, today)]


def stale_derived_in(con: sqlite3.Connection, today: date) -> list[str]:
    """``stale_derived`` over any connection that reads the store (``doctor`` has its own)."""
    return [reason for reason, _ in _stale_in(con, today)]


def _stale(reader: QuickReader, today: date) -> list[tuple[str, str]]:
    return _stale_in(reader.connection, today)


def _stale_in(con: sqlite3.Connection, today: date) -> list[tuple[str, str]]:
    marks = derived_read.stale_marks(con)
    found: list[tuple[str, str]] = []
    if derived_read.languages_behind(con):  # first: the voice profile is built on the languages
        found.append((LANGUAGES_BEHIND, LANGUAGES_KEY))
    if JOURNEY in marks or derived_read.journey_behind(con, today, EARLIEST_DAY):
        found.append((JOURNEY_BEHIND, JOURNEY))
    if VOICE in marks or derived_read.voice_behind(con):
        found.append((VOICE_BEHIND, VOICE))
    return found


def repair_derived(db: Database, reader: QuickReader, clock: Clock) -> DerivedRepair:
    """Recompute what ``stale_derived`` finds behind, each part on its own: the journey (a
    removal whose refresh never ran is finished as one) and the voice profile. Idempotent;
    a part whose recompute fails is logged and stays marked for the next start."""
    from app.services.journey import JourneyWriter
    from app.services.voice.languages import relabel_languages
    from app.services.voice.profile import VoiceService

    repaired: list[str] = []
    failed: list[str] = []
    stale = _stale(reader, clock.today())
    for reason, part in stale:
        try:
            if part == LANGUAGES_KEY:
                # Texts relabelled change the profile: it is rebuilt after, in this same repair.
                if relabel_languages(db, reader) and all(p != VOICE for _, p in stale):
                    stale.append((VOICE_BEHIND, VOICE))
            elif part == JOURNEY:  # a removal left undone is finished as one: see refresh
                JourneyWriter(db, reader).refresh(clock.today())
            else:
                VoiceService(clock).refresh(db, reader)
        except Exception:
            log.exception("bringing derived data up to date failed: %s", reason)
            failed.append(reason)
        else:
            repaired.append(reason)
    return DerivedRepair(tuple(repaired), tuple(failed))
