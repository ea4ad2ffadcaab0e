"""The guard keeps one bad value from taking the app down, logs it, and says so once."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.ui import guard
from app.ui.errors import CrashHandler, GuardRelay
from app.ui.guard import injected_faults, qt_override
from app.ui.kit.painting import saved, widget_painter

Stopped = list[tuple[str, BaseException]]


class Sized(QWidget):
    @qt_override
    def sizeHint(self) -> QSize:
        raise ValueError("a bad value")


class Rows(QAbstractListModel):
    @qt_override(default=0)
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    @qt_override(default=None)
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return {0: 0, 1: "one"}[index.row()]  # row 2 is a KeyError


@pytest.fixture(autouse=True)
def fresh_counts() -> None:
    guard.forget_seen()


def test_a_failing_override_answers_as_its_base_class(qapp: object, guard_errors: Stopped) -> None:
    widget = Sized()
    assert widget.sizeHint() == QWidget().sizeHint()
    assert [(where, type(e)) for where, e in guard_errors] == [("Sized.sizeHint", ValueError)]
    guard_errors.clear()


def test_a_failing_override_with_a_default_answers_the_default(
    qapp: object, guard_errors: Stopped
) -> None:
    model = Rows()
    assert [model.index(r).data() for r in range(3)] == [0, "one", None]
    assert model.rowCount() == 3
    with injected_faults("Rows.rowCount"):
        assert model.rowCount() == 0
    assert [where for where, _ in guard_errors] == ["Rows.data", "Rows.rowCount"]
    guard_errors.clear()


def test_an_error_is_logged_once_with_its_traceback_then_counted(
    qapp: object, guard_errors: Stopped, caplog: pytest.LogCaptureFixture
) -> None:
    model = Rows()
    with caplog.at_level(logging.ERROR, logger="app.ui.guard"):
        for _ in range(12):
            model.index(2).data()
    full = [r for r in caplog.records if r.exc_info]
    assert len(full) == 1
    assert "KeyError" in caplog.text and "Rows.data" in caplog.text
    assert "10 times so far" in caplog.text  # the repeats are counted, not logged again
    assert guard.times_seen("Rows.data") == 12
    guard_errors.clear()


def test_a_painter_is_ended_and_restored_whatever_happens(qapp: object) -> None:
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    with pytest.raises(ZeroDivisionError), widget_painter(image) as painter:
        painter.setPen(Qt.GlobalColor.red)
        with saved(painter):
            painter.setPen(Qt.GlobalColor.blue)
            _ = 1 / 0
    assert not painter.isActive()  # ended: the image can be painted on again
    again = QPainter(image)
    assert again.isActive()
    again.end()


def test_guard_notices_are_sent_later_from_the_event_loop(
    qtbot: QtBot, guard_errors: Stopped
) -> None:
    relay = GuardRelay()
    heard: list[str] = []
    relay.problem.connect(heard.append)
    model = Rows()
    for _ in range(5):
        model.index(2).data()
    assert heard == []  # not inside the failing call
    qtbot.waitUntil(lambda: heard == ["Rows.data"])  # and only once for the burst
    relay.detach()
    guard_errors.clear()


def test_keyboard_interrupt_in_an_override_quits_from_the_event_loop(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    monkeypatch.setattr("PySide6.QtCore.QCoreApplication.exit", staticmethod(codes.append))

    class Interrupted(QWidget):
        @qt_override
        def sizeHint(self) -> QSize:
            raise KeyboardInterrupt

    assert Interrupted().sizeHint() == QWidget().sizeHint()
    qtbot.waitUntil(lambda: codes == [130])


# -- the crash handler: bugs in slots ------------------------------------------------------------


def test_the_crash_dialog_opens_after_the_event_and_never_stacks(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    handler = CrashHandler("/tmp/ownvoice.log")
    for message in ("first", "second"):
        try:
            raise RuntimeError(message)
        except RuntimeError:
            handler.hook(*sys.exc_info())  # type: ignore[arg-type]
        assert handler.box is None or message == "second"  # not opened inside the hook
        qtbot.waitUntil(lambda: handler.box is not None and handler.box.isVisible())
    qtbot.waitUntil(lambda: handler.box is not None and "2 times" in handler.box.text())
    box = handler.box
    assert isinstance(box, QMessageBox)
    assert box.windowModality() == Qt.WindowModality.NonModal  # no nested event loop
    assert "first" in box.detailedText() and "second" in box.detailedText()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert [b for b in boxes if b.isVisible()] == [box]
    assert "RuntimeError: first" in caplog.text
    box.close()


def test_an_error_while_showing_an_error_is_only_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = CrashHandler("/tmp/ownvoice.log")

    def broken_text(*_args: object) -> str:
        # Showing the error fails, and the failure reaches the hook again while it shows.
        try:
            raise OSError("no display")
        except OSError:
            handler.hook(*sys.exc_info())  # type: ignore[arg-type]
        raise OSError("no display")

    monkeypatch.setattr("app.ui.errors.bug_text", broken_text)
    try:
        raise RuntimeError("the bug")
    except RuntimeError:
        handler.hook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "could not show the error dialog" in caplog.text)
    assert "while showing another" in caplog.text
    assert handler.box is None
