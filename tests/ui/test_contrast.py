"""Every colour pair the app paints or styles is readable, in light and dark (issue 22): text
4.5:1, marks that carry meaning 3:1 (WCAG 2.x AA, 1.4.3 and 1.4.11).

Colours come from app/ui/kit/colors.py by meaning, or from the palette; the first test reads
the code so that no other module writes a colour of its own, the rest measure the pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.habits.paint import habit_colors
from app.ui.kit import colors
from app.ui.kit.colors import LARGE, TEXT, contrast
from app.ui.kit.theme import dark_palette

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
# Where colours are defined: the palettes and the meanings. Nowhere else.
DEFINE_COLOURS = {UI / "kit" / "colors.py", UI / "kit" / "theme.py"}
LITERAL = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![0-9a-fA-F])|QColor\(\s*\d|QColor\(\s*\""
)
Role = QPalette.ColorRole


def test_no_module_writes_a_colour_of_its_own() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path in DEFINE_COLOURS:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("  #")[0]
            if LITERAL.search(code):
                found.append(f"{path.relative_to(UI.parent.parent)}:{number}: {line.strip()}")
    assert not found, "\n" + "\n".join(found)


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The palette OwnVoice paints with in each appearance (Fusion where it paints its own)."""
    from PySide6.QtWidgets import QStyleFactory

    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    base = fusion.standardPalette() if request.param == "light" else dark_palette()
    yield colors.apply_accent(base)


def pairs(palette: QPalette) -> list[tuple[str, QColor, QColor, float]]:
    """(what, foreground, background, the ratio it needs)."""
    c = palette.color
    window, base = c(Role.Window), c(Role.Base)
    found = [
        ("text on a field", c(Role.Text), base, TEXT),
        ("text on the window", c(Role.WindowText), window, TEXT),
        ("button text", c(Role.ButtonText), c(Role.Button), TEXT),
        ("selected text", c(Role.HighlightedText), c(Role.Highlight), TEXT),
        ("placeholder text", c(Role.PlaceholderText), base, TEXT),
        ("a link", c(Role.Link), base, TEXT),
        ("a tooltip", c(Role.ToolTipText), c(Role.ToolTipBase), TEXT),
        ("the accent as a mark", colors.accent(palette), window, LARGE),
        ("text on the accent", colors.on_accent(palette), colors.accent(palette), TEXT),
    ]
    for name in ("muted", "warning", "error", "success"):
        colour = getattr(colors, name)(palette)
        found += [(f"{name} text on the window", colour, window, TEXT)]
        found += [(f"{name} text on a field", colour, base, TEXT)]
    background, text, _border = colors.notice_colors(palette)
    found.append(("an error notice", text, background, TEXT))
    habit = habit_colors(palette)
    found += [
        ("a habit's amount chip", habit.on_done, habit.done, TEXT),
        ("a done day", habit.done, base, LARGE),
        ("a day covered by the frequency", habit.covered, base, LARGE),
        ("a skipped day", habit.skipped, base, LARGE),
        ("an open day's ring", habit.empty, base, LARGE),
        ("habit captions", habit.muted, base, TEXT),
    ]
    return found


def test_every_pair_is_readable(palette: QPalette) -> None:
    low = [
        f"{what}: {fg.name()} on {bg.name()} is {contrast(fg, bg):.2f}:1 (needs {need}:1)"
        for what, fg, bg, need in pairs(palette)
        if contrast(fg, bg) < need
    ]
    assert not low, "\n" + "\n".join(low)


def test_readable_keeps_the_hue_and_reaches_the_ratio() -> None:
    amber = QColor(217, 119, 6)
    for background in (QColor("white"), QColor(31, 31, 31)):
        made = colors.readable(amber, background)
        assert contrast(made, background) >= TEXT
        assert abs(made.hslHueF() - amber.hslHueF()) < 0.02
