"""Where LinkedIn's "…see more" fold is likely to fall, and whether the opening line survives it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

# The model (docs/DRAFTING.md): the feed shows a post up to a number of characters or three
# visual lines, whichever comes first; a line break always starts a new line, so an empty line
# between paragraphs costs a whole line. LinkedIn does not publish the numbers and they vary with
# screen and font. FORMATS.md gives 140–210 characters on mobile and 210–250 on desktop: we take
# the low end, so "the opening survives" is a promise rather than a hope. Line widths are a
# phone at the default font (about 47 characters: three lines ≈ 140) and the desktop feed column
# (about 80 characters: three lines ≈ 240). Lines wrap at spaces, as the feed does.


@dataclass(frozen=True)
class FoldModel:
    max_chars: int
    chars_per_line: int
    max_lines: int = 3


MOBILE: Final = FoldModel(max_chars=140, chars_per_line=47)
DESKTOP: Final = FoldModel(max_chars=210, chars_per_line=80)


@dataclass(frozen=True)
class Fold:
    """Offsets into the text where the fold falls (None: the whole text shows)."""

    mobile_cut: int | None
    desktop_cut: int | None
    opening_survives_mobile: bool
    opening_survives_desktop: bool
    opening_end: int  # where the opening line ends (its first line or first sentence)


def fold(text: str) -> Fold:
    opening = opening_end(text)
    mobile = fold_cut(text, MOBILE)
    desktop = fold_cut(text, DESKTOP)
    return Fold(
        mobile_cut=mobile,
        desktop_cut=desktop,
        opening_survives_mobile=mobile is None or opening <= mobile,
        opening_survives_desktop=desktop is None or opening <= desktop,
        opening_end=opening,
    )


_SENTENCE_END: Final = re.compile(r"[.!?…]+(?=\s|$)")


def opening_end(text: str) -> int:
    """End of the opening line: the first non-blank line, or its first sentence if shorter."""
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    if line_end == -1:
        line_end = len(text)
    match = _SENTENCE_END.search(text, start, line_end)
    end = match.end() if match else line_end
    return len(text[:end].rstrip())


def fold_cut(text: str, model: FoldModel) -> int | None:
    """The offset after which the feed shows "…see more", or None when the whole text fits."""
    body = text.rstrip()  # trailing blank lines are not shown
    lines_left = model.max_lines
    pos = 0
    cut: int | None = None
    for paragraph in body.split("\n"):
        end_of_paragraph = pos + len(paragraph)
        for line_end in _wrap(paragraph, model.chars_per_line):
            lines_left -= 1
            if lines_left == 0:
                cut = pos + line_end
                break
        if cut is not None:
            break
        pos = end_of_paragraph + 1
    limit = min(model.max_chars, cut) if cut is not None else model.max_chars
    if limit >= len(body) and (cut is None or cut >= len(body)):
        return None
    return limit


def _wrap(paragraph: str, width: int) -> list[int]:
    """Offsets (within the paragraph) where each visual line ends; an empty paragraph is a line."""
    ends: list[int] = []
    start = 0
    n = len(paragraph)
    while True:
        if n - start <= width:
            ends.append(n)
            return ends
        # Break at the last space within the width; a word longer than a line is cut.
        space = paragraph.rfind(" ", start, start + width + 1)
        end = space if space > start else start + width
        ends.append(end)
        start = end + 1 if space > start else end
