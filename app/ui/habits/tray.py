"""Habit reminders while the app runs, the system tray, and "start at login".

``install(ctx, window)`` wires everything once the window has shown its first frame:

- a timer polls ``ReminderSchedule`` (app/services/habits/reminders.py) every half minute, and a
  due reminder becomes one notification (a few due together, or missed during sleep: still one);
- with the "Keep running in the system tray" setting on and a tray available, closing the window
  hides it; the tray menu opens the app, marks the last reminded habits done, snoozes, or quits;
- the "Start at login" setting writes or removes the platform's autostart entry.
"""

from __future__ import annotations

import contextlib
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from app.domain import settings as decl
from app.services.habits.reminders import POLL_INTERVAL, Batch, ReminderSchedule
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.habits import access
from app.ui.habits.notify import DONE, OPEN, SNOOZE, Notifier, make_notifier
from app.ui.kit.icon import app_icon

if TYPE_CHECKING:
    from app.storage.habits.read import HabitRecord


class ReminderTray(QObject):
    """Reminders, the tray icon and the autostart setting, for one main window."""

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        *,
        notifier: Notifier | None = None,
        tray: QSystemTrayIcon | None = None,
    ) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.schedule = ReminderSchedule(ctx.clock)  # the app's one clock (tests: FixedClock)
        self.names: dict[int, str] = {}
        self.numeric: set[int] = set()
        self.done_today: set[int] = set()
        self.last: Batch | None = None
        self.quitting = False
        if tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(app_icon(), self)
        self.tray = tray
        self.menu = QMenu()
        self._build_menu()
        self.notifier = notifier or make_notifier(tray, self)
        if self.notifier is not None:
            self.notifier.actionInvoked.connect(self._on_action)
        self.timer = QTimer(self)
        self.timer.setInterval(int(POLL_INTERVAL.total_seconds() * 1000))
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctx.hub.dataChanged.connect(self._on_data_changed)
        ctx.hub.settingChanged.connect(self._on_setting_changed)
        window.installEventFilter(self)
        self._apply_tray_setting()
        self.reload()

    # -- reminders ------------------------------------------------------------------------------

    def reload(self) -> None:
        today = self.ctx.clock.today()
        access.read_habits(self.ctx, lambda r: (r.habits(), r.done_on(today)), self._set_habits)

    def _set_habits(self, result: tuple[list[HabitRecord], set[int]]) -> None:
        records, done = result
        self.names = {r.id: r.name for r in records if r.id is not None}
        self.numeric = {r.id for r in records if r.id is not None and r.habit.numeric}
        self.done_today = set(done)
        self.schedule.set_reminders({
            r.id: r.reminder for r in records if r.id is not None and r.reminder is not None
        })  # fmt: skip

    def tick(self) -> Batch | None:
        """Poll the schedule; show what is due. Returns the batch shown (for tests)."""
        batch = self.schedule.poll(self.done_today)
        if batch is not None:
            self.show(batch)
        return batch

    def show(self, batch: Batch) -> None:
        self.last = batch
        names = [self.names.get(h, "?") for h in batch.habit_ids]
        if batch.woke:
            title = QCoreApplication.translate("Reminders", "While you were away")
        else:  # one: "Time for your habit"
            title = self.tr("Time for %Ln habits", "", len(names))
        body = "\n".join(f"• {name}" for name in names) if len(names) > 1 else names[0]
        self._update_menu()
        if self.notifier is not None:
            self.notifier.show(
                title,
                body,
                QCoreApplication.translate("Reminders", "Done"),
                QCoreApplication.translate("Reminders", "Snooze"),
            )

    def _on_action(self, action: str) -> None:
        batch = self.last
        if action == OPEN or batch is None:
            self.open_habits()
        elif action == DONE:
            self.mark_done(batch)
        elif action == SNOOZE:
            self.snooze(batch)

    def mark_done(self, batch: Batch) -> None:
        """Check the reminded yes/no habits for today; an amount needs the app, which opens."""
        today = self.ctx.clock.today()
        yes_no = [h for h in batch.habit_ids if h not in self.numeric]
        if yes_no:
            access.write_habits(self.ctx, lambda w: [w.check(h, today) for h in yes_no])
            self.done_today.update(yes_no)
        if len(yes_no) < len(batch.habit_ids):
            self.open_habits()
        self.last = None
        self._update_menu()

    def snooze(self, batch: Batch) -> None:
        minutes = int(str(self.ctx.settings.get(decl.SNOOZE_MINUTES)))
        for habit_id in batch.habit_ids:
            self.schedule.snooze(habit_id, timedelta(minutes=minutes))
        self.last = None
        self._update_menu()

    def open_habits(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        show_page = getattr(self.window, "show_page", None)
        if show_page is not None:
            with contextlib.suppress(KeyError):  # not registered in this build
                show_page("habits")

    def _on_data_changed(self, kind: str) -> None:
        if kind in access.AFFECTS_HABITS:
            self.reload()

    # -- tray and settings ----------------------------------------------------------------------

    def _done_last(self) -> None:
        if self.last:
            self.mark_done(self.last)

    def _snooze_last(self) -> None:
        if self.last:
            self.snooze(self.last)

    def _build_menu(self) -> None:
        self.open_action = QAction(self.menu)
        self.open_action.triggered.connect(self.open_habits)
        self.done_action = QAction(self.menu)
        self.done_action.triggered.connect(self._done_last)
        self.snooze_action = QAction(self.menu)
        self.snooze_action.triggered.connect(self._snooze_last)
        self.quit_action = QAction(self.menu)
        self.quit_action.triggered.connect(self.quit)
        for action in (self.open_action, self.done_action, self.snooze_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        if self.tray is not None:
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._on_tray_activated)
        self._update_menu()

    def _update_menu(self) -> None:
        self.open_action.setText(QCoreApplication.translate("Reminders", "Open OwnVoice"))
        self.quit_action.setText(QCoreApplication.translate("Reminders", "Quit"))
        names = [self.names.get(h, "?") for h in self.last.habit_ids] if self.last else []
        self.done_action.setText(
            QCoreApplication.translate("Reminders", "Done: {names}").format(names=", ".join(names))
            if names
            else QCoreApplication.translate("Reminders", "Done")
        )
        self.snooze_action.setText(QCoreApplication.translate("Reminders", "Snooze reminders"))
        for action in (self.done_action, self.snooze_action):
            action.setVisible(bool(names))
        if self.tray is not None:
            self.tray.setToolTip("OwnVoice")

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_habits()

    def tray_enabled(self) -> bool:
        return self.tray is not None and bool(self.ctx.settings.get(decl.TRAY))

    def _apply_tray_setting(self) -> None:
        enabled = self.tray_enabled()
        if self.tray is not None:
            self.tray.setVisible(enabled)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not enabled)

    def _on_setting_changed(self, key: str, value: object) -> None:
        if key == decl.TRAY:
            self._apply_tray_setting()
        elif key == decl.START_AT_LOGIN:
            apply_autostart(bool(value), self.ctx)

    @qt_override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        closing = watched is self.window and event.type() == QEvent.Type.Close
        if closing and self.tray_enabled() and not self.quitting:
            event.ignore()
            self.window.hide()
            return True
        return False

    def quit(self) -> None:
        self.quitting = True
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()


def apply_autostart(enabled: bool, ctx: AppContext) -> bool:
    """Write or remove the autostart entry; a refusal is told in the status line."""
    from app.services.habits import autostart as habits_autostart

    try:
        habits_autostart.set_enabled(enabled)
    except OSError as error:
        ctx.hub.statusMessage.emit(
            QCoreApplication.translate(
                "Reminders", "Could not change starting at login: {reason}"
            ).format(reason=error.strerror or str(error))
        )
        return False
    return True


def install(
    ctx: AppContext,
    window: QWidget,
    *,
    notifier: Notifier | None = None,
    tray: QSystemTrayIcon | None = None,
) -> ReminderTray:
    """Reminders, tray and autostart for ``window``; call after the first frame.

    The window's own Quit action (``window.quit_action``, if it has one) then quits for real,
    also while closing the window only hides it to the tray.
    """
    reminders = ReminderTray(ctx, window, notifier=notifier, tray=tray)
    if bool(ctx.settings.get(decl.START_AT_LOGIN)):
        # Keep the login entry current: the app may have moved, and older entries opened the
        # window instead of starting in the tray.
        apply_autostart(True, ctx)
    quit_action = getattr(window, "quit_action", None)
    if quit_action is not None:
        quit_action.triggered.connect(reminders.quit)
    return reminders
