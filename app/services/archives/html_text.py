"""A post's HTML (Mastodon's `content`) as plain text: paragraphs and line breaks kept.

A small scanner of our own rather than the standard library's ``html.parser``: that one takes
time growing with the square of the length on malformed markup (thousands of unclosed ``<a`` or
``<!--``: 19 s for 80 KB) and raises ``AssertionError`` on ``<![`` junk. Mastodon sends
sanitised HTML (paragraphs, line breaks, links, spans, lists, quotes); anything else is read
leniently, and each character is looked at a bounded number of times.
"""

from __future__ import annotations

import re
from html import unescape

_BLOCKS = {"p", "div", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}
_HIDDEN = {"script", "style", "template"}
_RAW_TEXT = {"script", "style"}  # their content is not markup: skipped to the end tag
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_MANY_BREAKS = re.compile(r"\n{3,}")
_MARKUP = re.compile(r"<[a-zA-Z!?/]")  # where a tag, comment or declaration can start
_NAME = re.compile(r"[a-zA-Z][^\t\n\f\r />]*")
# The rest of a tag up to its ">"; a quoted attribute value (after "=") is kept whole, so a ">"
# in it does not end the tag. Atomic and possessive: nothing is ever given back and tried
# again, so an attempt is linear, also when it fails.
_TAG_REST = re.compile(r"""(?>[^>=]++|=[ \t\n\r\f]*+(?:"[^"]*+"|'[^']*+')?+)*+>""")
_RAW_END = {tag: re.compile(rf"</{tag}", re.IGNORECASE) for tag in _RAW_TEXT}


class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.hidden = 0
        self.pre = 0

    def data(self, raw: str) -> None:
        # Link text is kept whole: Mastodon hides parts of long links in "invisible" spans, and
        # a mention renders as @<span>name</span>, so the text of every element counts.
        if raw and not self.hidden:
            data = unescape(raw) if "&" in raw else raw
            self.parts.append(data if self.pre else _SPACES.sub(" ", data))

    def start(self, tag: str, closed: bool) -> None:
        if closed:  # <br/>
            if tag == "br":
                self.parts.append("\n")
        elif tag in _HIDDEN:
            self.hidden += 1
        elif tag in ("br", "li"):
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
            self.pre += tag == "pre"

    def end(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
            self.pre = max(0, self.pre - (tag == "pre"))


def html_to_text(markup: str) -> str:
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    out = _Text()
    _scan(markup, out)
    lines = "".join(out.parts).split("\n")
    text = "\n".join(line.strip(" ") for line in lines)  # no spaces around line breaks
    return _MANY_BREAKS.sub("\n\n", text).strip()


def _scan(markup: str, out: _Text) -> None:
    """Tags, comments and text in one pass. Whatever never ends (a tag, a comment, a quoted
    value) ends the scan there: what follows it is not looked at again."""
    n = len(markup)
    i = 0
    while i < n:
        found = _MARKUP.search(markup, i)  # a "<" before anything else ("< 3") is text
        if found is None:
            out.data(markup[i:])
            return
        j = found.start()
        out.data(markup[i:j])
        after = markup[j + 1]
        name = _NAME.match(markup, j + 2 if after == "/" else j + 1) if after not in "!?" else None
        if markup.startswith("<!--", j):
            close = markup.find("-->", j + 4)
            if close < 0:  # never closed: the rest is text, as the standard parser has it
                out.data(markup[j:])
                return
            i = close + 3
        elif name is None:  # a declaration (<!DOCTYPE …>), an instruction (<?…?>), a </…>
            close = markup.find(">", j + 2)
            if close < 0:
                out.data(markup[j:])
                return
            i = close + 1
        else:
            rest = _TAG_REST.match(markup, name.end())
            if rest is None:  # never closed: the rest is text, as the standard parser has it
                out.data(markup[j:])
                return
            tag, i = name.group().lower(), rest.end()
            if after == "/":
                out.end(tag)
            elif markup[i - 2] == "/":
                out.start(tag, closed=True)
            else:
                out.start(tag, closed=False)
                if tag in _RAW_TEXT:  # skip to </script> or </style>, or to the end
                    raw_end = _RAW_END[tag].search(markup, i)
                    i = raw_end.start() if raw_end else n
