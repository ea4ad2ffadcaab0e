"""Capture an idea from anywhere in the app: one QAction (Ctrl+Shift+I) for the window and tray."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.settings import LANGUAGE
from app.ui.context import AppContext
from app.ui.drafts.access import write_drafts
from app.ui.drafts.dialogs import IdeaDialog

SHORTCUT = "Ctrl+Shift+I"


def capture_idea_action(ctx: AppContext, parent: QWidget) -> QAction:
    """The "New idea…" action: add it to the main window (and the tray menu)."""
    action = QAction(parent)
    action.setObjectName("captureIdea")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def retranslate() -> None:
        action.setText(QCoreApplication.translate("Drafts", "New idea…"))
        action.setToolTip(QCoreApplication.translate("Drafts", "Capture an idea for a post"))

    def trigger() -> None:
        dialog = IdeaDialog(parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text, tags = dialog.idea()
            if text:
                write_drafts(ctx, lambda w: w.capture_idea(text, tags))

    retranslate()
    action.triggered.connect(trigger)
    ctx.hub.settingChanged.connect(lambda key, _value: retranslate() if key == LANGUAGE else None)
    return action
