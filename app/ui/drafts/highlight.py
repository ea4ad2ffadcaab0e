"""Marking spans of a draft: the check's findings and what is past the limit, each in its layer.

The checks give offsets in code points (Python's ``str``); Qt's document counts UTF-16 units, so
an emoji before a flag would shift it. ``to_utf16`` converts. The formats come from
``marks.mark_format``: a tint that keeps the text readable and an underline style per kind.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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


def changed_range(old: str, new: str) -> tuple[int, int, int]:
    """Where ``old`` became ``new``: (start, end in old, end in new) of the changed part."""
    low, high = 0, min(len(old), len(new))
    while low < high:  # the longest common prefix, by halves (slices compare in C)
        mid = (low + high + 1) // 2
        if old[:mid] == new[:mid]:
            low = mid
        else:
            high = mid - 1
    start = low
    low, high = 0, min(len(old), len(new)) - start
    while low < high:  # the longest common suffix after it
        mid = (low + high + 1) // 2
        if old[len(old) - mid :] == new[len(new) - mid :]:
            low = mid
        else:
            high = mid - 1
    return start, len(old) - low, len(new) - low


class SpanHighlighter(QSyntaxHighlighter):
    """Formats absolute UTF-16 spans of the document, in named layers painted in order (a later
    layer wins where they overlap): ``set_spans(spans, layer)``."""

    LAYERS = ("check", "over", "spelling")
    # Layers whose marks follow the text as it is typed, until the next check replaces them: a
    # mark the edit touches goes (the word being typed is not underlined), later ones move.
    FOLLOWING = ("spelling",)

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._layers: dict[str, list[Marked]] = {name: [] for name in self.LAYERS}
        self._text: str | None = None  # the text the following layers' marks were made for
        self._revision = document.revision()

    def _follow_edits(self) -> None:
        """Move the following layers' marks with an edit made since they were set. Called as
        Qt paints the edited block (before, the marks are the check's); the blocks after it keep
        their formats, which are relative to the block."""
        document = self.document()
        if self._revision == document.revision():
            return
        self._revision = document.revision()
        old = self._text
        if old is None or not any(self._layers[name] for name in self.FOLLOWING):
            return
        new = document.toPlainText()
        if new == old:
            return
        self._text = new
        if any(ord(ch) >= 0x10000 for ch in old) or any(ord(ch) >= 0x10000 for ch in new):
            edit: tuple[int, int, int] | None = None  # UTF-16 positions differ: drop the marks
        else:
            edit = changed_range(old, new)
        for name in self.FOLLOWING:
            if edit is None:
                self._layers[name] = []
                continue
            start, old_end, new_end = edit
            shift = new_end - old_end
            self._layers[name] = [
                (s, e, f) if e < start else (s + shift, e + shift, f)
                for s, e, f in self._layers[name]
                if e < start or s > old_end
            ]

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The check's spans (the findings marked in the text)."""
        return [(s, e) for s, e, _ in self._layers["check"]]

    def layer(self, name: str) -> list[Marked]:
        return list(self._layers[name])

    def set_spans(self, spans: Sequence[Marked], layer: str = "check") -> None:
        self.set_layers({layer: spans})

    def set_layers(self, layers: Mapping[str, Sequence[Marked]]) -> None:
        """Replace several layers, painting once (a 3,000-character draft takes milliseconds)."""
        changed = False
        for layer, spans in layers.items():
            new = list(spans)
            old = self._layers[layer]
            if [(s, e) for s, e, _ in new] == [(s, e) for s, e, _ in old] and all(
                a == b for (_, _, a), (_, _, b) in zip(new, old, strict=True)
            ):
                continue
            self._layers[layer] = new
            if layer in self.FOLLOWING:
                self._text = self.document().toPlainText()
                self._revision = self.document().revision()
            changed = True
        if changed:
            self.rehighlight()

    @qt_override(default=None)
    def highlightBlock(self, text: str) -> None:
        self._follow_edits()
        start = self.currentBlock().position()
        end = start + len(text.encode("utf-16-le")) // 2
        for name in self.LAYERS:
            for s, e, fmt in self._layers[name]:
                if e <= start or s >= end:
                    continue
                a, b = max(s, start) - start, min(e, end) - start
                if b <= a:
                    continue
                if name not in self.FOLLOWING:
                    self.setFormat(a, b - a, fmt)
                    continue
                for i in range(a, b):  # the underline over whatever tint the check gave
                    merged = QTextCharFormat(self.format(i))
                    merged.setUnderlineStyle(fmt.underlineStyle())
                    merged.setUnderlineColor(fmt.underlineColor())
                    self.setFormat(i, 1, merged)
