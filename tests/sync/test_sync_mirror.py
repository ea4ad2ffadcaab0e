"""Coach mode reading a WebDAV folder through a local cache: only changed files are fetched
(by ETag), and the cache serves when the server is gone."""

from __future__ import annotations

from pathlib import Path

from app.domain.sync.model import Problem, SyncConfig
from app.services.sync.mirror import cache_for, mirror
from tests.sync.conftest import client_for
from tests.sync.davserver import DavServer


def gets(server: DavServer) -> list[str]:
    return [path for method, path in server.faults.seen if method == "GET"]


def test_only_changed_files_are_fetched_and_gone_ones_leave_the_cache(
    dav: DavServer, folder_config: SyncConfig, tmp_path: Path
) -> None:
    for name in ("a.ownvoice", "b.ownvoice", "c.ownvoice"):
        (dav.folder / name).write_bytes(name.encode() * 10)
    (dav.folder / "notes.txt").write_text("not a progress file")
    cache = cache_for(tmp_path / "data", folder_config.url)
    first = mirror(client_for(folder_config), cache)
    assert (first.downloaded, first.unchanged, first.problem) == (3, 0, None)
    assert sorted(p.name for p in cache.glob("*.ownvoice")) == ["a.ownvoice", "b.ownvoice",
                                                                "c.ownvoice"]  # fmt: skip
    dav.faults.seen.clear()
    (dav.folder / "b.ownvoice").write_bytes(b"a longer, newer file")  # another size: new ETag
    (dav.folder / "c.ownvoice").unlink()
    again = mirror(client_for(folder_config), cache)
    assert (again.downloaded, again.unchanged, again.removed) == (1, 1, 1)
    assert gets(dav) == ["/dav/b.ownvoice"]
    assert (cache / "b.ownvoice").read_bytes() == b"a longer, newer file"
    assert not (cache / "c.ownvoice").exists()
    assert oct((cache / "a.ownvoice").stat().st_mode & 0o777) == "0o600"


def test_offline_the_cache_is_kept_as_it_was(
    dav: DavServer, folder_config: SyncConfig, tmp_path: Path
) -> None:
    (dav.folder / "a.ownvoice").write_bytes(b"progress")
    cache = cache_for(tmp_path / "data", folder_config.url)
    mirror(client_for(folder_config), cache)
    dav.stop()
    offline = mirror(client_for(folder_config), cache)
    assert offline.problem is Problem.OFFLINE
    assert (cache / "a.ownvoice").read_bytes() == b"progress"
