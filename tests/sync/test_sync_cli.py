"""``ownvoice sync setup``, ``ownvoice sync`` and ``ownvoice sync status`` against a real WebDAV
server, and the password nowhere but the keychain afterwards."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app.domain.sync.model import PASSWORD_ENV, PASSWORD_KEY
from app.main import main
from app.services.system.secrets import SERVICE
from tests.conftest import MemoryKeyring
from tests.fixed_clock import TEST_DAY
from tests.sync.davserver import PASSWORD, USER, DavServer


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--today", str(TEST_DAY), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return PASSWORD

    monkeypatch.setattr("getpass.getpass", getpass)
    return prompts


def test_setup_then_sync_sends_progress_and_nothing_holds_the_password(
    dav: DavServer,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    memory_keyring: MemoryKeyring,
    asked: list[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    code, out, err = run(capsys, "sync", "setup", "--url", dav.url, "--user", USER)
    assert code == 0, err
    assert asked == ["Password: "]
    assert "kept in your system keychain" in out and "Connection works." in out
    assert memory_keyring.store[(SERVICE, PASSWORD_KEY)] == PASSWORD

    code, out, err = run(capsys, "sync", "--json")
    assert code == 0, err
    moved = json.loads(out)
    assert moved["queued"] and moved["uploaded"] == [moved["queued"]]
    assert dav.files() == [moved["queued"]]
    printed = out + err

    code, out, err = run(capsys, "sync")  # nothing changed since: nothing new
    assert code == 0 and "Nothing new to queue." in out and "Sent 0 files." in out
    printed += out + err

    code, out, err = run(capsys, "sync", "status", "--json")
    state = json.loads(out)
    assert (state["set_up"], state["waiting"], state["problem"]) == (True, 0, None)
    assert state["last_sync"].startswith(str(TEST_DAY))
    printed += out + err

    secret = PASSWORD.encode()
    everywhere = [p for p in data_dir.rglob("*") if p.is_file()]
    everywhere += [p for p in dav.root.rglob("*") if p.is_file()]  # what the coach got
    assert data_dir / "settings.json" in everywhere
    assert [p for p in everywhere if secret in p.read_bytes()] == []
    assert PASSWORD not in printed
    assert PASSWORD not in caplog.text


def test_a_password_from_the_environment_is_used_and_never_kept(
    dav: DavServer,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    code, out, _ = run(capsys, "sync", "setup", "--url", dav.url, "--user", USER)
    assert code == 0 and "it is not stored" in out
    assert memory_keyring.store == {}
    code, out, _ = run(capsys, "sync")
    assert code == 0 and "Sent 1 file." in out
    assert [
        p for p in data_dir.rglob("*") if p.is_file() and PASSWORD.encode() in p.read_bytes()
    ] == []


def test_plain_words_for_a_wrong_password_and_an_insecure_address(
    dav: DavServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "not-it")
    code, _, err = run(capsys, "sync", "setup", "--url", dav.url, "--user", USER)
    assert code == 1
    assert err.strip() == "ownvoice: The server did not accept the user name or password."
    code, _, err = run(capsys, "sync")
    assert code == 1 and "did not accept" in err and "Traceback" not in err
    code, out, _ = run(capsys, "sync", "status")
    assert "Files waiting: 1" in out and "did not accept" in out
    code, _, err = run(capsys, "sync", "setup", "--url", "http://cloud.example.com/dav")
    assert code == 2 and "https://" in err


def test_sync_before_setup_says_how(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "sync")
    assert code == 1 and "ownvoice sync setup --url URL" in err
