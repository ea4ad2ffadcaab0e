"""The ``.ownvoice`` file: a small ZIP with a manifest, checked member by member on the way in.

Layout (docs/EXCHANGE.md): ``manifest.json`` first (format, schema version, app version, when,
kind, whose, and the SHA-256 of every other member), then the kind's JSON (``progress.json``,
``feedback.json`` or a coach's group file's ``cohort.json``), and for a progress report
``summary.html`` and CSV files for spreadsheets.

Reading refuses, each with its own plain message naming the file: not a ZIP, too big or too
many entries, a name that escapes the folder or a link, no manifest or not ours, a schema from
a newer OwnVoice, a member missing or whose checksum differs, JSON that does not parse or does
not match the schema. Nothing is half read: a file is accepted whole or not at all.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.exchange.exercise_codec import needed_version
from app.domain.exchange.model import FORMAT, SCHEMA_VERSION, Kind, Person
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.archives.safe_zip import declared_directory
from app.services.exchange.schemas import SchemaError, validate

MANIFEST = "manifest.json"
DATA_MEMBER = {
    Kind.PROGRESS: "progress.json",
    Kind.FEEDBACK: "feedback.json",
    Kind.COHORT: "cohort.json",
}
# A progress file is tens of kilobytes; these limits leave room for years and stop a bomb.
MAX_FILE_BYTES = 64 * 1024**2
MAX_ENTRIES = 20
MAX_MEMBER_BYTES = 32 * 1024**2
MAX_RATIO = 100
# Everything zipfile raises on damaged bytes (zlib.error: a member's compressed data damaged
# under an intact directory; struct.error: a damaged extra field).
_ZIP_FAILURES = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
                 NotImplementedError, RuntimeError, OverflowError, KeyError, IndexError,
                 zlib.error, struct.error)  # fmt: skip

# What went wrong, by reason; the window translates these (context "Exchange").
REASONS = {
    "unreadable": QT_TRANSLATE_NOOP("Exchange", "{file} cannot be read ({detail})."),
    "not_a_zip": QT_TRANSLATE_NOOP("Exchange", "{file} is not an OwnVoice file."),
    "too_big": QT_TRANSLATE_NOOP(
        "Exchange", "{file} is far larger than an OwnVoice file can be ({detail}); not opened."
    ),
    "unsafe": QT_TRANSLATE_NOOP(
        "Exchange", "{file} contains a name that points outside it ({detail}); not opened."
    ),
    "not_ours": QT_TRANSLATE_NOOP("Exchange", "{file} is not an OwnVoice file (no manifest)."),
    "newer": QT_TRANSLATE_NOOP(
        "Exchange",
        "{file} was made by a newer OwnVoice (format {detail}). Please update OwnVoice to open it.",
    ),
    "wrong_kind": QT_TRANSLATE_NOOP("Exchange", "{file} is not what was expected here ({detail})."),
    "missing": QT_TRANSLATE_NOOP("Exchange", "{file} is incomplete: {detail} is missing."),
    "checksum": QT_TRANSLATE_NOOP(
        "Exchange",
        "{file} was changed or damaged after it was made ({detail} does not match its "
        "checksum); not opened.",
    ),
    "bad_json": QT_TRANSLATE_NOOP("Exchange", "{file} is damaged: {detail} is not valid JSON."),
    "not_for_you": QT_TRANSLATE_NOOP(
        "Exchange", "{file} is feedback for someone else ({detail}); nothing was imported."
    ),
    "bad_content": QT_TRANSLATE_NOOP(
        "Exchange", "{file} does not hold what an OwnVoice file should ({detail})."
    ),
}


class ExchangeError(Exception):
    """A file that cannot be accepted: ``reason`` (a key of ``REASONS``) and a short detail."""

    def __init__(self, file: Path | str, reason: str, detail: str = "") -> None:
        self.file = Path(file).name
        self.reason = reason
        self.detail = _short(detail)
        super().__init__(REASONS[reason].format(file=self.file, detail=self.detail))

    @property
    def args_map(self) -> dict[str, str]:
        return {"file": self.file, "detail": self.detail}


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(str(text).split())
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Manifest:
    schema: int
    app_version: str
    created_at: str
    kind: Kind
    person: Person
    members: dict[str, str]


@dataclass(frozen=True)
class Package:
    """A file read whole: its manifest and its kind's JSON (already checked by the schema)."""

    path: Path
    manifest: Manifest
    data: dict[str, Any]
    members: dict[str, bytes]


def write_package(
    path: Path,
    kind: Kind,
    person: Person,
    data: dict[str, Any],
    extras: dict[str, bytes],
    *,
    app_version: str,
    created_at: str,
    private: bool,
) -> None:
    """Write the file at once or not at all (a temporary file moved into place); ``private``
    makes it 0600, as everything in the data folder."""
    body = package_bytes(kind, person, data, extras, app_version=app_version, created_at=created_at)
    write_bytes(path, body, private=private)


def package_bytes(
    kind: Kind,
    person: Person,
    data: dict[str, Any],
    extras: dict[str, bytes],
    *,
    app_version: str,
    created_at: str,
) -> bytes:
    """The whole ``.ownvoice`` file as bytes (coach sync keeps them in its outbox)."""
    version = needed_version(data)  # the oldest that holds it: older builds read the rest
    validate(kind.value, data, version)  # never write what we would refuse to read
    members = {DATA_MEMBER[kind]: _json_bytes(data), **extras}
    manifest = {
        "format": FORMAT,
        "schema": version,
        "app_version": app_version,
        "created_at": created_at,
        "kind": kind.value,
        "person": {"id": person.id, "name": person.name},
        "members": {name: hashlib.sha256(body).hexdigest() for name, body in members.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, _json_bytes(manifest))
        for name, body in members.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def write_bytes(path: Path, body: bytes, *, private: bool) -> None:
    """``body`` at ``path``, whole or not at all."""
    tmp = path.with_name(f".{path.name}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(tmp, flags, 0o600 if private else 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _json_bytes(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def read_package(path: Path, expect: Kind | None = None) -> Package:
    """The file at ``path``, checked whole; raises ``ExchangeError`` naming what is wrong."""
    try:
        return _read(path, expect)
    except ExchangeError:
        raise
    except _ZIP_FAILURES as error:
        raise ExchangeError(
            path, "unreadable", getattr(error, "strerror", None) or str(error)
        ) from None


def _read(path: Path, expect: Kind | None) -> Package:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ExchangeError(path, "too_big", f"{size // 1024**2} MB")
    if not zipfile.is_zipfile(path):
        raise ExchangeError(path, "not_a_zip")
    declared = declared_directory(path)
    if declared is not None and declared[0] > MAX_ENTRIES:
        raise ExchangeError(path, "too_big", f"{declared[0]} entries")
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ExchangeError(path, "too_big", f"{len(infos)} entries")
        for info in infos:
            _check_entry(path, info)
        names = {info.filename for info in infos}
        if MANIFEST not in names:
            raise ExchangeError(path, "not_ours")
        manifest = _manifest(path, _load_json(path, MANIFEST, archive.read(MANIFEST)))
        if expect is not None and manifest.kind is not expect:
            raise ExchangeError(path, "wrong_kind", manifest.kind.value)
        members = {}
        for name, digest in manifest.members.items():
            if name not in names:
                raise ExchangeError(path, "missing", name)
            body = archive.read(name)
            if hashlib.sha256(body).hexdigest() != digest:
                raise ExchangeError(path, "checksum", name)
            members[name] = body
    data_name = DATA_MEMBER[manifest.kind]
    if data_name not in members:
        raise ExchangeError(path, "missing", data_name)
    data = _load_json(path, data_name, members[data_name])
    try:
        validate(manifest.kind.value, data, manifest.schema)
    except SchemaError as error:
        raise ExchangeError(path, "bad_content", str(error)) from None
    if data["person"] != {"id": manifest.person.id, "name": manifest.person.name}:
        raise ExchangeError(path, "bad_content", "the person differs from the manifest's")
    return Package(path, manifest, data, members)


def _check_entry(path: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    if name.startswith("/") or "\\" in name or ".." in name.split("/") or ":" in name:
        raise ExchangeError(path, "unsafe", name)
    if (info.external_attr >> 16) & 0o170000 == 0o120000:
        raise ExchangeError(path, "unsafe", f"{name} is a link")
    if info.flag_bits & 0x1:
        raise ExchangeError(path, "unreadable", f"{name} is encrypted")
    if info.file_size > MAX_MEMBER_BYTES:
        raise ExchangeError(path, "too_big", f"{name}: {info.file_size // 1024**2} MB")
    if info.file_size > 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise ExchangeError(path, "too_big", f"{name} unpacks {MAX_RATIO}x its size")


def _load_json(path: Path, name: str, body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ExchangeError(path, "bad_json", name) from None


def _manifest(path: Path, data: Any) -> Manifest:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeError(path, "not_ours")
    schema = data.get("schema")
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
        raise ExchangeError(path, "newer", str(schema))
    try:
        validate("manifest", data)
    except SchemaError as error:
        raise ExchangeError(path, "bad_content", f"manifest: {error}") from None
    person = data["person"]
    return Manifest(
        schema=data["schema"],
        app_version=data["app_version"],
        created_at=data["created_at"],
        kind=Kind(data["kind"]),
        person=Person(person["id"], person["name"]),
        members=dict(data["members"]),
    )
