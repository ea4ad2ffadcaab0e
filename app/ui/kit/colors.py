"""Colours by what they mean, made from the palette and readable in light and dark.

Code in ``app/ui`` asks for a colour by its meaning (``muted(palette)``, ``warning(palette)``),
never writes a hex value (``tests/ui/test_contrast.py`` reads the code for that, and measures
every pair below in both appearances). Each colour starts from a hue that says what it means
and is darkened or lightened until it reaches WCAG's contrast against the background it is
drawn on: 4.5:1 for text, 3:1 for large text and for marks that carry meaning.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT = 4.5  # WCAG 2.x AA, body text
LARGE = 3.0  # large text (18 pt, or 14 pt bold) and non-text marks (WCAG 1.4.11)

# Hues that say what they mean; readable() moves their lightness, never their hue.
_WARNING_HUE = QColor(180, 83, 9)  # amber
_ERROR_HUE = QColor(198, 40, 40)  # red
_SUCCESS_HUE = QColor(22, 128, 61)  # green
_ACCENT_LIGHT = QColor(31, 111, 178)  # the selection and the accent, light appearance
_ACCENT_DARK = QColor(61, 124, 224)


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2.x)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(color: QColor, background: QColor) -> QColor:
    """``color`` as it looks drawn over ``background`` (its alpha blended away)."""
    alpha = color.alphaF()
    return QColor(
        round(color.red() * alpha + background.red() * (1 - alpha)),
        round(color.green() * alpha + background.green() * (1 - alpha)),
        round(color.blue() * alpha + background.blue() * (1 - alpha)),
    )


def readable(color: QColor, background: QColor, ratio: float = TEXT) -> QColor:
    """``color``, darkened (on a light background) or lightened (on a dark one) in small steps
    until it reaches ``ratio`` against ``background``; its hue is kept."""
    light_background = luminance(background) > 0.18
    candidate = QColor(color)
    for _ in range(100):
        if contrast(candidate, background) >= ratio:
            return candidate
        step = -0.02 if light_background else 0.02
        lightness = min(1.0, max(0.0, candidate.lightnessF() + step))
        candidate = QColor.fromHslF(
            max(candidate.hslHueF(), 0.0), candidate.hslSaturationF(), lightness, candidate.alphaF()
        )
    return QColor("black") if light_background else QColor("white")


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted(palette: QPalette) -> QColor:
    """Secondary text (captions, details, hints): softer than the text, still 4.5:1 on both the
    window and the fields' base."""
    text, window = (
        palette.color(QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorRole.Window),
    )
    base = palette.color(QPalette.ColorRole.Base)
    soft = QColor(
        round(text.red() * 0.62 + window.red() * 0.38),
        round(text.green() * 0.62 + window.green() * 0.38),
        round(text.blue() * 0.62 + window.blue() * 0.38),
    )
    return readable(readable(soft, window), base)


def warning(palette: QPalette) -> QColor:
    return _on_both(_WARNING_HUE, palette)


def error(palette: QPalette) -> QColor:
    return _on_both(_ERROR_HUE, palette)


def success(palette: QPalette) -> QColor:
    return _on_both(_SUCCESS_HUE, palette)


def _on_both(hue: QColor, palette: QPalette) -> QColor:
    window, base = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
    return readable(readable(hue, window), base)


def accent(palette: QPalette) -> QColor:
    """The accent (the selection, the sidebar's current page, chips): white text on it is
    4.5:1, and it stands out 3:1 from the window."""
    start = _ACCENT_DARK if _dark(palette) else _ACCENT_LIGHT
    return readable(start, QColor("white"))


def on_accent(palette: QPalette) -> QColor:
    del palette
    return QColor("white")


def notice_colors(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """An error notice: (background, text, border), readable in either appearance."""
    if _dark(palette):
        background = QColor(74, 21, 27)
        text = readable(QColor(255, 214, 218), background)
        border = QColor(140, 50, 60)
    else:
        background = QColor(253, 231, 233)
        text = readable(QColor(92, 0, 17), background)
        border = QColor(232, 163, 171)
    return background, text, border


def css(color: QColor) -> str:
    """For a style sheet: ``rgb(r, g, b)`` (or ``rgba``)."""
    if color.alpha() == 255:
        return f"rgb({color.red()}, {color.green()}, {color.blue()})"
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"


def apply_accent(palette: QPalette) -> QPalette:
    """The palette with our readable accent as its highlight (Fusion's light one is 3.7:1 under
    white text) and a placeholder colour that is readable too."""
    result = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.Highlight, accent(palette))
        result.setColor(group, QPalette.ColorRole.HighlightedText, on_accent(palette))
        result.setColor(group, QPalette.ColorRole.PlaceholderText, muted(palette))
    return result


# Marks over words in a text field (the writing check), a hue per kind of finding. A kind is
# also told by its underline style and named in words beside the text: never by colour alone.
_MARK_HUES = {
    "phrase": QColor(217, 119, 6),  # amber: stock phrases, marketing
    "voice": QColor(124, 58, 237),  # violet: the company's "we"
    "reading": QColor(37, 99, 235),  # blue: hard to read
    "caution": QColor(219, 39, 119),  # pink: check before posting
    "shared": QColor(13, 148, 136),  # teal: repeats the source
    "over": QColor(220, 38, 38),  # red: past the network's limit
}
MARK_MEANINGS = tuple(_MARK_HUES)


def text_mark(palette: QPalette, meaning: str, strong: bool = False) -> tuple[QColor, QColor]:
    """(background, underline) that mark words of a text field by what they mean (one of
    ``MARK_MEANINGS``): the field's text stays 4.5:1 on the background, and the underline
    stands out 3:1 from it. The background is opaque (the tint already blended over the base).
    ``strong``: a deeper tint, for words marked inside a longer mark of the same meaning (the
    passive verbs of a very hard sentence), so that they show."""
    hue = _MARK_HUES[meaning]
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    strength = (0.34 if _dark(palette) else 0.22) * (1.8 if strong else 1.0)
    tint = QColor(hue)
    while True:
        tint.setAlphaF(strength)
        background = over(tint, base)
        if contrast(text, background) >= TEXT or strength <= 0.04:
            break
        strength -= 0.02
    return background, readable(hue, background, LARGE)


_SPELLING_HUE = QColor(220, 38, 38)  # red, as every writing tool underlines a misspelt word


def spelling_line(palette: QPalette) -> QColor:
    """The wavy underline of a misspelt word: 3:1 against the field's base, light or dark."""
    return readable(_SPELLING_HUE, palette.color(QPalette.ColorRole.Base), LARGE)


# Paper: what is printed (the personal report) is dark on white whatever the app's theme.
PAPER = QColor(255, 255, 255)
PAPER_INK = QColor(26, 26, 26)
PAPER_MUTED = QColor(85, 85, 85)  # 7.5:1 on white
PAPER_RULE = QColor(187, 187, 187)  # table lines
PAPER_SHADE = QColor(238, 238, 238)  # table heads


def paper_palette() -> QPalette:
    """Dark text on white, for painting what goes on paper."""
    palette = QPalette(QColor(244, 244, 244), PAPER)
    palette.setColor(QPalette.ColorRole.WindowText, PAPER_INK)
    palette.setColor(QPalette.ColorRole.Text, PAPER_INK)
    return palette
