"""Coach sync when things go wrong on the way: each test ends with every queued file on the
server exactly once (folder mode) and every file still in the local outbox."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.sync.model import OutboxItem, Problem, SyncConfig
from app.services.clock import FixedClock
from app.services.sync.engine import sync_once
from app.storage.database import Database
from app.storage.sync import outbox
from tests.sync.conftest import assert_each_once_on_server, client_for, contents, queue_files
from tests.sync.davserver import DavServer, Fault

ROOT = Path(__file__).resolve().parents[2]


def test_the_server_stopped_mid_queue(
    db: Database, dav: DavServer, folder_config: SyncConfig, clock: FixedClock, tmp_path: Path
) -> None:
    queue_files(db, clock, 6)
    before = contents(db)

    def progress(done: int, total: int) -> None:
        if done == 2:
            dav.stop()

    run = sync_once(db, client_for(folder_config), clock, tmp_path, progress=progress)
    assert run.problem is Problem.OFFLINE and len(run.uploaded) == 2
    assert contents(db) == before  # nothing lost here
    dav.start()  # the same port
    again = sync_once(db, client_for(folder_config), clock, tmp_path, everything=True)
    assert again.problem is None and len(again.uploaded) == 4
    assert_each_once_on_server(db, dav)


@pytest.mark.parametrize(
    ("status", "times", "problem"),
    [
        (503, 1, None),  # retried at once by urllib3, and through
        (500, 5, Problem.SERVER_ERROR),  # still failing after the short retries
        (507, 1, Problem.SERVER_FULL),  # not retried: no room is no room
    ],
)
def test_server_errors(
    db: Database,
    dav: DavServer,
    folder_config: SyncConfig,
    clock: FixedClock,
    tmp_path: Path,
    status: int,
    times: int,
    problem: Problem | None,
) -> None:
    queue_files(db, clock, 3)
    dav.faults.add(Fault("PUT", status=status, times=times))
    run = sync_once(db, client_for(folder_config), clock, tmp_path)
    assert run.problem is problem
    if problem is not None:
        with db.session() as session:
            assert [i.attempts for i in outbox.items(session)] == [1, 0, 0]
        run = sync_once(db, client_for(folder_config), clock, tmp_path, everything=True)
        assert run.problem is None
    assert_each_once_on_server(db, dav)


def test_a_connection_reset_after_the_upload(
    db: Database, dav: DavServer, folder_config: SyncConfig, clock: FixedClock, tmp_path: Path
) -> None:
    queue_files(db, clock, 3, size=200_000)
    dav.faults.add(Fault("PUT", reset=True, times=2))  # the server keeps the file; no answer
    run = sync_once(db, client_for(folder_config, retries=0), clock, tmp_path)
    assert run.problem is Problem.OFFLINE
    run = sync_once(db, client_for(folder_config, retries=0), clock, tmp_path, everything=True)
    assert run.problem is Problem.OFFLINE
    run = sync_once(db, client_for(folder_config), clock, tmp_path, everything=True)
    assert run.problem is None and len(run.already_there) == 1 and len(run.uploaded) == 2
    assert_each_once_on_server(db, dav)


def test_a_connection_reset_is_retried_within_one_sync(
    db: Database, dav: DavServer, folder_config: SyncConfig, clock: FixedClock, tmp_path: Path
) -> None:
    queue_files(db, clock, 2, size=200_000)
    dav.faults.add(Fault("PUT", reset=True))
    run = sync_once(db, client_for(folder_config), clock, tmp_path)
    assert run.problem is None
    assert_each_once_on_server(db, dav)


def test_an_answer_slower_than_the_read_timeout(
    db: Database, dav: DavServer, folder_config: SyncConfig, clock: FixedClock, tmp_path: Path
) -> None:
    queue_files(db, clock, 3)
    dav.faults.add(Fault("PUT", delay=1.5))  # stored at once, answered too late
    slow = client_for(folder_config, read_timeout=0.5, retries=0)
    run = sync_once(db, slow, clock, tmp_path)
    assert run.problem is Problem.TIMEOUT and run.uploaded == []
    run = sync_once(db, client_for(folder_config, read_timeout=0.5), clock, tmp_path,
                    everything=True)  # fmt: skip
    assert run.problem is None and len(run.already_there) == 1 and len(run.uploaded) == 2
    assert_each_once_on_server(db, dav)


KILLED_SYNC = """
import os, signal, sys
from pathlib import Path
from app.domain.sync.model import SyncConfig, SyncMode
from app.services.clock import FixedClock
from app.services.sync import engine
from app.services.sync.webdav import DavClient
from app.storage.database import Database
from app.storage.sync import outbox
from tests.fixed_clock import fixed_clock

url, user, password, db_path, temp = sys.argv[1:6]
clock = fixed_clock()
db = Database.open(Path(db_path), clock.now())
uploads = 0
real_upload = engine._upload

def upload_then_die(client, item, body):
    global uploads
    outcome = real_upload(client, item, body)
    uploads += 1
    if uploads == 2:  # on the server, not yet marked done here
        os.kill(os.getpid(), signal.SIGKILL)
    return outcome

engine._upload = upload_then_die
client = DavClient(SyncConfig(SyncMode.FOLDER, url, user), password)
engine.sync_once(db, client, clock, Path(temp))
"""


def test_the_app_killed_between_the_upload_and_the_database(
    db: Database,
    dav: DavServer,
    folder_config: SyncConfig,
    clock: FixedClock,
    tmp_path: Path,
    paths: object,
) -> None:
    from tests.sync.davserver import PASSWORD, USER

    queue_files(db, clock, 4)
    db_path = db.path
    done = subprocess.run(
        [sys.executable, "-c", KILLED_SYNC, dav.url, USER, PASSWORD, str(db_path), str(tmp_path)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    assert len(dav.files()) == 2
    with db.session() as session:
        assert [i.state.value for i in outbox.items(session)] == ["done", "waiting", "waiting",
                                                                 "waiting"]  # fmt: skip
    run = sync_once(db, client_for(folder_config), clock, tmp_path)
    assert run.problem is None and len(run.already_there) == 1 and len(run.uploaded) == 2
    assert_each_once_on_server(db, dav)


def test_retries_leave_no_request_path_in_the_log(
    db: Database,
    dav: DavServer,
    folder_config: SyncConfig,
    clock: FixedClock,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """urllib3 logs each retry with the request's path; a file drop's path holds its share
    token. With the app's logging set up, those lines never reach the log."""
    import logging

    from app.services.system.logs import setup_logging
    from app.storage.paths import AppPaths, DataDirOrigin

    paths = AppPaths(tmp_path / "data", DataDirOrigin.OPTION).ensure()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        log_file = setup_logging(paths)
        queue_files(db, clock, 2)
        dav.faults.add(Fault("PUT", status=503, times=1))  # one retry by urllib3
        with caplog.at_level(logging.DEBUG):
            run = sync_once(db, client_for(folder_config), clock, tmp_path)
        assert run.problem is None
        name = next(i.name for i in outbox_items(db))
        for handler in root.handlers:
            handler.flush()
        assert name not in caplog.text and name not in log_file.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        logging.getLogger("urllib3").setLevel(logging.NOTSET)


def outbox_items(db: Database) -> list[OutboxItem]:
    with db.session() as session:
        return list(outbox.items(session))
