"""OwnVoice's own icon, for the window, the tray and notifications.

The PNG sizes in ``resources/icons/hicolor`` are rendered from the SVG by
``packaging/icons.py``; Qt picks the size nearest to what it draws. The SVG is added too, for
sizes in between, where Qt's SVG icon engine is there (a bundle carries it).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.storage.paths import resources_dir

NAME = "ownvoice"


def app_icon() -> QIcon:
    icons = resources_dir() / "icons"
    icon = QIcon()
    for size in sorted((icons / "hicolor").glob("*x*/apps/ownvoice.png")):
        icon.addFile(str(size))
    icon.addFile(str(icons / f"{NAME}.svg"))
    return icon
