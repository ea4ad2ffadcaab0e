"""Small dialogs of the studio: capture an idea, mark published, enter the outcome, plan a post."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts.model import Outcome, parse_tags
from app.domain.drafts.networks import Network
from app.ui.drafts.texts import network_name
from app.ui.kit.widgets import wrapped_label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _network_box(parent: QWidget, current: Network) -> QComboBox:
    box = QComboBox(parent)
    for network in Network:
        box.addItem(network_name(network), network)
    box.setCurrentIndex(list(Network).index(current))
    return box


class IdeaDialog(QDialog):
    """Capture an idea from anywhere: a line or a few, and tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New idea"))
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("What could you post about? A line is enough."))
        self.text.setMaximumHeight(120)
        layout.addWidget(self.text)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Tags, e.g. hiring, ai"))
        layout.addWidget(self.tags)
        layout.addWidget(_buttons(self))
        self.resize(440, 220)

    def idea(self) -> tuple[str, tuple[str, ...]]:
        return self.text.toPlainText().strip(), parse_tags(self.tags.text())


class PublishDialog(QDialog):
    """Mark a draft published: when (``today`` to start with), where, and the link."""

    def __init__(self, network: Network, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as published"))
        layout = QVBoxLayout(self)
        note = wrapped_label(self)
        note.setText(
            self.tr("OwnVoice never posts for you. Once you have posted it, note it here.")
        )
        layout.addWidget(note)
        form = QFormLayout()
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setCalendarPopup(True)
        form.addRow(self.tr("Date"), self.day)
        self.network = _network_box(self, network)
        form.addRow(self.tr("Channel"), self.network)
        self.link = QLineEdit(self)
        self.link.setPlaceholderText("https://")
        form.addRow(self.tr("Link"), self.link)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[date, Network, str]:
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())
        return day, Network(self.network.currentData()), self.link.text().strip()


class OutcomeDialog(QDialog):
    """How the post did, entered by hand."""

    def __init__(self, outcome: Outcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How did it go?"))
        form = QFormLayout(self)
        self.boxes: dict[str, QSpinBox] = {}
        labels = {
            "reactions": self.tr("Reactions"),
            "comments": self.tr("Comments"),
            "reposts": self.tr("Reposts"),
            "new_contacts": self.tr("New contacts"),
        }
        for name, text in labels.items():
            box = QSpinBox(self)
            box.setRange(0, 1_000_000)
            box.setValue(getattr(outcome, name) or 0)
            form.addRow(text, box)
            self.boxes[name] = box
        form.addRow(_buttons(self))

    def outcome(self, today: date) -> Outcome:
        values = {name: box.value() for name, box in self.boxes.items()}
        return Outcome(entered=today, **values)


class PlanDialog(QDialog):
    """When to post which variant (tomorrow at nine, to start with)."""

    def __init__(self, network: Network, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan this post"))
        form = QFormLayout(self)
        day = today + timedelta(days=1)
        start = QDateTime(QDate(day.year, day.month, day.day), QTime(9, 0))
        self.when = QDateTimeEdit(start, self)
        self.when.setCalendarPopup(True)
        form.addRow(self.tr("When"), self.when)
        self.network = _network_box(self, network)
        form.addRow(self.tr("Channel"), self.network)
        form.addRow(_buttons(self))

    def values(self) -> tuple[datetime, Network]:
        when: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        return when.replace(second=0, microsecond=0), Network(self.network.currentData())
