"""Text made to be slow to clean: long lines full of Markdown and HTML marks, for the linear-time
tests (tests/services/test_text_linear.py) and bench/markdown.py."""

from __future__ import annotations

MB = 1_000_000
_WORDS = tuple(
    " ".join(
        (
            "the quick reader finds what she needs in the archive and writes about it for her",
            "network tänään kirjoitan datasta ja siitä miten tiimi oppii uutta joka viikko",
            "vi skriver om data och om hur teamet lär sig nytt varje vecka",
        )
    ).split(" ")
)


def repeat(unit: str, size: int = MB) -> str:
    """``unit`` repeated to about ``size`` characters (whole units)."""
    return unit * max(1, size // len(unit))


def prose(size: int = MB, line: int = 98) -> str:
    """Ordinary sentences in lines of about ``line`` characters, paragraphs of five lines."""
    out: list[str] = []
    length = count = 0
    while length < size:
        words: list[str] = []
        width = 0
        while width < line:
            word = _WORDS[(length + width) % len(_WORDS)]
            words.append(word)
            width += len(word) + 1
        text = " ".join(words).capitalize() + "."
        out.append(text)
        length += len(text) + 1
        count += 1
        if count % 5 == 0:
            out.append("")
    return "\n".join(out)


def words(size: int = MB) -> str:
    """Prose on one line."""
    return prose(size).replace("\n", " ")


def bracket_every(size: int = MB, every: int = 98, line: int | None = None) -> str:
    """Prose with a "[" every ``every`` characters (the issue's 294 KB file), on one line or in
    lines of ``line`` characters."""
    body = words(size)
    marked = "".join(body[i : i + every - 1] + "[" for i in range(0, len(body), every - 1))
    if line is None:
        return marked
    return "\n".join(marked[i : i + line] for i in range(0, len(marked), line))


def mixed_marks(size: int = MB) -> str:
    """One long line where every Markdown mark OwnVoice strips opens and never closes."""
    unit = "word [link ![image ](target `code **bold __bold *it _it ~~gone <!-- note # "
    return repeat(unit, size)
