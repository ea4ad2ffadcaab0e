"""The settings file: a small JSON document in the data folder, written atomically.

Settings are read before the window's first frame, so this stays a plain file (no database,
no SQLAlchemy) that loads in well under a millisecond.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.storage.errors import StorageError, classify
from app.storage.paths import PRIVATE_FILE_MODE, ensure_private_dir


class SettingsFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, object]:
        """The stored values; a missing or unreadable file gives ``{}`` (defaults apply).

        A damaged file (not UTF-8, not JSON, or not a JSON object) never stops the app: it is
        kept aside as ``settings.json.damaged-N`` for a person to look at, with a warning in
        the log, and the defaults apply."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as error:
            _warn("cannot read %s: %s", self.path, error)
            return {}
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (ValueError, RecursionError):  # also UnicodeDecodeError and JSONDecodeError
            data = None
        if isinstance(data, dict):
            if b"\\ud" in raw.lower():  # a lone surrogate escape: no file can hold it again
                cleaned = _without_surrogates(data)
                assert isinstance(cleaned, dict)
                return cleaned
            return data
        kept = self._keep_aside()
        _warn("%s is damaged (not a JSON object); kept as %s, using defaults", self.path, kept)
        return {}

    def _keep_aside(self) -> Path | None:
        for number in range(1, 1000):
            aside = self.path.with_name(f"{self.path.name}.damaged-{number}")
            if not aside.exists():
                try:
                    self.path.replace(aside)
                except OSError:
                    return None  # a read-only folder: leave it where it is
                return aside
        return None

    def save(self, values: dict[str, object]) -> None:
        """Write all values so that a crash leaves either the old file or the new one."""
        import tempfile  # only when saving: keeps start-up light

        ensure_private_dir(self.path.parent)
        payload = json.dumps(values, indent=2, sort_keys=True, ensure_ascii=False)
        try:
            fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(payload)
                    handle.flush()
                    os.fsync(handle.fileno())
                Path(tmp).chmod(PRIVATE_FILE_MODE)
                Path(tmp).replace(self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as error:
            known = classify(error, self.path)
            if known is None:
                raise
            raise known from error


def _without_surrogates(value: object) -> object:
    """``value`` with each lone surrogate in its strings (keys too) replaced by U+FFFD: a
    hand-edited ``"\\ud800"`` would otherwise make every later save fail."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return value
    if isinstance(value, list):
        return [_without_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    return value


def _warn(message: str, *args: object) -> None:
    import logging  # rare path; logging costs ~20 ms to import at start-up

    logging.getLogger(__name__).warning(message, *args)


__all__ = ["SettingsFile", "StorageError"]
