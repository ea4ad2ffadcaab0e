"""Background work hands results and errors back to the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from app.ui.tasks import SyncTaskRunner, TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, qapp: object) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is qapp.thread()  # type: ignore[attr-defined]

    with qtbot.waitSignal(runner.busyChanged, check_params_cb=lambda n: n == 0):
        runner.run(work, done)
    assert seen["value"] == 42
    assert seen["gui"] is True
    assert seen["worker"] != threading.get_ident()
    runner.wait()


def test_an_error_goes_to_the_error_callback(qtbot: QtBot, qapp: object) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.run(lambda: 1 / 0, lambda _: None, errors.append, serial=True)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)
    runner.wait()


def test_serial_tasks_run_in_order(qtbot: QtBot, qapp: object) -> None:
    runner = TaskRunner()
    order: list[int] = []
    for i in range(5):
        runner.run(lambda i=i: i, order.append, serial=True)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]
    runner.wait()


def test_the_sync_runner_has_the_same_contract() -> None:
    runner = SyncTaskRunner()
    got: list[object] = []
    runner.run(lambda: "x", got.append)
    runner.run(lambda: 1 / 0, got.append, got.append)
    assert got[0] == "x"
    assert isinstance(got[1], ZeroDivisionError)
    with pytest.raises(ZeroDivisionError):
        runner.run(lambda: 1 / 0, got.append)
