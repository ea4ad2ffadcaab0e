"""The firewall between Qt and our Python code: no exception escapes a Qt virtual override.

On PySide6 6.11 an exception that escapes a Python override of a C++ virtual (a model's
``data``, a delegate's ``paint``, ``paintEvent``, ``eventFilter``, ``keyPressEvent``, …) ends
the process with no message: a plain exception with exit code 1, a conversion error (an ``int``
where Qt wants a ``float``) with SIGSEGV. Slots are different: their exceptions reach
``sys.excepthook`` and the app goes on (``app/ui/errors.py`` shows those).

So every override in ``app/ui`` is decorated with :func:`qt_override`
(``tests/test_overrides.py`` reads the code and fails on one that is not). When the override
raises, the guard

- logs the traceback, once per place and kind of error (a failing ``paint`` runs many times a
  second; repeats are counted, not logged again),
- tells the sinks (the window shows one non-modal notice; tests fail),
- and answers as Qt would without us: the ``default`` given to the decorator, or else the base
  class's own answer (``super().sizeHint()``, ``super().event(event)``, …).

Painters are balanced by construction: ``app/ui/kit/painting.py`` ends a widget's painter and
restores a saved state in ``finally`` blocks, and ``tests/test_overrides.py`` checks that no
code calls ``QPainter.save()`` or makes a ``QPainter(widget)`` without them.

This module imports no Qt at load time: it is on the path to the first frame.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Final, TypeVar, cast, overload

F = TypeVar("F", bound=Callable[..., Any])
Sink = Callable[[str, BaseException], None]

log = logging.getLogger(__name__)


class _Base:
    def __repr__(self) -> str:
        return "<the base class's answer>"


BASE: Final[Any] = _Base()
"""The default ``default``: on error, answer as the base class would."""

#: Sinks hear of every error the guard stops: ``sink(where, error)``. The window shows a notice;
#: tests record them and fail.
_sinks: list[Sink] = []
#: How often each (place, kind of error) was seen; only the first is logged with a traceback.
_seen: dict[tuple[str, str], int] = {}
#: Called before the first record is logged: the log file is otherwise set up only after the
#: first frame (``logging.handlers`` alone costs ~20 ms), and an early error must reach it too.
_ensure_logging: Callable[[], object] | None = None
#: Test-only: overrides (by qualified name, or "*" for all) that raise on purpose. Set through
#: ``OWNVOICE_TEST_FAULTS`` for a child process, or :func:`injected_faults` in a test.
_faults: set[str] = set(filter(None, os.environ.get("OWNVOICE_TEST_FAULTS", "").split(",")))


class InjectedFaultError(RuntimeError):
    """Raised on purpose inside an override, by a test."""


@overload
def qt_override(method: F, /) -> F: ...


@overload
def qt_override(*, default: Any = BASE) -> Callable[[F], F]: ...


def qt_override(method: F | None = None, /, *, default: Any = BASE) -> F | Callable[[F], F]:
    """Guard a Qt virtual override: log and report an error, then answer ``default``.

    ``@qt_override`` answers with the base class's own method when the override fails;
    ``@qt_override(default=None)`` answers with that value (use it where the base is pure
    virtual, as a model's ``data`` or ``rowCount``: the value must be of the type Qt expects).
    """

    def decorate(func: F) -> F:
        where = func.__qualname__
        name = func.__name__

        @functools.wraps(func)
        def guarded(self: object, *args: Any, **kwargs: Any) -> Any:
            try:
                if _faults and (where in _faults or "*" in _faults):
                    raise InjectedFaultError(f"fault injected into {where}")
                return func(self, *args, **kwargs)
            except BaseException as error:  # nothing may escape into C++
                report(where, error)
            if default is not BASE:
                return default
            return _base_answer(self, guarded, name, where, args, kwargs)

        guarded.__qt_override__ = where  # type: ignore[attr-defined]
        return cast(F, guarded)

    return decorate(method) if method is not None else decorate


def _base_answer(
    obj: object,
    guarded: Callable[..., Any],
    name: str,
    where: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> Any:
    """What the base class of the class that defines ``guarded`` answers."""
    for klass in type(obj).__mro__:
        if klass.__dict__.get(name) is guarded:
            try:
                return getattr(super(klass, obj), name)(*args, **kwargs)
            except BaseException as error:
                report(f"{where} (base class)", error)
            break
    return None


def report(where: str, error: BaseException) -> None:
    """Log ``error`` (traceback once per place and kind) and tell the sinks. Never raises."""
    if isinstance(error, KeyboardInterrupt | SystemExit):
        _exit_later(error)
        return
    try:
        key = (where, type(error).__name__)
        count = _seen.get(key, 0) + 1
        _seen[key] = count
        if count == 1:
            if _ensure_logging is not None:
                _ensure_logging()
            log.error("error in %s (stopped by the guard)", where, exc_info=error)
        elif count in (10, 100, 1000, 10_000):
            log.error("error in %s again: %d times so far (%s)", where, count, error)
        _release_frames(error)
        for sink in list(_sinks):
            try:
                sink(where, error)
            except Exception:  # a sink must not be the next problem
                log.exception("error sink failed")
    except Exception:  # pragma: no cover - logging itself failed; there is nowhere left
        pass


def _release_frames(error: BaseException) -> None:
    """Let go of the failed frames' locals now (a ``QPainter`` ends when it is collected)."""
    import traceback

    traceback.clear_frames(error.__traceback__)


def _exit_later(error: KeyboardInterrupt | SystemExit) -> None:
    """Ctrl+C or ``sys.exit`` inside an override: quit from the event loop, not from C++."""
    from PySide6.QtCore import QCoreApplication, QTimer

    code = 130 if isinstance(error, KeyboardInterrupt) else _exit_code(error)
    QTimer.singleShot(0, lambda: QCoreApplication.exit(code))


def _exit_code(error: SystemExit) -> int:
    return error.code if isinstance(error.code, int) else 1


def soon(action: Callable[[], object]) -> None:
    """Run ``action`` from the event loop, once the event being handled is done.

    For key handlers and event filters that start a whole action (save, delete, open a
    dialog): the action's dialog is not a nested event loop inside a Qt virtual, and an error
    in it reaches the crash handler like any slot's instead of being answered by the guard."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, action)


def set_logging_setup(ensure_logging: Callable[[], object] | None) -> None:
    """What makes sure the log file is ready (idempotent); called before the first record."""
    global _ensure_logging
    _ensure_logging = ensure_logging


def forget_seen() -> None:
    """Test-only: start counting afresh, so that the next error is logged in full again."""
    _seen.clear()


def add_sink(sink: Sink) -> None:
    if sink not in _sinks:
        _sinks.append(sink)


def remove_sink(sink: Sink) -> None:
    if sink in _sinks:
        _sinks.remove(sink)


def times_seen(where: str) -> int:
    """How many errors the guard stopped in ``where`` (every kind), for tests and diagnostics."""
    return sum(n for (place, _kind), n in _seen.items() if place == where)


@contextmanager
def injected_faults(*wheres: str) -> Iterator[None]:
    """Test-only: make the named overrides (qualified names, or "*") raise while inside."""
    added = set(wheres) - _faults
    _faults.update(added)
    try:
        yield
    finally:
        _faults.difference_update(added)


def is_guarded(func: object) -> bool:
    return hasattr(func, "__qt_override__")
