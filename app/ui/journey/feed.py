"""The recognition feed: milestones now, the coach's recognition notes later, newest first.

Each source turns its records into ``FeedEntry`` objects; the model only sorts and shows them.
A new source (coach notes arrive with the coach-exchange issue) is one more small class with a
``day``, a ``source``, a ``title()`` and a ``detail()``, whose entries are passed to
``RecognitionModel.set_entries`` together with the others. Words are made when shown, so they
follow a language switch. Titles and details are the same as on Today (``journey/widgets.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import (
    QAbstractListModel,
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

from app.domain.journey.ladder import Stage
from app.domain.journey.milestones import Milestone, MilestoneKind
from app.ui.guard import qt_override
from app.ui.journey.widgets import milestone_detail, milestone_title
from app.ui.kit.model_signals import texts_changed
from app.ui.kit.numbers import format_day
from app.ui.kit.painting import saved
from app.ui.kit.widgets import wrapped_label

_Index = QModelIndex | QPersistentModelIndex


class FeedSource(StrEnum):
    MILESTONE = "milestone"
    COACH = "coach"  # recognition notes from the coach (coach-exchange issue)


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
        return None


class _FeedDelegate(QStyledItemDelegate):
    """Two lines per entry: a star and the bold title, then the date and detail, muted."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    @qt_override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        bold, plain = self._fonts(option)
        height = QFontMetrics(bold).height() + QFontMetrics(plain).height() + 14
        return QSize(200, height)

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
        rect: QRect = opt.rect.adjusted(10, 6, -10, -6)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        with saved(painter):
            top = QFontMetrics(bold).height()
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.setFont(bold)
            painter.setPen(text)
            title_rect = QRect(rect.left(), rect.top(), rect.width(), top)
            title = QFontMetrics(bold).elidedText(
                "★ " + str(index.data()), Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(title_rect, flags, title)
            painter.setFont(plain)
            painter.setPen(muted)
            detail = QFontMetrics(plain).elidedText(
                str(index.data(RecognitionModel.DETAIL_ROLE)),
                Qt.TextElideMode.ElideRight,
                rect.width(),
            )
            detail_rect = QRect(rect.left(), rect.top() + top, rect.width(), rect.height() - top)
            painter.drawText(detail_rect, flags, detail)


class RecognitionFeed(QWidget):
    """The feed as a list, or a word of encouragement while it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecognitionModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_FeedDelegate(self.view))
        self.view.setUniformItemSizes(True)
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
                "step up the ladder. The first one may be a single comment away."
            )
        )

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.refresh_texts()
        super().changeEvent(event)
