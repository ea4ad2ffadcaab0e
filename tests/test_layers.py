"""Arrows point down: ui -> services -> storage -> domain; the first frame stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"

FORBIDDEN = {
    "domain": ("app.storage", "app.services", "app.ui", "app.cli", "app.main", "PySide6",
               "sqlalchemy", "alembic", "requests", "keyring", "platformdirs", "sqlite3",
               "shiboken6"),
    "storage": ("app.services", "app.ui", "app.cli", "app.main", "PySide6", "requests",
                "keyring"),
    "services": ("app.ui", "app.cli", "app.main", "PySide6"),
    "ui": ("app.cli", "app.main"),
}  # fmt: skip


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer: str) -> None:
    bad = []
    for path in sorted((APP / layer).rglob("*.py")):
        for name in imports_of(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(APP.parent)} imports {name}")
    assert bad == []


def test_the_first_frame_does_not_load_heavy_modules() -> None:
    code = (
        "import sys\n"
        "import app.main, app.ui.shell.application, app.ui.pages.settings, app.ui.pages.welcome\n"
        "heavy = ('sqlalchemy', 'alembic', 'requests', 'keyring', 'PySide6.QtCharts')\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_the_window_shell_paints_before_the_qt_enums_are_made(tmp_path: Path) -> None:
    """Making the Qt namespace's Python enums costs ~25 ms: the first frame must not wait."""
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6 import QtCore
from app.main import main
from app.ui.shell import application

seen = {{}}
original = application.FirstFrame.__init__

def watch(self, widget):
    original(self, widget)
    seen["before show"] = "Qt" in vars(QtCore)
    self.painted.connect(lambda: seen.setdefault("at first frame", "Qt" in vars(QtCore)))

application.FirstFrame.__init__ = watch
code = main(["--data-dir", {str(tmp_path)!r}, "--screenshot", {str(tmp_path / "s.png")!r},
             "--page", "settings"])
print(code, seen["before show"], seen["at first frame"], "Qt" in vars(QtCore))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # exit code 0; no Qt enums until the first frame; the page (which uses them) came after.
    assert done.stdout.split() == ["0", "False", "False", "True"]
