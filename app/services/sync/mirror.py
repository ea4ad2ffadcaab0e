"""Coach mode reading a WebDAV folder directly: the folder's progress files are copied into a
local cache, downloading only those whose ETag changed, and the cohort is read from the cache,
which also serves when the server cannot be reached."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from app.domain.sync.model import Problem
from app.services.exchange.package import write_bytes
from app.services.sync.webdav import DavClient, SyncError

INDEX = ".etags.json"
CACHE_DIR = "coach-cache"


@dataclass(frozen=True)
class Mirrored:
    folder: Path  # the local cache: open it as a folder of progress files
    downloaded: int
    unchanged: int
    removed: int
    problem: Problem | None  # the server could not be read: the cache is as it was


def cache_for(data_dir: Path, url: str) -> Path:
    """One cache folder per server folder, inside the data folder (private like the rest)."""
    digest = hashlib.sha256(url.rstrip("/").encode("utf-8")).hexdigest()[:16]
    return data_dir / CACHE_DIR / digest


def mirror(client: DavClient, cache: Path) -> Mirrored:
    from app.storage.paths import ensure_private_dir

    ensure_private_dir(cache)
    index = _read_index(cache)
    try:
        entries = [
            e
            for e in client.list_folder(client.base + "/", missing_ok=False)
            if not e.is_folder and e.name.endswith(".ownvoice") and "/" not in e.name
        ]
    except SyncError as error:
        return Mirrored(cache, 0, 0, 0, error.problem)
    downloaded = unchanged = 0
    problem = None
    for entry in entries:
        local = cache / entry.name
        if entry.etag and index.get(entry.name) == entry.etag and local.is_file():
            unchanged += 1
            continue
        try:
            body = client.get(client.url(entry.name))
        except SyncError as error:
            problem = error.problem
            break
        write_bytes(local, body, private=True)
        index[entry.name] = entry.etag
        downloaded += 1
        _write_index(cache, index)
    removed = 0
    if problem is None:
        names = {e.name for e in entries}
        for local in cache.glob("*.ownvoice"):
            if local.name not in names:
                local.unlink(missing_ok=True)
                index.pop(local.name, None)
                removed += 1
        _write_index(cache, index)
    return Mirrored(cache, downloaded, unchanged, removed, problem)


def _read_index(cache: Path) -> dict[str, str]:
    try:
        data = json.loads((cache / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write_index(cache: Path, index: dict[str, str]) -> None:
    body = json.dumps(index, sort_keys=True).encode("utf-8")
    write_bytes(cache / INDEX, body, private=True)
