"""Colours and small shapes that the habit views share, taken from the palette (light or dark)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

from app.ui.kit.painting import saved
from app.ui.kit.theme import is_dark


@dataclass(frozen=True)
class HabitColors:
    done: QColor
    on_done: QColor  # the check mark on a done circle
    covered: QColor
    empty: QColor  # the outline of a day still open
    skipped: QColor
    text: QColor
    muted: QColor
    grid: QColor
    track: QColor  # the unfilled part of a strength ring


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() * (1 - amount) + b.red() * amount),
        round(a.green() * (1 - amount) + b.green() * amount),
        round(a.blue() * (1 - amount) + b.blue() * amount),
    )


_CACHE: dict[int, HabitColors] = {}


def habit_colors(palette: QPalette) -> HabitColors:
    """The colours for ``palette``; cached, as every painted cell asks."""
    key = palette.cacheKey()
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) > 32:
            _CACHE.clear()
        found = _CACHE[key] = _colors(palette)
    return found


def _colors(palette: QPalette) -> HabitColors:
    dark = is_dark(palette)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    if dark:
        accent = _mix(accent, QColor("#ffffff"), 0.12)
    return HabitColors(
        done=accent,
        on_done=palette.color(QPalette.ColorRole.HighlightedText),
        covered=_mix(base, accent, 0.35 if dark else 0.28),
        empty=_mix(base, text, 0.35 if dark else 0.28),
        skipped=_mix(base, text, 0.5),
        text=text,
        muted=_mix(base, text, 0.6 if dark else 0.55),
        grid=_mix(base, text, 0.14 if dark else 0.1),
        track=_mix(base, text, 0.18 if dark else 0.12),
    )


def check_path(center: QPointF, size: float) -> QPainterPath:
    """A check mark fitting in a circle of diameter ``size`` around ``center``."""
    path = QPainterPath()
    s = size / 2
    path.moveTo(center.x() - 0.45 * s, center.y() + 0.02 * s)
    path.lineTo(center.x() - 0.12 * s, center.y() + 0.34 * s)
    path.lineTo(center.x() + 0.48 * s, center.y() - 0.34 * s)
    return path


def paint_mark(
    painter: QPainter,
    rect: QRectF,
    mark: str,
    colors: HabitColors,
    today: bool = False,
    text: str = "",
) -> None:
    """One day: done (a filled circle with a check, or the amount), covered (a soft circle),
    skipped or away (a dash), open (an outline), before the habit began (nothing)."""
    size = min(rect.width(), rect.height(), 26.0)
    center = rect.center()
    circle = QRectF(center.x() - size / 2, center.y() - size / 2, size, size)
    with saved(painter):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if mark == "done" and text:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.done)
            painter.drawRoundedRect(circle.adjusted(-4, 2, 4, -2), 6, 6)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(colors.on_done)
            painter.drawText(circle.adjusted(-4, 0, 4, 0), Qt.AlignmentFlag.AlignCenter, text)
        elif mark == "done":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.done)
            painter.drawEllipse(circle)
            pen = QPen(colors.on_done, max(2.0, size / 9))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(check_path(center, size))
        elif mark == "covered":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.covered)
            painter.drawEllipse(circle.adjusted(3, 3, -3, -3))
        elif mark in ("skipped", "away"):
            pen = QPen(colors.skipped, 2.5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if mark == "away":
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(
                QPointF(center.x() - size / 4, center.y()),
                QPointF(center.x() + size / 4, center.y()),
            )
        elif mark in ("open", "not_done"):
            pen = QPen(colors.text if today else colors.empty, 1.6 if today else 1.2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            shrink = 1 if today else 4
            painter.drawEllipse(circle.adjusted(shrink, shrink, -shrink, -shrink))
            if mark == "not_done":
                painter.drawLine(
                    QPointF(center.x() - size / 7, center.y() - size / 7),
                    QPointF(center.x() + size / 7, center.y() + size / 7),
                )


def paint_ring(painter: QPainter, rect: QRectF, value: float, colors: HabitColors) -> None:
    """A strength ring: the share ``value`` (0..1) of a circle, drawn clockwise from the top."""
    with saved(painter):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(3.0, rect.width() / 6)
        inner = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.setPen(QPen(colors.track, width))
        painter.drawEllipse(inner)
        pen = QPen(colors.done, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawArc(inner, 90 * 16, -round(max(0.0, min(1.0, value)) * 360 * 16))
