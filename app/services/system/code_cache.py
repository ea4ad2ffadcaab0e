"""Dataclass methods compiled once, kept between runs (start-up, issue 19).

When a dataclass is made, ``dataclasses`` writes the source of its ``__init__``, ``__repr__``,
``__eq__``, ``__hash__`` (and for a frozen one ``__setattr__`` and ``__delattr__``) and compiles
it, each time the program starts: Python 3.11 keeps no ``.pyc`` of them. Compiling is ~120 µs a
method on the build machine, and Today's content waits for ~90 classes (~520 methods): 65–90 ms
of CPU, the largest single cost between the first frame and the content.

``CodeCache.install()`` hands ``dataclasses`` an ``exec`` that takes the code compiled by an
earlier run for the very same source (unmarshalled, ~4 µs) and compiles what is new, exactly
as ``exec`` would (``dont_inherit``: no ``__future__`` flag of ours leaks in); ``save()`` keeps
it in the data folder (``AppPaths.code_cache``), private to the user. The key is the whole
source text, so a changed class is compiled anew; the file names the Python that wrote it
(importlib's magic number), and a file that does not load is ignored and written again. Nothing
but ``dataclasses``'s own ``exec`` goes through it.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import marshal
from pathlib import Path
from types import CodeType
from typing import Any

HEADER = b"OwnVoice dataclass code\n" + importlib.util.MAGIC_NUMBER
MAX_ENTRIES = 4000  # every page's classes a few times over; past it, only this run's are kept


class CodeCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.known: dict[str, CodeType] = _load(path)
        self.used: set[str] = set()
        self.compiled = 0

    def exec(
        self, source: Any, globals_: dict[str, Any] | None = None, locals_: Any = None
    ) -> None:
        if isinstance(source, str):
            code = self.known.get(source)
            if code is None:
                code = compile(source, "<string>", "exec", dont_inherit=True)
                self.known[source] = code
                self.compiled += 1
            self.used.add(source)
            source = code
        exec(source, globals_, locals_)  # what dataclasses itself does

    def install(self) -> CodeCache:
        dataclasses.exec = self.exec  # type: ignore[attr-defined]  # its global shadows the builtin
        return self

    def uninstall(self) -> None:
        if getattr(dataclasses, "exec", None) == self.exec:
            del dataclasses.exec  # type: ignore[attr-defined]

    def save(self) -> None:
        """Keep what this run compiled (nothing to do when it compiled nothing). Never fails:
        a folder that cannot be written only means compiling again next time."""
        if not self.compiled:
            return
        keep = self.known
        if len(keep) > MAX_ENTRIES:
            keep = {source: code for source, code in keep.items() if source in self.used}
        from app.storage.errors import StorageError
        from app.storage.paths import ensure_private_dir, private_opener

        tmp = self.path.with_suffix(".tmp")
        try:
            ensure_private_dir(self.path.parent)
            with open(tmp, "wb", opener=private_opener) as file:
                file.write(HEADER + marshal.dumps(keep))
            tmp.replace(self.path)
        except (OSError, ValueError, StorageError):  # a cache: not worth an error
            tmp.unlink(missing_ok=True)


def _load(path: Path) -> dict[str, CodeType]:
    try:
        data = path.read_bytes()
        if not data.startswith(HEADER):
            return {}
        known = marshal.loads(data[len(HEADER) :])
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(known, dict):
        return {}
    return {s: c for s, c in known.items() if isinstance(s, str) and isinstance(c, CodeType)}
