"""Inputs of bench/reader_linearity.py: LinkedIn, X and Mastodon exports, plain and Markdown
text, each in a realistic and in adversarial shapes, built at a size."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader_common import NOW, TODAY, Case, scaled, zipped

from tests.services import archive_factory as af
from tests.services.hostile_text import mixed_marks, prose


def _archive_reader(kind: str) -> Callable[[Path], str]:
    def read(path: Path) -> str:
        from app.services.archives import ArchiveError, parse_archive

        try:
            result = parse_archive(kind, path, now=NOW, today=TODAY)
        except ArchiveError as error:
            return f"refused: {str(error)[:60]}"
        return f"{len(result.items)} records"

    return read


def _day(n: int) -> str:
    return (datetime(2015, 1, 1) + timedelta(hours=n)).strftime("%Y-%m-%d %H:%M:%S")


def linkedin(shares: list[af.Share]) -> dict[str, bytes]:
    return af.linkedin_files(replace={"Shares.csv": af.shares_csv(shares)})


def _linkedin_cases() -> list[Case]:
    link = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{}"

    def realistic(size: int, folder: Path) -> Path:
        def make(n: int) -> bytes:
            return af.shares_csv(
                [af.Share(_day(i), f"{af.FINNISH_POST} ({i})", link.format(i)) for i in range(n)]
            )

        shares_csv = scaled(make, size)
        return zipped(
            folder / "li.zip", {**linkedin([]), f"{af.LINKEDIN_ROOT}/Shares.csv": shares_csv}
        )

    def tiny(size: int, folder: Path) -> Path:
        data = scaled(
            lambda n: af.shares_csv([af.Share(_day(i), "a", f"l{i}") for i in range(n)]), size
        )
        return zipped(folder / "li.zip", {**linkedin([]), f"{af.LINKEDIN_ROOT}/Shares.csv": data})

    def huge_line(size: int, folder: Path) -> Path:
        text = prose(size).replace("\n", " ")
        return zipped(folder / "li.zip", linkedin([af.Share(_day(1), text, link.format(1))]))

    def quotes(size: int, folder: Path) -> Path:  # a field of quotes and commas, never closed
        data = b'Date,ShareLink,ShareCommentary\n2024-01-01 10:00:00,x,"' + b'"",' * (size // 3)
        return zipped(folder / "li.zip", {**linkedin([]), f"{af.LINKEDIN_ROOT}/Shares.csv": data})

    read = _archive_reader("linkedin")
    return [
        Case("linkedin", s, b, read)
        for s, b in (
            ("realistic", realistic),
            ("many tiny", tiny),
            ("one huge line", huge_line),
            ("quotes never closed", quotes),
        )
    ]


def _x_cases() -> list[Case]:
    def tweets(items: list[dict[str, object]]) -> dict[str, bytes]:
        return {
            **af.x_files(),
            "data/tweets.js": af.js("tweets", 0, items),
            "data/tweets-part1.js": af.js("tweets", 1, []),
        }

    def at(i: int) -> datetime:
        return datetime(2015, 1, 1, tzinfo=UTC) + timedelta(hours=i)

    def realistic(size: int, folder: Path) -> Path:
        text = "Uusi blogikirjoitus: datan laatu &amp; luottamus, ja mitä opin siitä. #data"
        data = scaled(
            lambda n: af.js("tweets", 0, [af.tweet(i, f"{text} {i}", at(i)) for i in range(n)]),
            size,
        )
        return zipped(folder / "x.zip", {**tweets([]), "data/tweets.js": data})

    def tiny(size: int, folder: Path) -> Path:
        data = scaled(
            lambda n: af.js(
                "tweets",
                0,
                [
                    {
                        "tweet": {
                            "id_str": str(i),
                            "full_text": "a",
                            "created_at": af.created_at(at(i)),
                        }
                    }
                    for i in range(n)
                ],
            ),
            size,
        )
        return zipped(folder / "x.zip", {**tweets([]), "data/tweets.js": data})

    def huge_line(size: int, folder: Path) -> Path:
        return zipped(
            folder / "x.zip", tweets([af.tweet(1, prose(size).replace("\n", " "), at(1))])
        )

    def deep(size: int, folder: Path) -> Path:
        data = b"window.YTD.tweets.part0 = " + b"[" * size + b"]" * size
        return zipped(folder / "x.zip", {**tweets([]), "data/tweets.js": data})

    read = _archive_reader("x")
    return [
        Case("x", s, b, read)
        for s, b in (
            ("realistic", realistic),
            ("many tiny", tiny),
            ("one huge line", huge_line),
            ("deep nesting", deep),
        )
    ]


def _mastodon_cases() -> list[Case]:
    def outbox(make: Callable[[af.Outbox, int], None]) -> Callable[[int], bytes]:
        def build(n: int) -> bytes:
            box = af.Outbox()
            for i in range(n):
                make(box, i)
            return box.json()

        return build

    def files(data: bytes) -> dict[str, bytes]:
        return {**af.mastodon_files(), "outbox.json": data}

    def realistic(size: int, folder: Path) -> Path:
        html = af.MASTODON_HTML
        data = scaled(outbox(lambda box, i: box.note(i, f"{html}<p>{i}</p>") and None), size)
        return zipped(folder / "m.zip", files(data))

    def tiny(size: int, folder: Path) -> Path:
        return zipped(
            folder / "m.zip", files(scaled(outbox(lambda box, i: box.note(i, "a") and None), size))
        )

    def huge_line(size: int, folder: Path) -> Path:
        html = "<p>" + prose(size).replace("\n", " <b>x</b> <a href='https://e.fi'>l</a> ") + "</p>"
        return zipped(folder / "m.zip", files(af.Outbox().note(1, html).json()))

    def deep(size: int, folder: Path) -> Path:  # HTML nested a hundred thousand deep
        depth = size // 13
        return zipped(
            folder / "m.zip",
            files(af.Outbox().note(1, "<span>" * depth + "x" + "</span>" * depth).json()),
        )

    read = _archive_reader("mastodon")
    return [
        Case("mastodon", s, b, read)
        for s, b in (
            ("realistic", realistic),
            ("many tiny", tiny),
            ("one huge line", huge_line),
            ("deep nesting", deep),
        )
    ]


def _text_cases() -> list[Case]:
    def write(text: str, folder: Path) -> Path:
        path = folder / "notes.md"
        path.write_text(text, encoding="utf-8")
        return path

    shapes: dict[str, Callable[[int], str]] = {
        "realistic": lambda size: prose(size),
        "many tiny": lambda size: "a\n\n---\n\n" * (size // 8),
        "one huge line": lambda size: mixed_marks(size),
        "deep nesting": lambda size: ("> " * 200 + "- word\n") * (size // 407),
    }
    read = _archive_reader("text")
    return [
        Case("text/markdown", name, lambda size, folder, f=make: write(f(size), folder), read)
        for name, make in shapes.items()
    ]


ARCHIVES = {
    "linkedin": _linkedin_cases,
    "x": _x_cases,
    "mastodon": _mastodon_cases,
    "text": _text_cases,
}
