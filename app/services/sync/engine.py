"""One sync: drain the outbox, fetch feedback, and the status said in plain words.

Runs off the window's thread (app/ui/sync/worker.py) or in ``ownvoice sync``. Network calls
happen outside any database transaction; each outcome is committed on its own, so a sync cut
short anywhere (the server gone, the app killed) loses nothing and is finished by the next one:
a file uploaded but not yet marked done meets itself on the server (412), its hash matches, and
it is marked done then.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.sync.model import (
    FEEDBACK_FOLDER,
    OutboxItem,
    OutboxState,
    Problem,
    SyncConfig,
    SyncMode,
    SyncRun,
    SyncStatus,
)
from app.services.sync.webdav import DavClient, SyncError, sha256
from app.storage.exchange.person import ensure_person_id
from app.storage.sync import outbox

if TYPE_CHECKING:
    from app.services.clock import Clock
    from app.storage.database import Database

Progress = Callable[[int, int], None]  # files done, files in this run
Stop = Callable[[], bool]


def check_connection(config: SyncConfig, password: str | None) -> Problem | None:
    """None when the server answers as it should, else the problem."""
    try:
        client = DavClient(config, password, retries=0)
    except SyncError as error:
        return error.problem
    try:
        client.probe()
    except SyncError as error:
        return error.problem
    finally:
        client.close()
    return None


def drain(
    db: Database,
    client: DavClient,
    clock: Clock,
    run: SyncRun,
    *,
    everything: bool = False,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> None:
    """Upload the files that are due (every waiting one with ``everything``), oldest first. The
    first failure ends the drain: that file waits with a longer pause, the rest wait as they are."""
    with db.session() as session:
        due = outbox.due(session, clock.now(), everything=everything)
    for done, item in enumerate(due):
        if stop is not None and stop():
            return
        with db.session() as session:
            body = outbox.content_of(session, item.id)
        try:
            outcome = _upload(client, item, body)
        except SyncError as error:
            with db.session() as session:
                outbox.mark_failed(session, item.id, clock.now(), error.problem)
            run.problem = error.problem
            return
        with db.session() as session:
            if outcome is OutboxState.CONFLICT:
                outbox.mark_conflict(session, item.id)
                run.conflicts.append(item.name)
            else:
                outbox.mark_done(session, item.id, clock.now())
        if outcome is OutboxState.DONE:
            run.uploaded.append(item.name)
        elif outcome is OutboxState.WAITING:  # already there, the same bytes
            run.already_there.append(item.name)
        if progress is not None:
            progress(done + 1, len(due))


def _upload(client: DavClient, item: OutboxItem, body: bytes) -> OutboxState:
    """DONE when uploaded now, WAITING when the same file was already there (also done),
    CONFLICT when another file has its name."""
    url = client.url(item.name)
    if client.config.mode is SyncMode.DROP:
        client.put_drop(url, body)
        return OutboxState.DONE
    try:
        created = client.put_new(url, body)
    except SyncError as error:
        if error.problem is not Problem.NOT_FOUND:
            raise
        client.make_folders(client.base)  # the coach's folder is not there yet (409): make it
        created = client.put_new(url, body)
    if created:
        return OutboxState.DONE
    there = client.get(url)
    return OutboxState.WAITING if sha256(there) == item.content_hash else OutboxState.CONFLICT


def pull_feedback(
    db: Database, client: DavClient, clock: Clock, run: SyncRun, temp_dir: Path
) -> None:
    """Fetch feedback files new or changed (by ETag) in ``feedback/<person-id>/`` and import
    them; a refused file is named in ``run`` and not fetched again until it changes."""
    from app.services.exchange.feedback import import_feedback
    from app.services.exchange.package import ExchangeError
    from app.storage.quick import QuickReader

    if client.config.mode is not SyncMode.FOLDER:
        return
    with db.session() as session:
        person_id = ensure_person_id(session)
    folder = client.url(FEEDBACK_FOLDER, person_id)
    for entry in client.list_folder(folder + "/"):
        if entry.is_folder or not entry.name.endswith(".ownvoice"):
            continue
        with db.session() as session:
            if entry.etag and outbox.feedback_etag(session, entry.name) == entry.etag:
                continue
        body = client.get(client.url(FEEDBACK_FOLDER, person_id, entry.name))
        with tempfile.TemporaryDirectory(dir=temp_dir) as tmp:
            path = Path(tmp) / "feedback.ownvoice"
            path.write_bytes(body)
            reader = QuickReader(db.path)
            try:
                done = import_feedback(db, reader, path, clock)
            except ExchangeError:
                run.feedback_refused.append(entry.name)
            else:
                run.feedback_new += done.new
                run.feedback_files.append(entry.name)
            finally:
                reader.close()
        with db.session() as session:
            outbox.remember_feedback(session, entry.name, entry.etag or sha256(body))


def sync_once(
    db: Database,
    client: DavClient,
    clock: Clock,
    temp_dir: Path,
    *,
    everything: bool = False,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> SyncRun:
    """Drain, then fetch feedback if the drain went through; the outcome is remembered."""
    run = SyncRun()
    try:
        drain(db, client, clock, run, everything=everything, progress=progress, stop=stop)
        if run.problem is None:
            pull_feedback(db, client, clock, run, temp_dir)
    except SyncError as error:
        run.problem = error.problem
    with db.session() as session:
        outbox.write_meta(session, outbox.LAST_PROBLEM, run.problem.value if run.problem else None)
        if run.problem is None:
            outbox.write_meta(session, outbox.LAST_SYNC, clock.now().isoformat(timespec="seconds"))
    return run


def remember_problem(db: Database, problem: Problem) -> None:
    """A sync that could not start (no password, a bad address): the status bar says so."""
    with db.session() as session:
        outbox.write_meta(session, outbox.LAST_PROBLEM, problem.value)


def status(db: Database) -> SyncStatus:
    with db.session() as session:
        counts = outbox.counts(session)
        last = outbox.read_meta(session, outbox.LAST_SYNC)
        problem = outbox.read_meta(session, outbox.LAST_PROBLEM)
    known = {p.value: p for p in Problem}
    return SyncStatus(
        datetime.fromisoformat(last) if last else None,
        counts[OutboxState.WAITING],
        counts[OutboxState.CONFLICT],
        known.get(problem or ""),
    )
