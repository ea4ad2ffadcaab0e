"""Inspire by example (issue 21), as the three people see it: the coach asks Aino to share
three of her posts; she sees each exact text and says yes with her name, yes without it, and
no; the coach's group file carries only the two she allowed, a name only with the first; a
second person sees them under Journey → Examples from your group. Aino takes her first yes
back, and at the next group file that post is gone from the second person too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from app.domain.exchange.examples import Permission
from app.services.exchange.package import read_package
from app.ui.context import AppContext
from app.ui.exchange.export_dialog import FeedbackImporter
from app.ui.kit.i18n import Translations
from app.ui.pages.cohort import CohortPage
from app.ui.pages.journey import JourneyPage
from tests.ui.conftest import show
from tests.ui.test_coach_exchange import answer_save, coach, context_for, demo_person, person
from tests.ui.test_coach_exercises import share_progress

__all__ = ["coach", "demo_person", "person"]  # the fixtures, shared with the exchange tests

NAMED = "I asked my readers one question and forty of them answered."
NAMELESS = "Three things I learnt at the conference, and one I disagree with."
DECLINED = "My very first video, shaky and honest."


@pytest.fixture
def second(tmp_path: Path, translations: Translations) -> Iterator[AppContext]:
    ctx = context_for(tmp_path / "second", translations)
    yield ctx
    ctx.close()


def import_file(ctx: AppContext, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    FeedbackImporter(ctx, None).run()  # type: ignore[arg-type]


def journey(qtbot: QtBot, ctx: AppContext) -> JourneyPage:
    page = JourneyPage(ctx, "Journey")
    page.ensure_built()
    show(qtbot, page)
    return page


def group_file(qtbot: QtBot, page: CohortPage, out: Path, mp: pytest.MonkeyPatch) -> list[str]:
    """Open "Group file…", tick what is allowed (all, as it opens) and save; the lines of the
    list as the coach saw them."""
    page.group_dialog = None
    page.group_button.click()
    qtbot.waitUntil(lambda: page.group_dialog is not None)
    dialog = page.group_dialog
    assert dialog is not None
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    answer_save(mp, out)
    dialog.save.click()
    qtbot.waitUntil(lambda: out.exists())
    return lines


def test_a_shared_example_reaches_a_second_person_only_with_the_authors_permission(
    qtbot: QtBot,
    person: AppContext,
    coach: AppContext,
    second: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    share_progress(qtbot, person, shared / "aino", monkeypatch)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Coach Kaisa", True))
    page = CohortPage(coach, "Cohort")
    page.ensure_built()
    show(qtbot, page)
    page.load(shared)
    name = page.model.rows[0].name
    assert name
    page.show_person(page.model.rows[0])
    panel = page.person_view.share
    assert not panel.ask.isEnabled()  # a post and a line on why it works, or nothing to ask
    for post, why in ((NAMED, "One question, and the talk starts"), (NAMELESS, "Useful, short"),
                      (DECLINED, "Brave and real")):  # fmt: skip
        panel.post.setPlainText(post)
        panel.why.setText(why)
        panel.ask.click()
    qtbot.waitUntil(lambda: panel.list.count() == 3)
    assert all("not sent yet" in panel.list.item(i).text() for i in range(3))
    # Nothing is allowed yet: the group file would carry no post.
    page.group_button.click()
    qtbot.waitUntil(lambda: page.group_dialog is not None)
    dialog = page.group_dialog
    assert dialog is not None and dialog.group().examples == ()
    assert not any(
        dialog.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled for i in range(3)
    )  # none can be ticked
    dialog.reject()
    answer_save(monkeypatch, shared / "feedback-aino.ownvoice")
    page.person_view.export.click()
    assert read_package(shared / "feedback-aino.ownvoice").manifest.schema == 3

    # Aino sees each exact text, with the coach's line, and answers.
    import_file(person, shared / "feedback-aino.ownvoice", monkeypatch)
    mine = journey(qtbot, person)
    qtbot.waitUntil(lambda: mine.tabs.isTabVisible(mine.GROUP))
    assert mine.tabs.tabText(mine.GROUP) == "Examples from your group"
    asks = {a.ask.post: a.ask.id for a in mine.group.view.asks}  # type: ignore[union-attr]
    assert set(asks) == {NAMED, NAMELESS, DECLINED}
    for post, permission in ((NAMED, Permission.NAMED), (NAMELESS, Permission.ANONYMOUS),
                             (DECLINED, Permission.DECLINED)):  # fmt: skip
        mine.group.buttons[(asks[post], permission)].click()
        key = (asks[post], permission)
        qtbot.waitUntil(lambda key=key: key not in mine.group.buttons)
    assert (asks[NAMED], Permission.REVOKED) in mine.group.buttons  # a yes can be taken back
    assert (asks[DECLINED], Permission.REVOKED) not in mine.group.buttons
    (shared / "aino.ownvoice").unlink()
    share_progress(qtbot, person, shared / "aino-2", monkeypatch)
    second_file = read_package(shared / "aino-2.ownvoice")
    answers = second_file.data["share_answers"]
    preview = second_file.members["summary.html"].decode()  # what she saw before it went
    assert "Your answers on sharing your posts with the group" in preview
    assert "Yes, with my name" in preview and "Yes, without my name" in preview
    assert {a["id"]: a["permission"] for a in answers} == {
        asks[NAMED]: "named",
        asks[NAMELESS]: "anonymous",
        asks[DECLINED]: "declined",
    }

    # The coach sees who allowed what, and saves the group file.
    page.show_cohort()
    page.reload()
    qtbot.waitUntil(
        lambda: bool(page.model.rows and page.model.rows[0].member.report.share_answers)
    )
    page.show_person(page.model.rows[0])
    said = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any("yes, with their name" in line and NAMED[:30] in line for line in said)
    page.show_cohort()
    lines = group_file(qtbot, page, shared / "group-1.ownvoice", monkeypatch)
    assert any("yes, with their name" in line and NAMED[:30] in line for line in lines)
    assert any("yes, without their name" in line and NAMELESS[:30] in line for line in lines)
    assert any(line.split(": ")[0].endswith("no") and DECLINED[:20] in line for line in lines)
    data = read_package(shared / "group-1.ownvoice").data
    assert {e["post"]: e["author"] for e in data["examples"]} == {NAMED: name, NAMELESS: ""}

    # The second person sees the two, a name only with the first.
    import_file(second, shared / "group-1.ownvoice", monkeypatch)
    theirs = journey(qtbot, second)
    qtbot.waitUntil(lambda: theirs.tabs.isTabVisible(theirs.GROUP))
    assert dict(zip(theirs.group.example_texts, theirs.group.authors, strict=True)) == {
        NAMED: name,
        NAMELESS: "",
    }
    assert DECLINED not in theirs.group.example_texts

    # Aino has the group file too; she takes her first yes back: gone from her own Journey at
    # once, and the next group file no longer holds that post.
    import_file(person, shared / "group-1.ownvoice", monkeypatch)
    qtbot.waitUntil(lambda: NAMED in mine.group.example_texts)
    mine.group.buttons[(asks[NAMED], Permission.REVOKED)].click()
    qtbot.waitUntil(lambda: (asks[NAMED], Permission.REVOKED) not in mine.group.buttons)
    assert mine.group.example_texts == [NAMELESS]
    (shared / "aino-2.ownvoice").unlink()
    share_progress(qtbot, person, shared / "aino-3", monkeypatch)
    page.reload()
    qtbot.waitUntil(
        lambda: any(
            a.permission is Permission.REVOKED
            for a in page.model.rows[0].member.report.share_answers
        )
    )
    # The feedback and group files saved in the folder are the coach's own: not people, and
    # not "files that could not be read".
    assert page.loaded is not None and page.loaded.cohort.broken == ()
    assert len(page.model.rows) == 1
    lines = group_file(qtbot, page, shared / "group-2.ownvoice", monkeypatch)
    assert any("taken back" in line and NAMED[:30] in line for line in lines)
    import_file(second, shared / "group-2.ownvoice", monkeypatch)
    qtbot.waitUntil(lambda: theirs.group.example_texts == [NAMELESS])
    assert theirs.group.authors == [""]


def test_without_a_request_or_a_group_file_the_tab_is_not_there(
    qtbot: QtBot, second: AppContext
) -> None:
    page = journey(qtbot, second)
    qtbot.waitUntil(lambda: page.group.view is not None)
    assert not page.tabs.isTabVisible(page.GROUP)
