"""Dataclass methods compiled by an earlier run are taken from the data folder
(app/services/system/code_cache.py): the classes behave exactly as without it."""

from __future__ import annotations

import dataclasses
import inspect
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.system.code_cache import HEADER, CodeCache


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cache" / "dataclasses.bin"


@pytest.fixture
def installed(cache_file: Path) -> Iterator[CodeCache]:
    cache = CodeCache(cache_file).install()
    try:
        yield cache
    finally:
        cache.uninstall()


def make_point() -> type:
    @dataclasses.dataclass(frozen=True)
    class Point:
        x: int
        y: int = 2
        tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    return Point


def test_a_class_made_through_the_cache_behaves_as_without_it(installed: CodeCache) -> None:
    point = make_point()
    a, b = point(1), point(1, 2)
    assert a == b and hash(a) == hash(b) and a.tags == ()
    assert repr(a).endswith("Point(x=1, y=2, tags=())")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.x = 3  # type: ignore[misc]
    # Compiled as dataclasses compiles it: the cache's ``from __future__ import annotations``
    # stays out (with it, the annotation would read "_type_x").
    assert inspect.signature(point).parameters["x"].annotation == "int"
    assert installed.compiled > 0


def test_the_next_run_compiles_nothing_it_has_seen(cache_file: Path) -> None:
    first = CodeCache(cache_file).install()
    make_point()
    first.uninstall()
    first.save()
    assert cache_file.read_bytes().startswith(HEADER)
    if sys.platform != "win32":
        assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600

    second = CodeCache(cache_file).install()
    try:
        point = make_point()

        @dataclasses.dataclass
        class Other:  # not seen before: compiled now
            name: str
    finally:
        second.uninstall()
    assert point(5) == point(5, 2) and Other("a") != Other("b")
    assert second.compiled == len(second.used) - len(first.known) > 0


def test_a_damaged_or_foreign_file_is_ignored_and_written_again(cache_file: Path) -> None:
    cache_file.parent.mkdir(parents=True)
    for junk in (b"", b"not ours", HEADER + b"\x00\x01broken", HEADER[:-1] + b"\xff" + b"x"):
        cache_file.write_bytes(junk)
        cache = CodeCache(cache_file).install()
        try:
            point = make_point()
            assert point(1) == point(1, 2)
        finally:
            cache.uninstall()
        assert cache.compiled > 0
        cache.save()
        assert CodeCache(cache_file).known.keys() == cache.known.keys()


def test_uninstalled_dataclasses_compile_as_before(cache_file: Path) -> None:
    cache = CodeCache(cache_file).install()
    cache.uninstall()
    assert "exec" not in vars(dataclasses)
    make_point()
    assert cache.compiled == 0
    cache.save()
    assert not cache_file.exists()  # nothing compiled: nothing written
