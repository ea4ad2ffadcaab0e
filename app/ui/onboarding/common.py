"""Small pieces every wizard step uses: headings, hints, radio rows, keyboard-friendly buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.ui.guard import qt_override
from app.ui.kit.widgets import wrapped_label

K = TypeVar("K")
# WCAG 2.2 target size is 24 x 24 px at least; a little more keeps rows apart.
TARGET = 28


def _target(button: QAbstractButton) -> QRect:
    """Where a click counts: the button's full height, from its left edge to the end of its
    words (or TARGET px when it has none), not the space a layout adds beyond them."""
    return QRect(0, 0, min(button.width(), button.sizeHint().width()), button.height())


class TargetRadioButton(QRadioButton):
    """A radio button at least TARGET px square that takes a click anywhere on its circle,
    words and height (a bare one, in a grid under column headers, would otherwise take clicks
    on its 14 px circle only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(TARGET, TARGET)

    @qt_override
    def hitButton(self, pos: QPoint) -> bool:
        return _target(self).contains(pos)

    @qt_override
    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(TARGET, TARGET))


class TargetCheckBox(QCheckBox):
    """A check box at least TARGET px high (and square without words), taking a click
    anywhere on its box, words and height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(TARGET, TARGET)

    @qt_override
    def hitButton(self, pos: QPoint) -> bool:
        return _target(self).contains(pos)

    @qt_override
    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(TARGET, TARGET))


def no_mnemonic(text: str) -> str:
    """Text from data on a button: a literal ``&`` must not become a keyboard shortcut."""
    return text.replace("&", "&&")


def section_label(parent: QWidget) -> QLabel:
    """A bold, wrapped question or section title."""
    label = wrapped_label(parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def step_title(parent: QWidget) -> QLabel:
    label = section_label(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    label.setFont(font)
    return label


def checkbox_grid(
    parent: QWidget, keys: Iterable[K], on_toggled: Callable[[], None], columns: int = 3
) -> tuple[QGridLayout, dict[K, QCheckBox]]:
    """A checkbox per key, laid out in rows of ``columns``; texts are set by the caller."""
    grid = QGridLayout()
    boxes: dict[K, QCheckBox] = {}
    for index, key in enumerate(keys):
        box = TargetCheckBox(parent)
        box.toggled.connect(lambda _checked: on_toggled())
        grid.addWidget(box, index // columns, index % columns)
        boxes[key] = box
    return grid, boxes


# Hours a week for social media, as the survey and the expertise step both ask.
MAX_HOURS = 40.0


def hours_field(parent: QWidget, layout: QBoxLayout) -> tuple[QLabel, QDoubleSpinBox]:
    """The "hours a week" question: its label (text set by the caller) and a spin box in
    half hours, added to ``layout``."""
    label = section_label(parent)
    hours = QDoubleSpinBox(parent)
    hours.setRange(0.0, MAX_HOURS)
    hours.setDecimals(1)
    hours.setSingleStep(0.5)
    label.setBuddy(hours)
    row = QHBoxLayout()
    row.addWidget(hours)
    row.addStretch(1)
    layout.addWidget(label)
    layout.addLayout(row)
    return label, hours


def hint_label(parent: QWidget) -> QLabel:
    """Gentle hints: wrapped, italic, hidden while there is nothing to say."""
    label = wrapped_label(parent)
    font = QFont(label.font())
    font.setItalic(True)
    label.setFont(font)
    label.hide()
    return label


def show_hints(label: QLabel, hints: Sequence[str]) -> None:
    label.setText("\n".join(f"• {hint}" for hint in hints))
    label.setVisible(bool(hints))


def push_button(parent: QWidget) -> QPushButton:
    """A button that Enter presses when it has focus (outside dialogs Qt's default is not to)."""
    button = QPushButton(parent)
    button.setAutoDefault(True)
    return button


class RadioChoice(Generic[K]):
    """An exclusive set of radio buttons keyed by the values they stand for.

    Arrow keys move between them (choosing, once one is chosen); Tab stops only at the chosen
    one, so a row of answers costs one Tab.
    """

    def __init__(self, parent: QWidget, keys: Iterable[K]) -> None:
        self.group = QButtonGroup(parent)
        self.buttons: dict[K, QRadioButton] = {}
        for index, key in enumerate(keys):
            button = TargetRadioButton(parent)
            self.group.addButton(button, index)
            self.buttons[key] = button
        self.group.buttonToggled.connect(self._fix_tab_stop)
        self._fix_tab_stop()

    def _fix_tab_stop(self) -> None:
        # Qt moves the single tab stop only when a button of the group gets focus; until then
        # Tab would land on the first button, where arrows move without choosing. So keep the
        # tab stop on the chosen answer (or the first, when none is chosen) from the start.
        buttons = list(self.buttons.values())
        stop = next((b for b in buttons if b.isChecked()), buttons[0] if buttons else None)
        for button in buttons:
            policy = Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def value(self) -> K | None:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None

    def set_value(self, key: K | None) -> None:
        if key is None:
            # An exclusive group will not uncheck its last button, so lift the rule for a moment.
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[key].setChecked(True)

    def widgets(self) -> list[QRadioButton]:
        return list(self.buttons.values())


class WizardButtons(QWidget):
    """Back on the left; Skip and Next (Finish on the last step) on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 8, 32, 16)
        self.back = push_button(self)
        self.skip = push_button(self)
        self.next = push_button(self)
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.skip)
        row.addWidget(self.next)

    def retranslate(self, last: bool) -> None:
        self.back.setText(self.tr("&Back"))
        self.skip.setText(self.tr("&Skip"))
        self.skip.setToolTip(self.tr("Go on without saving this step"))
        self.next.setText(self.tr("&Finish") if last else self.tr("&Next"))
