"""Secrets (passwords, tokens) in the system keychain, and only there.

When no keychain works (e.g. Linux without a desktop session) secrets are kept in memory for
this session only, and ``status`` says so in plain words. A plaintext "keychain" (keyrings.alt)
counts as no keychain: a secret is never written to a file by OwnVoice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging

SERVICE = "OwnVoice"

# Backends that would put secrets in a file, or that do nothing at all.
_UNSAFE_BACKEND_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


@dataclass(frozen=True)
class SecretStatus:
    """Where secrets go now: the keychain named ``backend``, or memory for this session."""

    in_keychain: bool
    backend: str


class SecretStore:
    def __init__(self, service: str = SERVICE) -> None:
        self._service = service
        self._memory: dict[str, str] = {}
        self._backend: Any = None
        self._usable: bool | None = None

    def _keyring(self) -> Any | None:
        """The usable keyring backend, found once (importing keyring costs ~80 ms)."""
        if self._usable is None:
            import keyring

            backend = keyring.get_keyring()
            self._backend = backend
            module = type(backend).__module__
            self._usable = not module.startswith(_UNSAFE_BACKEND_PREFIXES) and _priority_ok(backend)
        return self._backend if self._usable else None

    def status(self) -> SecretStatus:
        backend = self._keyring()
        return SecretStatus(backend is not None, _backend_name(self._backend))

    def get(self, key: str) -> str | None:
        backend = self._keyring()
        if backend is None:
            return self._memory.get(key)
        try:
            value = backend.get_password(self._service, key)
        except Exception as error:
            _log().warning("keychain read failed: %s", error)
            return self._memory.get(key)
        return value if value is not None else self._memory.get(key)

    def set(self, key: str, value: str) -> bool:
        """Store a secret; True when it went to the keychain, False when kept in memory only."""
        backend = self._keyring()
        if backend is not None:
            try:
                backend.set_password(self._service, key, value)
            except Exception as error:
                _log().warning("keychain write failed; kept in memory: %s", error)
            else:
                self._memory.pop(key, None)
                return True
        self._memory[key] = value
        return False

    def delete(self, key: str) -> None:
        self._memory.pop(key, None)
        backend = self._keyring()
        if backend is None:
            return
        try:
            backend.delete_password(self._service, key)
        except Exception as error:
            _log().info("keychain delete: %s", error)


def _log() -> logging.Logger:
    import logging  # keyring has loaded it already whenever this is called

    return logging.getLogger(__name__)


def _priority_ok(backend: Any) -> bool:
    try:
        return float(backend.priority) > 0
    except Exception:
        return False


def _backend_name(backend: Any) -> str:
    if backend is None:
        return "none"
    return str(getattr(backend, "name", type(backend).__name__))
