"""Marking spans of a draft: flags with a wavy underline, passages shared with a source in yellow.

The checks give offsets in code points (Python's ``str``); Qt's document counts UTF-16 units, so
an emoji before a flag would shift it. ``to_utf16`` converts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.ui.guard import qt_override


def to_utf16(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Code-point spans of ``text`` as UTF-16 spans (equal when all is in the BMP)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return list(spans)
    prefix = [0]
    for ch in text:
        prefix.append(prefix[-1] + (2 if ord(ch) >= 0x10000 else 1))
    last = len(text)
    return [(prefix[min(s, last)], prefix[min(e, last)]) for s, e in spans]


def flag_format(dark: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor("#f0a030" if dark else "#c05000"))
    fmt.setBackground(QColor(240, 160, 48, 60) if dark else QColor(255, 196, 120, 90))
    return fmt


def shared_format(dark: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(200, 180, 40, 90) if dark else QColor(255, 235, 80, 150))
    return fmt


class SpanHighlighter(QSyntaxHighlighter):
    """Formats absolute UTF-16 spans of the document; set them with ``set_spans``."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[tuple[int, int, QTextCharFormat]] = []

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(s, e) for s, e, _ in self._spans]

    def set_spans(self, spans: Sequence[tuple[int, int, QTextCharFormat]]) -> None:
        new = list(spans)
        if [(s, e) for s, e, _ in new] == self.spans and not new:
            return
        self._spans = new
        self.rehighlight()

    @qt_override(default=None)
    def highlightBlock(self, text: str) -> None:
        start = self.currentBlock().position()
        end = start + len(text.encode("utf-16-le")) // 2
        for s, e, fmt in self._spans:
            if e <= start or s >= end:
                continue
            a, b = max(s, start) - start, min(e, end) - start
            if b > a:
                self.setFormat(a, b - a, fmt)
