"""The six stages painted as a ladder, with the person's start, highest and current stage marked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.journey.ladder import Stage
from app.ui.guard import qt_override
from app.ui.kit import colors
from app.ui.kit.labels import label
from app.ui.kit.painting import widget_painter
from app.ui.kit.theme import is_dark

_RAIL_LEFT = 14.0
_RAIL_GAP = 34.0
_TEXT_LEFT = _RAIL_LEFT + _RAIL_GAP + 22.0
_PAD = 8.0


class LadderView(QWidget):
    """A vertical ladder, Listener at the bottom; colours come from the palette (light or dark).

    Every stage up to the highest reached is drawn as reached (it stays reached when the stage
    later moves down); stages above it are muted. Marks are shapes and words, never colour
    alone. What the picture says is also the accessible description, for screen readers.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Stage | None = None
        self.start: Stage | None = None
        self.highest: Stage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._describe()

    def set_position(
        self, current: Stage, start: Stage | None, highest: Stage | None = None
    ) -> None:
        self.current, self.start = current, start
        self.highest = max(current, highest) if highest is not None else current
        self._describe()
        self.updateGeometry()
        self.update()

    def caption(self, stage: Stage) -> str:
        """The small words under a rung's name: "You are here", "Your start", "Highest
        reached", or nothing."""
        parts = []
        if stage == self.current:
            parts.append(self.tr("You are here"))
        if stage == self.highest and stage != self.current:
            parts.append(self.tr("Highest reached"))
        if stage == self.start:
            parts.append(self.tr("your start") if parts else self.tr("Your start"))
        return " · ".join(parts)

    def reached(self, stage: Stage) -> bool:
        """Drawn as reached: at or below the highest stage held."""
        return self.highest is not None and stage <= self.highest

    # -- geometry --------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        name = QFont(self.font())
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        return name, small

    def _row_height(self) -> float:
        name, small = self._fonts()
        return QFontMetrics(name).height() + QFontMetrics(small).height() + 10.0

    @qt_override
    def sizeHint(self) -> QSize:
        name, small = self._fonts()
        bold = QFont(name)
        bold.setBold(True)
        wide = max(QFontMetrics(bold).horizontalAdvance(label(s)) for s in Stage)
        tags = max(
            QFontMetrics(small).horizontalAdvance(t)
            for t in (self.caption(s) for s in Stage)
            if t
        ) if self.current is not None else 0  # fmt: skip
        width = _TEXT_LEFT + max(wide, tags) + 2 * _PAD + 8
        return QSize(int(width), int(self._row_height() * len(Stage) + 2 * _PAD))

    @qt_override
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _row_rect(self, stage: Stage) -> QRectF:
        row = self._row_height()
        top = _PAD + (len(Stage) - 1 - int(stage)) * row
        return QRectF(0, top, self.width(), row)

    # -- painting --------------------------------------------------------------------------------

    @qt_override
    def paintEvent(self, event: QPaintEvent) -> None:
        with widget_painter(self) as p:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            pal = self.palette()
            text = pal.color(QPalette.ColorRole.WindowText)
            dim = colors.muted(pal)
            accent = pal.color(QPalette.ColorRole.Highlight)
            if is_dark(pal):
                accent = accent.lighter(130)
            rail = QColor(text)
            rail.setAlphaF(0.45)
            top = self._row_rect(Stage.ROLE_MODEL).center().y() - 16
            bottom = self._row_rect(Stage.LISTENER).center().y() + 16
            pen = QPen(rail, 3)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            for x in (_RAIL_LEFT, _RAIL_LEFT + _RAIL_GAP):
                p.drawLine(QPointF(x, top), QPointF(x, bottom))
            name_font, small_font = self._fonts()
            for stage in Stage:
                self._paint_row(p, stage, text, dim, accent, rail, name_font, small_font)

    def _paint_row(
        self,
        p: QPainter,
        stage: Stage,
        text: QColor,
        dim: QColor,
        accent: QColor,
        rail: QColor,
        name_font: QFont,
        small_font: QFont,
    ) -> None:
        rect = self._row_rect(stage)
        y = rect.center().y()
        reached = self.reached(stage)
        here = stage == self.current
        if here:
            band = QColor(accent)
            band.setAlphaF(0.18)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(band)
            p.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        p.setPen(QPen(accent if reached else rail, 4 if reached else 2))
        p.drawLine(QPointF(_RAIL_LEFT, y), QPointF(_RAIL_LEFT + _RAIL_GAP, y))
        middle = QPointF(_RAIL_LEFT + _RAIL_GAP / 2, y)
        if here:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(accent)
            p.drawEllipse(middle, 7, 7)
        if stage == self.start and not here:
            p.setPen(QPen(text, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(middle, 6, 6)
        caption = self.caption(stage)
        bold = QFont(name_font)
        bold.setBold(here)
        name_h = QFontMetrics(bold).height()
        block = name_h + (QFontMetrics(small_font).height() if caption else 0)
        first = y - block / 2
        width = rect.width() - _TEXT_LEFT - _PAD
        p.setFont(bold)
        p.setPen(text if reached or stage == self.start else dim)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        p.drawText(QRectF(_TEXT_LEFT, first, width, name_h), flags, label(stage))
        if caption:
            p.setFont(small_font)
            p.setPen(text)
            small_h = QFontMetrics(small_font).height()
            p.drawText(QRectF(_TEXT_LEFT, first + name_h, width, small_h), flags, caption)

    # -- words -------------------------------------------------------------------------------------

    def _describe(self) -> None:
        self.setAccessibleName(self.tr("The ladder"))
        if self.current is None:
            self.setAccessibleDescription("")
            return
        parts = [
            self.tr("Six stages, from {low} to {high}.").format(
                low=label(Stage.LISTENER), high=label(Stage.ROLE_MODEL)
            ),
            self.tr("You are here: {stage}, stage {n} of {total}.").format(
                stage=label(self.current), n=int(self.current) + 1, total=len(Stage)
            ),
        ]
        if self.highest is not None and self.highest != self.current:
            parts.append(self.tr("Highest reached: {stage}.").format(stage=label(self.highest)))
        if self.start is not None:
            parts.append(self.tr("Your start: {stage}.").format(stage=label(self.start)))
        self.setAccessibleDescription(" ".join(parts))
        self.setToolTip(" ".join(parts[1:]))

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._describe()
            self.updateGeometry()
            self.update()
        super().changeEvent(event)
