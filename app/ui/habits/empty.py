"""What the Habits page shows before there are habits: ready-made ones to add with one click."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.habits.templates import HabitTemplate, templates
from app.ui.habits import texts
from app.ui.kit.i18n import current_language
from app.ui.kit.widgets import heading_font, wrapped_label

STYLE = """
QFrame#templateCard { background: palette(base); border: 1px solid palette(midlight);
                      border-radius: 10px; }
"""


class TemplatePicker(QWidget):
    """Signals:
    templateChosen(object): add this ``HabitTemplate``.
    createRequested(): make a habit from scratch.
    """

    templateChosen = Signal(object)
    createRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, heading: bool = True) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(10)
        self.title = QLabel(self)
        self.title.setFont(heading_font(self.font(), 1.2))
        self.title.setVisible(heading)
        self.intro = wrapped_label(self)
        self.intro.setVisible(heading)
        self._column.addWidget(self.title)
        self._column.addWidget(self.intro)
        self.card = QFrame(self)
        self.card.setObjectName("templateCard")
        self.grid = QGridLayout(self.card)
        self.grid.setContentsMargins(16, 12, 16, 12)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(0, 1)
        self._column.addWidget(self.card)
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.createRequested)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addStretch(1)
        self._column.addLayout(row)
        self._column.addStretch(1)
        self.buttons: list[QPushButton] = []
        self.language = ""

    def fill(self, language: str | None = None, hidden: Collection[str] = ()) -> None:
        """Show the templates in ``language``; names in ``hidden`` (already habits) are left out."""
        self.language = language or current_language()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        shown = [t for t in templates(self.language) if t.name.casefold() not in hidden]
        for row, template in enumerate(shown):
            self._add_row(row, template)
        self.card.setVisible(bool(shown))
        self.retranslate()

    def _add_row(self, row: int, template: HabitTemplate) -> None:
        text = QVBoxLayout()
        text.setSpacing(1)
        name = QLabel(template.name, self.card)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        rule = wrapped_label(self.card)
        rule.setText(f"{texts.habit_rule(template.record.habit)} · {template.record.description}")
        text.addWidget(name)
        text.addWidget(rule)
        self.grid.addLayout(text, row, 0)
        add = QPushButton(self.card)
        add.setAccessibleName(template.name)
        add.clicked.connect(lambda: self.templateChosen.emit(template))
        self.grid.addWidget(add, row, 1)
        self.buttons.append(add)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Start with a habit or two"))
        self.intro.setText(
            self.tr(
                "A voice grows from small things done often: a thoughtful comment, an answer, "
                "an idea written down. Pick what fits you; you can change everything later."
            )
        )
        for button in self.buttons:
            button.setText(self.tr("Add"))
            button.setToolTip(self.tr("Add “{name}”").format(name=button.accessibleName()))
        self.create_button.setText(self.tr("Create your own habit…"))
