"""Step 2, find your benefits: a role lens, up to three benefit cards, and why in own words."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.journey.profile import MAX_BENEFITS, Benefit, RoleLens
from app.ui.guard import qt_override
from app.ui.kit.widgets import wrapped_label
from app.ui.onboarding.common import (
    RadioChoice,
    TargetCheckBox,
    hint_label,
    no_mnemonic,
    section_label,
    step_title,
)
from app.ui.onboarding.words import Words, joined

CARD_COLUMNS = 2
_CARD_STYLE = """
QFrame#benefitCard { border: 1px solid palette(mid); border-radius: 6px; }
QFrame#benefitCard[chosen="true"] { border: 2px solid palette(highlight); }
"""


class BenefitCard(QFrame):
    """A checkable card: the benefit, what it means, and examples for the chosen role.

    Signals:
        toggled(bool): the person ticked or unticked the card.
    """

    toggled = Signal(bool)

    def __init__(
        self, benefit: Benefit, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.benefit = benefit
        self.compact = compact  # the title only; what it means in its tooltip
        self.setObjectName("benefitCard")
        self.setStyleSheet(_CARD_STYLE)
        layout = QVBoxLayout(self)
        # The title is a wrapping label beside a bare check box: a check box's own text never
        # wraps, and a long title (Finnish compounds) would widen the whole page.
        top = QHBoxLayout()
        self.check = TargetCheckBox(self)
        self.title = wrapped_label(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.installEventFilter(self)
        top.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        self.description = wrapped_label(self)
        self.examples = wrapped_label(self)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addWidget(self.examples)
        layout.addStretch(1)
        self.check.toggled.connect(self._on_check_toggled)

    @qt_override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.title and event.type() == QEvent.Type.MouseButtonRelease:
            self.check.click()  # the title is part of the box's label, as with plain text
            return True
        return super().eventFilter(watched, event)

    def is_chosen(self) -> bool:
        return self.check.isChecked()

    def set_chosen(self, chosen: bool) -> None:
        self.check.setChecked(chosen)

    def refuse(self) -> None:
        """Untick without telling anyone: the step says why instead."""
        self.check.blockSignals(True)
        self.check.setChecked(False)
        self.check.blockSignals(False)
        self._restyle()

    def show_texts(self, title: str, description: str, examples: tuple[str, ...]) -> None:
        self.title.setText(title)
        self.check.setAccessibleName(title)
        self.description.setText(description)
        self.description.setVisible(bool(description) and not self.compact)
        self.examples.setText(joined(examples))
        self.examples.setVisible(bool(examples) and not self.compact)
        self.check.setAccessibleDescription(" ".join((description, *examples)).strip())
        self.setToolTip(description if self.compact else "")

    def _on_check_toggled(self, on: bool) -> None:
        self._restyle()
        self.toggled.emit(on)

    def _restyle(self) -> None:
        self.setProperty("chosen", self.check.isChecked())
        self.style().unpolish(self)
        self.style().polish(self)


class BenefitsStep(QWidget):
    """Signals:
    changed(): the role or the chosen benefits changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        """``compact``: without the step's title and introduction, and cards with their titles
        only (Settings → You, where the person has seen them all once)."""
        super().__init__(parent)
        self.words = Words()
        self.chosen: list[Benefit] = []  # in the order picked
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = step_title(self)
        self.intro = wrapped_label(self)
        self.role_label = section_label(self)
        for widget in (self.title, self.intro, self.role_label):
            layout.addWidget(widget)
        self.title.setVisible(not compact)
        self.intro.setVisible(not compact)
        self.role = RadioChoice(self, RoleLens)
        roles = QGridLayout()
        for index, button in enumerate(self.role.widgets()):
            roles.addWidget(button, index // 2, index % 2)
            button.toggled.connect(self._on_role_toggled)
        layout.addLayout(roles)

        self.benefits_label = section_label(self)
        self.count = wrapped_label(self)
        layout.addWidget(self.benefits_label)
        layout.addWidget(self.count)
        self.cards_grid = QGridLayout()
        self.cards: dict[Benefit, BenefitCard] = {}
        for benefit in Benefit:
            card = BenefitCard(benefit, self, compact=compact)
            card.toggled.connect(lambda on, b=benefit: self._on_card_toggled(b, on))
            self.cards[benefit] = card
        layout.addLayout(self.cards_grid)
        self.refused = hint_label(self)
        layout.addWidget(self.refused)

        self.why_label = section_label(self)
        self.why = QPlainTextEdit(self)
        self.why.setTabChangesFocus(True)  # Tab leaves the box, as everywhere else in the wizard
        self.why.setMinimumHeight(90)
        self.why_label.setBuddy(self.why)
        layout.addWidget(self.why_label)
        layout.addWidget(self.why)
        self._arrange_cards()

    @property
    def first_input(self) -> QWidget:
        chosen = self.role.value()
        return self.role.buttons[chosen or RoleLens.LEADER]

    def value(self) -> tuple[RoleLens | None, tuple[Benefit, ...], str]:
        return self.role.value(), tuple(self.chosen), self.why.toPlainText().strip()

    def set_value(self, role: RoleLens | None, benefits: tuple[Benefit, ...], why: str) -> None:
        self.role.set_value(role)
        self.chosen = []
        for benefit, card in self.cards.items():
            card.set_chosen(benefit in benefits[:MAX_BENEFITS])
        self.chosen = [b for b in benefits[:MAX_BENEFITS] if b in self.cards]
        self.why.setPlainText(why)
        self.refused.hide()
        self._arrange_cards()
        self.retranslate(self.words)

    def retranslate(self, words: Words) -> None:
        self.words = words
        self.title.setText(self.tr("Find your benefits"))
        self.intro.setText(
            self.tr(
                "Being visible is easier when you know what's in it for you. Pick the lens "
                "closest to your work, then up to three benefits that matter to you."
            )
        )
        self.role_label.setText(self.tr("Your role"))
        for key, button in self.role.buttons.items():
            button.setText(no_mnemonic(words.role(key)))
        self.benefits_label.setText(self.tr("Up to three benefits"))
        self.count.setText(
            self.tr("{count} of {max} chosen").format(count=len(self.chosen), max=MAX_BENEFITS)
        )
        role = self.role.value()
        for benefit, card in self.cards.items():
            card.show_texts(
                words.benefit(benefit),
                words.benefit_description(benefit),
                words.examples(benefit, role),
            )
        self.refused.setText(
            self.tr(
                "Three is plenty to start with. If this one matters more, untick another first."
            )
        )
        self.why_label.setText(self.tr("Why does this matter to you? In your own words:"))
        self.why.setAccessibleName(self.tr("Why, in your own words"))
        self.why.setPlaceholderText(
            self.tr("For example: I want customers to find me before they need me.")
        )

    def _arrange_cards(self) -> None:
        """Lay the cards out in the role's order, and let Tab follow that order."""
        order = [self.cards[b] for b in self.words.benefit_order(self.role.value())]
        for card in order:
            self.cards_grid.removeWidget(card)
        for index, card in enumerate(order):
            self.cards_grid.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
        chain: list[QWidget] = [*self.role.widgets(), *(card.check for card in order), self.why]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _on_role_toggled(self, on: bool) -> None:
        if on:
            self._arrange_cards()
            self.retranslate(self.words)
            self.changed.emit()

    def _on_card_toggled(self, benefit: Benefit, on: bool) -> None:
        if on and benefit not in self.chosen:
            if len(self.chosen) >= MAX_BENEFITS:
                self.cards[benefit].refuse()
                self.refused.show()
                return
            self.chosen.append(benefit)
        elif not on and benefit in self.chosen:
            self.chosen.remove(benefit)
        self.refused.hide()
        self.count.setText(
            self.tr("{count} of {max} chosen").format(count=len(self.chosen), max=MAX_BENEFITS)
        )
        self.changed.emit()
