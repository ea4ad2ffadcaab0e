"""Assigning one exercise to the whole cohort from the Cohort page: the dialog, then a folder
where a feedback file for each person is saved (each holds everything written for them)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from app.ui.coach.exercise_picker import AssignToEveryoneDialog
from app.ui.coach.loader import Loaded
from app.ui.context import AppContext
from app.ui.store_access import write_store


class CohortPage(Protocol):
    """What of the Cohort page this needs (app/ui/pages/cohort.py)."""

    ctx: AppContext
    loaded: Loaded | None

    def coach_name(self) -> str | None: ...

    def _on_save_failed(self, error: BaseException) -> None: ...

    def _load_coach_data(self) -> None: ...


COACH = "coach"


def assign_to_everyone(
    page: CohortPage, only: frozenset[str] | None = None
) -> AssignToEveryoneDialog | None:
    """Ask for the exercise and a folder, then assign and save; the dialog (for tests) or None
    when there is nobody to assign to. ``only``: the ids of those who took part in a group
    session (everyone in the cohort without it)."""
    from app.services.exchange.exercises import assign
    from app.services.exchange.feedback import export_everyone

    loaded = page.loaded
    if loaded is None or not loaded.rows:
        return None
    people = [row.member.report.person for row in loaded.rows]
    if only is not None:
        people = [person for person in people if person.id in only]
    if not people:
        return None
    ctx = page.ctx
    dialog = AssignToEveryoneDialog(
        ctx.clock.today(),
        len(people),
        page,  # type: ignore[arg-type]
        took_part=only is not None,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return dialog
    exercise = dialog.picker.exercise()
    if exercise is None:
        return dialog
    coach = page.coach_name()
    if coach is None:
        return dialog
    chosen = QFileDialog.getExistingDirectory(
        page,  # type: ignore[arg-type]
        QCoreApplication.translate("AssignToEveryone", "Save the feedback files in"),
        str(loaded.folder),
    )
    if not chosen:
        return dialog
    folder, clock, data_dir = Path(chosen), ctx.clock, ctx.paths.data_dir

    def run(db: object, reader: object) -> int:
        assign(db, people, exercise)  # type: ignore[arg-type]
        return export_everyone(db, reader, people, coach, folder, clock, data_dir)  # type: ignore[arg-type]

    def done(count: int) -> None:
        ctx.hub.statusMessage.emit(dialog.saved_text(count, folder.name))
        page._load_coach_data()

    write_store(ctx, run, done, page._on_save_failed, announce=(COACH,))
    return dialog
