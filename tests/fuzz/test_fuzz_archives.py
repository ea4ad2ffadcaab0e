"""Fuzzing the archive readers: LinkedIn, X and Mastodon exports, plain and Markdown text.

Realistic exports (tests/services/archive_factory.py) are damaged two ways: a file inside is
mutated before zipping (the ZIP is sound, its content is not), or the ZIP's own bytes are. Every
parse ends in a result or one ``ArchiveError`` line; an import into a real store that is refused
leaves the store as it was.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.archives import ArchiveError, ParseResult, parse_archive, parse_text
from app.services.clock import FixedClock
from app.services.voice.imports import import_archive, import_pasted
from app.storage.database import Database
from app.storage.quick import QuickReader
from tests.fuzz.mutate import assert_one_line, budget, mutated, mutated_files, zipped
from tests.fuzz.store_state import dump
from tests.services.archive_factory import linkedin_files, mastodon_files, x_files

TODAY = date(2026, 1, 15)
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
MARKDOWN = (
    "---\ntitle: Otsikko\ndate: 2024-03-01\n---\n# Otsikko\n\nTeksti **tässä** ja [linkki]"
    "(https://example.fi/a) sekä `koodi`.\n\n- yksi\n- kaksi\n\n> lainaus\n\n---\n\nToinen "
    "kirjoitus, _kursiivilla_ ja ![kuva](k.png).\n<!-- huomautus -->\n"
).encode()
PLAIN = "Kävin eilen seminaarissa.\r\nKolme ajatusta jäi mieleen.\n\n\nToinen kappale.".encode()
SAMPLES: dict[str, dict[str, bytes]] = {
    "linkedin": linkedin_files(),
    "x": x_files(),
    "mastodon": mastodon_files(),
    "text": {"notes/a.md": MARKDOWN, "notes/b.txt": PLAIN},
}
KINDS = sorted(SAMPLES)


def _write(folder: Path, kind: str, data: bytes, single: bool) -> Path:
    path = folder / (f"{kind}.md" if single else f"{kind}.zip")
    path.write_bytes(data)
    return path


@st.composite
def archives(draw: st.DrawFn) -> tuple[str, bytes, bool]:
    """(kind, the bytes of a file to import, True when it is one plain file rather than a ZIP)."""
    kind = draw(st.sampled_from(KINDS))
    how = draw(st.integers(0, 2))
    if kind == "text" and how == 2:
        return kind, draw(st.one_of(mutated(MARKDOWN, 16), st.binary(max_size=4000))), True
    if how == 0:
        return kind, zipped(draw(mutated_files(SAMPLES[kind]))), False
    return kind, draw(mutated(zipped(SAMPLES[kind]))), False


def _parse(kind: str, path: Path) -> ParseResult | ArchiveError:
    try:
        return parse_archive(kind, path, now=NOW, today=TODAY)
    except ArchiveError as error:
        assert_one_line(str(error))
        return error


@budget(200)
@given(archives())
def test_every_archive_reader_returns_a_result_or_one_plain_line(
    tmp_path: Path, case: tuple[str, bytes, bool]
) -> None:
    kind, data, single = case
    outcome = _parse(kind, _write(tmp_path, kind, data, single))
    if isinstance(outcome, ParseResult):
        for item in outcome.items:  # what would be stored: storable text, plausible dates
            item.text.encode("utf-8")
            assert date(2000, 1, 1) <= item.day <= date(2027, 12, 31)


@budget(60)
@given(
    st.one_of(
        st.text(max_size=3000), mutated(MARKDOWN, 24).map(lambda b: b.decode("utf-8", "replace"))
    )
)
def test_pasted_text_is_read_whatever_it_holds(text: str) -> None:
    try:
        result = parse_text(text, posted_at=NOW, today=TODAY)
    except ArchiveError as error:  # nothing in it to keep
        assert_one_line(str(error))
        return
    for item in result.items:
        item.text.encode("utf-8")


@pytest.fixture
def open_store(tmp_path: Path) -> tuple[Database, QuickReader, Path]:
    path = tmp_path / "store" / "ownvoice.db"
    path.parent.mkdir()
    db = Database.open(path, NOW)
    return db, QuickReader(path), path


@budget(40)
@given(archives())
def test_a_refused_import_leaves_the_store_as_it_was(
    open_store: tuple[Database, QuickReader, Path], tmp_path: Path, case: tuple[str, bytes, bool]
) -> None:
    db, reader, db_path = open_store
    clock = FixedClock(TODAY)
    kind, data, single = case
    before = dump(db_path)
    try:
        import_archive(kind, _write(tmp_path, kind, data, single), db, reader, clock)
    except ArchiveError as error:
        assert_one_line(str(error))
        assert dump(db_path) == before
    try:
        import_pasted(data.decode("utf-8", "replace")[:2000], db, reader, clock)
    except ArchiveError as error:
        assert_one_line(str(error))
