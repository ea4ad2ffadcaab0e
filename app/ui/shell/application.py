"""Building and running the GUI: the QApplication, the context, the window, screenshots."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMessageLogContext,
    QSize,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from app import __version__
from app.domain import settings as decl
from app.services.clock import Clock, SystemClock
from app.services.settings import SettingsService
from app.services.system.secrets import SecretStore
from app.storage.paths import AppPaths
from app.ui.context import AppContext
from app.ui.hub import AppSignals
from app.ui.kit.i18n import Translations, resolve_language
from app.ui.kit.theme import apply_theme, readable_palette
from app.ui.shell.first_frame import FirstFrame
from app.ui.shell.main_window import MainWindow
from app.ui.tasks import Runner, TaskRunner

if TYPE_CHECKING:
    from app.services.system.crash_records import CrashReport
    from app.ui.shell.single_instance import InstanceServer

SCREENSHOT_TIMEOUT_MS = 15_000
APP_ID = "io.github.ownvoice.OwnVoice"  # the .desktop file, metainfo and Flatpak id


def create_qapplication() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("OwnVoice")
    app.setApplicationDisplayName("OwnVoice")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland finds the icon and name by it
    from app.ui.shell.collector import GuiCollector

    collector = GuiCollector(app)  # cycles freed on the GUI thread only, never on a worker
    app.aboutToQuit.connect(collector.stop)
    return app


def build_context(
    paths: AppPaths,
    settings: SettingsService,
    *,
    tasks: Runner | None = None,
    secrets: SecretStore | None = None,
    translations: Translations | None = None,
    clock: Clock | None = None,
) -> AppContext:
    """Wire the services to the hub; language and theme follow their settings live. ``clock``
    is the app's one clock (default: the real one)."""
    app = QApplication.instance()
    hub = AppSignals(app)
    ctx = AppContext(
        paths=paths,
        settings=settings,
        secrets=secrets or SecretStore(),
        tasks=tasks or TaskRunner(app),
        hub=hub,
        clock=clock or SystemClock(),
    )
    settings.subscribe(hub.settingChanged.emit)

    def on_setting_changed(key: str, value: object) -> None:
        if key == decl.LANGUAGE and translations is not None:
            translations.apply(resolve_language(str(value)))
        elif key == decl.THEME:
            apply_theme(str(value))

    hub.settingChanged.connect(on_setting_changed)
    return ctx


def route_qt_messages() -> None:
    """Send Qt's own messages to the log file instead of the terminal."""
    import logging

    log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" in message:
            return  # the offscreen platform says this on every show; it means nothing to us
        log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def run(
    paths: AppPaths,
    settings: SettingsService,
    *,
    page: str | None = None,
    language: str | None = None,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
    in_tray: bool = False,
    previous_crash: CrashReport | None = None,
    clock: Clock | None = None,
    open_file: Path | None = None,
) -> int:
    route_qt_messages()
    app = create_qapplication()
    if screenshot is None:
        from app.ui.shell.single_instance import hand_over

        if hand_over(paths.data_dir, open_file, show=not in_tray or open_file is not None):
            return 0  # OwnVoice already runs on this folder: it opens the file, in front
    translations = Translations()
    translations.apply(resolve_language(language or settings.get_str(decl.LANGUAGE)))
    if settings.get_str(decl.THEME) != decl.SYSTEM:
        apply_theme(settings.get_str(decl.THEME))
    ctx = build_context(paths, settings, translations=translations, clock=clock)
    ctx.first_frame_done = False
    ctx.content_done = False  # the window says when its first page shows content
    # Everything that can wait, waits until the window has shown its first frame.
    ctx.after_first_frame(ctx.open_database)
    if settings.get_str(decl.THEME) == decl.SYSTEM:
        # After the first frame: setting a palette colour makes Qt's enums (~25 ms).
        ctx.after_first_frame(readable_palette)
    window = MainWindow(ctx, start_page=page, remember_geometry=screenshot is None)
    if size is not None:
        window.resize(QSize(*size))
    first_frame = FirstFrame(window)
    first_frame.painted.connect(ctx.first_frame_painted)
    window.after_content(ctx.content_shown)
    if previous_crash is not None:
        window.after_content(lambda: window.report_previous_crash(previous_crash))
    if screenshot is not None:
        return _screenshot(app, window, screenshot)
    from app.ui.shell import startup_probe

    startup_probe.attach_if_requested(window, first_frame)
    instance = _listen_for_later_starts(ctx, window)
    start_window(ctx, window, in_tray=in_tray, open_file=open_file)
    code = app.exec()
    instance.close()
    _shut_down(ctx)
    return code


LISTEN_AFTER_MS = 1000  # after the first frame: QtNetwork (20 ms) waits until content is up


class _LaterStarts:
    """A later ``ownvoice`` on this data folder (a double-clicked file, a second click on the
    launcher) hands over to this window (app/ui/shell/single_instance.py). The listening
    begins a second after the first frame, so that loading QtNetwork never delays content."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        self.server: InstanceServer | None = None
        self._ctx, self._window = ctx, window
        ctx.after_first_frame(lambda: QTimer.singleShot(LISTEN_AFTER_MS, window, self.listen))

    def listen(self) -> None:
        from app.ui.shell.single_instance import InstanceServer

        window = self._window
        self.server = InstanceServer(self._ctx.paths.data_dir, window)
        self.server.openRequested.connect(lambda path: bring_forward(window, path))
        self.server.listen()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()


def _listen_for_later_starts(ctx: AppContext, window: MainWindow) -> _LaterStarts:
    return _LaterStarts(ctx, window)


def bring_forward(window: MainWindow, path: Path | None) -> None:
    """Show the window in front (from the tray or minimised too) and open ``path`` if given."""
    from PySide6.QtCore import Qt  # not at import: the first frame avoids the Qt enums

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    if path is not None:
        window.after_content(lambda: window.open_file(path))


def start_window(
    ctx: AppContext,
    window: MainWindow,
    *,
    in_tray: bool = False,
    tray_available: Callable[[], bool] | None = None,
    open_file: Path | None = None,
) -> bool:
    """Show the window, or with ``in_tray`` (start at login) only the tray icon, where there is
    a tray and the person keeps OwnVoice in it; returns whether the window was shown.

    Habit reminders, the tray icon and start-at-login follow once the window shows content, or
    at once when it starts in the tray: then the store opens without waiting for a frame, and
    the window is built, hidden, for the tray's "Open OwnVoice".

    ``open_file`` (``ownvoice FILE.ownvoice``, a double-click) is opened once the window shows
    content: the window always shows for it.
    """
    if open_file is not None:
        window.after_content(lambda: window.open_file(open_file))
        in_tray = False
    if sys.platform == "darwin":
        from app.ui.shell.opening import FileOpenEvents

        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(FileOpenEvents(window))
    if in_tray and bool(ctx.settings.get(decl.TRAY)):
        from PySide6.QtWidgets import QSystemTrayIcon

        available = tray_available or QSystemTrayIcon.isSystemTrayAvailable
        if available():

            def settle() -> None:
                ctx.first_frame_painted()  # nothing to paint: what waits for it runs now
                ctx.open_full_database()
                _settle(ctx)
                window.reminders = _install_reminders(ctx, window)  # type: ignore[attr-defined]

            QTimer.singleShot(0, settle)
            return False
    window.after_content(ctx.open_full_database)
    window.after_content(lambda: _settle(ctx))
    window.after_content(lambda: setattr(window, "reminders", _install_reminders(ctx, window)))
    window.show()
    return True


def _screenshot(app: QApplication, window: MainWindow, out: Path) -> int:
    """Show the window offscreen; once its page shows real content and no background work is
    left (e.g. the keychain lookup), save a PNG."""
    result = {"saved": False}
    tasks = window.ctx.tasks

    def save() -> None:
        if result["saved"]:
            return
        result["saved"] = True
        # Let posted layout requests run: a page that just filled a list lays it out first.
        for _ in range(3):
            app.processEvents()
        if not window.grab().save(str(out), "PNG"):
            print(f"ownvoice: error: could not write the screenshot {out}", file=sys.stderr)
        app.quit()

    def save_when_idle() -> None:
        if tasks.busy == 0 and window.is_showing_content():
            QTimer.singleShot(50, save)

    window.contentReady.connect(save_when_idle)
    if isinstance(tasks, TaskRunner):
        tasks.busyChanged.connect(lambda _count: save_when_idle())
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, save)
    window.show()
    app.exec()
    _shut_down(window.ctx)
    return 0 if out.exists() else 1


def _install_reminders(ctx: AppContext, window: MainWindow) -> object:
    from app.ui.habits.tray import install

    return install(ctx, window)


def _settle(ctx: AppContext) -> None:
    """After the first content: the window icon and the log file (neither is on screen yet)."""
    from app.services.system.logs import setup_logging
    from app.ui.kit.icon import app_icon

    QApplication.setWindowIcon(app_icon())
    setup_logging(ctx.paths)


def _shut_down(ctx: AppContext) -> None:
    """Let running tasks finish before Qt objects go away, then close the database."""
    if isinstance(ctx.tasks, TaskRunner):
        ctx.tasks.wait()
    ctx.close()
