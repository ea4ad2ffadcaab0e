"""Coach mode's page: a folder of progress files as a cohort, and one person at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.exchange.model import FeedbackKind, Person
from app.services.exchange.coach import Note, Written
from app.services.exchange.cohort import PersonRow
from app.ui.coach.assign_all import assign_to_everyone
from app.ui.coach.cohort_model import CohortModel
from app.ui.coach.cohort_table import CohortTable
from app.ui.coach.conversations import Conversations
from app.ui.coach.group_file import GroupFileDialog, open_group_file
from app.ui.coach.loader import CohortLoader, Loaded, let_go
from app.ui.coach.person_view import PersonView
from app.ui.coach.sessions_panel import SessionsPanel
from app.ui.coach.summary_view import SummaryView
from app.ui.context import AppContext
from app.ui.kit.widgets import wrapped_label
from app.ui.pages.base import Page
from app.ui.store_access import read_store, write_store

FOLDER_STATE = "coach/folder"
STEP_MS = 20  # between the steps of showing a loaded cohort
COACH_NAME_STATE = "coach/name"
COACH = "coach"  # the kind of data the coach's notes and feedback are


class CohortPage(Conversations, Page):
    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.loaded: Loaded | None = None
        self.person: PersonRow | None = None
        self._opening: str | None = None  # the person of a file opened with the app
        self.group_dialog: GroupFileDialog | None = None  # "Group file…" (app/ui/coach)
        self._words = 0  # counts language switches: rows worded before one are worded again
        self._words_read = 0  # ... as they were when the folder was read

    def build(self) -> None:
        self.loader = CohortLoader(self.ctx, self)
        self.loader.progress.connect(self._on_progress)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        folder_row = QHBoxLayout()
        self.folder = QLabel(self)
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.choose_folder)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.reload)
        from app.ui.sync.coach_source import ServerFolderButton  # coach sync set to a folder

        self.server_button = ServerFolderButton(self.ctx, self)
        self.server_button.ready.connect(lambda mirrored: self.load(mirrored.folder))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_button)
        folder_row.addWidget(self.server_button)
        folder_row.addWidget(self.reload_button)
        self.body.addLayout(folder_row)
        progress_row = QHBoxLayout()
        self.bar = QProgressBar(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.loader.cancel)
        progress_row.addWidget(self.bar, 1)
        progress_row.addWidget(self.cancel_button)
        self.body.addLayout(progress_row)
        self.broken = wrapped_label(self, selectable=True)
        self.broken.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.broken)
        self.stack = QStackedWidget(self)
        self.body.addWidget(self.stack, 1)
        # Below the table: takes the height while no folder is open and the table is hidden,
        # so that the heading and the words stay at the top instead of spreading down the page.
        self.body.addStretch(1)
        self._rest = self.body.count() - 1
        self._build_cohort()
        self.person_view = PersonView(self)
        self.person_view.backRequested.connect(self.show_cohort)
        self.person_view.noteAdded.connect(self._add_note)
        self.person_view.noteRemoved.connect(self._remove_note)
        self.person_view.feedbackAdded.connect(self._add_feedback)
        self.person_view.feedbackRemoved.connect(self._remove_feedback)
        self.person_view.exportRequested.connect(self.export_feedback)
        self.person_view.exerciseAssigned.connect(self._assign_exercise)
        self.person_view.goalProposed.connect(self._propose_goal)
        self.person_view.draftCommented.connect(self._comment_draft)
        self.person_view.shareAsked.connect(self._ask_to_share)
        self.stack.addWidget(self.person_view)
        self._show_table(False)  # until a folder is open: the words above say what to do
        self.stack.ensurePolished()  # its style work now, not when a thousand people arrive
        self._set_loading(False)
        self.broken.hide()
        self.mark_content_ready()
        folder = self.ctx.settings.get_state(FOLDER_STATE)
        if folder:
            self.load(Path(folder.decode("utf-8", "replace")))

    def _show_table(self, on: bool) -> None:
        self.stack.setVisible(on)
        self.body.setStretch(self._rest, 0 if on else 1)

    def _build_cohort(self) -> None:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit(holder)
        self.search.setClearButtonEnabled(True)
        self.attention = QCheckBox(holder)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.attention)
        self.assign_all = QPushButton(holder)  # one exercise for everyone (app/ui/coach/assign_all)
        self.assign_all.clicked.connect(lambda: assign_to_everyone(self))
        filters.addWidget(self.assign_all)
        self.group_button = QPushButton(holder)  # examples and counts for everyone
        self.group_button.clicked.connect(lambda: open_group_file(self))
        filters.addWidget(self.group_button)
        column.addLayout(filters)
        self.tabs = QTabWidget(holder)
        self.table = CohortTable(self.ctx, self.tabs)
        self.model = self.table.cohort
        self.table.activated.connect(self._on_activated)
        self.table.doubleClicked.connect(self._on_activated)
        self.summary = SummaryView(self.tabs)
        self.summary.exportRequested.connect(self.export_summary)
        self.sessions = SessionsPanel(
            self.ctx, self._people, lambda ids: assign_to_everyone(self, ids), self.tabs
        )
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.summary, "")
        self.tabs.addTab(self.sessions, "")
        column.addWidget(self.tabs, 1)
        self.search.textChanged.connect(self.table.set_words)
        self.attention.toggled.connect(self.table.set_attention_only)
        self.stack.addWidget(holder)
        self.cohort_view = holder

    # -- loading ---------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = str(self.loaded.folder) if self.loaded else str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Open a folder of progress files"), start
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, folder: Path) -> None:
        remembered = str(folder).encode("utf-8")
        if self.ctx.settings.get_state(FOLDER_STATE) != remembered:  # no write on Reload
            self.ctx.settings.set_state(FOLDER_STATE, remembered)
        self.folder.setText(self.tr("Folder: {folder}").format(folder=str(folder)))
        self._set_loading(True)
        self._show_table(True)  # the table appears at once, and fills when the files are read
        self.bar.setRange(0, 0)
        self._words_read = self._words
        self.loader.load(folder, self.ctx.clock.today(), self.table.order())

    def open_file(self, path: Path, person_id: str) -> None:
        """A progress file opened with the app: its folder as the cohort, then its person (from
        their newest file in the folder, as the table counts them)."""
        self._opening = person_id
        self.load(path.absolute().parent)

    def reload(self) -> None:
        folder = self.ctx.settings.get_state(FOLDER_STATE)
        if folder:
            self.load(Path(folder.decode("utf-8", "replace")))

    def _set_loading(self, on: bool) -> None:
        self.bar.setVisible(on)
        self.cancel_button.setVisible(on)
        self.open_button.setEnabled(not on)
        self.reload_button.setEnabled(not on)
        self.reload_button.setVisible(self.loaded is not None)

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _on_loaded(self, loaded: Loaded) -> None:
        earlier: list[object] = [self.loaded, self.model.everyone, self.model.rows]
        self.loaded = loaded
        self._set_loading(False)
        self.table.take(loaded.table)  # sorted and worded by the loader
        self.ctx.tasks.run(lambda: let_go(earlier))  # the earlier cohort freed on a worker
        if self._words_read != self._words:  # the language changed while the files were read
            self.table.measure_again()
        # The summary comes a moment later, so that the table is painted in between.
        QTimer.singleShot(STEP_MS, self, lambda: self.summary.set_summary(loaded.summary))
        self._show_broken()
        self.folder.setText(self.tr("Folder: {folder}").format(folder=str(loaded.folder)))
        wanted, self._opening = self._opening, None
        if wanted is not None:
            opened = next((r for r in loaded.rows if r.member.report.person.id == wanted), None)
            if opened is not None:
                self.show_person(opened)
                return
        if self.person is not None:  # the same person, from the newest file
            again = next(
                (r for r in loaded.rows if r.member.report.person.id == self._person_id()), None
            )
            if again is not None:
                self.show_person(again)

    def _on_failed(self, error: BaseException) -> None:
        self._set_loading(False)
        reason = getattr(error, "strerror", None) or str(error)
        self.broken.setText(self.tr("The folder could not be read: {reason}").format(reason=reason))
        self.broken.show()

    def _show_broken(self) -> None:
        loaded = self.loaded
        if loaded is None or not loaded.cohort.broken:
            self.broken.hide()
            return
        from app.ui.kit.i18n import translated

        lines = [
            translated("Exchange", _template(b.error.reason)).format(**b.error.args_map)
            for b in loaded.cohort.broken
        ]
        head = self.tr("%Ln file(s) could not be read; the rest of the folder is shown:", "",
                       len(lines))  # fmt: skip
        self.broken.setText("\n".join([head, *lines[:20]]))
        self.broken.show()

    # -- people ----------------------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(CohortModel.ROW_ROLE)
        if isinstance(row, PersonRow):
            self.show_person(row)

    def show_person(self, row: PersonRow) -> None:
        """The person's file read in full (the table keeps only what it shows)."""
        from dataclasses import replace

        from app.services.exchange.cohort import read_member
        from app.services.exchange.package import ExchangeError

        try:
            full = read_member(row.member.file)
        except (ExchangeError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("Not opened"),
                self.tr("The file could not be read again: {reason}").format(reason=str(error)),
            )
            return
        row = replace(row, member=replace(row.member, report=full))
        self.person = row
        self.person_view.set_person(row, self.ctx.clock.today())
        self.stack.setCurrentWidget(self.person_view)
        self.person_view.back.setFocus()
        self._load_coach_data()

    def show_cohort(self) -> None:
        self.person = None
        self.stack.setCurrentWidget(self.cohort_view)
        self.table.setFocus()

    def _people(self) -> list[Person]:
        return [row.member.report.person for row in self.loaded.rows] if self.loaded else []

    def _person_id(self) -> str:
        return self.person.member.report.person.id if self.person else ""

    def _load_coach_data(self) -> None:
        from app.services.exchange import coach

        pid = self._person_id()
        read_store(
            self.ctx, lambda r: (coach.notes(r, pid), coach.written(r, pid)), self._on_coach_data
        )

    def _on_coach_data(self, data: tuple[list[Note], list[Written]]) -> None:
        notes, written = data
        self.person_view.set_notes(notes)
        self.person_view.set_written(written)

    def _add_note(self, text: str) -> None:
        from app.services.exchange import coach

        pid, day = self._person_id(), self.ctx.clock.today()
        write_store(self.ctx, lambda db, _r: coach.add_note(db, pid, day, text),
                    lambda _x: self._load_coach_data(), announce=(COACH,))  # fmt: skip

    def _remove_note(self, note_id: int) -> None:
        from app.services.exchange import coach

        write_store(self.ctx, lambda db, _r: coach.remove_note(db, note_id),
                    lambda _x: self._load_coach_data(), announce=(COACH,))  # fmt: skip

    def _add_feedback(self, kind: FeedbackKind, text: str) -> None:
        from app.services.exchange.feedback import new_entry, write_for

        if self.person is None:
            return
        person = self.person.member.report.person
        entry = new_entry(self.ctx.clock.today(), kind, text)
        write_store(self.ctx, lambda db, _r: write_for(db, person, entry),
                    lambda _x: self._load_coach_data(), announce=(COACH,))  # fmt: skip

    def _remove_feedback(self, entry_id: str) -> None:
        from app.services.exchange import coach

        write_store(self.ctx, lambda db, _r: coach.remove_written(db, entry_id),
                    lambda _x: self._load_coach_data(), announce=(COACH,))  # fmt: skip

    # -- saving ----------------------------------------------------------------------------------

    def coach_name(self) -> str | None:
        stored = self.ctx.settings.get_state(COACH_NAME_STATE)
        if stored:
            return stored.decode("utf-8", "replace")
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("Your name, as the people you coach will see it with your feedback:"),
        )
        if not ok or not name.strip():
            return None
        self.ctx.settings.set_state(COACH_NAME_STATE, name.strip().encode("utf-8"))
        return name.strip()

    def export_feedback(self) -> None:
        from app.services.exchange.feedback import export_feedback

        if self.person is None:
            return
        coach = self.coach_name()
        if coach is None:
            return
        person: Person = self.person.member.report.person
        base = (person.name or "person").replace(" ", "-").lower()
        start = self.loaded.folder if self.loaded else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a feedback file"),
            str(start / f"feedback-{base}.ownvoice"),
            self.tr("OwnVoice files (*.ownvoice)"),
        )
        if not name:
            return
        out = Path(name if name.endswith(".ownvoice") else name + ".ownvoice")
        clock, data_dir = self.ctx.clock, self.ctx.paths.data_dir

        def done(count: int) -> None:
            self._load_coach_data()
            self.ctx.hub.statusMessage.emit(
                self.tr("Saved %Ln entries for {name} in {file}.", "", count).format(
                    name=person.name or self.tr("this person"), file=out.name
                )
            )

        write_store(
            self.ctx,
            lambda db, r: export_feedback(db, r, person, coach, out, clock, data_dir),
            done,
            self._on_save_failed,
            announce=(COACH,),
        )

    def export_summary(self, kind: str) -> None:
        from app.services.exchange import cohort_report
        from app.ui.coach.words import UiWords

        loaded = self.loaded
        if loaded is None:
            return
        today = self.ctx.clock.today()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the cohort summary"),
            str(loaded.folder / f"cohort-{today.isoformat()}.{kind}"),
        )
        if not name:
            return
        if kind == "html":
            text = cohort_report.as_html(loaded.cohort, today, UiWords())
        else:
            text = cohort_report.as_csv(loaded.cohort, today)
        try:
            Path(name).write_text(text, encoding="utf-8")
        except OSError as error:
            self._on_save_failed(error)
            return
        self.ctx.hub.statusMessage.emit(self.tr("Saved {file}.").format(file=Path(name).name))

    def _on_save_failed(self, error: BaseException) -> None:
        if not isinstance(error, OSError):
            raise error
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr("The file could not be saved: {reason}").format(
                reason=error.strerror or str(error)
            ),
        )

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        if not self.built:
            return
        self.open_button.setText(self.tr("Open folder…"))
        self.reload_button.setText(self.tr("Reload"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.search.setPlaceholderText(self.tr("Find a person"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.attention.setText(self.tr("Only those needing attention"))
        self.assign_all.setText(self.tr("Assign an exercise to everyone…"))
        self.group_button.setText(self.tr("Group file…"))
        self.tabs.setTabText(0, self.tr("People"))
        self.tabs.setTabText(1, self.tr("Summary"))
        self.tabs.setTabText(2, self.tr("Group sessions"))
        self.table.setAccessibleName(self.tr("People in the cohort"))
        self._words += 1
        self.table.measure_again()
        self.summary.retranslate()
        if self.loaded is None:
            self.folder.setText(
                self.tr(
                    "The people you coach share their progress as files (.ownvoice), from "
                    "OwnVoice → Share progress with your coach. Put them in one folder, a shared "
                    "one or your own, and open it here: the newest file of each person counts. "
                    "What you write back goes to them as a feedback file."
                )
            )
        else:
            self.folder.setText(self.tr("Folder: {folder}").format(folder=str(self.loaded.folder)))
            self._show_broken()


def _template(reason: str) -> str:
    from app.services.exchange.package import REASONS

    return REASONS.get(reason, "{file}")
