"""The Import… dialog: choose a network's archive (or paste text), import it off the GUI thread
with a progress bar and Cancel, and end with the summary or one clear message."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.archives import ArchiveError, ImportCancelled
from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.guard import qt_override
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import wrapped_label
from app.ui.voice import access
from app.ui.voice.languages import language_name
from app.ui.voice.messages import error_message, how_to_get, skip_reason

if TYPE_CHECKING:
    from app.services.voice.summary import ImportSummary

SOURCES = ("linkedin", "x", "mastodon", "text", "paste")


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal), at most
    every ``EVERY_S`` seconds: each report costs the GUI thread a slot call that waits for the
    worker to let go of the interpreter, and a hundred of them would make the window lag.

    Signals:
        advanced(int, int): records done, and the total (0 while files are read).
    """

    advanced = Signal(int, int)
    EVERY_S = 0.1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last = (-1, -1)
        self._at = 0.0

    def report(self, done: int, total: int) -> None:
        now = time.monotonic()
        # A new phase (another total) and the end are always reported; the rest when due.
        if total != self._last[1] or done == total or now - self._at >= self.EVERY_S:
            self._last, self._at = (done, total), now
            self.advanced.emit(done, total)


class ImportDialog(QDialog):
    """Signals:
    imported(object): an import finished; the ``ImportSummary``.
    """

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.summary: ImportSummary | None = None
        # Makes the outcome's text again in the language of the moment (None: nothing to say).
        self._outcome: Callable[[], str] | None = None
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._on_progress)
        self.setMinimumWidth(560)
        layout = self.column = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = wrapped_label(self)
        layout.addWidget(self.intro)
        self.choices = QButtonGroup(self)
        row = QHBoxLayout()
        self.radios: dict[str, QRadioButton] = {}
        for index, source in enumerate(SOURCES):
            radio = QRadioButton(self)
            self.radios[source] = radio
            self.choices.addButton(radio, index)
            row.addWidget(radio)
        row.addStretch(1)
        layout.addLayout(row)
        self.how = wrapped_label(self)
        layout.addWidget(self.how)
        pick = QHBoxLayout()
        self.path = QLineEdit(self)
        self.choose_zip = QPushButton(self)
        self.choose_folder = QPushButton(self)
        pick.addWidget(self.path, 1)
        pick.addWidget(self.choose_zip)
        pick.addWidget(self.choose_folder)
        self.pick_row = QWidget(self)
        self.pick_row.setLayout(pick)
        pick.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pick_row)
        self.paste = QPlainTextEdit(self)
        self.paste.setMinimumHeight(140)
        layout.addWidget(self.paste)
        self.bar = QProgressBar(self)
        self.bar.setVisible(False)
        layout.addWidget(self.bar)
        self.outcome = wrapped_label(self, selectable=True)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.start = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.stop = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.start.clicked.connect(self._on_start_clicked)
        self.stop.clicked.connect(self._on_stop_clicked)
        self.choose_zip.clicked.connect(self._on_choose_zip_clicked)
        self.choose_folder.clicked.connect(self._on_choose_folder_clicked)
        self.choices.idToggled.connect(self._on_choice_toggled)
        self.path.textChanged.connect(self._update)
        self.paste.textChanged.connect(self._update)
        self.radios["linkedin"].setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import your writing"))
        self.path.setAccessibleName(self.tr("Archive to import"))
        self.paste.setAccessibleName(self.tr("Text to import"))
        self.intro.setText(
            self.tr(
                "Choose where your texts come from. Everything is read here on your "
                "computer; nothing is uploaded."
            )
        )
        names = (
            self.tr("LinkedIn"),
            self.tr("X"),
            self.tr("Mastodon"),
            self.tr("Text file"),
            self.tr("Paste text"),
        )
        for source, name in zip(SOURCES, names, strict=True):
            self.radios[source].setText(name)
        self.path.setPlaceholderText(self.tr("The downloaded ZIP file or its unpacked folder"))
        self.paste.setPlaceholderText(
            self.tr("Paste your own text here: a post, an article, a talk")
        )
        self.choose_folder.setText(self.tr("Choose &folder…"))
        self.start.setText(self.tr("&Import"))
        self._update()
        self._say(self._outcome)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # a switch while the dialog is open
            self.retranslate()

    def _say(self, outcome: Callable[[], str] | None) -> None:
        """Show the outcome (made again after a language switch, with dates and numbers in the
        new language), and grow the dialog so that all of it shows."""
        self._outcome = outcome
        self.outcome.setText(outcome() if outcome is not None else "")
        self.fit()

    def fit(self) -> None:
        """Make the dialog tall enough for its content at its width: a top-level window does
        not grow by itself when a wrapped label gets more lines, and squeezed, its rows would
        overlap. Never taller than the screen."""
        if not self.isVisible():
            return  # showEvent fits it, at the width it is shown with
        self.column.activate()
        need = self.column.totalHeightForWidth(self.width())
        need = min(need, self.screen().availableGeometry().height())
        self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    @qt_override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def source(self) -> str:
        return SOURCES[max(0, self.choices.checkedId())]

    def choose(self, source: str, path: str = "", text: str = "") -> None:
        """Set the choice as a person would (used by tests and by drag and drop)."""
        self.radios[source].setChecked(True)
        self.path.setText(path)
        self.paste.setPlainText(text)

    # -- running ------------------------------------------------------------------------------

    def begin(self) -> None:
        if self.running or not self.start.isEnabled():
            return
        self.running = True
        self._cancel.clear()
        self.summary = None
        self._say(lambda: self.tr("Reading…"))
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self._update()
        source, path, text = self.source(), self.path.text().strip(), self.paste.toPlainText()
        report, cancelled = self._progress.report, self._cancel.is_set
        clock = self.ctx.clock

        def work(db: Any, reader: Any) -> ImportSummary:
            from app.services.voice import imports as voice_import

            if source == "paste":
                return voice_import.import_pasted(text, db, reader, clock)
            return voice_import.import_archive(
                source, path, db, reader, clock, progress=report, cancelled=cancelled
            )

        access.write_voice(
            self.ctx, work, self._on_done, self._on_failed, kinds=(access.VOICE, "journey")
        )

    def cancel(self) -> None:
        self._cancel.set()
        self._say(lambda: self.tr("Stopping…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self.running:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        if total and self.outcome.text() != self.tr("Reading records…"):
            self._say(lambda: self.tr("Reading records…"))

    def _on_done(self, summary: ImportSummary) -> None:
        self.running = False
        self.summary = summary
        self.bar.setVisible(False)
        late = self._cancel.is_set()  # Cancel came after the last moment it could stop the import

        def text() -> str:
            found = summary_text(summary)
            if late:
                return self.tr("Too late to cancel: the import was stored.") + "\n" + found
            return found

        self._update()
        self._say(text)
        # The summary shows as soon as the texts are stored. The "Your voice" page hears of the
        # new texts, finds its profile older than this import, and rebuilds it on the worker.
        self.imported.emit(summary)

    def _on_failed(self, error: BaseException) -> None:
        self.running = False
        self.bar.setVisible(False)
        if isinstance(error, ImportCancelled):
            self._say(lambda: self.tr("Import cancelled. Nothing was imported."))
        elif isinstance(error, ArchiveError):
            self._say(lambda: error_message(error))
        elif isinstance(error, StorageError):
            self._say(lambda: error_text(error))
        else:
            self._update()
            raise error
        self._update()

    # -- slots --------------------------------------------------------------------------------

    def _update(self) -> None:
        source = self.source()
        paste = source == "paste"
        self.pick_row.setVisible(not paste)
        self.paste.setVisible(paste)
        self.how.setText(how_to_get("text" if paste else source))
        self.choose_zip.setText(
            self.tr("Choose &files…") if source == "text" else self.tr("Choose &ZIP…")
        )
        ready = bool(self.paste.toPlainText().strip()) if paste else bool(self.path.text().strip())
        self.start.setEnabled(ready and not self.running)
        for widget in (*self.radios.values(), self.path, self.choose_zip, self.choose_folder):
            widget.setEnabled(not self.running)
        self.paste.setReadOnly(self.running)
        self.stop.setText(self.tr("&Cancel import") if self.running else self.tr("&Close"))
        self.fit()

    def _on_choice_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._say(None)
            self._update()

    def _on_start_clicked(self) -> None:
        self.begin()

    def _on_stop_clicked(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.reject()

    @qt_override
    def reject(self) -> None:
        if self.running:  # Escape while importing cancels the import, not the dialog
            self.cancel()
            return
        super().reject()

    def _on_choose_zip_clicked(self) -> None:
        if self.source() == "text":
            filters = self.tr("Text files (*.txt *.md *.markdown);;ZIP archives (*.zip)")
        else:
            filters = self.tr("ZIP archives (*.zip);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the archive"), "", filters)
        if path:
            self.path.setText(path)

    def _on_choose_folder_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the unpacked folder"))
        if path:
            self.path.setText(path)


class SummaryWords(QObject):
    """The summary's counted phrases (a class, so that each gets its plural forms: see
    i18n/README.md, "Plurals")."""

    def found(self, s: ImportSummary) -> str:
        return self.tr("Found {posts}, {comments} and {replies}.").format(
            posts=self.tr("%Ln posts", "", s.posts),
            comments=self.tr("%Ln comments", "", s.comments),
            replies=self.tr("%Ln replies", "", s.replies),
        )

    def also(self, s: ImportSummary) -> str:
        return self.tr("Also {shares} and {reactions}, for your activity log.").format(
            shares=self.tr("%Ln reposts", "", s.shares),
            reactions=self.tr("%Ln reactions", "", s.reactions),
        )

    def new(self, s: ImportSummary) -> str:
        return self.tr("New: {texts} in your corpus and {activities} in your activity log.").format(
            texts=self.tr("%Ln texts", "", s.new_posts),
            activities=self.tr("%Ln entries", "", s.new_activities),
        )


def summary_text(s: ImportSummary) -> str:
    """The end of an import in plain words: found, new, skipped and why, dates, languages; its
    numbers and dates in the language of the moment."""
    words = SummaryWords()
    n = QLocale().toString
    lines = [words.found(s)]
    if s.shares or s.reactions:
        lines.append(words.also(s))
    if s.first is not None and s.last is not None:
        if s.first == s.last:
            lines.append(
                QCoreApplication.translate("VoiceImport", "On {day}.").format(
                    day=format_day(s.first)
                )
            )
        else:
            lines.append(
                QCoreApplication.translate("VoiceImport", "From {first} to {last}.").format(
                    first=format_day(s.first), last=format_day(s.last)
                )
            )
    if s.languages:
        listed = ", ".join(
            QCoreApplication.translate("VoiceImport", "{language} {count}").format(
                language=language_name(lang), count=n(count)
            )
            for lang, count in sorted(s.languages.items(), key=lambda kv: -kv[1])
        )
        lines.append(
            QCoreApplication.translate("VoiceImport", "Languages: {languages}.").format(
                languages=listed
            )
        )
    if s.new_posts or s.new_activities:
        lines.append(words.new(s))
    else:
        lines.append(
            QCoreApplication.translate("VoiceImport", "Nothing new: all of it was imported before.")
        )
    if s.skipped:
        reasons = ", ".join(
            QCoreApplication.translate("VoiceImport", "{count} {reason}").format(
                count=n(count), reason=skip_reason(key)
            )
            for key, count in sorted(s.skipped_reasons.items())
        )
        lines.append(
            QCoreApplication.translate("VoiceImport", "Left out: {reasons}.").format(
                reasons=reasons
            )
        )
    if s.deferred:  # stored, but the journey's refresh failed: the next start finishes it
        from app.services.store.derived import DEFERRED
        from app.ui.kit.i18n import translated

        lines.append(translated("Derived", DEFERRED))
    return "\n".join(lines)
