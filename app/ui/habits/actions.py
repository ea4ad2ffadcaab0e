"""What the person does to habits from the list or the detail view: check, skip, an amount, a
note, undo, archive, import and export. Each change runs on the serial worker, then the views
get the habit's new summary (one habit is re-evaluated, not the whole list)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.domain.habits import CheckState
from app.storage.habits.read import CheckInRecord
from app.ui.context import AppContext
from app.ui.habits import access, texts

if TYPE_CHECKING:
    from app.services.habits import HabitDetail, HabitsReader, HabitSummary, HabitsWriter
    from app.services.habits.export import ExportedFiles
    from app.services.habits.loop_import import LoopImportSummary

UNDO_DEPTH = 50


@dataclass(frozen=True)
class Changed:
    habit_id: int
    day: date
    summary: HabitSummary | None
    detail: HabitDetail | None


class HabitActions(QObject):
    """Signals:
    changed(object): a check-in changed (a ``Changed``, with the habit's fresh summary).
    listChanged(): habits were added, archived, imported: reload the list.
    message(str): a short confirmation for the status line.
    """

    changed = Signal(object)
    listChanged = Signal()
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.undo_stack: list[tuple[int, date, CheckInRecord | None]] = []
        self.want_detail: int | None = None  # the habit whose detail view is open
        self.own_writes = 0  # dataChanged signals caused here, which views need not reload for

    # -- check-ins ------------------------------------------------------------------------------

    def _change(
        self,
        habit_id: int,
        day: date,
        change: Callable[[HabitsWriter], CheckInRecord | None],
        message: str,
        undoable: bool = True,
    ) -> None:
        today, detail_of = access.today(self.ctx), self.want_detail

        def run(writer: HabitsWriter) -> tuple[CheckInRecord | None, Changed]:
            previous = change(writer)
            reader = writer.reader
            detail = reader.detail(habit_id, today) if detail_of == habit_id else None
            summary = detail.summary if detail is not None else reader.summary(habit_id, today)
            return previous, Changed(habit_id, day, summary, detail)

        def done(result: tuple[CheckInRecord | None, Changed]) -> None:
            previous, changed = result
            if undoable:
                self.undo_stack = [*self.undo_stack[-UNDO_DEPTH + 1 :], (habit_id, day, previous)]
            self.own_writes += 1
            self.changed.emit(changed)
            if message:
                self.message.emit(message)

        access.write_habits(self.ctx, run, done, self._on_error)

    def toggle(self, habit_id: int, day: date) -> None:
        self._change(
            habit_id, day, lambda w: w.toggle(habit_id, day), self.tr("Saved. Ctrl+Z undoes it.")
        )

    def skip(self, habit_id: int, day: date) -> None:
        def change(writer: HabitsWriter) -> CheckInRecord | None:
            before = writer.reader.checkin_on(habit_id, day)
            if before is not None and before.checkin.state is CheckState.SKIPPED:
                return writer.undo(habit_id, day)
            return writer.skip(habit_id, day)

        self._change(habit_id, day, change, self.tr("Saved. Ctrl+Z undoes it."))

    def ask_amount(self, habit_id: int, day: date, unit: str, current: float | None) -> None:
        value, ok = QInputDialog.getDouble(
            self.parent_widget,
            self.tr("Amount"),
            self.tr("Amount on {day} ({unit}):").format(day=texts.day_text(day), unit=unit or "–"),
            current or 0.0,
            0.0,
            1_000_000.0,
            2,
        )
        if ok:
            self._change(
                habit_id,
                day,
                lambda w: w.check(habit_id, day, value),
                self.tr("Saved. Ctrl+Z undoes it."),
            )

    def ask_note(self, habit_id: int, day: date, current: str) -> None:
        note, ok = QInputDialog.getMultiLineText(
            self.parent_widget,
            self.tr("Note"),
            self.tr("Note for {day}:").format(day=texts.day_text(day)),
            current,
        )
        if ok:
            self._change(habit_id, day, lambda w: w.set_note(habit_id, day, note), "")

    def undo(self) -> None:
        if not self.undo_stack:
            self.message.emit(self.tr("Nothing to undo."))
            return
        habit_id, day, previous = self.undo_stack.pop()

        def change(writer: HabitsWriter) -> CheckInRecord | None:
            writer.restore(habit_id, day, previous)
            return None

        self._change(habit_id, day, change, self.tr("Undone."), undoable=False)

    # -- habits ---------------------------------------------------------------------------------

    def run_list_change(
        self,
        change: Callable[[HabitsWriter], object],
        message: str = "",
        on_done: Callable[[object], None] | None = None,
    ) -> None:
        def done(result: object) -> None:
            self.own_writes += 1
            self.listChanged.emit()
            if message:
                self.message.emit(message)
            if on_done is not None:
                on_done(result)

        access.write_habits(self.ctx, change, done, self._on_error)

    def import_loop(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Import from Loop Habit Tracker"),
            str(Path.home()),
            self.tr("Loop Habit Tracker CSV export (*.zip);;All files (*)"),
        )
        if not path:
            return
        today = access.today(self.ctx)

        def done(result: object) -> None:
            summary = cast("LoopImportSummary", result)
            QMessageBox.information(
                self.parent_widget,
                self.tr("Import finished"),
                self.tr(
                    "{added} habits added, {merged} already here; {days} days of history imported."
                ).format(
                    added=summary.habits_added,
                    merged=summary.habits_merged,
                    days=summary.checkins,
                ),
            )

        self.run_list_change(lambda w: w.import_loop(path, today), on_done=done)

    def export_csv(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.parent_widget, self.tr("Export habits as CSV into"), str(Path.home())
        )
        if not folder:
            return
        today = access.today(self.ctx)

        def export(reader: HabitsReader) -> ExportedFiles:
            from app.services.habits.export import export_all

            return export_all(reader, Path(folder), today)

        def done(result: object) -> None:
            files = cast("ExportedFiles", result)
            self.message.emit(self.tr("Exported to {folder}.").format(folder=folder))
            QMessageBox.information(
                self.parent_widget,
                self.tr("Export finished"),
                self.tr("Saved {habits} and {checkins}.").format(
                    habits=files.habits.name, checkins=files.checkins.name
                ),
            )

        access.read_habits(self.ctx, export, done, self._on_error)

    def _on_error(self, error: BaseException) -> None:
        from app.services.habits.loop_import import LoopFormatError
        from app.storage.errors import StorageError
        from app.ui.errors import error_text

        if isinstance(error, StorageError):
            text = error_text(error)
        elif isinstance(error, LoopFormatError):
            text = self.tr("This is not a Loop Habit Tracker CSV export: {reason}").format(
                reason=str(error)
            )
        elif isinstance(error, OSError):
            text = self.tr("The file could not be used: {reason}").format(
                reason=error.strerror or str(error)
            )
        else:
            raise error
        QMessageBox.warning(self.parent_widget, "OwnVoice", text)
