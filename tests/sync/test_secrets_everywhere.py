"""Secrets (issue 19, item 3): after a session that sets up coach sync (a password, or a file
drop link whose token is its key) and the writing assistant (an API key) and uses them, no file
the app wrote holds a secret — the database, settings, logs, a crash log, migration backups,
exports, the coach's cache, temporary files, the files on the coach's server, what the window
wrote when it opened on that folder — nor does anything it printed or logged, nor the command
line of any process it ran."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain import settings as decl
from app.domain.assistant.endpoints import CUSTOM
from app.main import main
from app.services.assistant.config import API_KEY
from app.services.settings import SettingsService
from app.services.system.secrets import SecretStore
from app.storage.paths import AppPaths, DataDirOrigin
from app.storage.settings_store import SettingsFile
from tests.fixed_clock import TEST_DAY
from tests.model_server import MODEL, Script, model_server
from tests.sync.davserver import DROP_TOKEN, PASSWORD, USER, DavServer
from tests.test_cli import ownvoice
from tests.ui.test_crash_records import CRASHING_RUN

KEY = "sk-ownvoice-7Qm2xZ9kLw4Rt8Vb"  # the assistant's API key


def command_lines() -> list[bytes]:
    """The command line of every process now running that can be read."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                found.append((entry / "cmdline").read_bytes())
            except OSError:
                continue  # ended meanwhile, or not ours to read
    return found


def run_watched(args: list[str], env: dict[str, str]) -> tuple[int, str, list[bytes]]:
    """Run OwnVoice as a child, reading every process's command line while it runs."""
    with (
        tempfile.TemporaryFile("w+") as out,
        subprocess.Popen(
            [sys.executable, *args], env=env, stdout=out, stderr=subprocess.STDOUT
        ) as child,
    ):
        seen = command_lines()
        while child.poll() is None:
            seen += command_lines()
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(0.05)
        out.seek(0)
        return child.returncode, out.read(), seen


def leaks(secrets: Iterable[str], files: list[Path], texts: list[str]) -> list[str]:
    found = []
    for secret in secrets:
        found += [f"{p}: {secret}" for p in files if secret.encode() in p.read_bytes()]
        found += [f"printed: {secret}" for text in texts if secret in text]
    return found


def test_no_file_the_app_wrote_holds_the_password_or_the_api_key(
    dav: DavServer,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
    temp = tmp_path / "tmp"  # the app's temporary files land where they are searched
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    printed: list[str] = []

    def run(*args: str) -> None:
        code = main(["--today", str(TEST_DAY), *args])
        out, err = capsys.readouterr()
        printed.append(out + err)
        assert code == 0, err

    run("demo", "--years", "1")
    run("sync", "setup", "--url", dav.url, "--user", USER)
    draft = tmp_path / "draft.txt"
    draft.write_text("I fixed my old bike myself today. Repair beats replace.", encoding="utf-8")
    with model_server(Script(key=KEY)) as server:
        settings = SettingsService(
            SettingsFile(AppPaths(data_dir, DataDirOrigin.OPTION).settings_path)
        )
        settings.set(decl.ASSISTANT_ENABLED, True)
        settings.set(decl.ASSISTANT_PRESET, CUSTOM)
        settings.set(decl.ASSISTANT_URL, server.url)
        settings.set(decl.ASSISTANT_MODEL, MODEL)
        assert SecretStore().set(API_KEY, KEY)
        run("assist", "tighten", str(draft), "--json")
        assert server.script.headers[-1].get("Authorization") == f"Bearer {KEY}"  # it was used
    run("sync", "--json")
    assert dav.files(), "nothing reached the coach's server"
    (tmp_path / "exports").mkdir()
    run("export", "progress", "--out", str(tmp_path / "exports" / "progress.ownvoice"))
    run("journey", "status", "--json")
    run("doctor", "--repair")
    mirror_coach_folder(dav, data_dir)  # coach mode's cache of the server folder
    from app.storage.migrator import backup

    backup(
        data_dir / "ownvoice.db", "0001", datetime(2026, 5, 13, 12, tzinfo=UTC)
    )  # as before every upgrade
    env = {**os.environ, "OWNVOICE_SYNC_PASSWORD": PASSWORD, "TMPDIR": str(temp)}  # a script's
    code, out, lines = run_watched(["-c", CRASHING_RUN, str(data_dir), str(tmp_path / "c.png")],
                                   env)  # fmt: skip
    assert code != 0 and (data_dir / "logs" / "crash.log").read_text().strip(), out
    printed.append(out)
    code, out, more = run_watched(["-m", "app", "--data-dir", str(data_dir), "sync", "--json"], env)
    assert code == 0, out  # the next run syncs with the password from the environment
    printed.append(out)
    assert not [line for line in [*lines, *more] if PASSWORD.encode() in line]
    for page in ("settings", "drafts"):  # the window too: its log, its crash records
        shot = ownvoice("--data-dir", str(data_dir), "--screenshot", str(tmp_path / f"{page}.png"),
                        "--page", page)  # fmt: skip
        assert shot.returncode == 0, shot.stderr
        printed.append(shot.stdout + shot.stderr)
    assert (data_dir / "logs" / "crash-previous.log").exists()  # the window kept the report

    written = [p for p in tmp_path.rglob("*") if p.is_file()]  # data folder, exports, server
    assert data_dir / "ownvoice.db" in written and data_dir / "settings.json" in written
    kinds = {p.relative_to(data_dir).parts[0] for p in written if p.is_relative_to(data_dir)}
    assert {"logs", "backups", "coach-cache"} <= kinds, kinds  # each kind of file was written
    for secret in (PASSWORD, KEY):
        assert [p for p in written if secret.encode() in p.read_bytes()] == [], secret
        assert all(secret not in text for text in printed)
        assert secret not in caplog.text
        assert secret.encode() not in Path("/proc/self/cmdline").read_bytes()


def mirror_coach_folder(dav: DavServer, data_dir: Path) -> None:
    from app.domain.sync.model import SyncConfig, SyncMode
    from app.services.sync.mirror import cache_for, mirror
    from app.services.sync.webdav import DavClient

    client = DavClient(SyncConfig(SyncMode.FOLDER, dav.url, USER), PASSWORD)
    try:
        done = mirror(client, cache_for(data_dir, dav.url))
    finally:
        client.close()
    assert done.problem is None


def test_a_file_drop_links_token_stays_in_the_keychain(
    dav: DavServer,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whoever has a drop link can put files in the coach's drop: its token is a secret. The
    settings file holds the link with the token's place marked; the keychain holds the token."""
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "")  # a drop without a password
    printed: list[str] = []

    def run(*args: str) -> None:
        code = main(["--today", str(TEST_DAY), *args])
        out, err = capsys.readouterr()
        printed.append(out + err)
        assert code == 0, err

    run("demo", "--years", "1")
    run("sync", "setup", "--url", dav.token_drop_url, "--mode", "drop")
    assert SecretStore().get("sync/drop_token") == DROP_TOKEN
    run("sync", "--json")
    assert dav.files(dav.token_drop), "nothing reached the coach's drop"
    run("sync", "status")
    assert "/public.php/dav/files/token-in-keychain" in printed[-1]
    run("doctor")
    written = [p for p in tmp_path.rglob("*") if p.is_file()]  # the server's files too
    assert data_dir / "settings.json" in written
    # What was logged at INFO and above, as the log file keeps it: urllib3's DEBUG lines name
    # the path of each request (the link itself), and the test server logs its shares.
    logged = [caplog.handler.format(r) for r in caplog.records
              if r.levelno >= logging.INFO and not r.name.startswith("wsgidav")]  # fmt: skip
    assert leaks([DROP_TOKEN], written, [*printed, *logged]) == []


@pytest.mark.parametrize(
    ("url", "user", "kept_url", "kept_user"),
    [
        ("https://h/public.php/dav/files/T0k3n", "", "https://h/public.php/dav/files/T", ""),
        ("https://h/s/T0k3n/", "anonymous", "https://h/s/T", "anonymous"),
        ("https://h/public.php/webdav", "T0k3n", "https://h/public.php/webdav", "T"),
    ],
)
def test_a_drop_links_token_is_taken_out_and_put_back(
    url: str, user: str, kept_url: str, kept_user: str
) -> None:
    from app.domain.sync.model import (
        TOKEN_MARK,
        SyncConfig,
        SyncMode,
        shown_url,
        split_drop_token,
        with_drop_token,
    )

    config = SyncConfig(SyncMode.DROP, url.rstrip("/"), user)
    kept, token = split_drop_token(config)
    assert token == "T0k3n"
    assert (kept.url, kept.user) == (
        kept_url.replace("/T", "/" + TOKEN_MARK),
        kept_user.replace("T", TOKEN_MARK),
    )
    assert split_drop_token(kept) == (kept, None)  # saved again unchanged: the token stays
    assert with_drop_token(kept, token) == config
    assert "T0k3n" not in shown_url(config)
    folder = SyncConfig(SyncMode.FOLDER, "https://h/remote.php/dav/files/aino/x", "aino")
    assert split_drop_token(folder) == (folder, None)
