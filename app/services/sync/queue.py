"""Putting progress files in the outbox: in the same transaction that makes them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.exchange.codec import progress_to_json
from app.domain.exchange.model import ProgressReport, Section
from app.domain.sync.model import OutboxItem
from app.services.exchange.export import file_name, prepare_progress, progress_bytes
from app.services.exchange.package import write_bytes
from app.services.exchange.summary import Words
from app.services.sync.webdav import sha256
from app.storage.sync import outbox

if TYPE_CHECKING:
    from app.services.clock import Clock
    from app.storage.database import Database
    from app.storage.quick import QuickReader

PROGRESS = "progress"


def report_hash(report: ProgressReport) -> str:
    """What the report says, apart from the day it was made: equal when nothing changed."""
    data = dict(progress_to_json(report))
    data.pop("made_on", None)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def queue_report(
    db: Database,
    report: ProgressReport,
    words: Words,
    clock: Clock,
    *,
    also_save: Path | None = None,
    data_dir: Path | None = None,
) -> OutboxItem:
    """Queue ``report``'s file; with ``also_save`` the same bytes are written there too (the
    weekly file), inside the transaction: if that write fails, nothing is queued."""
    body = progress_bytes(report, words, clock)
    with db.session() as session:
        item = outbox.enqueue(
            session,
            file_name(report),
            PROGRESS,
            body,
            sha256(body),
            report_hash(report),
            clock.now(),
        )
        if also_save is not None:
            private = data_dir is not None and also_save.absolute().is_relative_to(
                data_dir.absolute()
            )
            write_bytes(also_save, body, private=private)
    return item


def queue_if_changed(
    db: Database,
    reader: QuickReader,
    clock: Clock,
    language: str,
    sections: Collection[Section],
    words: Words,
) -> OutboxItem | None:
    """Queue a fresh progress file unless the last one queued says the same; the new item."""
    report = prepare_progress(db, reader, clock, language, sections)
    with db.session() as session:
        latest = outbox.latest_report_hash(session)
    if latest == report_hash(report):
        return None
    return queue_report(db, report, words, clock)
