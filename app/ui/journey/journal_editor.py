"""The dialog for writing or changing one journal entry; private unless the person shares it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.journey.journal import EntryIssue, EntryKind, JournalEntry, entry_issues
from app.ui.guard import qt_override
from app.ui.journey.widgets import hint_style
from app.ui.kit.labels import label
from app.ui.kit.widgets import wrapped_label

# Issues that stop saving (the service refuses them too); the rest are hints.
REFUSED = frozenset({EntryIssue.EMPTY, EntryIssue.BAD_LINK})
NEW_KINDS = (EntryKind.REFLECTION, EntryKind.WIN, EntryKind.EXAMPLE)  # reviews come from goals


class JournalEditor(QDialog):
    """Kind, date, text, link and "share with coach"; ``entry()`` is the result.

    Saving is refused, with a message and the cursor in the field to fix, when the text is empty
    or the link is not a web address; a good example without a link gets a hint but may be saved.
    Ctrl+Enter in the text saves, as the Save button does.
    """

    def __init__(
        self, entry: JournalEntry | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.original = entry
        self.setMinimumWidth(520)
        self.kind = QComboBox(self)
        kinds = NEW_KINDS if entry is None or entry.kind in NEW_KINDS else tuple(EntryKind)
        for kind in kinds:
            self.kind.addItem(label(kind), kind.value)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.installEventFilter(self)
        self.link = QLineEdit(self)
        self.link.setPlaceholderText("https://…")
        self.share = QCheckBox(self)
        self.privacy = wrapped_label(self)
        self.hints = wrapped_label(self)
        self.hints.setObjectName("journalHints")
        self.hints.setStyleSheet(hint_style("QLabel#journalHints", edge=True))
        self.hints.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(4)]
        for caption, field in zip(
            self.labels, (self.kind, self.day, self.text, self.link), strict=True
        ):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.form.addRow("", self.share)
        self.form.addRow("", self.privacy)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hints)
        layout.addWidget(self.buttons)

        start = entry or JournalEntry(today, NEW_KINDS[0], "")
        self.kind.setCurrentIndex(self.kind.findData(start.kind.value))
        self.day.setDate(QDate(start.day.year, start.day.month, start.day.day))
        self.text.setPlainText(start.body)
        self.link.setText(start.link)
        self.share.setChecked(start.share_with_coach)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.link.textEdited.connect(lambda _text: self._show_hints(refused=False))
        self.text.textChanged.connect(lambda: self._show_hints(refused=False))
        self.share.toggled.connect(self._on_share_toggled)
        self.retranslate()
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        self.text.setFocus()

    def entry(self) -> JournalEntry:
        """The entry as filled in; an edited entry keeps its id and its goal."""
        picked = self.day.date()
        values = {
            "day": date(picked.year(), picked.month(), picked.day()),
            "kind": EntryKind(self.kind.currentData()),
            "body": self.text.toPlainText().strip(),
            "link": self.link.text().strip(),
            "share_with_coach": self.share.isChecked(),
        }
        if self.original is not None:
            return replace(self.original, **values)  # type: ignore[arg-type]
        return JournalEntry(**values)  # type: ignore[arg-type]

    def issues(self) -> list[EntryIssue]:
        return entry_issues(self.entry())

    @qt_override
    def accept(self) -> None:
        refused = [issue for issue in self.issues() if issue in REFUSED]
        if refused:
            self._show_hints(refused=True)
            (self.link if EntryIssue.BAD_LINK in refused else self.text).setFocus()
            return
        super().accept()

    # -- words -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        editing = self.original is not None
        self.setWindowTitle(
            self.tr("Edit journal entry") if editing else self.tr("New journal entry")
        )
        for caption, text in zip(
            self.labels,
            (self.tr("&Kind:"), self.tr("&Date:"), self.tr("&What happened:"), self.tr("&Link:")),
            strict=True,
        ):
            caption.setText(text)
        self.share.setText(self.tr("&Share with my coach"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self._on_kind_changed()
        self._on_share_toggled(self.share.isChecked())

    def hint_texts(self) -> list[str]:
        return [line for line in self.hints.text().splitlines() if line]

    def _message(self, issue: EntryIssue) -> str:
        if issue is EntryIssue.EMPTY:
            return self.tr("Write a few words first: the entry is empty.")
        if issue is EntryIssue.BAD_LINK:
            return self.tr(
                "This link can't be used: a link starts with https:// or http://, "
                "for example https://www.linkedin.com/…"
            )
        return self.tr("A good example needs a link, so that you can find it again.")

    def _show_hints(self, *, refused: bool) -> None:
        """Hints show while typing; refusals (empty text, bad link) once Save was pressed, and
        stay until fixed."""
        shown = set(self.hint_texts())
        lines = []
        for issue in self.issues():
            message = self._message(issue)
            if issue not in REFUSED or refused or message in shown:
                lines.append(message)
        self.hints.setText("\n".join(lines))
        self.hints.setVisible(bool(lines))

    def _on_kind_changed(self) -> None:
        kind = EntryKind(self.kind.currentData())
        self.text.setPlaceholderText(
            {
                EntryKind.REFLECTION: self.tr(
                    "What did you notice? What felt easy, what held you back?"
                ),
                EntryKind.WIN: self.tr(
                    "What went well? A post that started a good discussion, a customer case "
                    "handled well in public…"
                ),
                EntryKind.EXAMPLE: self.tr(
                    "What makes this a good example? What could you borrow from it?"
                ),
                EntryKind.REVIEW: self.tr("How is the goal going? What will you do next?"),
            }[kind]
        )
        self._show_hints(refused=False)

    def _on_share_toggled(self, shared: bool) -> None:
        self.privacy.setText(
            self.tr("Your coach will see this entry.")
            if shared
            else self.tr("Only you see this unless you share it with your coach.")
        )

    @qt_override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()  # guarded itself, and it opens no dialog: no need to wait
            return True
        return super().eventFilter(watched, event)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
