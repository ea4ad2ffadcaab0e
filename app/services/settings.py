"""Reading and changing settings, validated against their declarations in app.domain.settings."""

from __future__ import annotations

import base64
from collections.abc import Callable

from app.domain import settings as decl
from app.storage.settings_store import SettingsFile

Listener = Callable[[str, object], None]

# Window state and similar: remembered, but not settings a person edits.
_UI_STATE_PREFIX = "state/"


class SettingsService:
    """Typed access to the settings file. Listeners hear ``(key, value)`` after each change."""

    def __init__(self, store: SettingsFile) -> None:
        self._store = store
        self._values = store.load()
        self._listeners: list[Listener] = []

    def get(self, key: str) -> object:
        spec = decl.SETTINGS[key]
        if key not in self._values:
            return spec.default
        try:
            return spec.validate(self._values[key])
        except ValueError:
            return spec.default

    def get_str(self, key: str) -> str:
        return str(self.get(key))

    def set(self, key: str, value: object) -> None:
        """Store a new value; raises ``ValueError`` (with the reason) for an invalid one."""
        value = decl.SETTINGS[key].validate(value)
        if self._values.get(key) == value:
            return
        self._values[key] = value
        self._store.save(self._values)
        for listener in list(self._listeners):
            listener(key, value)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def get_state(self, name: str) -> bytes | None:
        raw = self._values.get(_UI_STATE_PREFIX + name)
        if not isinstance(raw, str):
            return None
        try:
            return base64.b64decode(raw, validate=True)
        except ValueError:
            return None

    def set_state(self, name: str, data: bytes) -> None:
        self._values[_UI_STATE_PREFIX + name] = base64.b64encode(data).decode("ascii")
        self._store.save(self._values)

    def flag(self, name: str) -> bool:
        return self._values.get(_UI_STATE_PREFIX + name) is True

    def set_flag(self, name: str, value: bool = True) -> None:
        self._values[_UI_STATE_PREFIX + name] = value
        self._store.save(self._values)
