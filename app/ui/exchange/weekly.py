"""The optional weekly progress file: saved by itself to a folder the person chose.

Turned on in the share dialog. A folder the coach also reads (a shared drive, a synced folder)
is the usual choice; nothing is sent anywhere by the app. It runs when the app starts and every
hour while it is open: a file is due on the chosen weekday, or on the first day after it that
the app runs. A folder that cannot be written is said plainly and tried again next time.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from app.domain.exchange.model import ProgressReport, Section
from app.domain.exchange.schedule import WeeklyPlan, due_on
from app.services.settings import SettingsService
from app.storage.errors import StorageError
from app.ui.coach.words import UiWords
from app.ui.context import AppContext
from app.ui.kit.i18n import current_language
from app.ui.store_access import write_store

if TYPE_CHECKING:
    from app.storage.database import Database

WEEKLY_STATE = "exchange/weekly"
SECTIONS_STATE = "exchange/sections"
HOUR_MS = 60 * 60 * 1000


def read_plan(settings: SettingsService) -> WeeklyPlan | None:
    raw = settings.get_state(WEEKLY_STATE)
    if not raw:
        return None
    try:
        data = json.loads(raw)
        last = data.get("last")
        return WeeklyPlan(
            str(data["folder"]), int(data["weekday"]), date.fromisoformat(last) if last else None
        )
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError):
        return None  # a hand-edited setting (a weekday of 1e400, say): as if never turned on


def write_plan(settings: SettingsService, plan: WeeklyPlan | None) -> None:
    if plan is None:
        settings.set_state(WEEKLY_STATE, b"")
        return
    data = {
        "folder": plan.folder,
        "weekday": plan.weekday,
        "last": plan.last.isoformat() if plan.last else None,
    }
    settings.set_state(WEEKLY_STATE, json.dumps(data).encode("utf-8"))


def shared_sections(settings: SettingsService) -> frozenset[Section] | None:
    """What the person last chose to share (the weekly file shares the same), or None."""
    stored = settings.get_state(SECTIONS_STATE)
    if stored is None:
        return None
    names = stored.decode("ascii", "replace").split(",")
    chosen = frozenset(Section(n) for n in names if n in {s.value for s in Section})
    if NOT_EXERCISES not in names:  # chosen before exercises existed, or chosen: shared
        chosen |= {Section.EXERCISES}
    return chosen


NOT_EXERCISES = "-exercises"  # the exercises' state left out on purpose


def stored_sections(sections: frozenset[Section]) -> bytes:
    names = sorted(s.value for s in sections)
    if Section.EXERCISES not in sections:
        names.append(NOT_EXERCISES)
    return ",".join(names).encode("ascii")


class WeeklyExport(QObject):
    """Checks on start and every hour; one save at a time."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        plan = read_plan(self.ctx.settings)
        today = self.ctx.clock.today()
        if self.busy or plan is None or due_on(plan, today) is None:
            return
        if self.ctx.database_error is not None:
            return
        # Only now, with a save due: the export and the outbox bring SQLAlchemy (~0.2 s,
        # ~30 MiB), which a window with nothing to save never needs.
        from app.domain.exchange.model import DEFAULT_SECTIONS
        from app.services.exchange.export import file_name, prepare_progress, save_progress
        from app.services.sync.config import read_config
        from app.services.sync.queue import queue_report

        self.busy = True
        ctx, clock, language = self.ctx, self.ctx.clock, current_language()
        sections = shared_sections(ctx.settings) or DEFAULT_SECTIONS
        folder = Path(plan.folder)

        def save(report: ProgressReport) -> None:
            out = folder / file_name(report)
            if read_config(ctx.settings) is None:
                ctx.tasks.run(
                    lambda: save_progress(report, out, UiWords(), clock, ctx.paths.data_dir),
                    lambda _none: saved(out),
                    failed,
                )
                return
            # Coach sync is on: the same file also goes to the outbox, in one transaction.
            data_dir = ctx.paths.data_dir

            def queue(db: Database) -> None:
                ctx.tasks.run(
                    lambda: queue_report(
                        db, report, UiWords(), clock, also_save=out, data_dir=data_dir
                    ),
                    lambda _item: saved(out, queued=True),
                    failed,
                    serial=True,
                )

            ctx.with_database(queue)

        def saved(out: Path, queued: bool = False) -> None:
            self.busy = False
            write_plan(ctx.settings, WeeklyPlan(plan.folder, plan.weekday, today))
            if queued:
                ctx.hub.syncQueued.emit()
            ctx.hub.statusMessage.emit(
                self.tr("This week's progress file is saved: {file}").format(file=out)
            )

        def failed(error: BaseException) -> None:
            self.busy = False
            if isinstance(error, StorageError):  # the outbox's database: the window says it
                ctx.storage_failed(error)
                return
            if not isinstance(error, OSError):
                raise error
            ctx.hub.statusMessage.emit(
                self.tr(
                    "This week's progress file could not be saved in {folder}: {reason}. "
                    "OwnVoice tries again the next time it starts."
                ).format(folder=folder, reason=error.strerror or str(error))
            )

        def not_prepared(error: BaseException) -> None:
            self.busy = False
            if not isinstance(error, StorageError):  # that one the window has already shown
                raise error

        write_store(
            ctx,
            lambda db, reader: prepare_progress(db, reader, clock, language, sections),
            save,
            not_prepared,
        )
