"""What the writing check marks in the text, by kind: a colour, an underline style and words.

Like Hemingway's editor, each kind of finding has its own colour in the text and a legend that
names it; unlike a colour alone, each also has its own underline style, and the flag list says
in words which words it means.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtGui import QPalette, QTextCharFormat

from app.domain.checks.flags import WHOLE_DRAFT_KINDS, Flag, FlagKind
from app.domain.checks.spelling import Misspelling
from app.domain.checks.voice_check import CheckResult
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.text.links import Span
from app.ui.drafts.highlight import Marked, to_utf16
from app.ui.kit.colors import spelling_line, text_mark
from app.ui.kit.i18n import translated

_C = "DraftTexts"


class Mark(StrEnum):
    """Kinds of marks, in the order of the legend. The value is the colour's meaning."""

    PHRASE = "phrase"
    VOICE = "voice"
    READING = "reading"
    CAUTION = "caution"
    SHARED = "shared"
    OVER = "over"


MARK_OF: dict[FlagKind, Mark] = {
    FlagKind.CLICHE: Mark.PHRASE,
    FlagKind.ADVOCACY_BOILERPLATE: Mark.PHRASE,
    FlagKind.COMPANY_VOICE: Mark.VOICE,
    FlagKind.NO_PERSONAL_ANGLE: Mark.VOICE,
    FlagKind.NO_INVITATION: Mark.VOICE,
    FlagKind.LONG_SENTENCE: Mark.READING,
    FlagKind.HARD_TO_READ: Mark.READING,
    FlagKind.PASSIVE_HEAVY: Mark.READING,
    FlagKind.NOMINAL_STYLE: Mark.READING,
    FlagKind.SENSITIVE_WORD: Mark.CAUTION,
    FlagKind.MENTION_EMPLOYER: Mark.CAUTION,
    FlagKind.UNICODE_STYLING: Mark.CAUTION,
}

_UNDERLINES: dict[Mark, QTextCharFormat.UnderlineStyle] = {
    Mark.PHRASE: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Mark.VOICE: QTextCharFormat.UnderlineStyle.DotLine,
    Mark.READING: QTextCharFormat.UnderlineStyle.DashUnderline,
    Mark.CAUTION: QTextCharFormat.UnderlineStyle.SingleUnderline,
    Mark.SHARED: QTextCharFormat.UnderlineStyle.DashDotLine,
    Mark.OVER: QTextCharFormat.UnderlineStyle.DashDotDotLine,
}

_NAMES: dict[Mark, str] = {
    Mark.PHRASE: QT_TRANSLATE_NOOP("DraftTexts", "Stock phrase or marketing"),
    Mark.VOICE: QT_TRANSLATE_NOOP("DraftTexts", "The company’s “we”"),
    Mark.READING: QT_TRANSLATE_NOOP("DraftTexts", "Hard to read"),
    Mark.CAUTION: QT_TRANSLATE_NOOP("DraftTexts", "Check before posting"),
    Mark.SHARED: QT_TRANSLATE_NOOP("DraftTexts", "Repeats the source"),
    Mark.OVER: QT_TRANSLATE_NOOP("DraftTexts", "Past the limit"),
}


def mark_name(mark: Mark) -> str:
    return translated(_C, _NAMES[mark])


def underline_style(mark: Mark) -> QTextCharFormat.UnderlineStyle:
    return _UNDERLINES[mark]


def mark_format(mark: Mark, palette: QPalette, strong: bool = False) -> QTextCharFormat:
    """The format of a mark; ``strong`` for one inside a longer mark of its kind (a deeper
    tint: the passive verbs of a very hard sentence still show)."""
    background, line = text_mark(palette, mark.value, strong)
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setUnderlineStyle(_UNDERLINES[mark])
    fmt.setUnderlineColor(line)
    return fmt


def flag_spans(flag: Flag) -> list[Span]:
    """Where a flag marks the text: its words, or for a flag about the whole draft the words it
    names (each "we", each very hard sentence); nothing for one that names none."""
    if flag.kind in WHOLE_DRAFT_KINDS:
        return list(flag.marks)
    return [(flag.start, flag.end)]


def marked_spans(flags: Sequence[Flag]) -> list[tuple[int, int, Mark]]:
    """Every (start, end, mark) to paint for ``flags``, longest first: where marks overlap, the
    shorter one (a stock phrase inside a very hard sentence) is painted last and shows."""
    found = [(s, e, MARK_OF[f.kind]) for f in flags for s, e in flag_spans(f)]
    return sorted(found, key=lambda m: (m[0] - m[1], m[0], m[2].value))


def check_marks(text: str, result: CheckResult, palette: QPalette) -> list[Marked]:
    """What to paint in ``text`` for the check's ``result``: the flags' marks, and the passages
    repeated from the source when there are too many, as UTF-16 spans with their formats."""
    formats = {(m, deep): mark_format(m, palette, deep) for m in Mark for deep in (False, True)}
    found = marked_spans(result.flags)
    if result.similarity is not None and result.similarity.too_similar:
        found += [(s, e, Mark.SHARED) for s, e in result.similarity.shared_spans_in_draft]
    utf16 = to_utf16(text, [(a, b) for a, b, _ in found])
    inside = _inside(found)
    return [
        (s, e, formats[m, i in inside])
        for i, ((s, e), (_, _, m)) in enumerate(zip(utf16, found, strict=True))
    ]


def _inside(found: Sequence[tuple[int, int, Mark]]) -> set[int]:
    """The marks (by index) that lie inside a longer mark of the same kind: painted alike they
    would not show (a passive verb in a very hard sentence)."""
    by_mark: dict[Mark, list[tuple[int, int]]] = {}
    for start, end, mark in found:
        by_mark.setdefault(mark, []).append((start, end))
    return {
        i
        for i, (start, end, mark) in enumerate(found)
        if any(a <= start and end <= b and b - a > end - start for a, b in by_mark[mark])
    }


def spelling_format(palette: QPalette) -> QTextCharFormat:
    """A misspelt word: a red wavy underline, no tint (the text's own marks keep theirs)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(spelling_line(palette))
    return fmt


def spelling_marks(text: str, spelling: Sequence[Misspelling], palette: QPalette) -> list[Marked]:
    """The misspelt words of ``text`` as UTF-16 spans with their format."""
    fmt = spelling_format(palette)
    return [(s, e, fmt) for s, e in to_utf16(text, [(m.start, m.end) for m in spelling])]
