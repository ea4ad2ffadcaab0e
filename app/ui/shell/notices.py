"""Notices across the top of the window: non-modal, one per subject, with what to do.

A notice never interrupts: it does not take the focus, does not open a dialog, and stays until
the person closes it or the problem is gone. ``NoticeArea.show_notice(key, …)`` replaces the
notice with the same key instead of stacking a second one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.kit.colors import css, notice_colors

ERROR = "error"
INFO = "info"

INFO_STYLE = """
QFrame#notice { background: palette(alternate-base); border-bottom: 1px solid palette(midlight); }
"""


def _error_style(palette: QPalette) -> str:
    """An error notice's colours, readable in light and dark (app/ui/kit/colors.py)."""
    background, text, border = notice_colors(palette)
    return (
        f"QFrame#notice {{ background: {css(background)}; "
        f"border-bottom: 1px solid {css(border)}; }}"
        f"QFrame#notice QLabel {{ color: {css(text)}; }}"
    )


@dataclass(frozen=True)
class NoticeAction:
    text: str
    run: Callable[[], None]
    closes: bool = False  # the notice goes away once the action ran


class NoticeBar(QFrame):
    """One notice: a text, a few buttons and a close button.

    Signals:
        closed(str): the person closed it (its key).
    """

    closed = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # not at import: the window shell avoids Qt's enums

        super().__init__(parent)
        self.key = key
        self.setObjectName("notice")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 8, 8)
        row.setSpacing(8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.label, 1)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(6)
        row.addLayout(self._buttons)
        self.close_button = QPushButton(self)
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.close_button)
        self.action_buttons: list[QPushButton] = []

    def set_content(
        self, kind: str, text: str, actions: Sequence[NoticeAction], close_text: str
    ) -> None:
        self.kind = kind
        self.setStyleSheet(_error_style(self.palette()) if kind == ERROR else INFO_STYLE)
        self.label.setText(text)
        self.setAccessibleName(text)
        for button in self.action_buttons:
            button.deleteLater()
        self.action_buttons = []
        for action in actions:
            button = QPushButton(action.text, self)
            button.clicked.connect(lambda _checked=False, a=action: self._run(a))
            self._buttons.addWidget(button)
            self.action_buttons.append(button)
        self.close_button.setText(close_text)
        self.close_button.setAccessibleName(close_text)

    def _run(self, action: NoticeAction) -> None:
        action.run()
        if action.closes:
            self.dismiss()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit(self.key)


class NoticeArea(QWidget):
    """The notices shown now, newest last. Part of the window shell: it makes no ``NoticeBar``
    (which uses Qt's enums) before a notice is due.

    Signals:
        closed(str): the person closed the notice with this key.
    """

    closed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self.bars: dict[str, NoticeBar] = {}
        self.hide()

    def show_notice(
        self,
        key: str,
        text: str,
        *,
        kind: str = ERROR,
        actions: Sequence[NoticeAction] = (),
        close_text: str = "",
    ) -> NoticeBar:
        bar = self.bars.get(key)
        if bar is None:
            bar = NoticeBar(key, self)
            bar.closed.connect(self._on_closed)
            self.bars[key] = bar
            self._column.addWidget(bar)
        bar.set_content(kind, text, actions, close_text or self.tr("Close"))
        bar.show()
        self.show()
        return bar

    def is_showing(self, key: str) -> bool:
        bar = self.bars.get(key)
        return bar is not None and not bar.isHidden()

    def text_of(self, key: str) -> str:
        bar = self.bars.get(key)
        return bar.label.text() if bar is not None and not bar.isHidden() else ""

    def hide_notice(self, key: str) -> None:
        bar = self.bars.pop(key, None)
        if bar is not None:
            bar.hide()
            bar.deleteLater()
        self.setVisible(bool(self.bars))

    def _on_closed(self, key: str) -> None:
        self.hide_notice(key)
        self.closed.emit(key)
