"""Coach sync against a real WebDAV server: uploads, feedback coming back, plain-words tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import __version__
from app.domain.exchange.codec import feedback_to_json
from app.domain.exchange.model import DEFAULT_SECTIONS, Feedback, FeedbackKind, Kind
from app.domain.sync.model import OutboxState, Problem, SyncConfig, SyncMode
from app.services.clock import FixedClock
from app.services.exchange.export import person_of
from app.services.exchange.feedback import new_entry, received
from app.services.exchange.package import write_package
from app.services.sync.engine import check_connection, status, sync_once
from app.services.sync.queue import queue_if_changed
from app.storage.database import Database
from app.storage.quick import QuickReader
from app.storage.sync import outbox
from tests.sync.conftest import assert_each_once_on_server, client_for, queue_files
from tests.sync.davserver import DROP_PASSWORD, PASSWORD, USER, DavServer
from tests.sync.words import PlainWords


def test_waiting_files_go_to_the_folder_once_each_and_the_status_says_so(
    db: Database, dav: DavServer, folder_config: SyncConfig, clock: FixedClock, tmp_path: Path
) -> None:
    queue_files(db, clock, 3)
    assert status(db).waiting == 3
    run = sync_once(db, client_for(folder_config), clock, tmp_path)
    assert run.problem is None and len(run.uploaded) == 3
    assert_each_once_on_server(db, dav)
    now = status(db)
    assert (now.waiting, now.problem, now.last_sync) == (
        0,
        None,
        clock.now().replace(microsecond=0),
    )
    again = sync_once(db, client_for(folder_config), clock, tmp_path)
    assert again.uploaded == [] and again.problem is None


def test_a_file_already_there_is_done_and_a_different_one_is_a_conflict_kept_on_the_server(
    db: Database, dav: DavServer, folder_config: SyncConfig, clock: FixedClock, tmp_path: Path
) -> None:
    same, other = queue_files(db, clock, 2)
    with db.session() as session:
        (dav.folder / same.name).write_bytes(outbox.content_of(session, same.id))
    (dav.folder / other.name).write_bytes(b"someone else's file")
    run = sync_once(db, client_for(folder_config), clock, tmp_path)
    assert run.already_there == [same.name] and run.conflicts == [other.name]
    assert (dav.folder / other.name).read_bytes() == b"someone else's file"
    with db.session() as session:
        states = {i.name: i.state for i in outbox.items(session)}
    assert states == {same.name: OutboxState.DONE, other.name: OutboxState.CONFLICT}
    assert status(db).conflicts == 1


def test_a_wrong_password_keeps_the_files_waiting_with_a_longer_pause(
    db: Database, dav: DavServer, folder_config: SyncConfig, clock: FixedClock, tmp_path: Path
) -> None:
    from app.services.sync.webdav import DavClient

    queue_files(db, clock, 2)
    run = sync_once(db, DavClient(folder_config, "not it"), clock, tmp_path)
    assert run.problem is Problem.WRONG_PASSWORD
    assert dav.files() == []
    with db.session() as session:
        first = outbox.items(session)[0]
        assert outbox.due(session, clock.now()) == [outbox.items(session)[1]]
    assert first.attempts == 1 and first.next_try is not None and first.next_try > clock.now()
    assert status(db).problem is Problem.WRONG_PASSWORD


def test_file_drop_uploads_keyed_names_and_never_reads(
    db: Database, dav: DavServer, drop_config: SyncConfig, clock: FixedClock, tmp_path: Path
) -> None:
    items = queue_files(db, clock, 2)
    run = sync_once(db, client_for(drop_config), clock, tmp_path)
    assert run.problem is None and sorted(run.uploaded) == sorted(i.name for i in items)
    assert dav.files(dav.drop) == sorted(i.name for i in items)
    assert ("GET", f"/drop/{items[0].name}") not in dav.faults.seen


def test_feedback_from_the_coach_folder_lands_in_the_feed_once(
    store: tuple[Database, QuickReader],
    dav: DavServer,
    folder_config: SyncConfig,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    db, reader = store
    me = person_of(db, reader)
    folder = dav.folder / "feedback" / me.id
    folder.mkdir(parents=True)
    entry = new_entry(clock.today(), FeedbackKind.RECOGNITION, "Your post on audits was great.")
    write_package(
        folder / "feedback-for-you.ownvoice",
        Kind.FEEDBACK,
        me,
        feedback_to_json(Feedback(me, "Coach Kim", clock.today(), (entry,))),
        {},
        app_version=__version__,
        created_at=clock.now().isoformat(),
        private=False,
    )
    run = sync_once(db, client_for(folder_config), clock, tmp_path)
    assert (run.problem, run.feedback_new, run.feedback_files) == (
        None,
        1,
        ["feedback-for-you.ownvoice"],
    )
    assert [r.entry.text for r in received(reader)] == ["Your post on audits was great."]
    dav.faults.seen.clear()
    again = sync_once(db, client_for(folder_config), clock, tmp_path)
    assert again.feedback_files == []  # the same ETag: not fetched again
    assert not [s for s in dav.faults.seen if s[0] == "GET"]


def test_a_progress_file_is_queued_only_when_something_changed(
    store: tuple[Database, QuickReader], clock: FixedClock
) -> None:
    db, reader = store
    first = queue_if_changed(db, reader, clock, "en", DEFAULT_SECTIONS, PlainWords())
    assert first is not None and first.name.endswith(f"-{first.key}.ownvoice")
    assert queue_if_changed(db, reader, clock, "en", DEFAULT_SECTIONS, PlainWords()) is None


def test_test_connection_answers_in_plain_words(
    dav: DavServer, folder_config: SyncConfig, drop_config: SyncConfig, tmp_path: Path
) -> None:
    assert check_connection(folder_config, PASSWORD) is None
    assert check_connection(drop_config, DROP_PASSWORD) is None
    assert check_connection(folder_config, "wrong") is Problem.WRONG_PASSWORD
    missing = SyncConfig(SyncMode.FOLDER, dav.url + "/nowhere", USER)
    assert check_connection(missing, PASSWORD) is Problem.NOT_FOUND
    insecure = SyncConfig(SyncMode.FOLDER, "http://cloud.example.com/dav", USER)
    assert check_connection(insecure, PASSWORD) is Problem.INSECURE
    port = dav.port
    dav.stop()
    assert check_connection(folder_config, PASSWORD) is Problem.OFFLINE
    assert port


def test_a_web_server_that_is_not_webdav_is_named_so(tmp_path: Path) -> None:
    import http.server
    import threading

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        config = SyncConfig(SyncMode.FOLDER, f"http://127.0.0.1:{server.server_port}/", "me")
        assert check_connection(config, "pw") is Problem.NOT_WEBDAV
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (cryptography comes with keyring on Linux)."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)  # a fixed span, no real date
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=3650))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_an_untrusted_certificate_is_named_and_the_company_file_fixes_it(
    tmp_path: Path, tls_files: tuple[Path, Path]
) -> None:
    cert, key = tls_files
    server = DavServer(tmp_path / "tls", certificate=(cert, key)).start()
    try:
        url = f"https://127.0.0.1:{server.port}/dav"
        plain = SyncConfig(SyncMode.FOLDER, url, USER)
        assert check_connection(plain, PASSWORD) is Problem.CERTIFICATE
        trusted = SyncConfig(SyncMode.FOLDER, url, USER, str(cert))
        assert check_connection(trusted, PASSWORD) is None
        unreadable = SyncConfig(SyncMode.FOLDER, url, USER, str(tmp_path / "nope.pem"))
        assert check_connection(unreadable, PASSWORD) is Problem.CA_BUNDLE
    finally:
        server.stop()


def test_missing_folders_are_made_on_the_way(
    db: Database, dav: DavServer, clock: FixedClock, tmp_path: Path
) -> None:
    (item,) = queue_files(db, clock, 1)
    deep = SyncConfig(SyncMode.FOLDER, dav.url + "/coaching/aino", USER)
    run = sync_once(db, client_for(deep), clock, tmp_path)
    assert run.problem is None and run.uploaded == [item.name]
    assert (dav.folder / "coaching" / "aino" / item.name).is_file()


def test_a_group_file_in_the_coach_folder_comes_in_by_sync_like_feedback(
    store: tuple[Database, QuickReader],
    dav: DavServer,
    folder_config: SyncConfig,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """The coach drops the group file (kind ``cohort``) in each person's feedback folder."""
    from app.domain.exchange.codec import person_to_json
    from app.domain.exchange.examples import Example, GroupFile, group_to_json
    from app.domain.exchange.model import Person
    from app.services.exchange.examples import group_view

    db, reader = store
    me = person_of(db, reader)
    folder = dav.folder / "feedback" / me.id
    folder.mkdir(parents=True)
    coach = Person("c" * 32, "Coach Kim")
    example = Example("e" * 32, "A post that works", "It asks", "", clock.today())
    group_file = GroupFile("Coach Kim", clock.today(), (example,))
    data = {"person": person_to_json(coach), **group_to_json(group_file)}
    made = clock.now().isoformat()
    path = folder / "ownvoice-group.ownvoice"
    write_package(path, Kind.COHORT, coach, data, {}, app_version=__version__, created_at=made,
                  private=False)  # fmt: skip
    run = sync_once(db, client_for(folder_config), clock, tmp_path)
    assert (run.problem, run.feedback_files) == (None, ["ownvoice-group.ownvoice"])
    group = group_view(reader).group
    assert group is not None and [e.post for e in group.examples] == ["A post that works"]
