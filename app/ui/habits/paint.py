"""Colours and small shapes that the habit views share, taken from the palette (light or dark)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

from app.ui.kit import colors
from app.ui.kit.painting import saved
from app.ui.kit.theme import is_dark


@dataclass(frozen=True)
class HabitColors:
    """Every mark is 3:1 against the window and the fields (WCAG 1.4.11), and no two states
    differ by colour alone: each has its own shape too (``paint_mark``, ``paint_cell``)."""

    done: QColor
    on_done: QColor  # the check mark or the amount on a done day: 4.5:1 on ``done``
    covered: QColor  # not needed, the frequency is met: a ring with a small check
    empty: QColor  # a day still open (a ring) or not done (a ring with a cross)
    skipped: QColor  # a dash
    text: QColor
    muted: QColor
    grid: QColor  # decoration only: grid lines, the calendar before the habit began
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
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.Text)
    accent = colors.accent(palette)

    def mark(color: QColor) -> QColor:
        # Marks sit on the list's fields and on the window (the calendar): 3:1 on both.
        return colors.readable(colors.readable(color, window, colors.LARGE), base, colors.LARGE)

    done = mark(accent)
    return HabitColors(
        done=done,
        on_done=colors.readable(colors.on_accent(palette), done),
        # A paler accent than done's (lighter in dark, softer in light): related, not the same.
        covered=mark(_mix(accent, text if dark else base, 0.35 if dark else 0.25)),
        empty=mark(_mix(base, text, 0.45)),
        skipped=mark(_mix(base, text, 0.55)),
        text=text,
        muted=colors.muted(palette),
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
    """One day in the list, each state its own shape: done (a filled circle with a check, or
    the amount on a filled chip), covered (a ring with a small check), skipped (a dash), away
    (three dots), open (a ring), not done (a ring with a cross), before the habit began
    (nothing)."""
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
            painter.setPen(_round_pen(colors.on_done, max(2.0, size / 9)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(check_path(center, size))
        elif mark == "covered":
            painter.setPen(_round_pen(colors.covered, 1.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(circle.adjusted(3, 3, -3, -3))
            painter.drawPath(check_path(center, size * 0.62))
        elif mark == "skipped":
            painter.setPen(_round_pen(colors.skipped, 2.5))
            painter.drawLine(
                QPointF(center.x() - size / 4, center.y()),
                QPointF(center.x() + size / 4, center.y()),
            )
        elif mark == "away":  # three dots where a skipped day has its dash
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.skipped)
            for step in (-1, 0, 1):
                painter.drawEllipse(QPointF(center.x() + step * size / 4, center.y()), 1.7, 1.7)
        elif mark in ("open", "not_done"):
            pen = QPen(colors.text if today else colors.empty, 1.6 if today else 1.4)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            shrink = 1 if today else 4
            painter.drawEllipse(circle.adjusted(shrink, shrink, -shrink, -shrink))
            if mark == "not_done":
                _cross(painter, center, size / 7)


def paint_cell(
    painter: QPainter, rect: QRectF, mark: str, colors: HabitColors, share: float | None = None
) -> None:
    """One day in the calendar (a small square ``rect``), each state its own shape: done (a
    filled square; with an amount, filled from the bottom by its ``share`` of the target),
    covered (an outlined square with a dot), skipped or away (a bar), open or not done (a
    dot), before the habit began (a faint outline)."""
    with saved(painter):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = rect.width()
        dot = max(1.5, side * 0.17)
        if mark == "done":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.done)
            if share is None or share >= 1:
                painter.drawRoundedRect(rect, 3, 3)
                return
            filled = rect.height() * max(0.0, share)
            painter.drawRect(QRectF(rect.left(), rect.bottom() - filled, rect.width(), filled))
            painter.setPen(QPen(colors.done, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
        elif mark == "covered":
            painter.setPen(QPen(colors.covered, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.covered)
            painter.drawEllipse(rect.center(), dot, dot)
        elif mark in ("skipped", "away"):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.skipped)
            painter.drawRoundedRect(
                rect.adjusted(0, rect.height() * 0.38, 0, -rect.height() * 0.38), 2, 2
            )
        elif mark in ("open", "not_done"):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.empty)
            painter.drawEllipse(rect.center(), dot, dot)
        else:  # before the habit began: only the calendar's shape
            painter.setPen(QPen(colors.grid, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)


def _round_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _cross(painter: QPainter, center: QPointF, half: float) -> None:
    painter.drawLine(
        QPointF(center.x() - half, center.y() - half), QPointF(center.x() + half, center.y() + half)
    )
    painter.drawLine(
        QPointF(center.x() - half, center.y() + half), QPointF(center.x() + half, center.y() - half)
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
