"""A guard against stale ``QWidgetItem`` wrappers (PySide6 6.11).

When a layout that already holds widgets is put into another layout (``addLayout``,
``insertLayout``) or onto a widget (``setLayout``), Qt walks its items to re-parent their
widgets, and PySide hands each ``QWidgetItem`` to Python on the way, keeping the wrapper alive
as a child of the layout's wrapper. Qt later deletes such an item by itself, when its widget
is deleted, and never tells PySide. The wrapper stays registered under the freed address, and
the next object Qt makes there (a menu, a window) comes back to Python as that ``QWidgetItem``:
an ``AttributeError`` (``'QWidgetItem' object has no attribute 'setTitle'``) or a segmentation
fault in ``BindingManager::releaseWrapper``. Both were seen in the page walkers.

``install()`` wraps those four methods so that, right after the call, the item wrappers the
call made are let go (``shiboken6.invalidate``): nobody asked for them, and Qt keeps the items.
It is idempotent and runs when ``app.ui`` is first imported. Layout items are never handed to
Python elsewhere either: ``layout_entries`` (kit/widgets.py) walks layouts through QObjects, and
``tests/test_overrides.py`` keeps ``itemAt`` and Python layouts out of app/ui.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLayout, QLayoutItem, QWidget

_INSTALLED = "_ownvoice_releases_layout_items"


def release_items(layout: object) -> int:
    """Let go of the Python wrappers of plain layout items that ``layout``'s wrapper keeps;
    how many. Widgets and inner layouts (QObjects) are left alone: PySide follows those."""
    released = 0
    for child in gc.get_referents(layout):
        plain_item = isinstance(child, QLayoutItem) and not isinstance(child, QObject)
        if plain_item and shiboken6.isValid(child) and not shiboken6.ownedByPython(child):
            shiboken6.invalidate(child)
            released += 1
    return released


def _releasing(method: Callable[..., Any], which: int) -> Callable[..., Any]:
    """``method``, then ``release_items`` on the object it was called on and on its argument
    number ``which`` (the layout put in): PySide files the wrappers under either."""

    def call(self: object, *args: Any, **kwargs: Any) -> Any:
        result = method(self, *args, **kwargs)
        release_items(self)
        inner = args[which] if len(args) > which else None
        if isinstance(inner, QLayout):
            release_items(inner)
        return result

    call.__name__ = getattr(method, "__name__", "call")  # not __doc__: reading a PySide
    # method's doc makes the Qt namespace's enums (~25 ms) before the first frame
    setattr(call, _INSTALLED, True)
    return call


def install() -> None:
    for cls, name, which in (
        (QBoxLayout, "addLayout", 0),
        (QBoxLayout, "insertLayout", 1),
        (QGridLayout, "addLayout", 0),
        (QWidget, "setLayout", 0),
    ):
        method = getattr(cls, name)
        if not getattr(method, _INSTALLED, False):
            setattr(cls, name, _releasing(method, which))
