"""Guards against known defects of the pinned Qt binding."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_eat_references_to_none(qapp: object) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped one reference to None per call returning nothing;
    # a long session then aborted with "none_dealloc". (From 3.12 None is immortal.)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        image.fill(0)
        label.setText("x")
    assert sys.getrefcount(None) > before - 100
