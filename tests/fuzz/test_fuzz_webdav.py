"""Fuzzing what OwnVoice reads from a WebDAV server: PROPFIND answers (XML), status codes,
headers, bodies cut short. Every operation of the client, and a whole sync, ends in a result or
one ``SyncError`` (a ``Problem`` said in one plain line); the server is real, on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.domain.sync.model import PROBLEM_TEXT, SyncConfig, SyncMode
from app.services.clock import FixedClock
from app.services.sync.engine import sync_once
from app.services.sync.webdav import DavClient, SyncError, parse_multistatus
from app.storage.database import Database
from app.storage.quick import QuickReader
from tests.fixed_clock import TEST_DAY
from tests.fuzz.answer_server import Answer, answer_server, url_of
from tests.fuzz.mutate import assert_one_line, budget, mutated

FOLDER = "/remote.php/dav/files/aino/coaching/"
# A PROPFIND answer as Nextcloud gives it: the folder itself, a file, a subfolder.
MULTISTATUS = (
    '<?xml version="1.0"?>\n<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" '
    'xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns">'
    f"<d:response><d:href>{FOLDER}</d:href><d:propstat><d:prop>"
    '<d:getetag>"6650a1b2c3d4e"</d:getetag><d:resourcetype><d:collection/></d:resourcetype>'
    "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
    f"<d:response><d:href>{FOLDER}ownvoice-aino-2026-05-13-k3y.ownvoice</d:href><d:propstat>"
    "<d:prop><d:getetag>&quot;a1b2c3&quot;</d:getetag><d:resourcetype/><d:getcontentlength>"
    "18234</d:getcontentlength></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
    f"</d:response><d:response><d:href>{FOLDER}feedback/</d:href><d:propstat><d:prop>"
    '<d:getetag>"f00"</d:getetag><d:resourcetype><d:collection/></d:resourcetype></d:prop>'
    "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"
).encode()
HREFS = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "http://[x/a",
            "http://[::1/",
            "%",
            "%ff%fe",
            "/../../etc",
            "//",
            "?",
            "#",
            "http://h:99999/x",
            "\x00",
            "a" * 3000,
        ]
    ),
)


def one_line_problem(error: SyncError) -> None:
    assert_one_line(str(error))
    assert_one_line(PROBLEM_TEXT[error.problem])


@budget(200)
@given(
    st.one_of(
        mutated(MULTISTATUS, 12),
        HREFS.map(lambda h: MULTISTATUS.replace(b"feedback/", h.encode("utf-8", "surrogatepass"))),
    )
)
@example(MULTISTATUS.replace(b"feedback/", b"http://[x/a"))
@example(
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]><d:multistatus '
    b'xmlns:d="DAV:"><d:response><d:href>&a;</d:href></d:response></d:multistatus>'
)
@example(b"<d:multistatus xmlns:d='DAV:'>" + b"<d:x>" * 100_000)
def test_a_propfind_answer_is_read_or_refused_in_one_line(body: bytes) -> None:
    try:
        entries = parse_multistatus(body, "http://127.0.0.1:8080" + FOLDER)
    except SyncError as error:
        one_line_problem(error)
        return
    for entry in entries:
        assert "/" not in entry.name  # a name in the folder, never a path out of it


HEADER_NAMES = st.sampled_from(
    [
        "Content-Type",
        "Content-Length",
        "Retry-After",
        "DAV",
        "ETag",
        "Location",
        "WWW-Authenticate",
        "Content-Encoding",
        "Transfer-Encoding",
        "X-Junk",
    ]
)
HEADER_VALUES = st.one_of(
    st.sampled_from(
        [
            "0",
            "-1",
            "99999999999",
            "application/xml",
            "gzip",
            "deflate",
            "1, 2",
            "chunked",
            "Wed, 21 Oct 2015 07:28:00 GMT",
            "not a date",
            "1",
            "3",
        ]
    ),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
)


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    status = draw(
        st.one_of(
            st.sampled_from([200, 201, 204, 207, 301, 401, 403, 404, 405, 409, 412, 500, 507]),
            st.integers(100, 999),
        )
    )
    headers = draw(st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=3))
    # Retry-After is capped by the client, but a fuzz run need not wait for it.
    headers = [(n, v) for n, v in headers if n != "Retry-After"]
    body = draw(st.one_of(mutated(MULTISTATUS, 6), st.binary(max_size=200), st.just(MULTISTATUS)))
    cut = draw(st.one_of(st.none(), st.integers(0, len(body))))
    return Answer(status, headers, body, cut)


@pytest.fixture(scope="module")
def server() -> Iterator[object]:
    with answer_server() as running:
        yield running


def _client(server: object, mode: SyncMode) -> DavClient:
    config = SyncConfig(mode, url_of(server) + FOLDER.rstrip("/"), "aino")  # type: ignore[arg-type]
    return DavClient(config, "app-password", connect_timeout=2, read_timeout=2, retries=0)


@budget(160)
@given(
    answers(),
    st.sampled_from(["probe", "list", "get", "put_new", "put_drop", "mkcol", "make_folders"]),
    st.sampled_from(list(SyncMode)),
)
def test_every_client_operation_ends_in_a_result_or_one_problem(
    server: object, answer: Answer, operation: str, mode: SyncMode
) -> None:
    server.answer = answer  # type: ignore[attr-defined]
    client = _client(server, mode)
    url = client.url("ownvoice-aino-2026-05-13-k3y.ownvoice")
    calls = {
        "probe": client.probe,
        "list": lambda: client.list_folder(client.base + "/"),
        "get": lambda: client.get(url),
        "put_new": lambda: client.put_new(url, b"PK\x03\x04 file"),
        "put_drop": lambda: client.put_drop(url, b"PK\x03\x04 file"),
        "mkcol": lambda: client.mkcol(client.base),
        "make_folders": lambda: client.make_folders(client.base + "/a/b"),
    }
    try:
        calls[operation]()
    except SyncError as error:
        one_line_problem(error)
    finally:
        client.close()


@pytest.fixture
def person_db(paths: object, tmp_path: Path) -> Iterator[Database]:
    db_path = tmp_path / "sync.db"
    db = Database.open(db_path, FixedClock(TEST_DAY).now())
    QuickReader(db_path).close()
    yield db
    db.close()


@budget(40)
@given(answers())
def test_a_whole_sync_against_any_answer_ends_with_a_problem_or_none(
    server: object, person_db: Database, tmp_path: Path, answer: Answer
) -> None:
    server.answer = answer  # type: ignore[attr-defined]
    client = _client(server, SyncMode.FOLDER)
    try:
        run = sync_once(person_db, client, FixedClock(TEST_DAY), tmp_path, everything=True)
    finally:
        client.close()
    if run.problem is not None:
        assert_one_line(PROBLEM_TEXT[run.problem])


@pytest.mark.parametrize(("header", "wait"), [("86400", 10.0), ("soon", None), ("3", 3.0)])
def test_a_servers_retry_after_is_honoured_only_up_to_a_short_wait(
    header: str, wait: float | None
) -> None:
    # urllib3 alone waited six hours for "86400", and "soon" ended the sync as an unreadable
    # certificate file.
    from urllib3.response import HTTPResponse

    from app.services.sync.retry import CappedRetry

    answer = HTTPResponse(body=b"", headers={"Retry-After": header}, status=503)
    assert CappedRetry(total=2).get_retry_after(answer) == wait


@budget(10)
@given(st.sampled_from(["soon", "0x10", "-5", "Wed, 99 Oct"]))
def test_a_garbage_retry_after_is_a_server_problem(server: object, header: str) -> None:
    server.answer = Answer(503, [("Retry-After", header)])  # type: ignore[attr-defined]
    config = SyncConfig(SyncMode.FOLDER, url_of(server) + FOLDER.rstrip("/"), "aino")  # type: ignore[arg-type]
    client = DavClient(config, "app-password", retries=1, backoff=0)
    with pytest.raises(SyncError) as raised:
        client.get(client.url("a.ownvoice"))
    client.close()
    assert raised.value.problem.value == "server_error"


def test_a_server_sending_far_more_than_a_file_is_stopped(server: object) -> None:
    from app.services.sync import webdav

    body = b"x" * (webdav.MAX_GET_BYTES + 1)
    server.answer = Answer(
        200, [], chunks=[body[i : i + 2**20] for i in range(0, len(body), 2**20)]
    )  # type: ignore[attr-defined]
    client = _client(server, SyncMode.FOLDER)
    with pytest.raises(SyncError) as raised:
        client.get(client.url("huge.ownvoice"))
    client.close()
    assert raised.value.problem.value == "server_error"
