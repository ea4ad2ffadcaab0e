"""Marking spans of a draft: the check's findings and what is past the limit, each in its layer.

The checks give offsets in code points (Python's ``str``); Qt's document counts UTF-16 units, so
an emoji before a flag would shift it. ``to_utf16`` converts. The formats come from
``marks.mark_format``: a tint that keeps the text readable and an underline style per kind.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.ui.guard import qt_override

Marked = tuple[int, int, QTextCharFormat]


def to_utf16(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Code-point spans of ``text`` as UTF-16 spans (equal when all is in the BMP)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return list(spans)
    prefix = [0]
    for ch in text:
        prefix.append(prefix[-1] + (2 if ord(ch) >= 0x10000 else 1))
    last = len(text)
    return [(prefix[min(s, last)], prefix[min(e, last)]) for s, e in spans]


class SpanHighlighter(QSyntaxHighlighter):
    """Formats absolute UTF-16 spans of the document, in named layers painted in order (a later
    layer wins where they overlap): ``set_spans(spans, layer)``."""

    LAYERS = ("check", "over")

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._layers: dict[str, list[Marked]] = {name: [] for name in self.LAYERS}

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The check's spans (the findings marked in the text)."""
        return [(s, e) for s, e, _ in self._layers["check"]]

    def layer(self, name: str) -> list[Marked]:
        return list(self._layers[name])

    def set_spans(self, spans: Sequence[Marked], layer: str = "check") -> None:
        new = list(spans)
        old = self._layers[layer]
        if [(s, e) for s, e, _ in new] == [(s, e) for s, e, _ in old] and all(
            a == b for (_, _, a), (_, _, b) in zip(new, old, strict=True)
        ):
            return
        self._layers[layer] = new
        self.rehighlight()

    @qt_override(default=None)
    def highlightBlock(self, text: str) -> None:
        start = self.currentBlock().position()
        end = start + len(text.encode("utf-16-le")) // 2
        for name in self.LAYERS:
            for s, e, fmt in self._layers[name]:
                if e <= start or s >= end:
                    continue
                a, b = max(s, start) - start, min(e, end) - start
                if b > a:
                    self.setFormat(a, b - a, fmt)
