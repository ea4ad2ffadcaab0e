"""Secrets (issue 19, item 3): after a session that sets up coach sync (a password) and the
writing assistant (an API key) and uses both, no file the app wrote holds either secret — the
database, settings, logs, backups, exports, the files on the coach's server, what the window
wrote when it opened on that folder — nor does anything it printed or logged, nor the process's
command line."""

from __future__ import annotations

import logging
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
from tests.sync.davserver import PASSWORD, USER, DavServer
from tests.test_cli import ownvoice

KEY = "sk-ownvoice-7Qm2xZ9kLw4Rt8Vb"  # the assistant's API key


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
    run("doctor")
    for page in ("settings", "drafts"):  # the window too: its log, its crash records
        shot = ownvoice("--data-dir", str(data_dir), "--screenshot", str(tmp_path / f"{page}.png"),
                        "--page", page)  # fmt: skip
        assert shot.returncode == 0, shot.stderr
        printed.append(shot.stdout + shot.stderr)

    written = [p for p in tmp_path.rglob("*") if p.is_file()]  # data folder, exports, server
    assert data_dir / "ownvoice.db" in written and data_dir / "settings.json" in written
    for secret in (PASSWORD, KEY):
        assert [p for p in written if secret.encode() in p.read_bytes()] == [], secret
        assert all(secret not in text for text in printed)
        assert secret not in caplog.text
        assert secret.encode() not in Path("/proc/self/cmdline").read_bytes()
