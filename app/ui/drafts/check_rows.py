"""The parts of the check panel: a flag with its Dismiss button, and the legend of the marks."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainterPath, QPaintEvent, QPen, QTextCharFormat
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.checks.flags import Flag
from app.ui.drafts.marks import MARK_OF, Mark, mark_name, underline_style
from app.ui.drafts.texts import flag_message, flag_title
from app.ui.guard import qt_override
from app.ui.kit.colors import css, text_mark
from app.ui.kit.painting import saved, widget_painter
from app.ui.kit.widgets import wrapped_label

_STYLE = QTextCharFormat.UnderlineStyle
_PEN_STYLES = {
    _STYLE.DotLine: Qt.PenStyle.DotLine,
    _STYLE.DashUnderline: Qt.PenStyle.DashLine,
    _STYLE.SingleUnderline: Qt.PenStyle.SolidLine,
    _STYLE.DashDotLine: Qt.PenStyle.DashDotLine,
    _STYLE.DashDotDotLine: Qt.PenStyle.DashDotDotLine,
}


class MarkSwatch(QWidget):
    """A sample of a mark as the text shows it: its tint, and its underline in its style."""

    def __init__(self, mark: Mark, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = mark
        self.setFixedSize(QSize(30, 18))

    @qt_override
    def paintEvent(self, event: QPaintEvent) -> None:
        background, line = text_mark(self.palette(), self.mark.value)
        with widget_painter(self, antialias=True) as painter:
            painter.fillRect(self.rect(), background)
            with saved(painter):
                pen = QPen(line, 1.6)
                style = underline_style(self.mark)
                y = self.height() - 4.0
                if style in _PEN_STYLES:
                    pen.setStyle(_PEN_STYLES[style])
                    painter.setPen(pen)
                    painter.drawLine(QPointF(2, y), QPointF(self.width() - 2, y))
                else:  # the wave
                    path = QPainterPath(QPointF(2, y))
                    for step in range(1, (self.width() - 4) * 2 + 1):
                        x = 2 + step / 2
                        path.lineTo(QPointF(x, y + 1.6 * math.sin(x * 1.1)))
                    painter.setPen(pen)
                    painter.drawPath(path)
            painter.setPen(QPen(line, 1))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))


class LegendRow(QWidget):
    """One kind of mark in the legend: the sample and its name."""

    def __init__(self, mark: Mark, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = mark
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.swatch = MarkSwatch(mark, self)
        layout.addWidget(self.swatch, 0, Qt.AlignmentFlag.AlignTop)
        self.label = wrapped_label(self)
        layout.addWidget(self.label, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(mark_name(self.mark))


class FlagRow(QFrame):
    """One flag: its kind, its message and a button to dismiss it for this draft. The bar on
    the left has the colour of its mark in the text; the title says the kind in words.

    Signals:
    dismissRequested(object): the Flag to dismiss for this draft.
    """

    dismissRequested = Signal(object)

    def __init__(self, flag: Flag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag = flag
        self.mark = MARK_OF[flag.kind]
        self.setObjectName("flagRow")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 2, 0, 2)
        layout.setSpacing(2)
        self.title = wrapped_label(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.message = wrapped_label(self)
        layout.addWidget(self.message)
        self.dismiss = QPushButton(self)
        self.dismiss.setObjectName("dismissFlag")
        self.dismiss.clicked.connect(lambda: self.dismissRequested.emit(self.flag))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.dismiss)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.restyle()
        self.retranslate()

    def restyle(self) -> None:
        _background, line = text_mark(self.palette(), self.mark.value)
        self.setStyleSheet(f"#flagRow {{ border-left: 4px solid {css(line)}; }}")

    def retranslate(self) -> None:
        self.title.setText(flag_title(self.flag.kind))
        self.message.setText(flag_message(self.flag))
        self.dismiss.setText(self.tr("Dismiss for this draft"))
        # The button alone says nothing of which flag: a screen reader hears both.
        self.dismiss.setAccessibleName(
            self.tr("Dismiss for this draft: %1").replace("%1", flag_title(self.flag.kind))
        )

    def same(self, flag: Flag) -> bool:
        return flag == self.flag and flag.params == self.flag.params
