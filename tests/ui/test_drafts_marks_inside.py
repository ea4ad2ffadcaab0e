"""Words marked inside a longer mark of their kind (issue 20): the passive verbs and -minen
nouns of a very hard Finnish sentence are marked "hard to read" like the sentence, so they get
a deeper tint of it, or the person could not see which words the flags mean."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app.domain.checks.flags import FlagKind
from app.domain.drafts.networks import Network
from app.services import language_tools
from app.services.drafts import CheckOptions, run_check
from app.ui.drafts.highlight import to_utf16
from app.ui.drafts.marks import Mark, check_marks, mark_format
from app.ui.kit import colors
from app.ui.kit.theme import dark_palette
from tests.language_tools import require_installed

TEXT = (
    "Tuotekehitysprosessin tehostaminen ja toteutettavuuden arviointi käynnistettiin "
    "keväällä yhteistyössä asiakasorganisaatioiden tietohallintojohtajien kanssa. "
    "Tarpeet selvitettiin ja ratkaisu toteutettiin nopeasti."
)


@pytest.fixture(autouse=True)
def fresh_tools() -> Any:
    language_tools.forget()
    yield
    language_tools.forget()


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_passive_words_in_a_very_hard_sentence_show_deeper(
    qapp: QApplication, appearance: str
) -> None:
    require_installed()
    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    palette: QPalette = colors.apply_accent(
        fusion.standardPalette() if appearance == "light" else dark_palette()
    )
    result = run_check(TEXT, Network.LINKEDIN, CheckOptions(language="fi"))
    assert {FlagKind.HARD_TO_READ, FlagKind.PASSIVE_HEAVY} <= {f.kind for f in result.flags}
    marks = check_marks(TEXT, result, palette)
    plain = mark_format(Mark.READING, palette).background().color()
    deep = mark_format(Mark.READING, palette, strong=True).background().color()

    def tint_of(word: str) -> Any:
        ((start, end),) = to_utf16(TEXT, [(TEXT.find(word), TEXT.find(word) + len(word))])
        covering = [f for s, e, f in marks if s <= start and end <= e]
        return covering[-1].background().color()  # the last painted shows

    assert tint_of("käynnistettiin") == deep  # a passive verb, in the very hard sentence
    assert tint_of("tehostaminen") == deep  # a -minen noun
    assert tint_of("keväällä") == plain  # the rest of the sentence
