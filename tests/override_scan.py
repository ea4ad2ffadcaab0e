"""Finds every Python override of a Qt method in ``app/ui``, and how it is guarded.

The code is read with ``ast`` (the decorator as written); each class is also imported, so that
its real bases say which of its methods shadow a method of a PySide6 class. A name counts as an
override when a PySide6 class in the MRO has an attribute of that name that is not a signal.
"""

from __future__ import annotations

import ast
import functools
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal, SignalInstance

APP = Path(__file__).resolve().parent.parent / "app"
UI = APP / "ui"


@dataclass(frozen=True)
class Override:
    path: Path
    line: int
    cls: type
    name: str
    decorated: bool  # @qt_override or @qt_override(...) as written in the code
    default: str | None  # the source of default=..., if given

    @property
    def qualname(self) -> str:
        return f"{self.cls.__qualname__}.{self.name}"

    def where(self) -> str:
        return f"{self.path.relative_to(APP.parent)}:{self.line} {self.qualname}"


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(APP.parent).with_suffix("").parts)


def ui_files() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.name != "__init__.py" or p.stat().st_size)


def _qt_bases(cls: type) -> list[type]:
    return [k for k in cls.__mro__[1:] if k.__module__.startswith(("PySide6", "Shiboken"))]


def _shadows_qt(cls: type, name: str) -> bool:
    for base in _qt_bases(cls):
        if name in vars(base):
            value = vars(base)[name]
            return not isinstance(value, Signal | SignalInstance)
    return False


def _guard_decorator(node: ast.FunctionDef) -> tuple[bool, str | None]:
    for deco in node.decorator_list:
        target = deco.func if isinstance(deco, ast.Call) else deco
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name == "qt_override":
            default = None
            if isinstance(deco, ast.Call):
                for kw in deco.keywords:
                    if kw.arg == "default":
                        default = ast.unparse(kw.value)
            return True, default
    return False, None


def _classes(tree: ast.Module) -> Iterator[tuple[list[str], ast.ClassDef]]:
    def walk(body: list[ast.stmt], outer: list[str]) -> Iterator[tuple[list[str], ast.ClassDef]]:
        for node in body:
            if isinstance(node, ast.ClassDef):
                yield [*outer, node.name], node
                yield from walk(node.body, [*outer, node.name])

    yield from walk(tree.body, [])


def overrides(path: Path) -> Iterator[Override]:
    module = importlib.import_module(module_name(path))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for names, node in _classes(tree):
        cls: object = module
        for name in names:
            cls = getattr(cls, name, None)
        if not isinstance(cls, type) or not _qt_bases(cls):
            continue
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and not item.name.startswith("__"):
                if _shadows_qt(cls, item.name):
                    decorated, default = _guard_decorator(item)
                    yield Override(path, item.lineno, cls, item.name, decorated, default)
            elif isinstance(item, ast.Assign):
                for target in item.targets:
                    if isinstance(target, ast.Name) and _shadows_qt(cls, target.id):
                        yield Override(path, item.lineno, cls, target.id, False, None)


@functools.cache
def all_overrides() -> tuple[Override, ...]:
    return tuple(o for path in ui_files() for o in overrides(path))


def hidden_methods(path: Path) -> Iterator[str]:
    """``self.name = …`` in a Qt class where ``name`` is a method of its Qt bases: the
    attribute hides the method (``self.actions`` on a widget hides ``QWidget.actions()``), and
    Qt code or a tool walking the widgets that calls it gets the attribute instead."""
    module = importlib.import_module(module_name(path))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for names, node in _classes(tree):
        cls: object = module
        for name in names:
            cls = getattr(cls, name, None)
        if not isinstance(cls, type) or not _qt_bases(cls):
            continue
        for item in ast.walk(node):
            targets = item.targets if isinstance(item, ast.Assign) else []
            if isinstance(item, ast.AnnAssign):
                targets = [item.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                    and _shadows_qt(cls, target.attr)
                ):
                    yield f"{path.relative_to(APP.parent)}:{item.lineno} self.{target.attr}"
