"""Marking derived data as behind its facts, and clearing the mark (reads: read.py).

Both run inside the caller's transaction: the change to the facts and its mark commit together,
and so do a recompute and the removal of the mark it started from.
"""

from __future__ import annotations

import secrets

from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.storage.derived.read import (
    AFTER_REMOVAL,
    LANGUAGES_KEY,
    LANGUAGES_VERSION,
    PARTS,
    PREFIX,
)
from app.storage.models import MetaRow


def mark_stale(session: Session, part: str, *, after_removal: bool = False) -> str:
    """Note that ``part`` (``journey``/``voice``) must be recomputed; return the mark.

    A new mark replaces the old one (each is unique, so a recompute that started before this
    change does not remove it), but a pending removal stays noted: the recompute that finally
    runs must forget what the removed activities gave.
    """
    if part not in PARTS:
        raise ValueError(f"unknown derived part {part!r}")
    key = PREFIX + part
    row = session.get(MetaRow, key)
    removal = after_removal or (row is not None and row.value.endswith(AFTER_REMOVAL))
    mark = secrets.token_hex(8) + (AFTER_REMOVAL if removal else "")
    if row is None:
        session.add(MetaRow(key=key, value=mark))
    else:
        row.value = mark
    return mark


def clear_stale(session: Session, part: str, mark: str) -> None:
    """Remove ``part``'s mark if it is still ``mark`` (a later change keeps its own)."""
    session.execute(delete(MetaRow).where(MetaRow.key == PREFIX + part, MetaRow.value == mark))


def mark_languages_current(session: Session) -> None:
    """Note that the texts' languages are recognised the way this version does it."""
    row = session.get(MetaRow, LANGUAGES_KEY)
    if row is None:
        session.add(MetaRow(key=LANGUAGES_KEY, value=LANGUAGES_VERSION))
    else:
        row.value = LANGUAGES_VERSION
