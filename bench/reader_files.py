"""Inputs of bench/reader_linearity.py: progress and feedback files, a Loop export, the
settings file, PROPFIND answers and model-server streams, built at a size."""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from reader_common import NOW, TODAY, Case, zipped

from tests.services.hostile_text import prose

# -- exchange files ------------------------------------------------------------------------------


def _feedback_cases() -> list[Case]:
    from app import __version__
    from app.domain.exchange.codec import feedback_to_json
    from app.domain.exchange.model import Feedback, FeedbackEntry, FeedbackKind, Kind, Person
    from app.services.exchange.package import package_bytes

    me = Person("a" * 32, "Aino")

    def package(entries: list[FeedbackEntry], folder: Path) -> Path:
        """Sealed by hand: past the schema's limits (5,000 entries, 20,000 characters) a maker
        refuses to write such a file, and a reader must still refuse it in time proportional
        to its size."""
        small = package_bytes(
            Kind.FEEDBACK,
            me,
            feedback_to_json(Feedback(me, "K", TODAY, ())),
            {},
            app_version=__version__,
            created_at=NOW.isoformat(),
        )
        with zipfile.ZipFile(io.BytesIO(small)) as archive:
            manifest = json.loads(archive.read("manifest.json"))
        body = json.dumps(
            feedback_to_json(Feedback(me, "Coach Kim", TODAY, tuple(entries)))
        ).encode()
        manifest["members"] = {"feedback.json": hashlib.sha256(body).hexdigest()}
        return zipped(
            folder / "f.ownvoice",
            {"manifest.json": json.dumps(manifest).encode(), "feedback.json": body},
        )

    def entries(n: int, text: str) -> list[FeedbackEntry]:
        return [FeedbackEntry(f"{i:032x}", TODAY, FeedbackKind.RECOGNITION, text) for i in range(n)]

    def sized(text: str) -> Callable[[int, Path], Path]:
        def build(size: int, folder: Path) -> Path:
            probe = len(
                json.dumps(feedback_to_json(Feedback(me, "K", TODAY, tuple(entries(100, text)))))
            )
            return package(entries(max(1, size * 100 // probe), text), folder)

        return build

    def huge_line(size: int, folder: Path) -> Path:
        return package(entries(1, prose(size).replace("\n", " ")), folder)

    def read(path: Path) -> str:
        from app.domain.exchange.codec import BadContentError, feedback_from_json
        from app.services.exchange.package import ExchangeError, read_package

        try:
            feedback = feedback_from_json(read_package(path).data)
        except (ExchangeError, BadContentError) as error:
            return f"refused: {str(error)[:60]}"
        return f"{len(feedback.entries)} entries"

    return [
        Case(
            "feedback file",
            "realistic",
            sized("Hieno viikko: kolme julkaisua ja hyvä keskustelu!"),
            read,
        ),
        Case("feedback file", "many tiny", sized("a"), read),
        Case("feedback file", "one huge line", huge_line, read),
    ]


# -- Loop, settings, WebDAV, model server --------------------------------------------------------


def _loop_cases() -> list[Case]:
    head = "Position,Name,Type,FrequencyNumerator,FrequencyDenominator\n"

    def export(habits: int, rows: int, note: str) -> dict[str, bytes]:
        files = {
            "Habits.csv": (
                head + "".join(f"{i:03d},Habit {i},YES_NO,1,1\n" for i in range(1, habits + 1))
            ).encode()
        }
        days = [(date(2000, 1, 1) + timedelta(days=d)).isoformat() for d in range(rows)]
        marks = "Date,Value,Notes\n" + "".join(f"{d},YES_MANUAL,{note}\n" for d in days)
        files["001 Habit 1/Checkmarks.csv"] = marks.encode()
        return files

    def realistic(size: int, folder: Path) -> Path:
        return zipped(folder / "loop.zip", export(1, size // 44, "Tänään 20 min"))

    def tiny(size: int, folder: Path) -> Path:
        return zipped(folder / "loop.zip", export(size // 32, 1, ""))

    def huge_line(size: int, folder: Path) -> Path:
        return zipped(folder / "loop.zip", export(1, 1, '"' + prose(size).replace("\n", " ") + '"'))

    def read(path: Path) -> str:
        from app.services.habits.loop_import import LoopFormatError, read_export

        try:
            habits = read_export(path)
        except LoopFormatError as error:
            return f"refused: {str(error)[:60]}"
        return f"{len(habits)} habits, {sum(len(h.checkins) for h in habits)} check-ins"

    return [
        Case("loop export", s, b, read)
        for s, b in (("realistic", realistic), ("many tiny", tiny), ("one huge line", huge_line))
    ]


def _settings_cases() -> list[Case]:
    def write(data: bytes, folder: Path) -> Path:
        path = folder / "settings.json"
        path.write_bytes(data)
        return path

    shapes: dict[str, Callable[[int], bytes]] = {
        "many tiny": lambda size: json.dumps(
            {f"state/k{i}": i for i in range(size // 16)}
        ).encode(),
        "one huge line": lambda size: json.dumps({"sync/url": "x" * size}).encode(),
        "deep nesting": lambda size: b'{"a":' + b"[" * size + b"]" * size + b"}",
        "lone surrogates": lambda size: json.dumps(
            {"writing/employer": "\\ud800" * (size // 6)}
        ).encode(),
    }

    def read(path: Path) -> str:
        from app.domain import settings as decl
        from app.services.settings import SettingsService
        from app.storage.settings_store import SettingsFile

        service = SettingsService(SettingsFile(path))
        for key in decl.SETTINGS:
            service.get(key)
        return f"{len(service._values)} values"

    return [
        Case("settings file", name, lambda size, folder, f=make: write(f(size), folder), read)
        for name, make in shapes.items()
    ]


def _propfind_cases() -> list[Case]:
    folder_path = "/remote.php/dav/files/aino/coaching/"

    def response(name: str) -> str:
        return (
            f"<d:response><d:href>{folder_path}{name}</d:href><d:propstat><d:prop><d:getetag>"
            f'"e{name[:8]}"</d:getetag><d:resourcetype/></d:prop></d:propstat></d:response>'
        )

    def doc(body: str) -> bytes:
        return f'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">{body}</d:multistatus>'.encode()

    shapes: dict[str, Callable[[int], bytes]] = {
        "realistic": lambda size: doc(
            "".join(response(f"ownvoice-aino-{i}.ownvoice") for i in range(size // 190))
        ),
        "one huge line": lambda size: doc(response("x" * size)),
        "deep nesting": lambda size: doc("<d:x>" * (size // 11) + "</d:x>" * (size // 11)),
    }

    def read(path: Path) -> str:
        from app.services.sync.webdav import SyncError, parse_multistatus

        try:
            return f"{len(parse_multistatus(path.read_bytes(), 'https://h' + folder_path))} entries"
        except SyncError as error:
            return f"refused: {error}"

    def build(make: Callable[[int], bytes]) -> Callable[[int, Path], Path]:
        def run(size: int, folder: Path) -> Path:
            path = folder / "propfind.xml"
            path.write_bytes(make(size))
            return path

        return run

    return [Case("PROPFIND answer", name, build(make), read) for name, make in shapes.items()]


def _stream_cases() -> list[Case]:
    def chunk(text: str) -> bytes:
        return (
            b"data: " + json.dumps({"choices": [{"delta": {"content": text}}]}).encode() + b"\n\n"
        )

    shapes: dict[str, Callable[[int], bytes]] = {
        "realistic": lambda size: chunk(" sana") * (size // 50) + b"data: [DONE]\n\n",
        "one huge line": lambda size: chunk(prose(size).replace("\n", " ")),
        "deep nesting": lambda size: b"data: " + b"[" * size + b"\n\n",
    }

    def read(path: Path) -> str:
        from app.domain.assistant.protocol import SseDecoder

        data = path.read_bytes()
        decoder = SseDecoder()
        events = 0
        for at in range(0, len(data), 4096):  # as the client reads: 4 KB at a time
            events += sum(1 for _ in decoder.feed(data[at : at + 4096]))
        events += sum(1 for _ in decoder.close())
        return f"{events} events"

    def build(make: Callable[[int], bytes]) -> Callable[[int, Path], Path]:
        def run(size: int, folder: Path) -> Path:
            path = folder / "stream.txt"
            path.write_bytes(make(size))
            return path

        return run

    return [Case("model-server stream", name, build(make), read) for name, make in shapes.items()]


def _progress_cases() -> list[Case]:
    """A real progress file (a year of demo data), its check-ins repeated to the size."""
    from app.main import main

    cache: dict[str, dict[str, object]] = {}

    def sample() -> dict[str, object]:
        if not cache:
            with tempfile.TemporaryDirectory() as name:
                data_dir = Path(name) / "data"
                main(
                    [
                        "--data-dir",
                        str(data_dir),
                        "--today",
                        TODAY.isoformat(),
                        "demo",
                        "--years",
                        "1",
                    ]
                )
                out = Path(name) / "p.ownvoice"
                main(
                    [
                        "--data-dir",
                        str(data_dir),
                        "--today",
                        TODAY.isoformat(),
                        "export",
                        "progress",
                        "--out",
                        str(out),
                    ]
                )
                with zipfile.ZipFile(out) as archive:
                    cache.update(
                        {
                            n: json.loads(archive.read(n))
                            for n in archive.namelist()
                            if n.endswith(".json")
                        }
                    )
        return cache

    def build(size: int, folder: Path) -> Path:
        data = json.loads(json.dumps(sample()["progress.json"]))
        key = max(
            (k for k, v in data.items() if isinstance(v, list)),
            key=lambda k: len(json.dumps(data[k])),
        )
        unit = data[key]
        per = len(json.dumps(unit)) or 1
        data[key] = unit * max(1, size // per)
        # Sealed by hand: past the schema's limits a maker refuses to write it, a reader must
        # still refuse it in time proportional to its size.
        body = json.dumps(data, ensure_ascii=False).encode()
        manifest = dict(sample()["manifest.json"])
        manifest["members"] = {"progress.json": hashlib.sha256(body).hexdigest()}
        return zipped(
            folder / "p.ownvoice",
            {"manifest.json": json.dumps(manifest).encode(), "progress.json": body},
        )

    def read(path: Path) -> str:
        from app.services.exchange.cohort import read_member
        from app.services.exchange.package import ExchangeError

        try:
            report = read_member(path)
        except ExchangeError as error:
            return f"refused: {str(error)[:60]}"
        return f"{len(report.checkins)} check-ins, {len(report.activity)} activity rows"

    return [Case("progress file", "realistic, repeated", build, read)]


FILES = {
    "progress": _progress_cases,
    "feedback": _feedback_cases,
    "loop": _loop_cases,
    "settings": _settings_cases,
    "propfind": _propfind_cases,
    "stream": _stream_cases,
}
