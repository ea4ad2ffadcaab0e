"""Light and dark appearance: follow the system, or the person's choice.

Qt is asked for the colour scheme first (native styles then switch themselves). Where the
platform cannot switch (some Linux desktops, the offscreen platform), a matching Fusion palette
is applied instead, so the choice always shows.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.kit.colors import apply_accent


def _dark_colors() -> dict[QPalette.ColorRole, str]:
    return {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#8f8f8f",
        QPalette.ColorRole.Button: "#363636",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#3d7ce0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#363636",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.Link: "#79aaff",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3c3c3c",
        QPalette.ColorRole.Mid: "#2f2f2f",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#0d0d0d",
    }


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _dark_colors().items():
        palette.setColor(role, QColor(color))
    disabled = QColor("#7a7a7a")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, disabled)
    return palette


def apply_theme(choice: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    from PySide6.QtCore import Qt  # not at import: the shell's first frame avoids the Qt enums

    hints = QGuiApplication.styleHints()
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(choice)
    if wanted is None:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(wanted)
    if wanted is None or hints.colorScheme() == wanted:
        app.setPalette(apply_accent(app.style().standardPalette()))
        return
    # The platform could not switch: paint it ourselves.
    app.setStyle("Fusion")
    app.setPalette(
        apply_accent(
            dark_palette() if wanted == Qt.ColorScheme.Dark else app.style().standardPalette()
        )
    )


def readable_palette() -> None:
    """The app's palette with a readable accent and placeholder (``colors.apply_accent``),
    for the system's own appearance; no Qt enums, so it may run before the first frame."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(apply_accent(app.palette()))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
