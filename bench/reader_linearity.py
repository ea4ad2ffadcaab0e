"""Time per MB of every reader of outside data, at 1, 2, 4 and 8 MB (issue 19, item 2).

For each reader and each shape of input (realistic; many tiny items; one huge line; deep
nesting where the format nests), the input is built at each size, read once (best of
``--runs``), and the time per MB printed. The last column is the ratio of the time per MB at the
largest size to that at the smallest: about 1 for a linear reader; a reader whose time grows
with the square of its input shows about 8 from 1 to 8 MB, and is marked. What a reader made of
the input is printed too (records read, or the one line it refused it with), so that a fast
refusal is not mistaken for fast reading.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/reader_linearity.py [--sizes 1,2,4,8]
        [--runs 1] [--only linkedin,x,...]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.services import archive_factory as af  # noqa: E402
from tests.services.hostile_text import mixed_marks, prose  # noqa: E402

MB = 1_000_000
NOW = datetime(2026, 5, 13, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
SUPER_LINEAR = 2.0  # a ratio above this is marked


@dataclass(frozen=True)
class Case:
    reader: str
    shape: str
    build: Callable[[int, Path], Path]  # (bytes wanted, a folder) -> the file to read
    read: Callable[[Path], str]  # what it made of it, in a few words


def scaled(make: Callable[[int], bytes], size: int) -> bytes:
    """``make(n)`` with ``n`` chosen so that the result is about ``size`` bytes."""
    probe = len(make(200))
    return make(max(1, round(200 * size / probe)))


def zipped(path: Path, files: dict[str, bytes]) -> Path:
    """Stored, not compressed: the file's size is then what the reader reads (a deep nesting
    compresses a thousandfold, and time per compressed MB would say nothing)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


# -- archives ------------------------------------------------------------------------------------


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


# -- running -------------------------------------------------------------------------------------

GROUPS: dict[str, Callable[[], list[Case]]] = {
    "linkedin": _linkedin_cases,
    "x": _x_cases,
    "mastodon": _mastodon_cases,
    "text": _text_cases,
    "progress": _progress_cases,
    "feedback": _feedback_cases,
    "loop": _loop_cases,
    "settings": _settings_cases,
    "propfind": _propfind_cases,
    "stream": _stream_cases,
}


def measure(case: Case, sizes: list[float], runs: int) -> list[tuple[float, float, str]]:
    """(MB read, seconds, what it made of it) per size."""
    out = []
    with tempfile.TemporaryDirectory() as name:  # imports and compiled schemas: not timed
        case.read(case.build(20_000, Path(name)))
    for size in sizes:
        with tempfile.TemporaryDirectory() as name:
            path = case.build(int(size * MB), Path(name))
            megabytes = path.stat().st_size / MB
            best, said = float("inf"), ""
            for _ in range(runs):
                if case.reader == "settings file":  # a damaged one is moved aside: put it back
                    path = case.build(int(size * MB), Path(name))
                start = time.perf_counter()
                said = case.read(path)
                best = min(best, time.perf_counter() - start)
        out.append((megabytes, best, said))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2,4,8", help="MB, comma-separated")
    parser.add_argument("--runs", type=int, default=2, help="best of this many reads")
    parser.add_argument("--only", default="", help="groups: " + ",".join(GROUPS))
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    only = [g for g in args.only.split(",") if g] or list(GROUPS)
    print(f"sizes {sizes} MB (of the file as read; ZIPs are stored, not compressed)")
    print(
        f"{'reader':<20} {'shape':<22} "
        + " ".join(f"{f's/MB @{s:g}':>10}" for s in sizes)
        + f" {'ratio':>6}  what it made of the largest"
    )
    marked = []
    for group in only:
        for case in GROUPS[group]():
            rows = measure(case, sizes, args.runs)
            per_mb = [seconds / max(megabytes, 1e-9) for megabytes, seconds, _ in rows]
            ratio = per_mb[-1] / per_mb[0] if per_mb[0] > 0 else float("nan")
            flag = "  SUPER-LINEAR" if ratio > SUPER_LINEAR else ""
            if flag:
                marked.append(f"{case.reader} / {case.shape}")
            cells = " ".join(f"{v:>10.4f}" for v in per_mb)
            print(
                f"{case.reader:<20} {case.shape:<22} {cells} {ratio:>6.2f}  {rows[-1][2]}{flag}",
                flush=True,
            )
    print("super-linear: " + (", ".join(marked) if marked else "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
