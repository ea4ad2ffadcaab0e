"""CSV tables as exports write them: a header row, maybe after a preamble; "" or \\" quotes."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter

from app.services.archives.model import ArchiveError

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
# A backslash that does not escape a quote is a real backslash: double it, so that the reader's
# escape character gives it back unchanged ("¯\_(ツ)_/¯" survives).
_LONE_BACKSLASH = re.compile(r'\\(?!")')


def column_key(name: str) -> str:
    """Column names compared loosely: "Connected On" and "connected_on" are one column."""
    return _NOT_ALNUM.sub("", name.lower())


@dataclass(frozen=True)
class Table:
    """Where the columns of one CSV file are; its rows come separately, as they are parsed."""

    file: str  # for messages
    columns: dict[str, int]  # column_key -> index
    width: int

    def getter(self, column: str) -> Callable[[Sequence[str]], str]:
        """A fast field reader (rows are padded to the header); "" for an absent column."""
        at = self.columns.get(column_key(column))
        return _empty if at is None else itemgetter(at)


def _empty(row: Sequence[str]) -> str:
    return ""


def read_table(
    text: str,
    file: str,
    required: Sequence[str],
    header_has: str | None = None,
) -> tuple[Table, Iterator[list[str]]]:
    """The header (the first row, or the first holding `header_has`) and the rows after it.

    The rows are parsed lazily, so a caller can take what it needs from each row and keep
    nothing else (Connections.csv: only the date of each row is looked at).
    """
    escaped = '\\"' in text
    if escaped:
        text = _LONE_BACKSLASH.sub(r"\\\\", text)
    reader = csv.reader(
        io.StringIO(text, newline=""),
        doublequote=True,
        escapechar="\\" if escaped else None,
        strict=False,
    )
    records = _records(reader, file)
    wanted = column_key(header_has) if header_has is not None else None
    header = next((r for r in records if wanted is None or wanted in map(column_key, r)), [])
    columns: dict[str, int] = {}
    for position, name in enumerate(header):
        columns.setdefault(column_key(name), position)
    missing = [name for name in required if column_key(name) not in columns]
    if missing:
        raise ArchiveError(file, "missing_column", ", ".join(missing))
    width = len(header)
    padded = (row if len(row) >= width else row + [""] * (width - len(row)) for row in records)
    return Table(file, columns, width), padded


def _records(reader: Iterator[list[str]], file: str) -> Iterator[list[str]]:
    try:
        for row in reader:
            if len(row) > 1 or (row and row[0].strip()):  # blank lines are not records
                yield row
    except csv.Error as error:
        raise ArchiveError(file, "bad_csv", str(error)) from None


def clean_text(value: str) -> str:
    """Line breaks made uniform, LinkedIn's line-quoting quirk undone, outer blanks removed."""
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    return unwrap_quoted_lines(text)


def unwrap_quoted_lines(text: str) -> str:
    """Some LinkedIn exports write each line of a post wrapped in quotes: `a"\\n""\\n"b`.

    Only undone when every line break looks like that and the text does not itself start or
    end with a quote, so a post that quotes people line by line is left as written.
    """
    if '"\n"' not in text or text.startswith('"') or text.endswith('"'):
        return text
    if text.count("\n") != text.count('"\n"'):
        return text
    return text.replace('"\n"', "\n")


def parse_utc(value: str) -> datetime | None:
    """`2024-05-14 09:30:00` (LinkedIn: UTC), ISO 8601 with or without zone, or a bare date."""
    text = value.strip()
    if len(text) == 19 and text[10] == " ":  # the usual case, 4x faster than the general one
        try:
            return datetime.fromisoformat(text + "+00:00")
        except ValueError:
            return None
    if text.endswith((" UTC", " GMT")):
        text = text[:-4]
    if not text or not text[:4].isdigit():
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return None


MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[ -]([a-z]+)\.?,?[ -](\d{2}|\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.? (\d{1,2}),? (\d{4})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def year_month(value: str) -> str | None:
    """The YYYY-MM of a date as LinkedIn wrote it over the years; English names, no locale."""
    text = value.strip().lower()
    year = month = 0
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        month, year = MONTHS.get(match[2], 0), int(match[3])
    elif match := _MONTH_DAY_YEAR.fullmatch(text):
        month, year = MONTHS.get(match[1], 0), int(match[3])
    elif match := _SLASHED.fullmatch(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        month = second if first > 12 else first  # US order unless the first cannot be a month
    elif match := _ISO_DAY.match(text):
        year, month = int(match[1]), int(match[2])
    if year < 100:
        year += 2000
    if not 1 <= month <= 12 or not 1990 <= year <= 2200:
        return None
    return f"{year:04d}-{month:02d}"
