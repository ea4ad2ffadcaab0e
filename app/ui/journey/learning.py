"""Learning: short lessons for each step of the method, the current stage's lesson first.

Lessons are data (``resources/lessons``), read off the GUI thread in the UI's language and shown
as the safe HTML of ``app.domain.journey.markup``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.journey.content import Course, Lesson
from app.domain.journey.ladder import Stage
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.kit.i18n import current_language
from app.ui.kit.widgets import wrapped_label

_LESSON_ROLE = Qt.ItemDataRole.UserRole + 1


def _load(language: str) -> Course:
    from app.services.journey.content import load_course

    return load_course(language)


class LearningPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course: Course | None = None
        self.stage: Stage | None = None
        self.loading: str | None = None  # the language asked for
        self.problem = wrapped_label(self)
        self.problem.hide()
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.reader = QTextBrowser(self)
        self.reader.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tree)
        split.addWidget(self.reader)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setChildrenCollapsible(False)
        split.setSizes([320, 680])
        self.tree.setMinimumWidth(240)
        self.reader.document().setDocumentMargin(14)
        row = QHBoxLayout()
        row.addWidget(split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addLayout(row, 1)
        self._retranslate()

    def load(self) -> None:
        """Read the lessons in the UI's language (again after a language switch)."""
        language = current_language()
        if self.loading == language:
            return
        self.loading = language
        self.ctx.tasks.run(lambda: _load(language), self._on_loaded, self._on_failed)

    def set_stage(self, stage: Stage) -> None:
        if stage != self.stage:
            self.stage = stage
            self._fill()

    def shown_lesson(self) -> Lesson | None:
        item = self.tree.currentItem()
        lesson = item.data(0, _LESSON_ROLE) if item is not None else None
        return lesson if isinstance(lesson, Lesson) else None

    # -- filling ---------------------------------------------------------------------------------

    def _on_loaded(self, course: Course) -> None:
        self.course = course
        self.problem.hide()
        self._fill()

    def _on_failed(self, error: BaseException) -> None:
        from app.domain.journey.content import ContentError

        if not isinstance(error, ContentError):
            raise error
        self.loading = None
        self.problem.setText(self.tr("The lessons could not be read: {error}").format(error=error))
        self.problem.show()

    def _fill(self) -> None:
        if self.course is None:
            return
        keep = self.shown_lesson()
        self.tree.clear()
        course = self.course
        first: QTreeWidgetItem | None = None
        here = course.for_stage(self.stage) if self.stage is not None else None
        if here is not None:
            group = self._group(self.tr("For you now"), "")
            first = self._lesson(group, here)
        for step in course.steps:
            group = self._group(step.title, step.summary)
            for lesson in course.for_step(step.key):
                item = self._lesson(group, lesson)
                first = first or item
        ladder = [staged for s in Stage if (staged := course.for_stage(s)) is not None]
        if ladder:
            group = self._group(self.tr("Up the ladder, stage by stage"), "")
            for lesson in ladder:
                self._lesson(group, lesson)
        self.tree.expandAll()
        again = self._find(keep.id) if keep is not None else None
        target = again or first
        if target is not None:
            self.tree.setCurrentItem(target)

    def _group(self, title: str, summary: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        if summary:
            group.setToolTip(0, summary)
        return group

    def _lesson(self, group: QTreeWidgetItem, lesson: Lesson) -> QTreeWidgetItem:
        item = QTreeWidgetItem(group, [lesson.title])
        item.setData(0, _LESSON_ROLE, lesson)
        minutes = self.tr("{minutes} min read").format(minutes=lesson.minutes)
        item.setToolTip(0, f"{lesson.title} ({minutes})")
        return item

    def _find(self, lesson_id: str) -> QTreeWidgetItem | None:
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            children = [group.child(c) for c in range(group.childCount())] if group else []
            for item in children:
                lesson = item.data(0, _LESSON_ROLE) if item is not None else None
                if isinstance(lesson, Lesson) and lesson.id == lesson_id:
                    return item
        return None

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        lesson = current.data(0, _LESSON_ROLE) if current is not None else None
        if isinstance(lesson, Lesson):
            self.reader.setHtml(self.lesson_html(lesson))

    def lesson_html(self, lesson: Lesson) -> str:
        """The lesson as shown: its title, reading time, body (safe HTML) and one thing to try."""
        minutes = self.tr("{minutes} min read").format(minutes=lesson.minutes)
        try_this = self.tr("Try this:")
        return (
            f"<h2>{escape(lesson.title)}</h2><p><i>{escape(minutes)}</i></p>{lesson.html()}"
            f"<p><b>{escape(try_this)}</b> {escape(lesson.try_this)}</p>"
        )

    def _retranslate(self) -> None:
        self.tree.setAccessibleName(self.tr("Lessons"))
        self.reader.setAccessibleName(self.tr("Lesson"))

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.course is not None or self.loading is not None:
                self.load()
        super().changeEvent(event)
