"""The editor's write-ahead journal: the text being typed, in a small file, so a crash loses none.

The database copy is saved half a second after typing stops; in between, each change is written
here first: appended as one line of JSON to the draft's file, so a process killed mid-write
leaves the lines before it whole, and the last whole line is the entry. Appending, not writing
a temporary file and renaming it over the entry: on ext4 a rename over a file forces its data to
the disk first, and on a busy disk that kept the window still for up to 0.75 s on a key press.
The file goes when the database holds its text, and is rewritten short when it grows past
``COMPACT_AT``. Writing without ``fsync`` already
survives the process dying (the data is in the operating system's cache); ``sync`` makes it
survive a power cut too, and the editor calls it when typing pauses (fsync can take
milliseconds on a real disk: not on every keystroke). On the next start, an entry newer than
the database copy is restored (``app/services/drafts/writer.py`` ``recover``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.drafts.networks import Network
from app.storage.paths import ensure_private_dir

JOURNAL_DIR = "drafts-journal"
COMPACT_AT = 8_000_000  # bytes (a 3,000-character post typed without a pause: ~5 MB)


@dataclass(frozen=True)
class JournalEntry:
    draft_id: int
    network: Network
    text: str
    saved_at: datetime  # local wall time, as the database's ``updated``


class DraftJournal:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> DraftJournal:
        return cls(data_dir / JOURNAL_DIR)

    def _path(self, draft_id: int, network: Network) -> Path:
        return self.folder / f"draft-{draft_id}-{network.value}.json"

    def write(
        self,
        draft_id: int,
        network: Network,
        text: str,
        saved_at: datetime,
        *,
        sync: bool = False,
    ) -> None:
        """Write the entry; ``saved_at`` is local wall time, as the database's ``updated``."""
        ensure_private_dir(self.folder)
        path = self._path(draft_id, network)
        payload = json.dumps(
            {
                "draft_id": draft_id,
                "network": network.value,
                "text": text,
                "saved_at": saved_at.isoformat(),
            },
            ensure_ascii=False,
        ).encode("utf-8")
        line = payload + b"\n"
        if _size(path) + len(line) > COMPACT_AT:
            self._rewrite(path, line, sync=sync)
            return
        _write(path, os.O_APPEND, line, sync=sync)
        if sync:
            self._sync_dir()

    def _rewrite(self, path: Path, line: bytes, *, sync: bool) -> None:
        """The file with only ``line``, whole or not at all (rare: a very long typing run)."""
        tmp = path.with_suffix(".tmp")
        _write(tmp, os.O_TRUNC, line, sync=sync)
        tmp.replace(path)
        if sync:
            self._sync_dir()

    def sync(self, draft_id: int, network: Network) -> None:
        """Push an entry written without ``sync`` to the disk (when typing pauses)."""
        path = self._path(draft_id, network)
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            return
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        self._sync_dir()

    def _sync_dir(self) -> None:
        if os.name != "posix":
            return  # directories cannot be opened for fsync on Windows
        fd = os.open(self.folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def any_written(self) -> bool:
        """Whether any entry file is there (one directory listing): nothing to recover if not."""
        try:
            return any(self.folder.glob("draft-*.json"))
        except OSError:
            return True  # unsure: let ``entries`` look

    def entries(self) -> list[JournalEntry]:
        """Every readable entry; a damaged one (a disk error, not a kill) is skipped."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob("draft-*.json")):
            try:
                data = _last_entry(path)
                if data is None:
                    continue
                found.append(
                    JournalEntry(
                        int(data["draft_id"]),
                        Network(data["network"]),
                        str(data["text"]),
                        datetime.fromisoformat(data["saved_at"]),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return found

    def clear(self, draft_id: int, network: Network, saved_text: str | None = None) -> None:
        """Drop an entry once the database holds it; with ``saved_text``, only if it still is
        that text (a keystroke after the save started must stay in the journal)."""
        path = self._path(draft_id, network)
        if saved_text is not None:
            try:
                data = _last_entry(path)
            except OSError:
                return
            if data is None or data.get("text") != saved_text:
                return
        path.unlink(missing_ok=True)

    def clear_draft(self, draft_id: int) -> None:
        for network in Network:
            self._path(draft_id, network).unlink(missing_ok=True)


def _write(path: Path, mode: int, data: bytes, *, sync: bool) -> None:
    """``data`` into ``path`` (private), appended (``os.O_APPEND``) or alone (``os.O_TRUNC``)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | mode, 0o600)
    try:
        os.write(fd, data)
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _last_entry(path: Path) -> dict[str, Any] | None:
    """The newest whole line of a journal file (a line cut short by a kill is passed over)."""
    for line in reversed(path.read_bytes().splitlines()):
        try:
            data = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            continue
        if isinstance(data, dict):
            return data
    return None
