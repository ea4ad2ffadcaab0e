"""Every Qt override in app/ui runs behind the guard, and every painter is balanced.

On PySide6 6.11 one exception escaping an override ends the process (app/ui/guard.py); these
tests read the code so that a new override without the guard cannot land.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.ui.guard import is_guarded
from tests.override_scan import APP, UI, all_overrides, hidden_methods, ui_files

# Pure virtual in Qt: there is no base answer to fall back on, so the guard needs a value of
# the type Qt expects (None is an empty QVariant; a count must be an int).
NEEDS_DEFAULT = {"data", "rowCount", "columnCount", "index", "parent", "highlightBlock", "run"}


def test_every_qt_override_in_app_ui_is_guarded() -> None:
    found = all_overrides()
    assert len(found) > 90  # the scan sees the overrides (98 when this was written)
    missing = [o.where() for o in found if not o.decorated]
    assert missing == []


def test_the_guard_is_really_in_place_at_run_time() -> None:
    """The decorator as written is the one that runs (no other decorator hides it)."""
    unguarded = [o.where() for o in all_overrides() if not is_guarded(vars(o.cls)[o.name])]
    assert unguarded == []


def test_overrides_of_pure_virtuals_name_their_answer() -> None:
    bare = [o.where() for o in all_overrides() if o.name in NEEDS_DEFAULT and o.default is None]
    assert bare == []


def test_counts_default_to_a_number() -> None:
    wrong = [
        o.where()
        for o in all_overrides()
        if o.name in {"rowCount", "columnCount"} and o.default != "0"
    ]
    assert wrong == []


def test_no_widget_hides_a_qt_method_under_an_attribute() -> None:
    hidden = [h for path in ui_files() for h in hidden_methods(path)]
    assert hidden == []


def _calls(path: Path) -> list[tuple[int, str, ast.Call]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            found.append((node.lineno, name, node))
    return found


def test_painters_are_balanced_by_construction() -> None:
    """No ``QPainter(widget)`` without ``widget_painter``, no ``save()`` without ``saved``."""
    helper = UI / "kit" / "painting.py"
    bad = []
    for path in ui_files():
        if path == helper:
            continue
        for line, name, call in _calls(path):
            where = f"{path.relative_to(APP.parent)}:{line}"
            if name == "QPainter":
                bad.append(f"{where} makes a QPainter: use painting.widget_painter")
            no_args = not call.args and not call.keywords
            if name in {"save", "restore"} and no_args:
                bad.append(f"{where} calls {name}(): use painting.saved")
            if name in {"begin", "end"} and isinstance(call.func, ast.Attribute):
                receiver = ast.unparse(call.func.value)
                if "paint" in receiver.lower() or receiver == "p":
                    bad.append(f"{where} calls {receiver}.{name}(): use painting.widget_painter")
    assert bad == []


def test_pytest_qt_still_fails_a_test_on_an_exception_in_a_virtual(
    pytestconfig: pytest.Config,
) -> None:
    """The guard stops errors before pytest-qt sees them; the ``guard_errors`` fixture fails
    the test instead. pytest-qt's own capture stays on for anything the guard does not wrap."""
    assert not pytestconfig.getini("qt_no_exception_capture")
    assert pytestconfig.getini("qt_log_level_fail") == "WARNING"


def test_no_layout_item_is_handed_to_python() -> None:
    """``layout.itemAt()`` and a ``QLayout`` written in Python leave Python wrappers of
    ``QLayoutItem`` objects that Qt deletes by itself; a widget made later at the same address
    then comes back as a ``QWidgetItem`` or crashes the process (it did, in the page walkers).
    ``app/ui/kit/widgets.py`` ``layout_entries`` walks a layout through QObjects instead."""
    found = []
    for path in ui_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in {"itemAt", "itemAtPosition"}:
                found.append(f"{path.relative_to(APP.parent)}:{node.lineno} .{node.attr}()")
            if isinstance(node, ast.ClassDef):
                bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
                if bases & {"QLayout", "QBoxLayout", "QLayoutItem", "QGridLayout"}:
                    found.append(f"{path.relative_to(APP.parent)}:{node.lineno} class {node.name}")
    assert found == []
