"""The coach exchange on the command line: demo cohort, export progress, coach report, import
feedback (issue 14)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.main import main
from tests.fixed_clock import TEST_DAY

TODAY = str(TEST_DAY)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--today", TODAY, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_demo_cohort_is_the_same_on_every_run_and_reads_as_a_cohort(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        code, out, _ = run(
            capsys, "demo", "cohort", "--people", "6", "--seed", "3", "--out", str(folder)
        )
        assert code == 0 and "Wrote 6 progress files" in out
    for a, b in zip(sorted(first.iterdir()), sorted(second.iterdir()), strict=True):
        with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
            assert za.read("progress.json") == zb.read("progress.json")  # reproducible
    (first / "damaged.ownvoice").write_bytes(b"PK\x03\x04 not really")
    code, out, err = run(capsys, "coach", "report", str(first), "--json")
    assert code == 0  # some files broken: still a report
    report = json.loads(out)
    assert len(report["people"]) == 6
    assert report["broken"] == [
        {"file": "damaged.ownvoice", "reason": "damaged.ownvoice is not an OwnVoice file."}
    ]
    matrix = report["summary"]["movement"]
    assert sum(sum(cells.values()) for cells in matrix.values()) == 6
    assert "damaged.ownvoice" in err
    for fmt, marker in (("csv", "stage_start"), ("html", "<table>"), ("table", "people:")):
        code, out, _ = run(capsys, "coach", "report", str(first), "--format", fmt)
        assert code == 0 and marker in out


def test_export_asks_for_sections_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "demo", "--years", "1")[0] == 0
    out_file = tmp_path / "me"
    code, out, _ = run(
        capsys, "--data-dir", data, "export", "progress", "--out", str(out_file),
        "--include", "stages,drafts",
    )  # fmt: skip
    assert code == 0 and "drafts, stages" in out
    with zipfile.ZipFile(tmp_path / "me.ownvoice") as archive:
        data_json = json.loads(archive.read("progress.json"))
    assert data_json["sections"] == ["drafts", "stages"] and data_json["drafts"]
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", data, "export", "progress", "--out", "x", "--include", "secrets"])
    assert caught.value.code == 2
    assert "no such section 'secrets'" in capsys.readouterr().err


def test_feedback_for_someone_else_is_one_plain_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.domain.exchange.codec import feedback_to_json
    from app.domain.exchange.model import Feedback, Kind, Person
    from app.services.exchange.package import write_package

    other = Person("d" * 32, "Someone Else")
    path = tmp_path / "feedback.ownvoice"
    write_package(path, Kind.FEEDBACK, other, feedback_to_json(Feedback(other, "C", TEST_DAY)), {},
                  app_version="t", created_at="2026-05-13T12:00:00", private=False)  # fmt: skip
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "import", "feedback", str(path))
    assert code == 1
    assert err.strip() == (
        "ownvoice: feedback.ownvoice is feedback for someone else (Someone Else); nothing was "
        "imported."
    )


def test_a_group_file_imports_from_the_command_line_and_an_older_one_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import timedelta

    from app.domain.exchange.codec import person_to_json
    from app.domain.exchange.examples import Example, GroupFile, group_to_json
    from app.domain.exchange.model import Kind, Person
    from app.services.exchange.package import write_package

    coach = Person("c" * 32, "Kaisa")

    def group_file(name: str, day: object) -> Path:
        group = GroupFile("Kaisa", day, (Example("e" * 32, "A post", "Why", "", day),))  # type: ignore[arg-type]
        path = tmp_path / name
        data = {"person": person_to_json(coach), **group_to_json(group)}
        write_package(path, Kind.COHORT, coach, data, {}, app_version="t",
                      created_at=f"{day}T12:00:00", private=False)  # fmt: skip
        return path

    data_dir = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", data_dir, "import", "feedback",
                       str(group_file("new.ownvoice", TEST_DAY)))  # fmt: skip
    assert code == 0 and out.strip() == "Group file from Kaisa: kept; posts shared in it: 1."
    older = group_file("old.ownvoice", TEST_DAY - timedelta(days=7))
    code, out, _ = run(capsys, "--data-dir", data_dir, "import", "feedback", str(older), "--json")
    assert code == 0 and json.loads(out) == {"coach": "Kaisa", "new": 0, "entries": 1,
                                             "group": True}  # fmt: skip
