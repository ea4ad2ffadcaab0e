"""``ownvoice report``: the personal report of a period as a PDF or an HTML page (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.main import main
from tests.fixed_clock import TEST_DAY

TODAY = str(TEST_DAY)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--today", TODAY, *args])
    out, err = capsys.readouterr()
    return code, out, err


def usage_mistake(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as caught:
        main(["--today", TODAY, *args])
    assert caught.value.code == 2
    return capsys.readouterr().err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "demo", "--years", "1")[0] == 0
    return data


def test_the_report_of_a_period_as_pdf_and_html(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, html = tmp_path / "out" / "report.pdf", tmp_path / "report.html"
    pdf.parent.mkdir()
    period = ("--from", "2026-02-01", "--to", "2026-04-30")
    code, out, err = run(
        capsys, "--data-dir", demo, "--lang", "en", "report", *period, "--out", str(pdf)
    )
    assert (code, err) == (0, "")
    assert out.strip() == f"Wrote {pdf} (2026-02-01 to 2026-04-30)."
    assert pdf.read_bytes().startswith(b"%PDF")
    code, _, _ = run(
        capsys, "--data-dir", demo, "--lang", "en", "report", *period, "--out", str(html)
    )
    text = html.read_text(encoding="utf-8")
    assert code == 0 and text.startswith("<!DOCTYPE html>")
    assert "Activity per week" in text and "data:image/png;base64," in text
    assert "<script" not in text


def test_a_period_past_today_ends_today(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "r.html"
    code, out, _ = run(
        capsys, "--data-dir", demo, "report", "--from", "2026-05-01", "--to", "2026-12-31",
        "--out", str(out_file),
    )  # fmt: skip
    assert code == 0 and f"(2026-05-01 to {TODAY})" in out and out_file.exists()


def test_usage_mistakes_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    out = str(tmp_path / "r.pdf")
    code, _, err = run(
        capsys, "--data-dir", data, "report", "--from", "2026-05-02", "--to", "2026-05-01",
        "--out", out,
    )  # fmt: skip
    assert code == 2
    assert err.strip() == "ownvoice report: error: --from 2026-05-02 is after --to 2026-05-01"
    err = usage_mistake(
        capsys, "report", "--from", "2026-02-30", "--to", "2026-05-01", "--out", out
    )
    assert "expected a date as YYYY-MM-DD" in err
    err = usage_mistake(
        capsys, "report", "--from", "2026-02-01", "--to", "2026-05-01", "--out", "r.docx"
    )
    assert "expected a file ending in .pdf or .html" in err
    assert "required" in usage_mistake(capsys, "report", "--from", "2026-02-01")
    assert not (tmp_path / "data").exists() and not Path(out).exists()


def test_without_data_it_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "nothing"
    out = tmp_path / "r.pdf"
    code, _, err = run(
        capsys, "--data-dir", str(data), "report", "--from", "2026-02-01", "--to", "2026-04-30",
        "--out", str(out),
    )  # fmt: skip
    assert code == 1 and err.strip() == (
        f"ownvoice: no data in {data}: open the app first (or run 'ownvoice demo')"
    )
    assert not out.exists() and not (data / "ownvoice.db").exists()


def test_a_file_that_cannot_be_written_is_one_line(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("missing/r.pdf", "missing/r.html"):
        code, _, err = run(
            capsys, "--data-dir", demo, "report", "--from", "2026-02-01", "--to", "2026-04-30",
            "--out", str(tmp_path / name),
        )  # fmt: skip
        assert code == 1 and len(err.strip().splitlines()) == 1
        assert err.startswith(f"ownvoice: cannot write {tmp_path / name}: ")
