"""What every fuzz test shares: the example budget (CI or long), byte-level mutation of a
realistic sample, and the checks on a rejection's message."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

T = TypeVar("T")

LONG = os.environ.get("OWNVOICE_FUZZ", "").strip().lower() == "long"
SCALE = 15 if LONG else 1  # the long run tries this many times the examples of the CI run


def budget(examples: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Hypothesis settings for a fuzz test: ``examples`` in CI, ``SCALE`` times as many in the
    long run; never a deadline (time is the bench's business), no example database in the tree."""
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
            HealthCheck.filter_too_much,
        ],
    )


# Bytes that make parsers take another path: quotes and separators, markup, escapes, the start
# of a ZIP, a BOM, NUL, line ends, a lone surrogate's escape, huge numbers, deep nesting.
TOKENS = (
    b'"',
    b",",
    b"\n",
    b"\r\n",
    b"\r",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc3",
    b"\xed\xa0\x80",
    b"{",
    b"}",
    b"[",
    b"]",
    b"<",
    b">",
    b"</",
    b"<p>",
    b"<br>",
    b"&amp;",
    b"&#0;",
    b"&#xD800;",
    b"\\",
    b"\\u",
    b"\\ud800",
    b"9" * 5000,
    b"1e999",
    b"-0",
    b"NaN",
    b"null",
    b"true",
    b"[]",
    b"{}",
    b'""',
    b"[" * 2000,
    b'{"a":' * 500,
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\t",
    b" " * 64,
    b"data: ",
    b"[DONE]",
    b"#",
    b"**",
    b"](",
    b"<!--",
    b"```",
    b"0000-00-00",
    b"9999-12-31",
    b"2024-02-30 25:61:61",
    b"Mon Jan 01 00:00:00 +0000 0001",
    b"\x80",
    b"\xe2\x80\xae",
)


@st.composite
def mutated(draw: st.DrawFn, sample: bytes, most: int = 8) -> bytes:
    """``sample`` changed at a few places, as a damaged download or a hostile file would be:
    bytes flipped, inserted, deleted, repeated or replaced by tokens, or the end cut off."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(0, most))):
        at = draw(st.integers(0, len(data)))
        how = draw(st.integers(0, 6))
        if how == 0 and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif how == 1:
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif how == 2:
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif how == 3:
            del data[at : at + draw(st.integers(1, 64))]
        elif how == 4 and at < len(data):
            piece = bytes(data[at : at + draw(st.integers(1, 200))])
            data[at:at] = piece * draw(st.integers(1, 20))
        elif how == 5:
            data[at : at + 1] = draw(st.sampled_from(TOKENS))
        else:
            del data[at:]
    return bytes(data)


def zipped(files: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The files as a ZIP, byte for byte the same every time (fixed times): hypothesis replays
    an example by drawing the same choices from the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, (2024, 5, 14, 12, 0, 0)), data, compression)
    return buffer.getvalue()


@st.composite
def mutated_files(draw: st.DrawFn, files: dict[str, bytes]) -> dict[str, bytes]:
    """The files of an archive with one or two of them mutated (or dropped): damage that a ZIP's
    checksums do not catch, because it was there before the archive was made."""
    out = dict(files)
    for _ in range(draw(st.integers(1, 2))):
        name = draw(st.sampled_from(sorted(out)))
        if draw(st.integers(0, 9)) == 0:
            del out[name]
            if not out:
                break
        else:
            out[name] = draw(mutated(out[name]))
    return out


def assert_one_line(message: str) -> None:
    """A rejection a person reads: one line, not empty, no traceback, no Python class name."""
    assert message.strip(), "an empty message"
    assert "\n" not in message and "\r" not in message, repr(message)
    assert "Traceback" not in message and 'File "' not in message, repr(message)
    assert all(c.isprintable() for c in message), repr(message)
