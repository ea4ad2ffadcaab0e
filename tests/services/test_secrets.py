"""Secrets go to the keychain or stay in memory; they are never written to a file."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail

from app.services.system.secrets import SERVICE, SecretStore
from tests.conftest import MemoryKeyring


def test_secrets_go_to_the_system_keychain(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    assert store.status().in_keychain
    assert store.set("webdav", "s3cret") is True
    assert memory_keyring.store[(SERVICE, "webdav")] == "s3cret"
    assert SecretStore().get("webdav") == "s3cret"  # a new session finds it
    store.delete("webdav")
    assert store.get("webdav") is None


def test_without_a_keychain_secrets_live_in_memory_only(data_dir: Path, tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    store = SecretStore()
    status = store.status()
    assert not status.in_keychain
    assert store.set("webdav", "s3cret-in-memory") is False
    assert store.get("webdav") == "s3cret-in-memory"
    assert SecretStore().get("webdav") is None  # gone with the session
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not any(b"s3cret-in-memory" in p.read_bytes() for p in written)


def test_a_plaintext_keyring_is_not_trusted() -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    store = SecretStore()
    assert not store.status().in_keychain
    assert store.set("token", "abc") is False
