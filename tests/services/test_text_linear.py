"""Every cleaner of outside text is linear: hostile lines of up to 1 MB come out right.

Not timed (bench/markdown.py measures): before the fixes the Markdown and HTML cases and the
sentence cases each took hours at this size (a 294 KB line with a "[" every 98 characters took
12.7 s; the time grew with the square of the length), so these tests did not finish.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from app.domain.text.sentence_split import sentence_spans
from app.services.archives import parse_mastodon
from app.services.archives.html_text import html_to_text
from app.services.archives.plain_text import strip_markdown
from tests.services.archive_factory import Outbox, mastodon_files, write_zip
from tests.services.hostile_text import MB, bracket_every, mixed_marks, repeat

IMAGE = "![alt](img.png)"
LINK = "[word](https://example.com/x) "
COMMENT = "<!-- c -->"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(bracket_every(), bracket_every(), id="a [ every 98 characters"),
        pytest.param(repeat("[word "), repeat("[word ").strip(), id="[ never closed"),
        pytest.param(repeat("[word]("), repeat("[word]("), id="]( never closed"),
        pytest.param(repeat("[[[word]"), repeat("[[[word]"), id="[[[ ]"),
        pytest.param(repeat("(word "), repeat("(word ").strip(), id="("),
        pytest.param(repeat(LINK), repeat(LINK).replace(LINK, "word ").strip(), id="links"),
        pytest.param(
            repeat("[word][ref] "),
            repeat("[word][ref] ").replace("[word][ref]", "word").strip(),
            id="reference links",
        ),
        pytest.param(
            repeat(f"{IMAGE} word "),
            repeat(f"{IMAGE} word ").replace(IMAGE, "").strip(),
            id="images",
        ),
        pytest.param(repeat("<!-- "), repeat("<!-- ").strip(), id="comment never closed"),
        pytest.param(
            repeat(f"{COMMENT} word "),
            repeat(f"{COMMENT} word ").replace(COMMENT, "").strip(),
            id="comments",
        ),
        pytest.param(repeat("**word "), repeat("**word ").strip(), id="** never closed"),
        pytest.param(repeat("__word "), repeat("__word ").strip(), id="__ never closed"),
        pytest.param(repeat("*word "), repeat("*word ").strip(), id="* never closed"),
        pytest.param(repeat("_word "), repeat("_word ").strip(), id="_ never closed"),
        pytest.param(repeat("~~word "), repeat("~~word ").strip(), id="~~ never closed"),
        pytest.param("`word " * 100_000, "word " * 99_999 + "word", id="backticks"),
        pytest.param("# " + repeat("#word "), repeat("#word ").strip(), id="#"),
    ],
)
def test_markdown_cleaning_of_hostile_lines(text: str, expected: str) -> None:
    assert len(text) >= MB * 0.6
    assert strip_markdown(text) == expected


def test_every_word_survives_a_line_of_every_mark_opened_and_never_closed() -> None:
    text = mixed_marks()
    found, kept = (
        Counter(re.findall(r"[^\W_]+", text)),
        Counter(re.findall(r"[^\W_]+", strip_markdown(text))),
    )
    assert kept == found
    assert set(found) == {"word", "link", "image", "target", "code", "bold", "it", "gone", "note"}


def test_a_link_inside_brackets_keeps_the_bracket_before_it() -> None:
    # The link pattern used to run from the first "[" on: "a [b" lost its bracket.
    assert strip_markdown("see [a [b](https://x.fi) now") == "see [a b now"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        pytest.param(repeat("<a "), repeat("<a ").strip(), id="tags never closed"),
        pytest.param(repeat("<a b='"), repeat("<a b='"), id="quotes never closed"),
        pytest.param(repeat("<!--"), repeat("<!--"), id="comments never closed"),
        pytest.param(repeat("</"), repeat("</"), id="end tags never closed"),
        pytest.param(repeat("<?"), repeat("<?"), id="instructions never closed"),
        pytest.param(repeat("<!["), repeat("<!["), id="<![ (an AssertionError before)"),
        pytest.param(repeat("<b>word"), "word" * (MB // 7), id="tags never ended"),
        pytest.param(repeat("<p>word</p>"), "\n\n".join(["word"] * (MB // 11)), id="paragraphs"),
        pytest.param(repeat("a < b "), repeat("a < b ").strip(), id="< as a character"),
    ],
)
def test_html_cleaning_of_hostile_markup(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


def test_a_mastodon_post_with_a_stray_marked_section_is_imported(tmp_path: Path) -> None:
    # "<![" starts a bogus comment up to the next ">", as a browser reads it.
    outbox = Outbox().note(1, "<p>Hello <![ world</p><p>Next</p>")
    result = parse_mastodon(write_zip(tmp_path / "archive.zip", mastodon_files(outbox)))
    assert [item.text for item in result.items] == ["Hello\n\nNext"]


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


JOINED = "🙂\u200d" * 300_000 + "🙂"  # one emoji of 600,001 joined characters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"Hello world {JOINED} and on.", [f"Hello world {JOINED} and on."], id="joined emoji"
        ),
        pytest.param(
            f"Hello world {JOINED} Next one.",
            [f"Hello world {JOINED}", "Next one."],
            id="joined emoji ending a sentence",
        ),
        pytest.param(
            "Wait" + "." * 500_000 + "x more.",
            ["Wait" + "." * 500_000 + "x more."],
            id="dots before a letter",
        ),
        pytest.param(
            "Wait" + "." * 500_000 + " more.",
            ["Wait" + "." * 500_000 + " more."],
            id="dots before a lower-case word",
        ),
        pytest.param(
            "So" + "." * 500_000 + "! more.",
            ["So" + "." * 500_000 + "!", "more."],
            id="dots and a !",
        ),
        pytest.param(
            "Hi " + "🇫" * 200_001 + " Next.",
            ["Hi " + "🇫" * 200_001, "Next."],
            id="flags, one unpaired",
        ),
        pytest.param(
            "Hi " + "🙂" * 300_000 + " again.",
            ["Hi " + "🙂" * 300_000 + " again."],
            id="emoji before a lower-case word",
        ),
    ],
)
def test_sentences_of_hostile_lines(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
