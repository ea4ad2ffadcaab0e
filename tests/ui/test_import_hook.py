"""PySide6's import hook asks of each new module whether it mentions PySide6; OwnVoice answers
by reading the file's bytes (app/ui/kit/import_hook.py): the same answer, ~30 ms less on the
way to the first content, and no module's source kept in memory."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import subprocess
import sys
import types

import app.ui  # noqa: F401  (installs the quicker question)
from app.ui.kit import import_hook


def pyside_answer(module: types.ModuleType) -> bool:
    """The question as PySide 6.11 asks it (shibokensupport/feature.py)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_answer_is_pysides_own_for_every_kind_of_module() -> None:
    feature = sys.modules["shibokensupport.feature"]
    ours = feature._mod_uses_pyside
    assert getattr(ours, import_hook._INSTALLED)
    names = ("app.ui.kit.card", "app.domain.activity", "json", "sys", "math", "sqlite3",
             "PySide6.QtCore", "app.ui.kit.import_hook")  # fmt: skip
    for name in names:
        module = importlib.import_module(name)
        assert ours(module) == pyside_answer(module), name
    assert ours(importlib.import_module("app.ui.kit.card"))
    assert not ours(importlib.import_module("app.domain.activity"))


def test_installing_again_changes_nothing() -> None:
    feature = sys.modules["shibokensupport.feature"]
    before = feature._mod_uses_pyside
    assert import_hook.install()
    assert feature._mod_uses_pyside is before


def test_imports_after_pyside_keep_no_source_in_memory() -> None:
    code = (
        "import json, linecache, sys\n"
        "import app.ui\n"
        "import app.ui.pages.today\n"
        "print(json.dumps([f for f in linecache.cache if '/app/' in f]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
