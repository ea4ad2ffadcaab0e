"""The personal report of a period (issue 15): one HTML page with the insights, each chart's
numbers as a table and its picture embedded; the same as a PDF."""

from __future__ import annotations

import base64
import re
from datetime import date, timedelta
from html import escape
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.progress import InsightKind, ProgressSnapshot, build_progress
from app.ui.kit.numbers import format_day
from app.ui.progress.report import report_html, save_report
from app.ui.progress.words import insight_text
from tests.fixed_clock import TEST_DAY

FIRST = date(2026, 3, 2)  # a Monday
LAST = date(2026, 4, 26)  # a Sunday: eight whole weeks
C, R, P = ActivityKind.COMMENT, ActivityKind.REPLY, ActivityKind.OWN_POST


def act(kind: ActivityKind, day: date) -> Activity:
    return Activity(kind, Channel.LINKEDIN, day, ActivitySource.MANUAL)


def activities() -> list[Activity]:
    """Three comments every Tuesday and one on Thursday of the eight weeks (the busiest day:
    an insight), a reply and an own post each week; a comment before and one after them."""
    made = [act(C, FIRST - timedelta(days=30)), act(C, LAST + timedelta(days=3))]
    for week in range(8):
        monday = FIRST + timedelta(weeks=week)
        made += [act(C, monday + timedelta(days=1)) for _ in range(3)]
        made += [act(C, monday + timedelta(days=3)), act(R, monday), act(P, monday)]
    return sorted(made, key=lambda a: a.day)


@pytest.fixture
def snapshot() -> ProgressSnapshot:
    return build_progress(TEST_DAY, activities(), []).period(FIRST, LAST)


def test_the_page_holds_the_insights_and_the_numbers_of_each_chart(
    qtbot: QtBot, snapshot: ProgressSnapshot
) -> None:
    html = report_html(snapshot, "Aino Mäkinen", first=FIRST, last=LAST)
    assert "<title>Progress report: Aino Mäkinen</title>" in html
    assert escape(format_day(FIRST)) in html and escape(format_day(LAST)) in html
    assert [i.kind for i in snapshot.insights] == [InsightKind.COMMENT_WEEKDAY]
    assert f"<li>{escape(insight_text(snapshot.insights[0]))}</li>" in html
    assert "Your busiest day for comments is Tuesday" in html
    # Each week of the period, oldest first: own posts, comments, replies, shares.
    weeks = [FIRST + timedelta(weeks=w) for w in range(8)]
    cells = re.findall(r"<tr><td>([^<]*)</td>((?:<td[^>]*>[^<]*</td>)+)</tr>", html)
    activity = [(day, re.findall(r">([^<]*)</td>", rest)) for day, rest in cells]
    expected = [(escape(format_day(m)), ["1", "4", "1", "0"]) for m in weeks]
    assert activity[7 : 7 + 8] == expected  # after the seven rows of "In numbers"
    ratio = activity[15 : 15 + 8]
    assert ratio == [(escape(format_day(m)), ["5"]) for m in weeks]  # (4 + 1) per post
    summary = {name: values[0] for name, values in activity[:7]}
    assert summary["Weeks"] == "8" and summary["Comments"] == "32"
    assert summary["Own posts"] == "8" and summary["Comments and replies per own post"] == "5"
    assert FIRST - timedelta(days=30) not in snapshot.span.mondays()


def test_the_page_is_self_contained_with_png_pictures(
    qtbot: QtBot, snapshot: ProgressSnapshot
) -> None:
    html = report_html(snapshot, first=FIRST, last=LAST)
    assert "<title>Progress report</title>" in html
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", html, re.IGNORECASE)
    assert "url(" not in html
    pictures = re.findall(r'<img src="data:image/png;base64,([^"]+)"', html)
    assert len(pictures) == 2  # activity and the conversation ratio: no habits or goals here
    for picture in pictures:
        assert base64.b64decode(picture).startswith(b"\x89PNG\r\n\x1a\n")


def test_without_insights_the_page_says_so(qtbot: QtBot) -> None:
    quiet = build_progress(TEST_DAY, [act(C, FIRST)], []).period(FIRST, LAST)
    html = report_html(quiet, first=FIRST, last=LAST)
    assert "No insights for this period" in html and "<ul>" not in html
    assert "Counted in whole weeks" not in html  # Monday to Sunday: as asked


def test_a_period_within_weeks_says_which_days_were_counted(qtbot: QtBot) -> None:
    wednesday, friday = FIRST + timedelta(days=2), LAST - timedelta(days=2)
    cut = build_progress(TEST_DAY, activities(), []).period(wednesday, friday)
    html = report_html(cut, first=wednesday, last=friday)
    note = f"Counted in whole weeks: {format_day(FIRST)} to {format_day(LAST)}."
    assert escape(note) in html


def test_the_pdf_has_pages_and_pictures(
    qtbot: QtBot, snapshot: ProgressSnapshot, tmp_path: Path
) -> None:
    from PySide6.QtPdf import QPdfDocument

    out = tmp_path / "report.pdf"
    save_report(out, snapshot, "Aino Mäkinen", first=FIRST, last=LAST)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Subtype /Image") >= 2
    document = QPdfDocument()
    document.load(str(out))
    assert document.pageCount() >= 1
    text = document.getAllText(0).text()
    assert "Progress report: Aino Mäkinen" in text and "Activity per week" in text
    pages = document.pageCount()
    assert pages >= 2  # the charts and their tables do not fit on one A4
    for page in range(pages):
        assert f"Page {page + 1} of {pages}" in document.getAllText(page).text()


def test_the_html_file_and_a_wrong_ending(
    qtbot: QtBot, snapshot: ProgressSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    save_report(out, snapshot, first=FIRST, last=LAST)
    assert out.read_text(encoding="utf-8") == report_html(snapshot, first=FIRST, last=LAST)
    with pytest.raises(ValueError, match=r"\.html or \.pdf"):
        save_report(tmp_path / "report.txt", snapshot, first=FIRST, last=LAST)
