"""The shape of app/: layers point down (ui -> services -> storage -> domain), packages within a
layer point the ways DIRECTIONS says, no module imports itself back through others, and the
first frame stays light. docs/ARCHITECTURE.md draws the same picture."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
ROOT = APP.parent

FORBIDDEN = {
    "domain": ("app.storage", "app.services", "app.ui", "app.cli", "app.main", "PySide6",
               "sqlalchemy", "alembic", "requests", "keyring", "platformdirs", "sqlite3",
               "shiboken6"),
    "storage": ("app.services", "app.ui", "app.cli", "app.main", "PySide6", "requests",
                "keyring"),
    "services": ("app.ui", "app.cli", "app.main", "PySide6"),
    "ui": ("app.cli", "app.main"),
    "cli": ("app.main",),
}  # fmt: skip

# Within a layer: what each package (or module) at the layer's top may import of its own layer.
# SHARED are the layer's common ground: anything in the layer may import them, and they import
# nothing of the layer but each other. Every other name lists what it may use; a name missing
# here fails the test, so a new package gets its place in this table (and in the docs).
SHARED = {
    "domain": {"activity", "i18n", "settings"},
    "storage": {"database", "errors", "migrations", "migrator", "models", "paths", "quick",
                "schema", "settings_store"},
    "services": {"bulk", "clock", "settings"},
    "ui": {"context", "errors", "guard", "hub", "kit", "store_access", "tasks"},
    "cli": {"errors", "words"},
}  # fmt: skip
UI_FEATURES = {"today", "journey", "habits", "drafts", "voice", "onboarding", "settings", "coach",
               "exchange", "progress", "sync"}  # fmt: skip
# The command line's groups: ``commands`` imports each; they never import each other.
CLI_GROUPS = ("doctor", "demo", "journey", "habits", "voice", "drafts", "exchange", "report",
              "assist", "sync")  # fmt: skip
DIRECTIONS: dict[str, dict[str, set[str]]] = {
    "domain": {
        "text": set(),  # words, tokens, sentences, language: the bottom of the domain
        "voice": {"text"},
        "journey": set(),
        "habits": set(),
        "drafts": {"text", "journey"},  # counting a post; starters per benefit
        "checks": {"text", "drafts"},  # the voice check of a draft for a network
        "exchange": set(),  # progress and feedback files, as plain data
        "progress": {"journey", "habits", "drafts", "text"},  # charts and insights of growth
        "assistant": {"text", "voice"},  # prompts carry the voice summary and own posts
        "sync": set(),  # coach sync: outbox rules, problems in plain words
    },
    "storage": {  # a feature's tables are its own: no feature package uses another's
        "journey": set(),
        "habits": set(),
        "drafts": set(),
        "voice": set(),
        "derived": set(),
        "exchange": set(),  # the person's id for the coach
        "sync": set(),  # the outbox of files for the coach's server
    },
    "services": {
        "archives": set(),
        "habits": set(),
        "journey": {"habits"},  # logging an activity checks the habits linked to it
        "voice": {"archives", "habits", "journey", "language_tools"},  # imports log activity
        "drafts": {"journey", "language_tools"},  # publishing logs activity; spelling
        "store": {"journey", "voice"},  # derived data catching up at start
        "system": {"store", "language_tools"},  # the doctor opens the store, lists spelling
        "demo": {"habits", "journey", "voice", "drafts", "store", "exchange"},
        "exchange": {"archives", "habits", "journey", "drafts"},  # a report of all of them
        "progress": {"journey", "habits", "drafts"},  # the Progress page reads all of them
        "language_tools": set(),  # Voikko and Hunspell, loaded when first used
        "assistant": {"voice", "system"},  # the voice profile in a prompt; the key in the keychain
        "sync": {"exchange", "system"},  # queues progress files, imports feedback; the keychain
    },
    "ui": {
        "today": {"journey"},
        "journey": set(),
        "habits": set(),
        "drafts": {"journey", "voice"},
        "voice": set(),
        "onboarding": set(),
        "settings": {"onboarding", "journey"},  # Settings → You: the profile's own widgets
        "coach": {"journey", "progress"},  # the week-by-week history and charts, as for oneself
        "exchange": {"coach"},  # the summary's words
        "sync": set(),  # Settings → Coach sync, the status bar, the background worker
        "progress": set(),  # charts of growth; the page adds Journey's weekly history
        "pages": UI_FEATURES,
        "shell": UI_FEATURES | {"pages"},
    },
    "cli": {
        "commands": set(CLI_GROUPS),
        **{group: set() for group in CLI_GROUPS},
    },
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(APP.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in APP.rglob("*.py")}


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # ``from app.storage.journey import read`` imports the module read
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                names.add(sub if sub in MODULES else node.module)
    return names


def app_imports(path: Path) -> set[str]:
    """The modules of app/ that ``path`` imports, anywhere in it (at the top, in a function,
    under TYPE_CHECKING): the import graph as the code states it."""
    found = set()
    for name in imports_of(path):
        while name and name not in MODULES:
            name = name.rpartition(".")[0]
        if name.startswith("app"):
            found.add(name)
    found.discard(module_name(path))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer: str) -> None:
    bad = []
    for path in sorted((APP / layer).rglob("*.py")):
        for name in imports_of(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(APP.parent)} imports {name}")
    assert bad == []


def _unit(module: str) -> tuple[str, str] | None:
    """(layer, package or module at the layer's top) of a module below a layer."""
    parts = module.split(".")
    return (parts[1], parts[2]) if len(parts) > 2 and parts[1] in FORBIDDEN else None


@pytest.mark.parametrize("layer", sorted(DIRECTIONS))
def test_packages_within_a_layer_point_the_declared_ways(layer: str) -> None:
    found = {unit[1] for module in MODULES if (unit := _unit(module)) and unit[0] == layer}
    assert found - SHARED[layer] - set(DIRECTIONS[layer]) == set(), "add them to DIRECTIONS"
    bad = []
    for module, path in sorted(MODULES.items()):
        unit = _unit(module)
        if unit is None or unit[0] != layer:
            continue
        mine = unit[1]
        allowed = SHARED[layer] | ({mine} if mine in SHARED[layer] else DIRECTIONS[layer][mine])
        for used in app_imports(path):
            other = _unit(used)
            if other and other[0] == layer and other[1] != mine and other[1] not in allowed:
                bad.append(f"{module} imports {used}")
    assert bad == []


def _cycles(graph: dict[str, set[str]]) -> Iterator[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    yield sorted(component)


def test_no_module_imports_itself_back() -> None:
    """No import cycles in app/, counting every import a module states, even one deferred into
    a function or kept for type checking: each is a dependency the code relies on."""
    graph = {module: app_imports(path) for module, path in MODULES.items()}
    assert list(_cycles(graph)) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert list(_cycles(graph)) == [["a", "b", "c"]]


def test_a_face_never_shares_a_name_with_a_module_beside_it() -> None:
    """Importing ``app.domain.text.words`` would rebind the face's ``words`` to that module."""
    bad = []
    for init in APP.rglob("__init__.py"):
        exported = {a.name for node in ast.walk(ast.parse(init.read_text(encoding="utf-8")))
                    if isinstance(node, ast.ImportFrom) for a in node.names}  # fmt: skip
        beside = {p.stem for p in init.parent.glob("*.py")} | {
            p.name for p in init.parent.iterdir() if (p / "__init__.py").exists()
        }
        bad += [f"{init.relative_to(APP.parent)}: {name}" for name in exported & beside]
    assert bad == []


def test_the_first_frame_does_not_load_heavy_modules() -> None:
    code = (
        "import sys\n"
        "import app.main, app.ui.shell.application, app.ui.pages.settings, app.ui.pages.welcome\n"
        "heavy = ('sqlalchemy', 'alembic', 'requests', 'keyring', 'PySide6.QtCharts',\n"
        "         'snowballstemmer', 'pycld2')\n"
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
from app.ui.shell import first_frame

seen = {{}}
original = first_frame.FirstFrame.__init__

def watch(self, widget):
    original(self, widget)
    seen["before show"] = "Qt" in vars(QtCore)
    self.painted.connect(lambda: seen.setdefault("at first frame", "Qt" in vars(QtCore)))

first_frame.FirstFrame.__init__ = watch
code = main(["--data-dir", {str(tmp_path)!r}, "--screenshot", {str(tmp_path / "s.png")!r},
             "--page", "settings"])
print(code, seen["before show"], seen["at first frame"], "Qt" in vars(QtCore))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # exit code 0; no Qt enums until the first frame; the page (which uses them) came after.
    assert done.stdout.split() == ["0", "False", "False", "True"]


def test_todays_content_on_a_demo_person_comes_without_sqlalchemy_or_qtnetwork(
    tmp_path: Path,
) -> None:
    """Today's first content is read with sqlite3 alone; SQLAlchemy (~0.3 s to load) and
    QtNetwork (the single-instance socket) come after it. A card that imported a service at
    module level, or a socket made before the first frame, put both in front of the content."""
    folder = tmp_path / "data"
    demo = [sys.executable, "-m", "app", "--data-dir", str(folder), "demo", "--years", "1"]
    subprocess.run([*demo, "--today", "2026-11-27"], capture_output=True, check=True, cwd=ROOT)
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["OWNVOICE_STARTUP_PROBE"] = "1"
from app.ui.shell import startup_probe

attach = startup_probe.attach_if_requested

def watched(window, first_frame):
    heavy = ("sqlalchemy", "alembic", "PySide6.QtNetwork")
    window.contentReady.connect(
        lambda: print("loaded:", " ".join(m for m in heavy if m in sys.modules), flush=True)
    )
    attach(window, first_frame)

startup_probe.attach_if_requested = watched
from app.main import main
sys.exit(main(["--data-dir", {str(folder)!r}, "--today", "2026-11-27"]))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("loaded:")]
    assert lines and lines[0].strip() == "loaded:", done.stdout + done.stderr
