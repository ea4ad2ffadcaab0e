"""Own writing as text or Markdown: documents split on ---, front matter dates, light stripping."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.activity import ActivityKind, Channel
from app.services.archives import ArchiveError, ImportSource, parse_archive, parse_text
from app.services.archives.plain_text import parse_text_file, split_documents, strip_markdown
from tests.services.archive_factory import write_zip

WHEN = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
BLOG = """---
title: "Datan laatu"
date: 2024-09-15
---
# Datan laatu

Laatu on **jokaisen** asia, ei vain _datatiimin_. Lue [lisää](https://example.fi/x).

Otsikko
-------

- eka kohta
- toka kohta

```python
print("koodi ei ole ääntäni")
```

---

Toinen teksti, sama tiedosto.
"""


def test_pasted_text_one_item_per_document() -> None:
    result = parse_text(BLOG, posted_at=WHEN, channel=Channel.BLOG)
    first, second = result.items
    assert first.text == (
        "Datan laatu\n\nLaatu on jokaisen asia, ei vain datatiimin. Lue lisää.\n\n"
        "Otsikko\n\neka kohta\ntoka kohta"
    )
    assert first.posted_at == datetime(2024, 9, 15, tzinfo=UTC)  # from the front matter
    assert (first.source, first.kind, first.channel) == (
        ImportSource.TEXT,
        ActivityKind.OWN_POST,
        Channel.BLOG,
    )
    assert (first.link, first.language_hint, first.own_words) == ("", None, True)
    assert first.external_id.startswith("text:")
    assert second.text == "Toinen teksti, sama tiedosto."
    assert second.posted_at == WHEN


def test_the_same_words_are_the_same_document() -> None:
    once = parse_text("Sama teksti.", posted_at=WHEN)
    again = parse_text(
        "\n\nSama teksti.\n", posted_at=datetime(2030, 6, 7, tzinfo=UTC)
    )  # another time
    assert once.items[0].external_id == again.items[0].external_id
    twice = parse_text("Sama teksti.\n\n---\n\nSama teksti.", posted_at=WHEN)
    assert len(twice.items) == 1
    assert twice.skipped[0].reason_key == "duplicate"


def test_a_heading_underline_does_not_split() -> None:
    assert len(split_documents("Otsikko\n---\nTeksti")) == 1
    assert len(split_documents("Yksi\n\n---\nKaksi\n\n-----\n\nKolme")) == 3


def test_markdown_is_stripped_lightly() -> None:
    assert strip_markdown("> lainaus\n> jatkuu") == "lainaus\njatkuu"
    assert strip_markdown("1. yksi\n2) kaksi") == "yksi\nkaksi"
    assert strip_markdown("![kuva](a.png) `koodi` ~~pois~~") == "koodi pois"
    assert (
        strip_markdown("snake_case_name ja 2*3*4 ja #aihe") == "snake_case_name ja 2*3*4 ja #aihe"
    )
    assert strip_markdown("[viite][1]\n\n[1]: https://example.fi") == "viite"
    assert strip_markdown("teksti <!-- piilossa --> näkyy") == "teksti  näkyy"
    assert strip_markdown("*" * 5000 + "a" * 5000) != ""  # linear even on hostile input


def test_files_folders_and_zips(tmp_path: Path) -> None:
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "a.md").write_text("**Lihavoitu** teksti", encoding="utf-8")
    (tmp_path / "posts" / "b.txt").write_text("**ei markdownia**", encoding="utf-8")
    (tmp_path / "posts" / "c.jpg").write_bytes(b"\xff\xd8")
    stamp = datetime(2023, 5, 6, 7, 8, 9, tzinfo=UTC).timestamp()
    os.utime(tmp_path / "posts" / "a.md", (stamp, stamp))
    result = parse_archive("text", tmp_path / "posts", now=WHEN)
    assert [i.text for i in result.items] == ["Lihavoitu teksti", "**ei markdownia**"]
    assert result.items[0].posted_at == datetime(2023, 5, 6, 7, 8, 9, tzinfo=UTC)
    single = parse_text_file(tmp_path / "posts" / "a.md", now=WHEN)
    assert [i.text for i in single.items] == ["Lihavoitu teksti"]
    zipped = write_zip(tmp_path / "blog.zip", {"blog/x.markdown": b"_Hei_", "blog/y.png": b"."})
    assert [i.text for i in parse_text_file(zipped, now=WHEN).items] == ["Hei"]


def test_bad_text_input(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as caught:
        parse_text("  \n---\n  ", posted_at=WHEN)
    assert caught.value.problem_key == "nothing_found"
    (tmp_path / "win.txt").write_bytes("Hyvää päivää".encode("cp1252"))
    with pytest.raises(ArchiveError) as caught:
        parse_text_file(tmp_path / "win.txt", now=WHEN)
    assert (caught.value.problem_key, caught.value.file) == ("encoding", "win.txt")
    with pytest.raises(ArchiveError) as caught:
        parse_text_file(write_zip(tmp_path / "none.zip", {"a.csv": b"x"}), now=WHEN)
    assert caught.value.problem_key == "nothing_found"
