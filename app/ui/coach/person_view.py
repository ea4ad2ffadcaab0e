"""One person as their progress file shows them, the coach's private notes, and the feedback and
recognition that go back to them."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.activity import ActivityKind
from app.domain.exchange.model import FeedbackKind, ProgressReport
from app.domain.journey.ladder import Stage, WeekStage
from app.domain.progress.weeks import WeekCounts, WeeklyActivity, weekly_ratios
from app.services.exchange.coach import Note, Written
from app.services.exchange.cohort import PersonRow
from app.ui.coach.drafts_panel import DraftsPanel
from app.ui.coach.exercises_panel import ExercisesPanel
from app.ui.coach.goal_panel import GoalPanel
from app.ui.coach.share_panel import SharePanel
from app.ui.guard import qt_override
from app.ui.journey.history import WeeklyHistory
from app.ui.kit.labels import label
from app.ui.kit.numbers import format_day, integer_text
from app.ui.kit.widgets import heading_font, wrapped_label
from app.ui.progress.chart import ChartPanel
from app.ui.progress.views import weekly_activity_data, weekly_ratio_data

_STAGES = {stage.key: stage for stage in Stage}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _weeks_of(report: ProgressReport) -> tuple[WeekCounts, ...]:
    """The file's activity counts as weeks, gap-free; kinds this app does not know are left
    out (a file from a newer OwnVoice may count more kinds)."""
    known = {kind.value: kind for kind in ActivityKind}
    rows = ((r.week, known[r.kind], r.count) for r in report.activity if r.kind in known)
    return WeeklyActivity.from_counts(rows, report.made_on).weeks


def _stage_word(key: str | None) -> str:
    stage = _STAGES.get(key or "")
    return label(stage) if stage is not None else "–"


def _table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # one Tab stop: arrows move inside it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)  # one line a row; a long goal shows whole in its tooltip
    # The first column (a goal, a habit) takes the room; the others fit their header and
    # cells, in every language and after a language switch (a few rows: cheap).
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    return table


class PersonView(QWidget):
    """Signals:
    backRequested(): back to the cohort.
    noteAdded(str): the coach wrote a private note (its text).
    noteRemoved(int): the coach removed a note (its id).
    feedbackAdded(object, str): the coach wrote feedback (a ``FeedbackKind``, the text).
    feedbackRemoved(str): the coach took back an entry not yet sent (its id).
    exportRequested(): save a feedback file for this person.
    exerciseAssigned(object): the coach assigned an ``Exercise`` to this person.
    goalProposed(object): the coach proposed a ``GoalProposal`` to this person.
    draftCommented(str, str, str, object): a comment on a draft they sent (the ask's id, the
        comment, the passage or "", where it began or None).
    shareAsked(object): the coach asked to share one of their posts (a ``ShareAsk``).
    """

    backRequested = Signal()
    noteAdded = Signal(str)
    noteRemoved = Signal(int)
    feedbackAdded = Signal(object, str)
    feedbackRemoved = Signal(str)
    exportRequested = Signal()
    exerciseAssigned = Signal(object)
    goalProposed = Signal(object)
    draftCommented = Signal(str, str, str, object)
    shareAsked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: PersonRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back = QPushButton(self)
        self.back.clicked.connect(self.backRequested)
        top.addWidget(self.back)
        top.addStretch(1)
        layout.addLayout(top)
        self.name = QLabel(self)
        self.name.setFont(heading_font(self.font(), 1.3))
        self.name.setWordWrap(True)
        layout.addWidget(self.name)
        self.facts = wrapped_label(self)
        layout.addWidget(self.facts)
        self.history_title = self._section(layout)
        self.history = WeeklyHistory(self)
        layout.addWidget(self.history)
        # The Progress page's charts, from the weeks' counts the file carries.
        self.weeks: tuple[WeekCounts, ...] = ()
        self.activity_chart = ChartPanel(self, titled=True)
        self.ratio_chart = ChartPanel(self, titled=True)
        layout.addWidget(self.activity_chart)
        layout.addWidget(self.ratio_chart)
        self.goals_title = self._section(layout)
        self.goals = _table(self)
        layout.addWidget(self.goals)
        self.goal_talk = GoalPanel(self)  # goals agreed together
        self.goal_talk.proposed.connect(self.goalProposed)
        layout.addWidget(self.goal_talk)
        self.habits_title = self._section(layout)
        self.habits = _table(self)
        layout.addWidget(self.habits)
        self.shared_title = self._section(layout)
        self.shared = QTextBrowser(self)
        self.shared.setOpenExternalLinks(True)
        self.shared.setMinimumHeight(160)
        layout.addWidget(self.shared)
        self.drafts_title = self._section(layout)
        self.drafts = DraftsPanel(self)
        self.drafts.commented.connect(self.draftCommented)
        layout.addWidget(self.drafts)
        self.exercises_title = self._section(layout)
        self.exercises = ExercisesPanel(self)
        self.exercises.assigned.connect(self.exerciseAssigned)
        layout.addWidget(self.exercises)
        self.share_title = self._section(layout)
        self.share = SharePanel(self)
        self.share.asked.connect(self.shareAsked)
        layout.addWidget(self.share)
        self._build_notes(layout)
        self._build_feedback(layout)
        self.retranslate()

    def _section(self, layout: QVBoxLayout) -> QLabel:
        title = QLabel(self)
        title.setFont(heading_font(self.font(), 1.1))
        layout.addWidget(title)
        return title

    def _build_notes(self, layout: QVBoxLayout) -> None:
        self.notes_title = self._section(layout)
        self.notes_hint = wrapped_label(self)
        layout.addWidget(self.notes_hint)
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.notes.setMaximumHeight(140)
        layout.addWidget(self.notes)
        row = QHBoxLayout()
        self.note_text = QPlainTextEdit(self)
        self.note_text.setTabChangesFocus(True)
        self.note_text.setMaximumHeight(70)
        self.add_note = QPushButton(self)
        self.add_note.clicked.connect(self._on_add_note)
        self.remove_note = QPushButton(self)
        self.remove_note.clicked.connect(self._on_remove_note)
        row.addWidget(self.note_text, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_note)
        buttons.addWidget(self.remove_note)
        row.addLayout(buttons)
        layout.addLayout(row)

    def _build_feedback(self, layout: QVBoxLayout) -> None:
        self.feedback_title = self._section(layout)
        self.feedback_hint = wrapped_label(self)
        layout.addWidget(self.feedback_hint)
        self.feedback = QListWidget(self)
        self.feedback.setWordWrap(True)
        self.feedback.setMaximumHeight(160)
        layout.addWidget(self.feedback)
        row = QHBoxLayout()
        self.kind = QComboBox(self)
        for kind in (FeedbackKind.RECOGNITION, FeedbackKind.FEEDBACK):
            self.kind.addItem("", kind)
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.feedback_text = QPlainTextEdit(self)
        self.feedback_text.setTabChangesFocus(True)
        self.feedback_text.setMaximumHeight(70)
        self.add_feedback = QPushButton(self)
        self.add_feedback.clicked.connect(self._on_add_feedback)
        self.remove_feedback = QPushButton(self)
        self.remove_feedback.clicked.connect(self._on_remove_feedback)
        form = QVBoxLayout()
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_label)
        kind_row.addWidget(self.kind, 1)
        form.addLayout(kind_row)
        form.addWidget(self.feedback_text)
        row.addLayout(form, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_feedback)
        buttons.addWidget(self.remove_feedback)
        row.addLayout(buttons)
        layout.addLayout(row)
        self.export = QPushButton(self)
        self.export.clicked.connect(self.exportRequested)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export)
        export_row.addStretch(1)
        layout.addLayout(export_row)
        self.written: list[Written] = []

    # -- content --------------------------------------------------------------------------------

    def set_person(self, row: PersonRow, today: date | None = None) -> None:
        self.row = row
        report = row.member.report
        self.exercises.set_person(report.exercises, row.now, today or report.made_on)
        self.goal_talk.set_person(report.goals, report.goal_answers, today or report.made_on)
        self.drafts.set_asks(report.draft_asks)
        self.share.set_person(report, today or report.made_on)
        weeks = report.stages.weeks if report.stages else ()
        self.history.set_weeks(
            [WeekStage(w.monday, _STAGES[w.stage], w.from_log) for w in weeks if w.stage in _STAGES]
        )
        self.weeks = _weeks_of(report)
        # Shown when the person shared activity counts; the ratio once two weeks have one.
        self.activity_chart.setVisible(bool(self.weeks))
        self.ratio_chart.setVisible(sum(w.own_posts > 0 for w in self.weeks) >= 2)
        self._fill_tables(report)
        self.retranslate()

    def set_notes(self, notes: list[Note]) -> None:
        self.notes.clear()
        for note in notes:
            item = QListWidgetItem(f"{format_day(note.day)}: {note.text}", self.notes)
            item.setData(ID_ROLE, note.id)
        self.remove_note.setEnabled(bool(notes))

    def set_written(self, written: list[Written]) -> None:
        self.written = written
        self.drafts.set_written([w.entry for w in written])
        self.share.set_written([(w.entry, w.exported_at is not None) for w in written])
        self._fill_written()

    def _fill_written(self) -> None:
        self.feedback.clear()
        for w in self.written:
            kind = {
                FeedbackKind.RECOGNITION: self.tr("Recognition"),
                FeedbackKind.FEEDBACK: self.tr("Feedback"),
                FeedbackKind.EXERCISE: self.tr("Exercise"),
                FeedbackKind.GOAL: self.tr("Goal proposed"),
                FeedbackKind.DRAFT_COMMENT: self.tr("Comment on a draft"),
                FeedbackKind.SHARE_ASK: self.tr("Asked to share a post"),
            }[w.entry.kind]
            if w.entry.exercise is not None:
                due = format_day(w.entry.exercise.due)
                kind = self.tr("Exercise, due {day}").format(day=due)
            state = self.tr("sent") if w.exported_at else self.tr("not sent yet")
            text = f"{format_day(w.entry.day)} · {kind} · {state}: {w.entry.text}"
            item = QListWidgetItem(text, self.feedback)
            item.setData(ID_ROLE, w.entry.id)
        self.remove_feedback.setEnabled(any(w.exported_at is None for w in self.written))
        self.export.setEnabled(bool(self.written))

    def _fill_tables(self, report: ProgressReport) -> None:
        self.goals.setRowCount(len(report.goals))
        self.goals.setColumnCount(5)
        for r, goal in enumerate(report.goals):
            cells = [
                goal.statement,
                f"{integer_text(goal.done)} / {integer_text(goal.target)}",
                self._status_word(goal.status),
                format_day(goal.deadline) if goal.deadline else "–",
                self.tr("agreed with you") if goal.agreed else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.goals.setItem(r, c, item)
        self.habits.setRowCount(len(report.habits))
        self.habits.setColumnCount(4)
        for r, habit in enumerate(report.habits):
            cells = [
                habit.name,
                f"{integer_text(habit.strength * 100)} %",
                f"{integer_text(habit.streak)} ({integer_text(habit.best_streak)})",
                integer_text(habit.done_last_30),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.habits.setItem(r, c, item)
        for table in (self.goals, self.habits):
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.setMaximumHeight(40 + 36 * max(1, table.rowCount()))
        self.shared.setHtml(self._shared_html(report))

    def _status_word(self, status: str) -> str:
        from app.domain.journey.goals import GoalStatus

        return label(GoalStatus(status)) if status in {s.value for s in GoalStatus} else status

    def _shared_html(self, report: ProgressReport) -> str:
        parts = []
        for entry in report.journal:
            parts.append(
                f"<p><b>{escape(format_day(entry.day))}</b><br>"
                f"{escape(entry.text).replace(chr(10), '<br>')}</p>"
            )
        for link in report.links[-30:]:
            parts.append(
                f'<p>{escape(format_day(link.day))}: <a href="{escape(link.url)}">'
                f"{escape(link.title or link.url)}</a></p>"
            )
        return "".join(parts) or f"<p>{escape(self.tr('Nothing shared yet.'))}</p>"

    # -- words ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back.setText(self.tr("← Back to the cohort"))
        self.history_title.setText(self.tr("Week by week"))
        self.goals_title.setText(self.tr("Goals"))
        self.habits_title.setText(self.tr("Habits"))
        self.exercises_title.setText(self.tr("Exercises"))
        self.drafts_title.setText(self.tr("Drafts waiting for your comments"))
        self.share_title.setText(self.tr("Share with the group"))
        self.shared_title.setText(self.tr("Journal entries and posts shared with you"))
        self.goals.setHorizontalHeaderLabels(
            [
                self.tr("Goal"),
                self.tr("Progress"),
                self.tr("Status"),
                self.tr("Deadline"),
                self.tr("Together"),
            ]
        )
        self.habits.setHorizontalHeaderLabels(
            [self.tr("Habit"), self.tr("Strength"), self.tr("Streak (best)"),
             self.tr("Done in 30 days")]
        )  # fmt: skip
        self.goals.setAccessibleName(self.tr("Goals"))
        self.habits.setAccessibleName(self.tr("Habits"))
        self.shared.setAccessibleName(self.tr("Journal entries and posts shared with you"))
        self.notes_title.setText(self.tr("Your notes"))
        self.notes_hint.setText(self.tr("Private to you: never in any file."))
        self.notes.setAccessibleName(self.tr("Your notes"))
        self.note_text.setAccessibleName(self.tr("New note"))
        self.note_text.setPlaceholderText(self.tr("A note for yourself"))
        self.add_note.setText(self.tr("Add note"))
        self.remove_note.setText(self.tr("Remove note"))
        self.feedback_title.setText(self.tr("Feedback and recognition"))
        self.feedback_hint.setText(
            self.tr(
                "Saved as a feedback file that you send to this person; recognition lands in "
                "their recognition feed."
            )
        )
        self.feedback.setAccessibleName(self.tr("Feedback and recognition"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.kind.setItemText(0, self.tr("Recognition"))
        self.kind.setItemText(1, self.tr("Feedback"))
        self.feedback_text.setAccessibleName(self.tr("Feedback text"))
        self.feedback_text.setPlaceholderText(self.tr("What you noticed, in your own words"))
        self.add_feedback.setText(self.tr("Add"))
        self.remove_feedback.setText(self.tr("Take back"))
        self.export.setText(self.tr("Save a feedback file…"))
        self._fill_written()
        self.activity_chart.set_data(self.tr("Activity per week"), weekly_activity_data(self.weeks))
        self.ratio_chart.set_data(
            self.tr("Conversation ratio"),
            weekly_ratio_data(self.weeks, weekly_ratios(self.weeks)),
        )
        row = self.row
        if row is None:
            return
        report = row.member.report
        self.name.setText(row.name or self.tr("(no name)"))
        stages = report.stages
        lines = []
        if stages is not None:
            lines.append(
                self.tr("Stage now: {now}. At the start: {start}. Highest: {highest}.").format(
                    now=_stage_word(stages.now),
                    start=_stage_word(stages.start),
                    highest=_stage_word(stages.highest),
                )
            )
        last = format_day(report.last_active) if report.last_active else self.tr("nothing yet")
        lines.append(
            self.tr("Last public action: {last}. File made on {made}.").format(
                last=last, made=format_day(report.made_on)
            )
        )
        self.facts.setText("\n".join(lines))

    # -- actions --------------------------------------------------------------------------------

    def _on_add_note(self) -> None:
        text = self.note_text.toPlainText().strip()
        if text:
            self.note_text.clear()
            self.noteAdded.emit(text)

    def _on_remove_note(self) -> None:
        item = self.notes.currentItem()
        if item is not None:
            self.noteRemoved.emit(int(item.data(ID_ROLE)))

    def _on_add_feedback(self) -> None:
        text = self.feedback_text.toPlainText().strip()
        if text:
            self.feedback_text.clear()
            self.feedbackAdded.emit(self.kind.currentData(), text)

    def _on_remove_feedback(self) -> None:
        item = self.feedback.currentItem()
        if item is not None:
            self.feedbackRemoved.emit(str(item.data(ID_ROLE)))

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
