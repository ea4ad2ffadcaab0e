"""Choosing an exercise to assign: one from the library (in the coach's language, the person's
stage first) or one the coach writes, with its due day; and the dialog that assigns one to the
whole cohort."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
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

from app.domain.exchange.exercises import Exercise, LibraryExercise, due_after, for_stage
from app.domain.journey.ladder import Stage
from app.ui.guard import qt_override
from app.ui.kit.i18n import current_language
from app.ui.kit.labels import label
from app.ui.kit.widgets import wrapped_label

OWN = "own"  # the combo's last item: an exercise the coach writes


class ExercisePicker(QWidget):
    """The library's exercises, then "Write your own…"; a title and text (filled from the
    library, editable), and the due day."""

    def __init__(self, today: date, stage: Stage | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from app.services.exchange.exercises import load_library

        self.today = today
        key = stage.key if stage is not None else None
        self.library = for_stage(load_library(current_language()), key)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.choice = QComboBox(self)
        for item in self.library:
            self.choice.addItem(f"{label(_stage(item.stage))}: {item.title}", item.id)
        self.choice.addItem("", OWN)
        self.title = QLineEdit(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(70)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(QDate(today.year, today.month, today.day))
        self.rows = [(self.choice, "choice"), (self.title, "title"), (self.text, "text"),
                     (self.due, "due")]  # fmt: skip
        self.captions: dict[str, QLabel] = {}
        for widget, name in self.rows:
            caption = QLabel(self)
            caption.setBuddy(widget)
            self.captions[name] = caption
            form.addRow(caption, widget)
        self.form = form
        self.choice.currentIndexChanged.connect(self._on_choice)
        self.retranslate()
        self._on_choice()

    def chosen(self) -> LibraryExercise | None:
        ident = self.choice.currentData()
        return next((item for item in self.library if item.id == ident), None)

    def _on_choice(self) -> None:
        item = self.chosen()
        self.title.setText(item.title if item else "")
        self.text.setPlainText(item.text if item else "")
        due = due_after(self.today, item.days if item else 7)
        self.due.setDate(QDate(due.year, due.month, due.day))

    def exercise(self) -> Exercise | None:
        """The exercise as chosen now (a new id each time), or None without a title."""
        from app.services.exchange.exercises import new_exercise

        title = self.title.text().strip()
        if not title:
            return None
        item = self.chosen()
        due = self.due.date().toPython()
        assert isinstance(due, date)
        # A library exercise keeps its count only as the library wrote it.
        same = item is not None and title == item.title
        return new_exercise(
            self.today, max(due, self.today), title, self.text.toPlainText(),
            item.counts if same and item else None, item.target if same and item else 0,
            item.id if item else "",
        )  # fmt: skip

    def retranslate(self) -> None:
        self.choice.setItemText(self.choice.count() - 1, self.tr("Write your own…"))
        names = {"choice": self.tr("&Exercise:"), "title": self.tr("&Title:"),
                 "text": self.tr("&What to do:"), "due": self.tr("D&ue:")}  # fmt: skip
        for name, caption in self.captions.items():
            caption.setText(names[name])
        self.title.setPlaceholderText(self.tr("A short name for the exercise"))

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _stage(key: str) -> Stage:
    return next(stage for stage in Stage if stage.key == key)


class AssignToEveryoneDialog(QDialog):
    """One exercise for everyone in the cohort; each person gets it in their next feedback
    file."""

    def __init__(
        self, today: date, people: int, parent: QWidget | None = None, took_part: bool = False
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.intro = wrapped_label(self)
        layout.addWidget(self.intro)
        self.picker = ExercisePicker(today, None, self)
        layout.addWidget(self.picker)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.people = people
        self.setWindowTitle(self.tr("Assign an exercise to everyone"))
        self.intro.setText(
            self.tr(
                "Each of the %Ln people who took part in the session gets the exercise. Then "
                "choose a folder: a feedback file for each person is saved there, to send them.",
                "",
                people,
            )
            if took_part
            else self.tr(
                "Each of the %Ln people in this cohort gets the exercise. Then choose a folder: "
                "a feedback file for each person is saved there, to send them.",
                "",
                people,
            )
        )
        self.ok.setText(self.tr("Assign and save the files…"))
        self.picker.title.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))

    def saved_text(self, count: int, folder: str) -> str:
        """The status line once the files are saved."""
        return self.tr("Exercise assigned; %Ln feedback file(s) saved in {folder}.", "",
                       count).format(folder=folder)  # fmt: skip
