"""Render OwnVoice's icon, resources/icons/ownvoice.svg, into every file the installers need.

    python packaging/icons.py    # from the checkout; rewrites the files below

- resources/icons/hicolor/NxN/apps/ownvoice.png, N = 16 … 512 (Linux icon theme, the window,
  the tray, the Flatpak);
- resources/icons/ownvoice.ico (Windows: the executable and the installer; PNG entries
  16 … 256, as Windows Vista and later read them);
- resources/icons/ownvoice.icns (macOS: the app bundle; PNG entries 16 … 1024).

The SVG is the one drawing; everything here is made from it with Qt's own SVG renderer, so the
icon looks the same in every size and on every system. Run it again after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "ownvoice.svg"
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types holding PNG data, by pixel size (Apple's "icns" format).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The drawing at ``size`` x ``size`` pixels as PNG bytes (transparent outside it)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon file whose entries are PNG images."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    body = b""
    for size in sizes:
        png = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        body += png
        offset += len(png)
    return header + directory + body


def icns(images: dict[int, bytes]) -> bytes:
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    sizes = sorted({*THEME_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    images = {size: render(renderer, size) for size in sizes}
    for size in THEME_SIZES:
        out = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "ownvoice.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(images[size])
    (ICONS / "ownvoice.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (ICONS / "ownvoice.icns").write_bytes(icns(images))
    print(f"icons: {len(THEME_SIZES)} PNG sizes, ownvoice.ico and ownvoice.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
