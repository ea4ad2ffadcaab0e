"""The longest streaks of a habit as bars, newest first, each with its dates and length."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.habits import Streak
from app.ui.guard import qt_override
from app.ui.habits import texts
from app.ui.habits.paint import habit_colors
from app.ui.kit.painting import widget_painter

ROW = 26
SHOWN = 6


def top_streaks(streaks: Sequence[Streak], count: int = SHOWN) -> list[Streak]:
    """The ``count`` longest (of equal ones the most recent), shown newest first."""
    longest = sorted(streaks, key=lambda s: (s.length, s.end), reverse=True)[:count]
    return sorted(longest, key=lambda s: s.end, reverse=True)


class StreakBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.streaks: list[Streak] = []
        self.current: Streak | None = None
        self.empty_text = ""

    def set_streaks(self, streaks: Sequence[Streak], current: Streak | None) -> None:
        self.streaks = top_streaks(streaks)
        self.current = current
        self.setAccessibleDescription(
            "; ".join(f"{texts.streak_range(s)}: {texts.days_text(s.length)}" for s in self.streaks)
        )
        self.updateGeometry()
        self.update()

    @qt_override
    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self.streaks)) * ROW + 4)

    @qt_override
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @qt_override
    def paintEvent(self, _event: object) -> None:
        with widget_painter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colors = habit_colors(self.palette())
            metrics = painter.fontMetrics()
            if not self.streaks:
                painter.setPen(colors.muted)
                painter.drawText(
                    QRectF(0, 0, self.width(), ROW),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    self.empty_text,
                )
                return
            labels = [texts.streak_range(s) for s in self.streaks]
            label_width = max(metrics.horizontalAdvance(text) for text in labels) + 14
            longest = max(s.length for s in self.streaks)
            count_width = metrics.horizontalAdvance(texts.days_text(longest)) + 12
            room = max(20.0, self.width() - label_width - count_width)
            for row, (streak, label) in enumerate(zip(self.streaks, labels, strict=True)):
                y = row * ROW + 2
                painter.setPen(colors.muted)
                painter.drawText(
                    QRectF(0, y, label_width - 10, ROW - 4),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    label,
                )
                width = max(4.0, room * streak.length / longest)
                bar = QRectF(label_width, y + 5, width, ROW - 14)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colors.done if streak == self.current else colors.covered)
                painter.drawRoundedRect(bar, 4, 4)
                painter.setPen(colors.text)
                painter.drawText(
                    QRectF(bar.right() + 8, y, count_width, ROW - 4),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    texts.days_text(streak.length),
                )
