"""Fake "bold" and "italic" letters (Unicode math alphanumerics and friends) in a post."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

# Post "formatting" tools swap letters for look-alike symbols: screen readers spell them out or
# skip them, and search does not find the word. We warn, and offer the plain text (NFKC maps
# each back to its letter). Covered: Mathematical Alphanumeric Symbols (bold, italic, script,
# double-struck, sans, monospace), their holes filled from Letterlike Symbols (ℎ ℬ ℂ …),
# fullwidth Latin (Ｂｏｌｄ), and circled and squared Latin letters (ⓑ 🄱).
_LETTERLIKE: Final = "ℂℊℋℌℍℎℐℑℒℓℕℙℚℛℜℝℤℨℬℭℯℰℱℳℴ"
_STYLED_CLASS: Final = (
    "\U0001d400-\U0001d7ff"
    + _LETTERLIKE
    + "\uff21-\uff3a\uff41-\uff5a"  # fullwidth A-Z, a-z
    + "\u24b6-\u24e9"  # circled A-Z, a-z
    + "\U0001f130-\U0001f149"  # squared A-Z
)
# A run of styled letters, with the spaces and punctuation between them, is one finding. There
# is no styled "ä" or "å": generators leave such letters plain, so up to two plain letters
# inside a styled word belong to it ("𝐓𝐚𝐫𝐤𝐞ä𝐭").
_S: Final = f"[{_STYLED_CLASS}]"
_RUN: Final = re.compile(rf"{_S}+(?:(?:[ \t,.;:!?'’\-]+|[^\W\d_]{{1,2}}){_S}+)*")


@dataclass(frozen=True)
class StyledRun:
    start: int
    end: int
    text: str
    plain: str  # the same words in ordinary letters


def styled_runs(text: str) -> list[StyledRun]:
    runs: list[StyledRun] = []
    for match in _RUN.finditer(text):
        run = match.group()
        # Letterlike symbols alone are real symbols (ℓ for litre, ℝ in maths): skip a run made
        # only of them.
        if all(c in _LETTERLIKE or not c.isalpha() for c in run):
            continue
        runs.append(StyledRun(match.start(), match.end(), run, unicodedata.normalize("NFKC", run)))
    return runs
