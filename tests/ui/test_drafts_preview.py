"""The post as the feed will show it, and carrying a variant over to another network (issue 13:
"A preview of the post as the feed will show it")."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.drafts.networks import Network
from app.domain.journey.profile import Profile
from app.services.drafts import DraftsReader
from app.ui.context import AppContext
from app.ui.drafts.marks import Mark, mark_format
from tests.ui.test_drafts_check import page_with_draft, typed
from tests.ui.test_drafts_page import make

__all__ = ["page_with_draft"]  # a fixture

LONG = (
    "Last week I tested a new seal for a hydrogen pipe. Three things surprised me, and none "
    "of them was the one I expected when we planned the test in the spring.\n\n"
    "First, the leaks were in the joints, not in the pipe. Second, frost was no problem, but "
    "the swings of temperature were. Third, the best finding came from the fitter, not from "
    "the meter. More at https://example.com/blog/seal-test?utm=feed\n\n"
    "What have you learned from field tests?"
)


def test_the_preview_names_the_person_from_their_profile(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    from app.services.journey.writer import JourneyWriter

    assert open_ctx.database is not None and open_ctx.reader is not None
    page = make(qtbot, open_ctx)
    assert page.editor.preview.name_line.text() == "You"  # no name given yet
    JourneyWriter(open_ctx.database, open_ctx.reader).save_profile(Profile(name="Aino Mäkinen"))
    open_ctx.hub.dataChanged.emit("journey")
    assert page.editor.preview.name_line.text() == "Aino Mäkinen"


def test_linkedin_shows_the_fold_and_a_card_for_the_link(
    qtbot: QtBot, page_with_draft: Any
) -> None:
    page = page_with_draft
    typed(qtbot, page, LONG)
    preview = page.editor.preview
    assert LONG.startswith(preview.body.text())
    assert len(preview.body.text()) < len(LONG)
    assert preview.more.isVisibleTo(preview) and preview.more.text() == "…see more"
    assert preview.link_card.isVisibleTo(preview) and preview.link_host.text() == "example.com"
    phone = preview.body.text()
    preview.desktop.setChecked(True)  # the desktop feed folds later
    assert len(preview.body.text()) > len(phone)


def test_x_shows_what_fits_and_says_what_is_left_out(qtbot: QtBot, page_with_draft: Any) -> None:
    page = page_with_draft
    typed(qtbot, page, LONG, Network.X)
    preview = page.editor.preview
    assert preview.caption.text() == "How the X feed shows this post:"
    assert preview.preview is not None and preview.preview.over > 0
    assert preview.more.text().endswith("characters past the limit are left out.")
    assert preview.note.text().startswith("X takes 280 characters")


def test_carry_over_starts_the_other_network_and_marks_what_must_shrink(
    qtbot: QtBot, open_ctx: AppContext, page_with_draft: Any
) -> None:
    page = page_with_draft
    typed(qtbot, page, LONG)
    linkedin = page.editor.editors[Network.LINKEDIN]
    assert [a.text() for a in linkedin.carry_menu.actions()] == [
        "X", "Mastodon", "Bluesky", "Threads", "Internal", "Blog"
    ]  # fmt: skip
    next(a for a in linkedin.carry_menu.actions() if a.text() == "X").trigger()
    x = page.editor.editors[Network.X]
    assert page.editor.current_network() is Network.X
    assert x.text() == LONG
    assert x.counter.text().startswith(f"{x.counted.used} of 280 · ")
    assert "Started from the LinkedIn text." in x.carried.text()
    # The part past the limit is marked, with the "past the limit" mark.
    ((start, end, fmt),) = x.highlighter.layer("over")
    assert fmt == mark_format(Mark.OVER, x.edit.palette())
    assert 0 < start < end == len(LONG)
    # Shortened to fit: the mark goes.
    x.edit.setPlainText(LONG[:start])
    assert x.highlighter.layer("over") == []
    # Saved like typing.
    page.autosaver.flush()
    assert open_ctx.reader is not None and page.editor.draft is not None
    stored = DraftsReader(open_ctx.reader).draft(page.editor.draft.id)
    assert stored is not None and stored.variant(Network.X).text == LONG[:start]  # type: ignore[union-attr]


@pytest.mark.parametrize(("answer", "kept"), [(QMessageBox.StandardButton.No, True),
                                              (QMessageBox.StandardButton.Yes, False)])  # fmt: skip
def test_carry_over_asks_before_replacing_text_of_its_own(
    qtbot: QtBot,
    page_with_draft: Any,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    kept: bool,
) -> None:
    page = page_with_draft
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    page.editor.editors[Network.MASTODON].edit.setPlainText("My own Mastodon words.")
    typed(qtbot, page, LONG)
    page.editor.carry_over(Network.LINKEDIN, Network.MASTODON)
    assert asked and "Mastodon" in asked[0]
    mastodon = page.editor.editors[Network.MASTODON].text()
    assert (mastodon == "My own Mastodon words.") is kept
