"""A cheaper answer to PySide6's question about every module imported after it (6.11).

PySide's import hook (``shibokensupport.feature``, for ``from __feature__ import ...``) asks of
each newly imported module whether its source mentions "PySide6", through
``inspect.getsource``: a search for the file, a decode into lines kept in ``linecache`` for
the life of the process, and a join. At start-up that is ~200 modules (ours, SQLAlchemy's, the
standard library's), ~30 ms of CPU on the way to Today's content, with the source of each
module held in memory afterwards.

``install()`` gives the same answer by reading the file's bytes once and keeping nothing: a
module file is UTF-8 or another ASCII-compatible encoding, so "PySide6" is in the text exactly
when it is in the bytes. Anything but a plain ``.py`` file (a built-in, an extension, a frozen
module) gets PySide's own answer. OwnVoice uses no ``__feature__``, so the answer changes
nothing we use; it is kept exact all the same. Idempotent; runs when ``app.ui`` is first
imported, before PySide6's own modules are loaded.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

_INSTALLED = "_ownvoice_reads_bytes"


def _by_bytes(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                return b"PySide6" in Path(path).read_bytes()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _INSTALLED, True)
    return uses_pyside


def install() -> bool:
    """Replace the hook's question; whether it is in place (False where PySide has no hook)."""
    import shiboken6  # noqa: F401  (loads ``shibokensupport``, as PySide6 does first)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if not getattr(original, _INSTALLED, False):
        feature._mod_uses_pyside = _by_bytes(original)  # type: ignore[attr-defined]
    return True
