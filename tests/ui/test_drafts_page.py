"""The drafting studio as a person uses it: type, see a flag, rewrite, publish, find it logged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.activity import ActivityKind, ActivitySource, Channel
from app.domain.checks.flags import FlagKind
from app.domain.drafts.model import DraftState
from app.domain.drafts.networks import Network
from app.services.drafts import DraftsReader
from app.services.journey import JourneyReader
from app.ui.context import AppContext
from app.ui.kit.colors import css, error
from app.ui.pages.drafts import DraftsPage

from .conftest import show

CLICHE = "We are proud to announce that our team shipped offline sync."
OWN = "I spent the spring on offline sync, and it finally shipped. What would you test first?"


def make(qtbot: QtBot, ctx: AppContext) -> DraftsPage:
    page = DraftsPage(ctx, "Drafts")
    page.ensure_built()
    show(qtbot, page)
    return page


def kinds(page: DraftsPage) -> list[FlagKind]:
    return [row.flag.kind for row in page.editor.panel.rows]


def test_a_flag_comes_and_goes_and_publishing_logs_the_activity(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    page = make(qtbot, open_ctx)
    page.inbox.capture.setText("Offline sync shipped")
    page.inbox.tags.setText("#sync, work")
    page.inbox.capture.returnPressed.emit()
    assert page.inbox.ideas.count() == 1
    page.inbox.ideas.setCurrentRow(0)
    page.inbox.start_button.click()
    qtbot.waitUntil(lambda: page.editor.draft is not None)
    editor = page.editor.editors[Network.LINKEDIN]

    editor.edit.setPlainText(CLICHE)
    qtbot.waitUntil(lambda: FlagKind.CLICHE in kinds(page), timeout=3000)
    assert editor.highlighter.spans  # the words are marked in the text
    row = next(r for r in page.editor.panel.rows if r.flag.kind is FlagKind.CLICHE)
    assert "stock phrase" in row.message.text()

    editor.edit.setPlainText(OWN)
    qtbot.waitUntil(lambda: FlagKind.CLICHE not in kinds(page), timeout=3000)
    assert not editor.highlighter.spans

    page.autosaver.flush()
    assert page.editor.draft is not None and page.editor.draft.id is not None
    draft_id = page.editor.draft.id
    assert open_ctx.reader is not None
    stored = DraftsReader(open_ctx.reader).draft(draft_id)
    assert stored is not None and stored.variant(Network.LINKEDIN).text == OWN  # type: ignore[union-attr]

    with qtbot.waitSignal(page.editor.published):
        page.editor.publish(Network.LINKEDIN, date(2026, 11, 27), "https://linkedin.com/p/1")
    qtbot.waitUntil(lambda: page.editor.draft.state is DraftState.PUBLISHED)  # type: ignore[union-attr]
    logged = JourneyReader(open_ctx.reader).activities()
    assert [(a.kind, a.channel, a.source, a.link) for a in logged] == [
        (
            ActivityKind.OWN_POST,
            Channel.LINKEDIN,
            ActivitySource.DRAFT,
            "https://linkedin.com/p/1",
        )
    ]
    assert page.editor.outcome_button.isVisibleTo(page.editor)


def test_a_dismissed_flag_stays_away_for_this_draft(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = make(qtbot, open_ctx)
    page.inbox.new_button.click()
    qtbot.waitUntil(lambda: page.editor.draft is not None)
    editor = page.editor.editors[Network.LINKEDIN]
    editor.edit.setPlainText(CLICHE)
    qtbot.waitUntil(lambda: FlagKind.CLICHE in kinds(page), timeout=3000)
    row = next(r for r in page.editor.panel.rows if r.flag.kind is FlagKind.CLICHE)
    row.dismiss.click()
    qtbot.waitUntil(lambda: FlagKind.CLICHE not in kinds(page), timeout=3000)
    assert open_ctx.reader is not None
    assert page.editor.draft is not None and page.editor.draft.id is not None
    stored = DraftsReader(open_ctx.reader).draft(page.editor.draft.id)
    assert stored is not None and ("cliche", "we are proud to announce") in stored.dismissed


def test_the_copy_paste_guard_highlights_shared_passages(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    page = make(qtbot, open_ctx)
    page.inbox.new_button.click()
    qtbot.waitUntil(lambda: page.editor.draft is not None)
    source = (
        "Contoso today released the new version of its planning tool, which lets teams share "
        "plans offline and merge them later without conflicts."
    )
    page.editor.panel.source_toggle.setChecked(True)
    page.editor.panel.source.setPlainText(source)
    page.editor.editors[Network.LINKEDIN].edit.setPlainText(source)
    panel = page.editor.panel
    qtbot.waitUntil(lambda: panel.similarity.isVisibleTo(panel), timeout=3000)
    assert "own view" in panel.similarity.text()


def test_counters_follow_each_network(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = make(qtbot, open_ctx)
    page.inbox.new_button.click()
    qtbot.waitUntil(lambda: page.editor.draft is not None)
    x = page.editor.editors[Network.X]
    x.edit.setPlainText("a" * 281)
    # Over the limit in words, not by the colour alone; the colour is the palette's error.
    assert x.counter.text().startswith("281 of 280 · ") and "too many" in x.counter.text()
    assert css(error(x.palette())) in x.counter.styleSheet()
    blog = page.editor.editors[Network.BLUESKY]
    blog.edit.setPlainText("👍🏽 ok")
    assert blog.counter.text() == "4 of 300"


def test_settings_for_writing_checks_reach_the_studio(qtbot: QtBot, open_ctx: AppContext) -> None:
    from app.domain import settings as decl

    page = make(qtbot, open_ctx)
    page.inbox.new_button.click()
    qtbot.waitUntil(lambda: page.editor.draft is not None)
    mastodon = page.editor.editors[Network.MASTODON]
    assert not mastodon.open_button.isVisibleTo(mastodon)  # no server known yet
    open_ctx.settings.set(decl.SENSITIVE_WORDS, "Projekt Kuu, Contoso")
    open_ctx.settings.set(decl.MASTODON_SERVER, "mastodon.social")
    assert mastodon.open_button.isVisibleTo(mastodon)
    editor = page.editor.editors[Network.LINKEDIN]
    editor.edit.setPlainText("I spent the week with Contoso's team. What would you ask them?")
    qtbot.waitUntil(lambda: FlagKind.SENSITIVE_WORD in kinds(page), timeout=3000)


def test_the_plan_export_says_where_it_went_or_why_not(
    qtbot: QtBot, open_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make(qtbot, open_ctx)
    messages: list[str] = []
    open_ctx.hub.statusMessage.connect(messages.append)
    inside = open_ctx.paths.data_dir / "plan.ics"
    page.export_plan(inside)
    assert messages == ["The plan is saved in plan.ics."]
    assert inside.stat().st_mode & 0o777 == 0o600  # inside the data folder: private
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    page.export_plan(tmp_path / "no such folder" / "plan.ics")
    assert len(warnings) == 1 and "could not be saved" in warnings[0]


def test_the_voice_check_marking_a_draft_is_not_an_edit(qtbot: QtBot, open_ctx: AppContext) -> None:
    """Qt says the text changed when the check's marks are drawn: nothing is saved for that.
    Before, each check of an opened draft wrote it back and left a journal entry behind."""
    page = make(qtbot, open_ctx)
    page.inbox.capture.setText("Offline sync shipped")
    page.inbox.capture.returnPressed.emit()
    page.inbox.ideas.setCurrentRow(0)
    page.inbox.start_button.click()
    qtbot.waitUntil(lambda: page.editor.draft is not None)
    editor = page.editor.editors[Network.LINKEDIN]
    edits: list[str] = []
    editor.edited.connect(lambda _network, text: edits.append(text))

    editor.edit.setPlainText(CLICHE)  # typed: one edit, flagged by the check
    qtbot.waitUntil(lambda: FlagKind.CLICHE in kinds(page), timeout=3000)
    editor.highlighter.rehighlight()  # the marks drawn again: the same text
    assert edits == [CLICHE]
    page.autosaver.flush()
    qtbot.waitUntil(lambda: not page.autosaver.pending and open_ctx.tasks.busy == 0)

    editor.set_text(OWN)  # loading stored text is not an edit either
    editor.highlighter.rehighlight()
    assert edits == [CLICHE]
    assert not page.autosaver.pending
