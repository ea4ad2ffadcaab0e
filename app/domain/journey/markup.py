"""A small, safe Markdown subset for lesson text, rendered to HTML for a Qt text browser.

The subset, and nothing more:

- paragraphs: lines separated by a blank line; the lines of one paragraph are joined;
- bullets: lines starting with ``- ``; bullets separated only by blank lines stay one list;
- quotes: lines starting with ``>`` (a bare ``>`` starts a new paragraph inside the quote);
- ``**bold**`` inside any of these.

A plain line right after a bullet or a quote line continues it, as in Markdown. Everything is
HTML-escaped before the few tags above are added, so no markup in the source reaches the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

_BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass
class _Paragraph:
    lines: list[str]


@dataclass
class _Bullets:
    items: list[list[str]]


@dataclass
class _Quote:
    paragraphs: list[list[str]] = field(default_factory=lambda: [[]])


_Block = _Paragraph | _Bullets | _Quote


def _blocks(markdown: str) -> list[_Block]:
    blocks: list[_Block] = []
    after_blank = True
    for raw in markdown.splitlines():
        line = raw.strip()
        current = blocks[-1] if blocks else None
        if not line:
            after_blank = True
            continue
        if line.startswith("- ") or line == "-":
            text = line[1:].strip()
            if isinstance(current, _Bullets):  # also across blank lines
                current.items.append([text])
            else:
                blocks.append(_Bullets([[text]]))
        elif line.startswith(">"):
            text = line[1:].strip()
            if not isinstance(current, _Quote) or after_blank:
                current = _Quote()
                blocks.append(current)
            if text:
                current.paragraphs[-1].append(text)
            elif current.paragraphs[-1]:
                current.paragraphs.append([])
        elif after_blank or current is None:
            blocks.append(_Paragraph([line]))
        elif isinstance(current, _Paragraph):
            current.lines.append(line)
        elif isinstance(current, _Bullets):
            current.items[-1].append(line)
        else:
            current.paragraphs[-1].append(line)
        after_blank = False
    return blocks


def _texts(block: _Block) -> list[str]:
    """The runs of inline text in a block: a paragraph, each bullet, each quoted paragraph."""
    if isinstance(block, _Paragraph):
        groups = [block.lines]
    elif isinstance(block, _Bullets):
        groups = block.items
    else:
        groups = block.paragraphs
    return [" ".join(lines) for lines in groups if lines]


def _inline(text: str) -> str:
    # Escaping never makes or removes an asterisk, so bold is found in the escaped text.
    return _BOLD.sub(r"<b>\1</b>", escape(text, quote=True))


def to_html(markdown: str) -> str:
    """HTML for ``markdown``: only ``p``, ``ul``, ``li``, ``b`` and ``blockquote`` tags."""
    html: list[str] = []
    for block in _blocks(markdown):
        texts = [_inline(text) for text in _texts(block)]
        if isinstance(block, _Paragraph):
            html.append(f"<p>{texts[0]}</p>")
        elif isinstance(block, _Bullets):
            html.append("<ul>" + "".join(f"<li>{t}</li>" for t in texts) + "</ul>")
        elif texts:
            html.append("<blockquote>" + "".join(f"<p>{t}</p>" for t in texts) + "</blockquote>")
    return "\n".join(html)


def plain_text(markdown: str) -> str:
    """The words a reader sees, one paragraph, bullet or quoted paragraph per line."""
    return "\n".join(
        text.replace("**", "") for block in _blocks(markdown) for text in _texts(block)
    )


def word_count(markdown: str) -> int:
    """Words the reader sees; a dash or other lone punctuation is not a word."""
    return sum(1 for token in plain_text(markdown).split() if any(c.isalnum() for c in token))


def has_quote(markdown: str) -> bool:
    return any(isinstance(block, _Quote) for block in _blocks(markdown))


def has_bullets(markdown: str) -> bool:
    return any(isinstance(block, _Bullets) for block in _blocks(markdown))


def problems(markdown: str) -> list[str]:
    """Mistakes a writer would want to hear about: for now, a ``**`` without its partner."""
    return [
        f"unclosed ** in {text[:40]!r}"
        for block in _blocks(markdown)
        for text in _texts(block)
        if text.count("**") % 2
    ]
