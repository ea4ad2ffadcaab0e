"""Reference cycles are freed on the GUI thread, never on a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.services.bulk import collector_paused
from app.ui.shell.collector import GuiCollector


class Cyclic:
    """Garbage only the cyclic collector can free; says on which thread it was freed."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self
        self.timer_owner = QObject()  # a Qt object caught in the cycle, as a widget's would be

    def __del__(self) -> None:
        Cyclic.freed_on.append(threading.current_thread().name)


@pytest.fixture
def collector(qapp: object) -> Iterator[GuiCollector]:
    gc.collect()
    collector = GuiCollector()
    yield collector
    collector.stop()
    assert gc.isenabled()


def allocate_on_a_worker(count: int) -> list[object]:
    kept: list[object] = []
    worker = threading.Thread(target=lambda: kept.extend([[i] for i in range(count)]))
    worker.start()
    worker.join()
    return kept


def test_cycles_are_freed_on_the_gui_thread(qtbot: QtBot, collector: GuiCollector) -> None:
    Cyclic.freed_on.clear()
    Cyclic()
    assert not gc.isenabled()
    kept = allocate_on_a_worker(50 * collector.thresholds[0])  # would trigger collections there
    assert Cyclic.freed_on == []  # the worker never collected
    qtbot.waitUntil(lambda: Cyclic.freed_on != [], timeout=3000)
    assert Cyclic.freed_on == [threading.main_thread().name]
    assert sum(collector.collections) >= 1
    del kept


def test_a_bulk_block_keeps_collection_off_and_does_not_turn_it_back_on(
    collector: GuiCollector,
) -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the window's collector, not the automatic one, after the block
