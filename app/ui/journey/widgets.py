"""Pieces the journey pages share: a progress row, a status pill, a milestone banner, muted
secondary words, recognition words. (The card they sit in is app/ui/kit/card.py.)"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.journey.goals import GoalStatus
from app.domain.journey.ladder import Stage
from app.domain.journey.milestones import Milestone, MilestoneKind
from app.ui.guard import qt_override
from app.ui.kit import colors
from app.ui.kit.labels import label
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import int_or_none
from app.ui.kit.widgets import clear_layout, heading_font, layout_widgets, wrapped_label

BAR_STYLE = """
QProgressBar { border: none; border-radius: 4px; background: palette(midlight); }
QProgressBar::chunk { border-radius: 4px; background: palette(highlight); }
"""


def _tint(colour: QColor, alpha: float) -> str:
    see_through = QColor(colour)
    see_through.setAlphaF(alpha)
    return colors.css(see_through)


def _status_tint(status: GoalStatus, palette: QPalette) -> str:
    # Translucent tints of the meaning's colour read well on light and dark palettes alike;
    # "behind" is amber, not red: it is a nudge, never a reproach. The pill's words say the
    # status; the tint only repeats it.
    if status is GoalStatus.BEHIND:
        return _tint(colors.warning(palette), 0.22)
    if status is GoalStatus.DONE:
        return _tint(colors.success(palette), 0.22)
    return _tint(colors.accent(palette), 0.18)


def hint_style(selector: str, *, edge: bool = False) -> str:
    """A style sheet for a box of hints: a light amber tint (a nudge, as elsewhere), with an
    amber edge on its left if asked; readable on light and dark palettes."""
    amber = colors.warning(QGuiApplication.palette())
    style = f"{selector} {{ background: {_tint(amber, 0.14)}; border-radius: 8px;"
    if edge:
        style += f" border-left: 3px solid {colors.css(amber)}; padding: 6px 10px;"
    return style + " }"


def _banner_style(palette: QPalette) -> str:
    green = colors.success(palette)
    return (
        f"QFrame#milestoneBanner {{ background: {_tint(green, 0.14)};"
        f" border: 1px solid {_tint(green, 0.55)}; border-radius: 10px; }}"
    )


_STAGE_KEYS = {stage.key: stage for stage in Stage}


def milestone_title(milestone: Milestone) -> str:
    """The headline of a milestone, e.g. "Your first comment!"."""
    return QCoreApplication.translate("Recognition", "{milestone}!").format(
        milestone=label(milestone.kind)
    )


def milestone_detail(milestone: Milestone, goal_statements: Mapping[int, str]) -> str:
    """One plain sentence on why the milestone matters (or what it was about)."""
    kind = milestone.kind
    if kind is MilestoneKind.STAGE_UP:
        stage = _STAGE_KEYS.get(str(milestone.detail or "").lower())
        if stage is None:  # a damaged or hand-edited record: the title says enough
            return ""
        return QCoreApplication.translate(
            "Recognition", "You have reached a new stage: {stage}."
        ).format(stage=label(stage))
    if kind is MilestoneKind.GOAL_REACHED:
        goal_id = int_or_none(milestone.detail)
        statement = goal_statements.get(goal_id) if goal_id is not None else None
        if statement is None:
            return QCoreApplication.translate("Recognition", "You did what you set out to do.")
        return QCoreApplication.translate(
            "Recognition", "You did what you set out to do: {goal}"
        ).format(goal=statement)
    if kind is MilestoneKind.FIRST_COMMENT:
        return QCoreApplication.translate(
            "Recognition", "Every conversation starts with someone who speaks up."
        )
    if kind is MilestoneKind.FIRST_OWN_POST:
        return QCoreApplication.translate("Recognition", "Your own voice, out in public.")
    if kind is MilestoneKind.FIRST_REPLY:
        return QCoreApplication.translate("Recognition", "This is how conversations grow.")
    return QCoreApplication.translate("Recognition", "That is a rhythm, not a burst.")


def status_pill(parent: QWidget | None = None) -> QLabel:
    pill = QLabel(parent)
    pill.setObjectName("statusPill")
    pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return pill


def set_status(pill: QLabel, status: GoalStatus | None) -> None:
    pill.setVisible(status is not None)
    if status is None:
        return
    pill.setText(label(status))
    pill.setStyleSheet(
        f"#statusPill {{ background: {_status_tint(status, QGuiApplication.palette())};"
        " border-radius: 9px; padding: 2px 10px; }"
    )


class ProgressRow(QWidget):
    """A title, a status pill, a caption, a slim bar with its value, and a hint of what's next.

    Callers set every text (so that the same row serves a week's share and a whole goal) and may
    add buttons to the title line with ``add_button``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.title = wrapped_label(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.status = status_pill(self)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(4)
        top.addLayout(self._buttons)
        layout.addLayout(top)
        self.caption = MutedLabel(self)
        layout.addWidget(self.caption)
        bar_row = QHBoxLayout()
        bar_row.setSpacing(10)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setStyleSheet(BAR_STYLE)
        bar_row.addWidget(self.bar, 1)
        self.value = QLabel(self)
        bar_row.addWidget(self.value)
        layout.addLayout(bar_row)
        self.hint = wrapped_label(self)
        layout.addWidget(self.hint)

    def add_button(self, button: QWidget) -> None:
        self._buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    def set_texts(self, title: str, caption: str = "", hint: str = "") -> None:
        self.title.setText(title)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def set_progress(self, fraction: float, value_text: str) -> None:
        self.bar.setValue(round(max(0.0, min(1.0, fraction)) * 1000))
        self.value.setText(value_text)
        self.bar.setAccessibleName(value_text)

    def set_status(self, status: GoalStatus | None) -> None:
        set_status(self.status, status)


class MilestoneBanner(QFrame):
    """A small celebration of milestones just reached, dismissable.

    Signals:
        dismissed(): the person closed the banner.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestoneBanner")
        self._style = ""
        self._restyle()
        self._milestones: list[Milestone] = []
        self._goals: dict[int, str] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 8, 10)
        row.setSpacing(12)
        self.star = QLabel("★", self)
        self.star.setFont(heading_font(self.font(), 1.6))
        self.star.setObjectName("bannerStar")
        row.addWidget(self.star, 0, Qt.AlignmentFlag.AlignTop)
        self.lines = QVBoxLayout()
        self.lines.setSpacing(2)
        row.addLayout(self.lines, 1)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self._on_close_clicked)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def celebrate(
        self, milestones: Sequence[Milestone], goal_statements: Mapping[int, str] | None = None
    ) -> None:
        """Show these milestones, a headline and a sentence each; hide the banner when none."""
        self._milestones = list(milestones)
        self._goals = dict(goal_statements or {})
        self._render()
        self.setVisible(bool(self._milestones))

    def clear(self) -> None:
        self.celebrate([])

    def texts(self) -> list[str]:
        """What the banner says, line by line."""
        return [w.text() for w in layout_widgets(self.lines) if isinstance(w, QLabel)]

    def _render(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        clear_layout(self.lines)
        for index, milestone in enumerate(self._milestones):
            if index:
                self.lines.addSpacing(6)
            title = wrapped_label(self)
            title.setFont(heading_font(self.font(), 1.15))
            title.setText(milestone_title(milestone))
            self.lines.addWidget(title)
            detail = milestone_detail(milestone, self._goals)
            if detail:
                words = wrapped_label(self)
                words.setText(detail)
                self.lines.addWidget(words)

    def _on_close_clicked(self) -> None:
        self.clear()
        self.dismissed.emit()

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()
        style = _banner_style(palette) + (
            f" QLabel#bannerStar {{ color: {colors.css(colors.warning(palette))}; }}"
        )
        if style != self._style:
            self._style = style  # noted first: applying a style sheet changes the palette
            self.setStyleSheet(style)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)
