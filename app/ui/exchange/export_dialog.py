"""Share progress with the coach: choose what to share, see exactly what the file will hold,
then save it. Nothing leaves the laptop by itself: the person saves the file and sends it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.exchange.model import DEFAULT_SECTIONS, ProgressReport, Section
from app.domain.exchange.schedule import FRIDAY, WeeklyPlan
from app.services.exchange.feedback import ImportedFeedback
from app.ui.coach.words import UiWords
from app.ui.context import AppContext
from app.ui.exchange.weekly import (
    SECTIONS_STATE,
    read_plan,
    shared_sections,
    stored_sections,
    write_plan,
)
from app.ui.guard import qt_override
from app.ui.kit.i18n import current_language
from app.ui.kit.muted import MutedLabel
from app.ui.kit.widgets import wrapped_label
from app.ui.store_access import write_store


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: ProgressReport | None = None
        self.setMinimumSize(720, 560)
        layout = QVBoxLayout(self)
        self.intro = wrapped_label(self)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        self.boxes: dict[Section, QCheckBox] = {}
        chosen = self._remembered()
        for index, section in enumerate(Section):
            box = QCheckBox(self)
            box.setChecked(section in chosen)
            box.toggled.connect(self._refresh)
            self.boxes[section] = box
            grid.addWidget(box, index // 2, index % 2)
        layout.addLayout(grid)
        layout.addLayout(self._weekly_row())
        self.preview_title = QLabel(self)
        layout.addWidget(self.preview_title)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)  # a preview: nothing opens from here
        self.preview_title.setBuddy(self.preview)
        layout.addWidget(self.preview, 1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.retranslate()
        self._refresh()

    def _weekly_row(self) -> QVBoxLayout:
        """Every week, by itself: on which weekday, to which folder (off until chosen)."""
        plan = read_plan(self.ctx.settings)
        self.weekly = QCheckBox(self)
        self.weekly.setChecked(plan is not None)
        self.weekday = QComboBox(self)
        for day in range(7):
            self.weekday.addItem("", day)
        self.weekday.setCurrentIndex(plan.weekday if plan is not None else FRIDAY)
        self.folder_button = QPushButton(self)
        self.folder = MutedLabel(self)
        self.folder.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.weekly)
        row.addWidget(self.weekday)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.folder)
        self.weekly.toggled.connect(self._on_weekly_toggled)
        self.weekday.currentIndexChanged.connect(self._on_weekday_changed)
        self.folder_button.clicked.connect(self._choose_folder)
        return column

    def _on_weekly_toggled(self, on: bool) -> None:
        if not on:
            write_plan(self.ctx.settings, None)
        elif read_plan(self.ctx.settings) is None and not self._choose_folder():
            self.weekly.setChecked(False)  # no folder chosen: stays off
        self._show_weekly()

    def _on_weekday_changed(self) -> None:
        plan = read_plan(self.ctx.settings)
        if plan is not None:
            weekday = int(self.weekday.currentData())
            write_plan(self.ctx.settings, WeeklyPlan(plan.folder, weekday, plan.last))

    def _choose_folder(self) -> bool:
        plan = read_plan(self.ctx.settings)
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("The folder for the weekly progress file"),
            plan.folder if plan is not None else str(Path.home()),
        )
        if not folder:
            return False
        # From today: the first file comes on the chosen weekday (this one is saved by hand).
        today = self.ctx.clock.today()
        write_plan(self.ctx.settings, WeeklyPlan(folder, int(self.weekday.currentData()), today))
        self.weekly.setChecked(True)
        self._show_weekly()
        return True

    def _show_weekly(self) -> None:
        plan = read_plan(self.ctx.settings)
        self.weekday.setEnabled(plan is not None)
        self.folder_button.setVisible(plan is not None)
        if plan is None:
            self.folder.setText(
                self.tr(
                    "The file holds what is chosen above. Choose a folder your coach also "
                    "reads; OwnVoice sends nothing by itself."
                )
            )
        else:
            self.folder.setText(self.tr("Saved in {folder}").format(folder=plan.folder))

    def _remembered(self) -> frozenset[Section]:
        return shared_sections(self.ctx.settings) or DEFAULT_SECTIONS

    def chosen(self) -> frozenset[Section]:
        return frozenset(s for s, box in self.boxes.items() if box.isChecked())

    def _refresh(self) -> None:
        """Build the report the file will hold, and show it: the preview is the file."""
        from app.services.exchange.export import prepare_progress
        from app.services.exchange.summary import summary_html

        sections, clock, language = self.chosen(), self.ctx.clock, current_language()

        def shown(report: ProgressReport) -> None:
            self.report = report
            self.preview.setHtml(summary_html(report, UiWords()))
            self.save_button.setEnabled(True)

        self.save_button.setEnabled(False)
        write_store(  # the first export makes the person's id: a write
            self.ctx,
            lambda db, reader: prepare_progress(db, reader, clock, language, sections),
            shown,
        )

    def save(self) -> None:
        from app.services.exchange.export import file_name, save_progress

        report = self.report
        if report is None:
            return
        suggested = Path.home() / file_name(report)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save your progress file"),
            str(suggested),
            self.tr("OwnVoice files (*.ownvoice)"),
        )
        if not path:
            return
        out = Path(path if path.endswith(".ownvoice") else path + ".ownvoice")
        clock, data_dir = self.ctx.clock, self.ctx.paths.data_dir
        self.ctx.settings.set_state(SECTIONS_STATE, stored_sections(self.chosen()))

        def saved(_none: object) -> None:
            self.ctx.hub.statusMessage.emit(
                self.tr("Saved {file}. Send it to your coach as you like.").format(file=out.name)
            )
            self.accept()

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The file could not be saved: {reason}").format(
                    reason=error.strerror or str(error)
                ),
            )

        self.ctx.tasks.run(
            lambda: save_progress(report, out, UiWords(), clock, data_dir), saved, failed
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Share your progress with your coach"))
        self.intro.setText(
            self.tr(
                "Choose what your coach may see. The file holds exactly what is shown below, "
                "and only you send it. Your drafts and private journal entries stay here unless "
                "you choose them; the day of your last public action is always included."
            )
        )
        names = {
            Section.STAGES: self.tr("Your stage, week by week"),
            Section.GOALS: self.tr("Goals and their progress"),
            Section.HABITS: self.tr("Habits: strength and check-ins"),
            Section.ACTIVITY: self.tr("How much you did, week by week"),
            Section.LINKS: self.tr("Links to what you published"),
            Section.JOURNAL: self.tr("Journal entries marked for your coach"),
            Section.DRAFTS: self.tr("Draft texts"),
            Section.EXERCISES: self.tr("Exercises from your coach: done or not"),
        }
        for section, box in self.boxes.items():
            box.setText(names[section])
        self.weekly.setText(self.tr("&Every week, by itself, on"))
        locale = QLocale(current_language())
        for day in range(7):  # Qt counts Monday as 1
            self.weekday.setItemText(day, locale.dayName(day + 1, QLocale.FormatType.LongFormat))
        self.weekday.setAccessibleName(self.tr("Weekday of the weekly progress file"))
        self.folder_button.setText(self.tr("Change folder…"))
        self._show_weekly()
        self.preview_title.setText(self.tr("&What your coach will see:"))
        self.save_button.setText(self.tr("Save file…"))

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def group_arrived(result: ImportedFeedback) -> str:
    """The line that says a group file came (Journey → Examples from your group)."""
    from PySide6.QtCore import QCoreApplication

    coach = result.coach or QCoreApplication.translate("FeedbackImporter", "your coach")
    if not result.new:
        return QCoreApplication.translate(
            "FeedbackImporter",
            "This group file from {coach} is older than the one you have; nothing changed.",
        ).format(coach=coach)
    return QCoreApplication.translate(
        "FeedbackImporter",
        "A group file from {coach} arrived: see Journey → Examples from your group.",
    ).format(coach=coach)


class FeedbackImporter(QObject):
    """Asks for a feedback file from the coach and brings it into the recognition feed."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent

    def run(self) -> None:
        from app.services.exchange.feedback import import_feedback

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import feedback from your coach"),
            str(Path.home()),
            self.tr("OwnVoice files (*.ownvoice)"),
        )
        if not path:
            return
        clock = self.ctx.clock
        write_store(
            self.ctx,
            lambda db, reader: import_feedback(db, reader, Path(path), clock),
            self._done,
            self._failed,
            announce=("journey",),
        )

    def _done(self, result: ImportedFeedback) -> None:
        coach = result.coach or self.tr("your coach")
        if result.group:
            self.ctx.hub.statusMessage.emit(group_arrived(result))
            return
        self.ctx.hub.statusMessage.emit(
            self.tr("Feedback from {coach}: %Ln new.", "", result.new).format(coach=coach)
        )

    def _failed(self, error: BaseException) -> None:
        from app.services.exchange.package import REASONS, ExchangeError
        from app.ui.kit.i18n import translated

        if not isinstance(error, ExchangeError):
            raise error
        text = translated("Exchange", REASONS[error.reason]).format(**error.args_map)
        QMessageBox.warning(self.window, self.tr("Not imported"), text)
