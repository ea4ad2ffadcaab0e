"""Beside the draft's text: the writing check and the feed's preview, a tab each, each
scrolling up and down on its own and never sideways (they wrap instead)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from app.ui.drafts.check_panel import CheckPanel
from app.ui.drafts.preview import PreviewPanel


def _scrolling(panel: QWidget, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a Tab stop
    scroll.setWidget(panel)
    return scroll


class CheckAndPreview(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkAndPreview")
        self.setMinimumWidth(230)
        self.panel = CheckPanel()
        self.panel.tab_before = self.tabBar()  # Tab goes from "Check" to the first flag
        self.addTab(_scrolling(self.panel, self), "")
        self.preview = PreviewPanel()
        self.addTab(_scrolling(self.preview, self), "")

        self.assistant: QWidget | None = None  # the writing assistant's tab, while it is on

    def set_assistant(self, panel: QWidget | None) -> None:
        """Show the assistant's panel as the third tab, or (None) remove it."""
        if self.assistant is not None:
            self.removeTab(self.indexOf(self.assistant))
            self.assistant.deleteLater()
            self.assistant = None
        if panel is not None:
            self.assistant = _scrolling(panel, self)
            self.addTab(self.assistant, self.tr("Assistant"))

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Check"))
        self.setTabText(1, self.tr("Preview"))
        if self.assistant is not None:
            self.setTabText(self.indexOf(self.assistant), self.tr("Assistant"))
        self.panel.retranslate()
        self.preview.retranslate()
