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
        "import app.main, app.ui.application, app.ui.pages.settings, app.ui.pages.welcome\n"
        "heavy = ('sqlalchemy', 'alembic', 'requests', 'keyring', 'PySide6.QtCharts')\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
