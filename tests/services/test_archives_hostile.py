"""Damaged and hostile input to every parser: a result or an ArchiveError, never anything else."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.domain.activity import ActivityKind
from app.services.archives import (
    PROBLEMS,
    SKIP_REASONS,
    ArchiveError,
    ParseResult,
    parse_linkedin,
    parse_mastodon,
    parse_text_file,
    parse_x,
)
from app.services.archives.html_text import html_to_text
from tests.services.archive_factory import linkedin_files, mastodon_files, x_files

Parser = Callable[[Path], ParseResult]
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)  # the time of the import: dates undated text
PARSERS: dict[str, Parser] = {
    "linkedin": parse_linkedin,
    "x": parse_x,
    "mastodon": parse_mastodon,
    "text": lambda path: parse_text_file(path, now=NOW),
}
VALID: dict[str, dict[str, bytes]] = {
    "linkedin": linkedin_files(),
    "x": x_files(),
    "mastodon": mastodon_files(),
    "text": {"notes/a.md": "# Otsikko\n\nTeksti **tässä**.\n\n---\n\nToinen.".encode()},
}
# Quick and repeatable: a fixed number of examples, no example database written to the tree.
FAST = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
parsers = st.sampled_from(sorted(PARSERS))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


def zipped(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def check(kind: str, path: Path) -> ParseResult | ArchiveError:
    """Run the parser: anything but a sound result or a clear ArchiveError fails the test."""
    try:
        result = PARSERS[kind](path)
    except ArchiveError as error:
        assert error.problem_key in PROBLEMS
        assert error.file
        assert str(error).startswith(f"{error.file}: {PROBLEMS[error.problem_key]}")
        return error
    ids = [item.external_id for item in result.items]
    assert len(ids) == len(set(ids)) and all(ids)
    assert all(item.posted_at.tzinfo is UTC for item in result.items)
    assert all(isinstance(item.kind, ActivityKind) for item in result.items)
    assert [i.posted_at for i in result.items] == sorted(i.posted_at for i in result.items)
    assert all(skip.reason_key in SKIP_REASONS and skip.count > 0 for skip in result.skipped)
    return result


@FAST
@given(kind=parsers, data=st.binary(max_size=2000), name=st.sampled_from(
    ["x.zip", "Shares.csv", "tweets.js", "outbox.json", "notes.md", "anything"]
))  # fmt: skip
def test_random_bytes(workdir: Path, kind: str, data: bytes, name: str) -> None:
    path = workdir / name
    path.write_bytes(data)
    check(kind, path)


@FAST
@given(kind=parsers, cut=st.floats(0, 1, exclude_max=True))
def test_truncated_zips(workdir: Path, kind: str, cut: float) -> None:
    data = zipped(VALID[kind])
    path = workdir / "cut.zip"
    path.write_bytes(data[: int(len(data) * cut)])
    outcome = check(kind, path)
    assert isinstance(outcome, ArchiveError)
    assert outcome.problem_key in ("truncated", "not_an_archive")


@FAST
@given(kind=parsers, flips=st.lists(st.tuples(st.integers(0), st.integers(1, 255)), max_size=8))
def test_damaged_zip_bytes(workdir: Path, kind: str, flips: list[tuple[int, int]]) -> None:
    data = bytearray(zipped(VALID[kind]))
    for at, mask in flips:
        data[at % len(data)] ^= mask
    path = workdir / "damaged.zip"
    path.write_bytes(bytes(data))
    check(kind, path)


names = st.one_of(
    st.sampled_from(["../outbox.json", "/etc/Shares.csv", "C:\\tweets.js", "a/../../x.md"]),
    st.text(st.sampled_from("./\\:aZ.-_ä\x00"), min_size=1, max_size=12),
)


@FAST
@given(kind=parsers, name=names)
def test_hostile_entry_names(workdir: Path, kind: str, name: str) -> None:
    stored = name.split("\x00")[0]  # zipfile itself cuts a name at NUL
    assume(stored and not stored.endswith("/") and stored.replace("\\", "/") not in VALID[kind])
    path = workdir / "names.zip"
    path.write_bytes(zipped({**VALID[kind], name: b"data"}))
    outcome = check(kind, path)
    posix = stored.replace("\\", "/")
    if ".." in posix.split("/") or posix.startswith("/") or re.match("[A-Za-z]:", posix):
        assert isinstance(outcome, ArchiveError) and outcome.problem_key == "unsafe_path"


@settings(FAST, max_examples=4)
@given(kind=parsers, megabytes=st.integers(2, 4))
def test_high_ratio_entries(workdir: Path, kind: str, megabytes: int) -> None:
    entries = {**VALID[kind], "media/blank.bin": bytes(megabytes * 1024**2)}
    path = workdir / "bomb.zip"
    path.write_bytes(zipped(entries))
    outcome = check(kind, path)
    assert isinstance(outcome, ArchiveError) and outcome.problem_key == "zip_bomb"


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    text = bytearray(data)
    for at, remove, insert in edits:
        at %= len(text) + 1
        text[at : at + remove] = insert
    return bytes(text)


edits = st.lists(
    st.tuples(
        st.integers(0),
        st.integers(0, 4),
        st.sampled_from([b"", b'"', b'""', b"\\", b",", b"\n", b"\r", b"{", b"]", b"<p>", b"\xe4"]),
    ),
    min_size=1,
    max_size=10,
)


@FAST
@given(kind=parsers, which=st.integers(0), changes=edits)
def test_mutated_files_inside_a_valid_zip(
    workdir: Path, kind: str, which: int, changes: list[tuple[int, int, bytes]]
) -> None:
    entries = dict(VALID[kind])
    readable = sorted(n for n in entries if n.endswith((".csv", ".js", ".json", ".md")))
    target = readable[which % len(readable)]
    entries[target] = _mutate(entries[target], changes)
    path = workdir / "mutated.zip"
    path.write_bytes(zipped(entries))
    check(kind, path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["type", "object", "to", "cc", "id", "published", "content", "tweet",
                         "id_str", "created_at", "full_text", "entities", "urls", "inReplyTo",
                         "contentMap", "url", "in_reply_to_status_id_str"]),
        inner,
        max_size=6,
    ),
    max_leaves=30,
)  # fmt: skip


@FAST
@given(items=st.lists(json_values, max_size=8))
def test_random_records_in_outbox_and_tweets(workdir: Path, items: list[object]) -> None:
    outbox = json.dumps({"type": "OrderedCollection", "orderedItems": items}).encode()
    (workdir / "outbox.json").write_bytes(outbox)
    check("mastodon", workdir / "outbox.json")
    (workdir / "tweets.js").write_text(f"window.YTD.tweets.part0 = {json.dumps(items)}", "utf-8")
    check("x", workdir / "tweets.js")


csv_text = st.text(st.sampled_from('ab,"\\\n\r ;äö\t2024-01-0 :'), max_size=300)


@FAST
@given(name=st.sampled_from(["Shares.csv", "Comments.csv", "Connections.csv", "Profile.csv"]),
       header=st.booleans(), body=csv_text)  # fmt: skip
def test_random_csv_text(workdir: Path, name: str, header: bool, body: str) -> None:
    headers = {
        "Shares.csv": "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n",
        "Comments.csv": "Date,Link,Message\n",
        "Connections.csv": "Notes:\n\nFirst Name,Connected On\n",
        "Profile.csv": "Headline,Summary\n",
    }
    (workdir / name).write_text((headers[name] if header else "") + body, "utf-8")
    outcome = check("linkedin", workdir / name)
    if not header:
        assert isinstance(outcome, ArchiveError) or name == "Connections.csv"


@FAST
@given(markup=st.text(st.sampled_from("<>/&;#x0123ap=\"' !-[]CDATAscript\n"), max_size=200))
def test_any_html_becomes_text(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)
