"""The main window: a sidebar of pages, the current page, a status bar and the menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.kit.i18n import translated
from app.ui.pages import registry
from app.ui.pages.base import Page
from app.ui.shell.notices import NoticeArea
from app.ui.shell.problems import (  # noqa: F401  (the notices' keys, for tests)
    CRASH_NOTICE,
    DATABASE_NOTICE,
    GUARD_NOTICE,
    STORAGE_NOTICE,
    ProblemNotices,
)

if TYPE_CHECKING:
    from app.services.system.crash_records import CrashReport

WELCOME_DONE = "welcome_done"
GEOMETRY = "window/geometry"
DEFAULT_SIZE = (1100, 720)
SETTLE_MS = 150  # after the first content: long enough for its frame to be on screen
# Qt.ItemDataRole.UserRole. The shell avoids the Qt namespace: creating its Python enums costs
# ~25 ms, which the first frame should not wait for (tests/test_layers.py checks this).
PAGE_ID_ROLE = 256
COACH_MODE = "coach_mode"

# palette() keeps the sidebar right in both light and dark appearance.
SIDEBAR_STYLE = """
#sidePanel { background: palette(alternate-base); border-right: 1px solid palette(midlight); }
#appTitle { font-size: 15pt; font-weight: 600; padding: 0 20px; }
#sidebar { background: transparent; font-size: 11pt; outline: 0; }
#sidebar::item:focus { border: 2px solid palette(window-text); padding: 6px 10px; }
#sidebar::item { padding: 8px 12px; margin: 1px 10px; border-radius: 6px; }
#sidebar::item:hover { background: palette(midlight); }
#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


class MainWindow(QMainWindow):
    """Signals:
    contentReady(): the current page shows its real content (used by --screenshot and bench).
    """

    contentReady = Signal()
    coach_mode: bool  # the sidebar shows coach mode's pages
    sidebar_pages: tuple[registry.PageSpec, ...]

    def __init__(
        self, ctx: AppContext, start_page: str | None = None, *, remember_geometry: bool = True
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._remember_geometry = remember_geometry
        self.pages: dict[str, Page] = {}
        self.setObjectName("mainWindow")
        self._build_body()
        self._build_menus()
        # What the first frame does not show is made right after it (docs/ARCHITECTURE.md).
        ctx.after_first_frame(self._build_status_bar)
        ctx.after_first_frame(self._add_page_shortcuts)
        self.after_content(self._add_capture_action)
        if not self.restoreGeometry(ctx.settings.get_state(GEOMETRY) or b""):
            self.resize(*DEFAULT_SIZE)
        self.problems = ProblemNotices(ctx, self.notices, self)
        self.retranslate()
        welcome = not ctx.settings.flag(WELCOME_DONE)
        first = registry.WELCOME.id if welcome else self.sidebar_pages[0].id
        if start_page is not None and self._in_other_mode(start_page):
            self.coach_mode = not self.coach_mode  # --page cohort: coach mode, for this run
            self.sidebar_pages = registry.pages_for(self.coach_mode)
            self._fill_sidebar()
            self.retranslate()
        self.show_page(start_page or first)

    # -- building -----------------------------------------------------------------------------

    def _build_body(self) -> None:
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.side_panel = QFrame(central)  # a QFrame paints its style-sheet background
        self.side_panel.setObjectName("sidePanel")
        self.side_panel.setStyleSheet(SIDEBAR_STYLE)
        self.side_panel.setMinimumWidth(200)
        self.side_panel.setMaximumWidth(250)
        side = QVBoxLayout(self.side_panel)
        side.setContentsMargins(0, 20, 0, 12)
        side.setSpacing(12)
        self.app_title = QLabel("OwnVoice", self.side_panel)
        self.app_title.setObjectName("appTitle")
        side.addWidget(self.app_title)
        self.sidebar = QListWidget(self.side_panel)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        side.addWidget(self.sidebar, 1)
        self.coach_mode = self.ctx.settings.flag(COACH_MODE)
        self.sidebar_pages = registry.pages_for(self.coach_mode)
        self._fill_sidebar()
        # The mode switch: a person's own journey, or coach mode for the people they coach.
        self.mode_button = QPushButton(self.side_panel)
        self.mode_button.setObjectName("modeSwitch")
        self.mode_button.clicked.connect(lambda: self.set_coach_mode(not self.coach_mode))
        side.addWidget(self.mode_button)
        self.sidebar.currentItemChanged.connect(self._on_sidebar_changed)
        # Clicking the current row again (after a page outside the sidebar) goes back to it.
        self.sidebar.itemClicked.connect(lambda item: self._on_sidebar_changed(item, None))
        self.sidebar.itemActivated.connect(lambda item: self._on_sidebar_changed(item, None))
        row.addWidget(self.side_panel)
        right = QVBoxLayout()
        right.setSpacing(0)
        self.notices = NoticeArea(central)
        right.addWidget(self.notices)
        self.stack = QStackedWidget(central)
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

    def after_content(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the first page shows its real content: what nobody needs in
        the first second (the idea dialog, the tray) waits until then."""
        if self.ctx.first_frame_done and self.is_showing_content():
            callback()
            return

        def once() -> None:
            self.contentReady.disconnect(once)
            # Not in this call: the content's own frame is painted first.
            QTimer.singleShot(SETTLE_MS, self, lambda: callback() if self.isVisible() else None)

        self.contentReady.connect(once)

    def _add_capture_action(self) -> None:
        """The "New idea…" action (Ctrl+Shift+I) works from every page."""
        from app.ui.drafts.capture import capture_idea_action

        self.capture_action = capture_idea_action(self.ctx, self)
        self.file_menu.insertAction(self.settings_action, self.capture_action)
        self.file_menu.insertSeparator(self.settings_action)
        self.share_action = QAction(self)
        self.share_action.triggered.connect(self.share_progress)
        self.feedback_action = QAction(self)
        self.feedback_action.triggered.connect(self.import_feedback)
        for action in (self.share_action, self.feedback_action):
            self.file_menu.insertAction(self.settings_action, action)
        self.file_menu.insertSeparator(self.settings_action)
        self.retranslate()
        from app.ui.exchange.weekly import WeeklyExport

        self.weekly_export = WeeklyExport(self.ctx, self)  # if the person turned it on
        self.weekly_export.check()
        from app.ui.sync.controller import SyncController
        from app.ui.sync.status import SyncStatusLabel

        self.sync = SyncController(self.ctx, self)  # coach sync, once it is set up
        SyncStatusLabel(self.sync, self).attach(self.file_menu, self.share_action, self.statusBar())
        self.sync.refresh()
        self.sync.sync()

    def share_progress(self) -> None:
        from app.ui.exchange.export_dialog import ExportDialog

        ExportDialog(self.ctx, self).open()

    def import_feedback(self) -> None:
        from app.ui.exchange.export_dialog import FeedbackImporter

        FeedbackImporter(self.ctx, self).run()

    def open_file(self, path: Path) -> None:
        """A ``.ownvoice`` file opened with the app (``ownvoice FILE``, a double-click)."""
        from app.ui.shell.opening import open_file

        open_file(self, path)

    def _fill_sidebar(self) -> None:
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        for spec in self.sidebar_pages:
            item = QListWidgetItem(self.sidebar)
            item.setData(PAGE_ID_ROLE, spec.id)
        self.sidebar.blockSignals(False)

    def _add_page_shortcuts(self) -> None:
        for shortcut in getattr(self, "page_shortcuts", []):
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.page_shortcuts: list[QShortcut] = []
        for index, spec in enumerate(self.sidebar_pages[:9]):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda page=spec.id: self.show_page(page))
            self.page_shortcuts.append(shortcut)

    def set_coach_mode(self, on: bool) -> None:
        """Switch the sidebar between the person's own journey and coach mode."""
        self.coach_mode = on
        self.ctx.settings.set_flag(COACH_MODE, on)
        self.sidebar_pages = registry.pages_for(on)
        self._fill_sidebar()
        if self.ctx.first_frame_done:
            self._add_page_shortcuts()
        self.retranslate()
        self.show_page(self.sidebar_pages[0].id)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.setShortcuts(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(lambda: self.show_page("settings"))
        self.quit_action = QAction(self)
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.busy_label = QLabel(self.tr("Working…"), self)
        self.busy_label.hide()
        bar = self.statusBar()
        bar.addPermanentWidget(self.busy_label)
        bar.setVisible(self.side_panel.isVisibleTo(self))
        self.ctx.hub.statusMessage.connect(lambda text: bar.showMessage(text, 4000))
        busy_changed = getattr(self.ctx.tasks, "busyChanged", None)
        if busy_changed is not None:
            busy_changed.connect(lambda count: self.busy_label.setVisible(count > 0))

    # -- pages --------------------------------------------------------------------------------

    def show_page(self, page_id: str) -> Page:
        spec = registry.find(page_id)
        page = self.pages.get(page_id)
        if page is None and not self.ctx.first_frame_done:
            page = self._stand_in_for(spec)
        elif page is None:
            page = self._create(spec)
        in_welcome = page_id == registry.WELCOME.id
        self.side_panel.setVisible(not in_welcome)
        self.menuBar().setVisible(not in_welcome)
        if self.ctx.first_frame_done:
            self.statusBar().setVisible(not in_welcome)
        self._select_sidebar(page_id)
        self.stack.setCurrentWidget(page)
        page.shown()
        if page.content_ready:
            self.contentReady.emit()
        return page

    def _create(self, spec: registry.PageSpec) -> Page:
        page = spec.create(self.ctx)
        page.ensure_built()
        self.pages[spec.id] = page
        self.stack.addWidget(page)
        page.contentReady.connect(lambda p=page: self._on_page_content_ready(p))
        for signal_name, target in spec.links:
            getattr(page, signal_name).connect(lambda target=target: self.follow(target))
        return page

    def follow(self, page_id: str) -> None:
        """Go to ``page_id`` as a link does: out of the welcome for good, into the other
        mode if the page is only there."""
        if self.stack.currentWidget() is self.pages.get(registry.WELCOME.id):
            self.ctx.settings.set_flag(WELCOME_DONE)
        if self._in_other_mode(page_id):
            self.set_coach_mode(not self.coach_mode)  # "I coach others" on the welcome page
        self.show_page(page_id)

    def _in_other_mode(self, page_id: str) -> bool:
        """Whether ``page_id`` is a sidebar page of the other mode only (e.g. the Cohort)."""
        other = {spec.id for spec in registry.pages_for(not self.coach_mode)}
        return page_id in other - {spec.id for spec in self.sidebar_pages}

    def _stand_in_for(self, spec: registry.PageSpec) -> Page:
        """Before the first frame: the page's frame and heading only, exactly where the real
        page puts them. The page itself (its module, its widgets, the Qt enums they use) is made
        right after that frame, so the window appears as fast as a bare one."""
        stand_in = Page(self.ctx, spec.title)
        self.stack.addWidget(stand_in)

        def replace() -> None:
            if self.stack.currentWidget() is stand_in:
                self.show_page(spec.id)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()

        self.ctx.after_first_frame(replace)
        return stand_in

    def is_showing_content(self) -> bool:
        page = self.stack.currentWidget()
        return isinstance(page, Page) and page.content_ready

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def _select_sidebar(self, page_id: str) -> None:
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(PAGE_ID_ROLE) == page_id:
                if self.sidebar.currentRow() != row:
                    self.sidebar.setCurrentRow(row)
                item.setSelected(True)
                return
        # A page outside the sidebar (getting started): nothing in it is selected. The current
        # row stays, because an item view with no current row takes the first one when it gets
        # the focus, which would leave this page.
        self.sidebar.blockSignals(True)
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)
        self.sidebar.clearSelection()
        self.sidebar.blockSignals(False)

    def _on_sidebar_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.show_page(item.data(PAGE_ID_ROLE))

    def _on_page_content_ready(self, page: Page) -> None:
        if self.stack.currentWidget() is page:
            self.contentReady.emit()

    def report_previous_crash(self, report: CrashReport | None) -> None:
        """At start: the last run ended in a crash; say so, and offer the report."""
        self.problems.report_previous_crash(report)

    # -- texts, about, closing ----------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle("OwnVoice")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.mode_button.setText(
            self.tr("My own journey") if self.coach_mode else self.tr("Coach mode")
        )
        self.mode_button.setToolTip(
            self.tr("Back to your own journey: Today, habits, drafts.")
            if self.coach_mode
            else self.tr("For coaches: read the progress files of the people you coach.")
        )
        for row, spec in enumerate(self.sidebar_pages):
            item = self.sidebar.item(row)
            item.setText(translated("Pages", spec.title))
            item.setToolTip(
                self.tr("{page} (Ctrl+{number})").format(
                    page=translated("Pages", spec.title), number=row + 1
                )
                if row < 9
                else ""
            )
        self.file_menu.setTitle(self.tr("&OwnVoice"))
        self.settings_action.setText(self.tr("&Settings"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About OwnVoice"))
        if hasattr(self, "share_action"):
            self.share_action.setText(self.tr("Share progress with your &coach…"))
            self.feedback_action.setText(self.tr("Import &feedback from your coach…"))
        if self.ctx.first_frame_done:
            self.busy_label.setText(self.tr("Working…"))
        self.problems.retranslate()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def about_text(self) -> str:
        import html

        return self.tr(
            "<h3>OwnVoice {version}</h3>"
            "<p>Grow your own expert voice on social media, with a coach.</p>"
            "<p>Your data is kept in {folder}, on this computer only.</p>"
        ).format(version=__version__, folder=html.escape(str(self.ctx.paths.data_dir)))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About OwnVoice"), self.about_text())

    @qt_override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember_geometry:
            self.ctx.settings.set_state(GEOMETRY, bytes(self.saveGeometry().data()))
        super().closeEvent(event)
