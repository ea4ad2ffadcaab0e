"""ZIP and folder reading: limits, escapes, damage, encryption, cancel; never an extraction."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from app.services.archives import (
    ArchiveError,
    ImportCancelled,
    parse_linkedin,
    parse_mastodon,
    safe_zip,
)
from app.services.archives.opening import open_source
from app.services.archives.source import decode_text
from tests.services.archive_factory import (
    linkedin_bulk,
    linkedin_files,
    mastodon_files,
    write_folder,
    write_zip,
)

SHARES = "Date,ShareLink,ShareCommentary\n2024-01-02 10:00:00,https://x/1,Hei\n"


def problem(path: Path, parse: object = parse_linkedin) -> ArchiveError:
    with pytest.raises(ArchiveError) as caught:
        parse(path)  # type: ignore[operator]
    error = caught.value
    assert str(error).startswith(error.file)  # the message names the file
    return error


def zip_bytes(entries: dict[str, bytes | str], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def patch_central(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    """Change a field of the first central-directory record (zipfile cannot write such ZIPs)."""
    at = data.index(b"PK\x01\x02") + offset
    return data[:at] + struct.pack(fmt, value) + data[at + struct.calcsize(fmt) :]


def test_a_zip_and_its_extracted_folder_give_the_same_result(tmp_path: Path) -> None:
    files = linkedin_files()
    zipped = parse_linkedin(write_zip(tmp_path / "export.zip", files))
    folder = parse_linkedin(write_folder(tmp_path / "export", files))
    assert zipped.items == folder.items
    assert zipped.connections_per_month == folder.connections_per_month
    assert zipped.profile == folder.profile


def test_not_an_archive(tmp_path: Path) -> None:
    (tmp_path / "photo.zip").write_bytes(b"\xff\xd8\xff\xe0 not a zip at all" * 20)
    assert problem(tmp_path / "photo.zip").problem_key == "not_an_archive"
    (tmp_path / "empty.zip").write_bytes(b"")
    assert problem(tmp_path / "empty.zip").problem_key == "not_an_archive"
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.7 whatever")
    error = problem(tmp_path / "notes.pdf")
    assert (error.problem_key, error.file) == ("not_an_archive", "notes.pdf")
    assert problem(tmp_path / "missing.zip").problem_key == "unreadable"


@pytest.mark.parametrize("keep", [0.5, 0.97])
def test_a_truncated_zip_is_named_so(tmp_path: Path, keep: float) -> None:
    data = write_zip(tmp_path / "full.zip", linkedin_files()).read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: int(len(data) * keep)])
    error = problem(tmp_path / "cut.zip")
    assert (error.problem_key, error.file) == ("truncated", "cut.zip")
    assert "incomplete" in str(error)


def test_damaged_data_is_corrupt(tmp_path: Path) -> None:
    data = bytearray(zip_bytes({"Shares.csv": SHARES * 50}))
    data[60] ^= 0xFF  # inside the compressed data of the only entry
    (tmp_path / "bad.zip").write_bytes(bytes(data))
    error = problem(tmp_path / "bad.zip")
    assert error.problem_key == "corrupt"
    assert error.file == "bad.zip/Shares.csv"


def test_a_size_that_lies_is_caught(tmp_path: Path) -> None:
    data = patch_central(zip_bytes({"Shares.csv": SHARES * 50}), 24, "<I", 10)
    (tmp_path / "liar.zip").write_bytes(data)
    assert problem(tmp_path / "liar.zip").problem_key == "corrupt"


def test_a_highly_compressed_entry_is_a_zip_bomb(tmp_path: Path) -> None:
    data = zip_bytes({"Shares.csv": SHARES, "media/zeros.bin": bytes(3 * 1024**2)})
    (tmp_path / "bomb.zip").write_bytes(data)
    error = problem(tmp_path / "bomb.zip")
    assert (error.problem_key, error.file) == ("zip_bomb", "bomb.zip")
    assert "media/zeros.bin" in error.detail
    assert "ZIP bomb" in str(error)


def test_total_size_and_entry_count_are_limited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "many.zip").write_bytes(zip_bytes({f"f{n}.txt": "x" for n in range(6)}))
    monkeypatch.setattr(safe_zip, "MAX_ENTRIES", 5)
    assert problem(tmp_path / "many.zip").problem_key == "zip_bomb"
    monkeypatch.setattr(safe_zip, "MAX_ENTRIES", 100)
    monkeypatch.setattr(safe_zip, "MAX_TOTAL_BYTES", 5)
    assert problem(tmp_path / "many.zip").problem_key == "zip_bomb"


@pytest.mark.parametrize(
    "name", ["../Shares.csv", "/etc/Shares.csv", "C:/Shares.csv", "..\\Shares.csv", "a/../../b"]
)
def test_escaping_names_refuse_the_archive(tmp_path: Path, name: str) -> None:
    (tmp_path / "evil.zip").write_bytes(zip_bytes({"Shares.csv": SHARES, name: SHARES}))
    error = problem(tmp_path / "evil.zip")
    assert error.problem_key == "unsafe_path"
    assert name.replace("\\", "/") in error.detail


def test_a_symbolic_link_entry_refuses_the_archive(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Shares.csv", SHARES)
        link = zipfile.ZipInfo("Comments.csv")
        link.create_system = 3
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/home/someone/.ssh/id_rsa")
    (tmp_path / "link.zip").write_bytes(buffer.getvalue())
    error = problem(tmp_path / "link.zip")
    assert error.problem_key == "unsafe_path"
    assert "symbolic link" in str(error)


def test_an_encrypted_entry_refuses_the_archive(tmp_path: Path) -> None:
    data = patch_central(zip_bytes({"Shares.csv": SHARES}), 8, "<H", 0x1)
    (tmp_path / "locked.zip").write_bytes(data)
    error = problem(tmp_path / "locked.zip")
    assert error.problem_key == "encrypted"
    assert "password" in str(error)


def test_other_compression_methods_are_not_read(tmp_path: Path) -> None:
    data = zip_bytes({"outbox.json": b'{"orderedItems": []}'}, zipfile.ZIP_BZIP2)
    (tmp_path / "bz.zip").write_bytes(data)
    assert problem(tmp_path / "bz.zip", parse_mastodon).problem_key == "corrupt"


def test_folders_never_follow_symbolic_links(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "Shares.csv").write_text(SHARES, encoding="utf-8")
    export = tmp_path / "export"
    export.mkdir()
    (export / "Shares.csv").symlink_to(outside / "Shares.csv")
    (export / "nested").symlink_to(outside)
    with open_source(export) as source:
        assert source.files() == []
    assert problem(export).problem_key == "nothing_found"


def test_single_files_and_junk_from_macos(tmp_path: Path) -> None:
    files = mastodon_files()
    (tmp_path / "outbox.json").write_bytes(files["outbox.json"])
    assert len(parse_mastodon(tmp_path / "outbox.json").items) == 7
    junk = {"__MACOSX/._outbox.json": b"\x00\x05\x16\x07", "__MACOSX/outbox.json": b"junk"}
    result = parse_mastodon(write_zip(tmp_path / "mac.zip", {**files, **junk}))
    assert len(result.items) == 7


def test_text_must_be_utf8() -> None:
    assert decode_text("\ufeffHei äö".encode(), "f") == "Hei äö"
    assert decode_text("Hei äö".encode("utf-16"), "f") == "Hei äö"
    with pytest.raises(ArchiveError) as caught:
        decode_text("Hyvää päivää".encode("cp1252"), "Shares.csv")
    assert caught.value.problem_key == "encoding"
    assert str(caught.value) == (
        "Shares.csv: is not UTF-8 text: byte 0xe4 at position 3 is not UTF-8"
    )
    with pytest.raises(ArchiveError, match="NUL"):
        decode_text("Hei".encode("utf-16-le"), "f")


def test_cancel_while_reading_and_parsing(tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "big.zip", linkedin_bulk(600, 600))
    with pytest.raises(ImportCancelled):
        parse_linkedin(archive, cancelled=lambda: True)
    reports: list[tuple[int, int]] = []

    def cancel_halfway() -> bool:
        return any(done >= 500 for done, _ in reports)

    with pytest.raises(ImportCancelled, match="cancelled"):
        parse_linkedin(
            archive, progress=lambda d, t: reports.append((d, t)), cancelled=cancel_halfway
        )
    assert reports[0] == (0, 0)  # busy while reading
    assert 500 <= reports[-1][0] < reports[-1][1]


def test_progress_ends_complete(tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    parse_linkedin(
        write_zip(tmp_path / "big.zip", linkedin_bulk(600, 600)),
        progress=lambda d, t: reports.append((d, t)),
    )
    counted = [done for done, total in reports if total]
    assert counted == sorted(counted)
    assert reports[-1][0] == reports[-1][1] > 1200


def test_a_huge_declared_directory_is_refused_before_it_is_read(tmp_path: Path) -> None:
    data = zip_bytes({"Shares.csv": SHARES})
    at = data.rindex(b"PK\x05\x06") + 12  # the end record's "size of the central directory"
    data = data[:at] + struct.pack("<L", 0x7FFFFFFF) + data[at + 4 :]
    (tmp_path / "dir.zip").write_bytes(data)
    error = problem(tmp_path / "dir.zip")
    assert error.problem_key == "zip_bomb"
    assert safe_zip.declared_directory(tmp_path / "dir.zip") == (1, 0x7FFFFFFF)


def test_zip64_end_records_are_understood(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 0)  # makes zipfile write zip64 records
    path = write_zip(tmp_path / "z64.zip", {"Shares.csv": SHARES.encode()})
    monkeypatch.undo()
    assert b"PK\x06\x06" in path.read_bytes()
    count, size = safe_zip.declared_directory(path) or (0, 0)
    assert (count, 46 + len("Shares.csv") <= size < 200) == (1, True)
    assert len(parse_linkedin(path).items) == 1


def test_a_field_beyond_the_csv_limit_is_a_bad_table(tmp_path: Path) -> None:
    huge = 'Date,ShareLink,ShareCommentary\n2024-01-02 10:00:00,x,"' + "a" * 200_000 + '"\n'
    (tmp_path / "Shares.csv").write_text(huge, encoding="utf-8")
    error = problem(tmp_path / "Shares.csv")
    assert (error.problem_key, error.file) == ("bad_csv", "Shares.csv")
