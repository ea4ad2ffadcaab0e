"""The recognition feed: milestones and what coaches sent back, newest first.

Each source turns its records into ``FeedEntry`` objects; the model only sorts and shows them.
A source is one small class with a ``day``, a ``source``, a ``title()`` and a ``detail()``:
``MilestoneEntry`` for what the person reached, ``CoachEntry`` for the recognition and feedback
a coach wrote (imported from a feedback file, docs/EXCHANGE.md). Words are made when shown, so
they follow a language switch. Titles and details are the same as on Today
(``journey/widgets.py``). A coach's words are shown whole: the row grows to hold them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.exchange.model import FeedbackKind, Received
from app.domain.journey.ladder import Stage
from app.domain.journey.milestones import Milestone, MilestoneKind
from app.ui.guard import qt_override
from app.ui.journey.widgets import milestone_detail, milestone_title
from app.ui.kit import colors
from app.ui.kit.model_signals import texts_changed
from app.ui.kit.numbers import format_day
from app.ui.kit.painting import saved
from app.ui.kit.widgets import wrapped_label

_Index = QModelIndex | QPersistentModelIndex


class FeedSource(StrEnum):
    MILESTONE = "milestone"
    COACH = "coach"  # recognition and feedback from a coach, imported from a feedback file


class FeedEntry(Protocol):
    @property
    def day(self) -> date: ...

    @property
    def source(self) -> FeedSource: ...

    def title(self) -> str:
        """The headline, in the current UI language."""
        ...

    def detail(self) -> str:
        """One sentence more, or ""."""
        ...


@dataclass(frozen=True)
class MilestoneEntry:
    milestone: Milestone
    goal_statements: Mapping[int, str] = field(default_factory=dict)
    source: FeedSource = field(default=FeedSource.MILESTONE, init=False)

    @property
    def day(self) -> date:
        return self.milestone.day

    def title(self) -> str:
        return milestone_title(self.milestone)

    def detail(self) -> str:
        return milestone_detail(self.milestone, self.goal_statements)


@dataclass(frozen=True)
class CoachEntry:
    received: Received
    source: FeedSource = field(default=FeedSource.COACH, init=False)

    @property
    def day(self) -> date:
        return self.received.entry.day

    @property
    def is_recognition(self) -> bool:
        return self.received.entry.kind is FeedbackKind.RECOGNITION

    def title(self) -> str:
        coach = self.received.coach or QCoreApplication.translate("Feed", "your coach")
        if self.is_recognition:
            return QCoreApplication.translate("Feed", "Recognition from {coach}").format(
                coach=coach
            )
        return QCoreApplication.translate("Feed", "Feedback from {coach}").format(coach=coach)

    def detail(self) -> str:
        return self.received.entry.text


def mark_of(entry: FeedEntry) -> str:
    """What stands before a title: a star for a milestone or recognition, a pen for feedback."""
    return "✎ " if isinstance(entry, CoachEntry) and not entry.is_recognition else "★ "


def feed_entries(
    milestones: Iterable[Milestone],
    goal_statements: Mapping[int, str] | None = None,
    from_coach: Iterable[Received] = (),
) -> list[FeedEntry]:
    """Everything for the feed, newest first; on one day a coach's words come first."""
    coach: list[FeedEntry] = [CoachEntry(r) for r in from_coach]
    ordered = sorted(coach, key=lambda e: e.day, reverse=True)
    return newest_first([*ordered, *milestone_entries(milestones, goal_statements)])


_STAGES = {stage.key: stage for stage in Stage}
# On one day, the biggest news first: the highest stage reached, then a goal, then the rest.
_WEIGHT = {
    MilestoneKind.GOAL_REACHED: 5,
    MilestoneKind.FIRST_FOUR_WEEK_STREAK: 4,
    MilestoneKind.FIRST_OWN_POST: 3,
    MilestoneKind.FIRST_REPLY: 2,
    MilestoneKind.FIRST_COMMENT: 1,
}


def _weight(m: Milestone) -> int:
    if m.kind is MilestoneKind.STAGE_UP:
        stage = _STAGES.get(m.detail)
        return 10 + (int(stage) if stage is not None else 0)
    return _WEIGHT.get(m.kind, 0)


def milestone_entries(
    milestones: Iterable[Milestone], goal_statements: Mapping[int, str] | None = None
) -> list[MilestoneEntry]:
    """Feed entries for milestones, newest first (the biggest news first within a day)."""
    goals = dict(goal_statements or {})
    ordered = sorted(milestones, key=lambda m: (m.day, _weight(m)), reverse=True)
    return [MilestoneEntry(m, goals) for m in ordered]


def newest_first(entries: Iterable[FeedEntry]) -> list[FeedEntry]:
    """Newest first; on one day the order the sources gave is kept (the sort is stable)."""
    return sorted(entries, key=lambda e: e.day, reverse=True)


class RecognitionModel(QAbstractListModel):
    """One row per entry: the title as display text, "date · detail" under ``DETAIL_ROLE``."""

    DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
    SOURCE_ROLE = Qt.ItemDataRole.UserRole + 2
    MARK_ROLE = Qt.ItemDataRole.UserRole + 3  # mark_of(entry): "★ " or "✎ "

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[FeedEntry] = []

    def set_entries(self, entries: Iterable[FeedEntry]) -> None:
        self.beginResetModel()
        self.entries = newest_first(entries)
        self.endResetModel()

    def refresh_texts(self) -> None:
        texts_changed(self)

    @qt_override(default=0)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    @qt_override(default=None)
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title()
        if role == self.DETAIL_ROLE:
            return " · ".join(t for t in (format_day(entry.day), entry.detail()) if t)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return " ".join(t for t in (format_day(entry.day), entry.title(), entry.detail()) if t)
        if role == self.SOURCE_ROLE:
            return str(entry.source)
        if role == self.MARK_ROLE:
            return mark_of(entry)
        return None


_PAD_X, _PAD_Y = 10, 6
_MAX_LINES = 12  # a coach's words: far more than anyone writes; beyond it, the tooltip has all


class _FeedDelegate(QStyledItemDelegate):
    """A star and the bold title, then the date and detail, muted: one line for a milestone,
    wrapped whole for a coach's words."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    @staticmethod
    def _wraps(index: _Index) -> bool:
        return bool(index.data(RecognitionModel.SOURCE_ROLE) == str(FeedSource.COACH))

    @staticmethod
    def _text_width(option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        return max(120, (width or option.rect.width()) - 2 * _PAD_X)

    def _detail_height(self, plain: QFont, width: int, index: _Index) -> int:
        metrics = QFontMetrics(plain)
        if not self._wraps(index):
            return metrics.height()
        text = str(index.data(RecognitionModel.DETAIL_ROLE))
        flags = int(Qt.TextFlag.TextWordWrap)
        bound = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        return min(bound.height(), metrics.lineSpacing() * _MAX_LINES)

    @qt_override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        bold, plain = self._fonts(option)
        detail = self._detail_height(plain, self._text_width(option), index)
        return QSize(200, QFontMetrics(bold).height() + detail + 2 * _PAD_Y + 2)

    @qt_override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        bold, plain = self._fonts(option)
        rect: QRect = opt.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text if selected else colors.muted(palette)
        with saved(painter):
            top = QFontMetrics(bold).height()
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.setFont(bold)
            painter.setPen(text)
            title_rect = QRect(rect.left(), rect.top(), rect.width(), top)
            mark = index.data(RecognitionModel.MARK_ROLE) or "★ "
            title = QFontMetrics(bold).elidedText(
                mark + str(index.data()), Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(title_rect, flags, title)
            painter.setFont(plain)
            painter.setPen(muted)
            detail = str(index.data(RecognitionModel.DETAIL_ROLE))
            detail_rect = QRect(rect.left(), rect.top() + top, rect.width(), rect.height() - top)
            if self._wraps(index):
                wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                painter.drawText(detail_rect, int(wrap) | int(Qt.TextFlag.TextWordWrap), detail)
            else:
                detail = QFontMetrics(plain).elidedText(
                    detail, Qt.TextElideMode.ElideRight, rect.width()
                )
                painter.drawText(detail_rect, flags, detail)


class RecognitionFeed(QWidget):
    """The feed as a list, or a word of encouragement while it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecognitionModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_FeedDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap on a resize
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty = wrapped_label(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self._retranslate()
        self.set_entries([])

    def set_entries(self, entries: Iterable[FeedEntry]) -> None:
        self.model.set_entries(entries)
        has_any = bool(self.model.entries)
        self.view.setVisible(has_any)
        self.empty.setVisible(not has_any)

    def texts(self) -> list[str]:
        """Each row as a screen reader says it: date, title, detail."""
        return [
            str(self.model.index(row).data(Qt.ItemDataRole.AccessibleTextRole))
            for row in range(self.model.rowCount())
        ]

    def _retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Recognition"))
        self.empty.setText(
            self.tr(
                "Nothing here yet. Milestones appear here by themselves: your first comment on "
                "someone else's post, your first own post, four active weeks in a row, each "
                "step up the ladder. Recognition from your coach lands here too, when you "
                "import their feedback file. The first one may be a single comment away."
            )
        )

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.refresh_texts()
        super().changeEvent(event)
