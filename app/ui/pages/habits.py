"""The Habits page: the list with today's checks, strength and streaks, a habit's details, the
editor, templates, travel mode, Loop import and CSV export. Keyboard first (see list_view.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.habits import WEEK
from app.ui.context import AppContext
from app.ui.habits import access
from app.ui.habits.actions import Changed, HabitActions
from app.ui.habits.detail import HabitDetailView
from app.ui.habits.editor import HabitEditor
from app.ui.habits.empty import TemplatePicker
from app.ui.habits.list_view import HabitsTable
from app.ui.habits.model import HabitsModel, HabitsProxy
from app.ui.habits.travel_widget import TravelWidget
from app.ui.kit.numbers import integer_text
from app.ui.kit.widgets import wrapped_label
from app.ui.pages.base import Page

if TYPE_CHECKING:
    from app.services.habits import HabitDetail, HabitsOverview, HabitSummary
    from app.services.habits.templates import HabitTemplate
    from app.storage.habits.read import HabitRecord


class HabitsPage(Page):
    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.overview: HabitsOverview | None = None
        self.today = access.today(self.ctx)

    # -- building -------------------------------------------------------------------------------

    def build(self) -> None:
        self.habit_actions = HabitActions(self.ctx, self)
        self.habit_actions.changed.connect(self._on_changed)
        self.habit_actions.listChanged.connect(self.reload)
        self.habit_actions.message.connect(self.ctx.hub.statusMessage)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.edit_habit(None))
        self.templates_button = QPushButton(self)
        self.templates_button.clicked.connect(self._on_templates_clicked)
        self.more = QToolButton(self)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more)
        self.import_action = menu.addAction("", self.habit_actions.import_loop)
        self.export_action = menu.addAction("", self.habit_actions.export_csv)
        menu.addSeparator()
        self.archived_action = menu.addAction("")
        self.archived_action.setCheckable(True)
        self.archived_action.toggled.connect(self._on_show_archived)
        self.more.setMenu(menu)
        self.summary = wrapped_label(self)
        for widget in (self.new_button, self.templates_button, self.more):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.body.addLayout(bar)
        self.travel = TravelWidget(self.ctx, self, reads=False)  # from the page's overview
        self.body.addWidget(self.travel)
        self.showing_detail = False
        self._build_list()
        self.detail = HabitDetailView(self, today=self.today)
        self._connect_changes(self.detail)
        self.detail.backRequested.connect(self.show_list)
        self.detail.editRequested.connect(self.edit_habit)
        self.detail.archiveRequested.connect(self.toggle_archived)
        self.body.addWidget(self.detail, 1)
        self._show_panel(self.list_panel)
        self._add_shortcuts()
        self.ctx.hub.dataChanged.connect(self._on_data_changed)
        self.reload()

    def _build_list(self) -> None:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.model = HabitsModel(self, today=self.today)
        self.proxy = HabitsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = HabitsTable(panel)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setMinimumHeight(200)
        self._connect_changes(self.table)
        self.table.openRequested.connect(self.open_habit)
        self.table.editRequested.connect(self.edit_habit)
        self.table.archiveRequested.connect(self.toggle_archived)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.hint = wrapped_label(panel)
        self.empty = TemplatePicker(panel)
        self.empty.templateChosen.connect(self.add_template)
        self.empty.createRequested.connect(lambda: self.edit_habit(None))
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        column.addWidget(self.hint)
        column.addWidget(self.empty, 1)
        self.body.addWidget(panel, 1)
        self.list_panel = panel

    def _connect_changes(self, view: HabitsTable | HabitDetailView) -> None:
        view.toggleRequested.connect(self.habit_actions.toggle)
        view.skipRequested.connect(self.habit_actions.skip)
        view.amountRequested.connect(self._ask_amount)

    def _add_shortcuts(self) -> None:
        # Window-wide while the page is current (a hidden page's shortcuts never fire): Ctrl+N
        # works at once after choosing Habits in the page list, where the focus still is. A
        # field with the focus keeps its own Ctrl+Z (it claims the key first).
        for keys, slot in (
            (QKeySequence.StandardKey.New, lambda: self.edit_habit(None)),
            (QKeySequence.StandardKey.Undo, self.habit_actions.undo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        super().retranslate()
        self.new_button.setText(self.tr("&New habit…"))
        self.new_button.setToolTip(self.tr("Make a habit of your own (Ctrl+N)"))
        self.templates_button.setText(self.tr("Add from &suggestions…"))
        self.more.setText(self.tr("More"))
        self.import_action.setText(self.tr("&Import from Loop Habit Tracker…"))
        self.export_action.setText(self.tr("&Export as CSV…"))
        self.archived_action.setText(self.tr("Show &archived habits"))
        self.hint.setText(
            self.tr(
                "Space checks the selected habit for today, S skips it, Enter opens it and "
                "F2 edits it. Click a day to check it. Ctrl+Z undoes."
            )
        )
        self.table.setAccessibleName(self.tr("Your habits"))
        self.model.refresh_texts()
        self.table.fit_columns()
        self.empty.fill()
        self._show_summary()

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        today = access.today(self.ctx)
        archived = self.archived_action.isChecked()
        access.read_habits(self.ctx, lambda r: r.overview(today, archived), self.set_overview)

    def set_overview(self, overview: HabitsOverview) -> None:
        current = self.table.current_habit()
        self.overview, self.today = overview, overview.today
        self.model.set_overview(overview)
        self.table.fit_columns()
        if current is not None:
            self.table.select_habit(current)
        elif self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, HabitsModel.NAME))
        active = [s for s in overview.habits if not s.record.archived]
        self.empty.setVisible(not active)
        if not active:
            self.empty.fill()
        for widget in (self.table, self.hint):
            widget.setVisible(bool(overview.habits))
        self.templates_button.setVisible(bool(active))
        self.travel.set_travel(overview)
        self._show_summary()
        if self.habit_actions.want_detail is not None:
            self.open_habit(self.habit_actions.want_detail)
        self.mark_content_ready()

    def _show_summary(self) -> None:
        habits = [
            s for s in (self.overview.habits if self.overview else []) if not s.record.archived
        ]
        done = sum(1 for s in habits if s.mark_on(self.today) == "G")
        self.summary.setText(
            self.tr("Today: {done} of %Ln habits done or not needed.", "", len(habits)).format(
                done=integer_text(done)
            )
            if habits
            else ""
        )
        self.summary.setVisible(bool(habits))

    def shown(self) -> None:
        if self.built and access.today(self.ctx) != self.today:
            self.reload()  # a new day since the page was last shown

    def _on_data_changed(self, kind: str) -> None:
        if kind not in access.AFFECTS_HABITS:
            return
        if kind == access.HABITS and self.habit_actions.own_writes:
            self.habit_actions.own_writes -= 1
            return
        self.reload()

    def _on_changed(self, changed: Changed) -> None:
        if changed.summary is not None:
            self.model.update_summary(changed.summary)
            self._replace_summary(changed.summary)
        if changed.detail is not None:
            self.detail.set_detail(changed.detail)

    def _replace_summary(self, summary: HabitSummary) -> None:
        if self.overview is not None:
            self.overview.habits[:] = [
                summary if s.id == summary.id else s for s in self.overview.habits
            ]
            self._show_summary()

    # -- list and detail ------------------------------------------------------------------------

    def open_habit(self, habit_id: int) -> None:
        self.habit_actions.want_detail = habit_id
        today = access.today(self.ctx)
        access.read_habits(self.ctx, lambda r: r.detail(habit_id, today), self._show_detail)

    def _show_detail(self, detail: HabitDetail | None) -> None:
        if detail is None:
            self.show_list()
            return
        showing = self.showing_detail
        self.detail.set_detail(detail)
        if not showing:
            self._show_panel(self.detail)
            self.detail.heatmap.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_panel(self, panel: QWidget) -> None:
        # Two panels in one layout, one hidden: a hidden widget takes no room, so the list fills
        # the window while the long detail view scrolls with the page.
        self.showing_detail = panel is self.detail
        self.list_panel.setVisible(not self.showing_detail)
        self.detail.setVisible(self.showing_detail)
        self.travel.set_wanted(not self.showing_detail)

    def show_list(self) -> None:
        habit_id = self.habit_actions.want_detail
        self.habit_actions.want_detail = None
        self._show_panel(self.list_panel)
        if habit_id is not None:
            self.table.select_habit(habit_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _find(self, habit_id: int) -> HabitSummary | None:
        habits = self.overview.habits if self.overview else []
        return next((s for s in habits if s.id == habit_id), None)

    def _ask_amount(self, habit_id: int, day: date) -> None:
        summary = self._find(habit_id)
        if summary is None or not summary.record.habit.numeric:
            return
        habit, current = summary.record.habit, None
        offset = (day - summary.today).days + WEEK - 1
        week_checkin = summary.week[offset] if 0 <= offset < WEEK else None
        if week_checkin is not None:
            current = week_checkin.value
        detail = self.detail.detail
        if current is None and detail is not None and detail.record.id == habit_id:
            record = detail.checkins.get(day)
            current = record.checkin.value if record is not None else None
        self.habit_actions.ask_amount(habit_id, day, habit.unit, current or habit.target)

    def _on_context_menu(self, point: QPoint) -> None:
        habit_id = self.table.current_habit()
        summary = self._find(habit_id) if habit_id is not None else None
        if summary is None:
            return
        day = self.table.current_day()
        menu = QMenu(self)
        menu.addAction(
            self.tr("Check or uncheck\tSpace"), lambda: self.habit_actions.toggle(summary.id, day)
        )
        menu.addAction(self.tr("Skip\tS"), lambda: self.habit_actions.skip(summary.id, day))
        if summary.record.habit.numeric:
            menu.addAction(
                self.tr("Enter the amount…\tA"), lambda: self._ask_amount(summary.id, day)
            )
        menu.addAction(self.tr("Note…"), lambda: self.habit_actions.ask_note(summary.id, day, ""))
        menu.addSeparator()
        menu.addAction(self.tr("Open\tEnter"), lambda: self.open_habit(summary.id))
        menu.addAction(self.tr("Edit…\tF2"), lambda: self.edit_habit(summary.id))
        archive = self.tr("Restore") if summary.record.archived else self.tr("Archive\tDel")
        menu.addAction(archive, lambda: self.toggle_archived(summary.id))
        menu.addAction(self.tr("Delete…"), lambda: self.delete_habit(summary.id))
        menu.exec(self.table.viewport().mapToGlobal(point))

    # -- habits ---------------------------------------------------------------------------------

    def edit_habit(self, habit_id: int | None) -> None:
        summary = self._find(habit_id) if habit_id is not None else None
        editor = HabitEditor(summary.record if summary else None, self)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        record = editor.result_record()
        if record is None:
            return
        self._save(record)

    def _save(self, record: HabitRecord) -> None:
        today = access.today(self.ctx)
        if record.id is None:
            self.habit_actions.run_list_change(
                lambda w: w.add(record, today),
                self.tr("Habit added."),
                lambda new_id: self._after_add(new_id),
            )
        else:
            self.habit_actions.run_list_change(lambda w: w.save(record), self.tr("Habit saved."))

    def _after_add(self, habit_id: object) -> None:
        self.table.select_habit(int(str(habit_id)))

    def add_template(self, template: HabitTemplate) -> None:
        self._save(template.record)

    def _on_templates_clicked(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Suggested habits"))
        layout = QVBoxLayout(dialog)
        picker = TemplatePicker(dialog, heading=False)
        habits = self.overview.habits if self.overview else []
        picker.fill(hidden={s.record.name.casefold() for s in habits})

        def add_chosen(template: HabitTemplate) -> None:
            self.add_template(template)
            dialog.accept()

        def create_own() -> None:
            dialog.accept()
            self.edit_habit(None)

        picker.templateChosen.connect(add_chosen)
        picker.createRequested.connect(create_own)
        layout.addWidget(picker)
        dialog.exec()

    def toggle_archived(self, habit_id: int) -> None:
        summary = self._find(habit_id)
        archived = not (summary and summary.record.archived)
        message = self.tr("Habit archived.") if archived else self.tr("Habit restored.")
        if archived and self.habit_actions.want_detail == habit_id:
            self.show_list()
        self.habit_actions.run_list_change(lambda w: w.archive(habit_id, archived), message)

    def delete_habit(self, habit_id: int) -> None:
        summary = self._find(habit_id)
        if summary is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete habit"),
            self.tr("Delete “{name}” and its whole history? Archiving keeps the history.").format(
                name=summary.record.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            if self.habit_actions.want_detail == habit_id:
                self.show_list()
            self.habit_actions.run_list_change(
                lambda w: w.delete(habit_id), self.tr("Habit deleted.")
            )

    def _on_show_archived(self, show: bool) -> None:
        self.proxy.set_show_archived(show)
        self.reload()
