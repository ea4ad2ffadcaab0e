"""The writing assistant as a person meets it (issue 17): off until turned on in Settings; then
a tab beside the check that shows what is sent before it is, streams the answer in, cancels at
once, runs each suggestion through the voice check, and changes the draft only on a click.
A real server on 127.0.0.1 answers (tests/model_server.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.domain import settings as decl
from app.domain.assistant.prompts import Action
from app.domain.checks.flags import FlagKind
from app.domain.drafts.networks import Network
from app.services.assistant.client import Timeouts
from app.ui.context import AppContext
from app.ui.drafts.assistant_panel import PREVIEW_SEEN, AssistantPanel, stop_all
from app.ui.pages.drafts import DraftsPage
from app.ui.pages.settings import SettingsPage
from tests.model_server import MODEL, RunningServer, Script, free_port, model_server
from tests.ui.conftest import make_page, show

DRAFT = "Korjasin tänään vanhan pyöräni itse. Kiertotalous alkaa pienistä teoista."
TIGHTER = "We are proud to announce that I fixed my old bike myself today."


@pytest.fixture
def server() -> Iterator[RunningServer]:
    with model_server() as running:
        yield running
    stop_all()


def turn_on(ctx: AppContext, url: str) -> None:
    ctx.settings.set(decl.ASSISTANT_PRESET, "custom")
    ctx.settings.set(decl.ASSISTANT_URL, url)
    ctx.settings.set(decl.ASSISTANT_MODEL, MODEL)
    ctx.settings.set(decl.ASSISTANT_ENABLED, True)


def studio(qtbot: QtBot, ctx: AppContext) -> DraftsPage:
    page = DraftsPage(ctx, "Drafts")
    page.ensure_built()
    show(qtbot, page)
    page.inbox.new_button.click()
    qtbot.waitUntil(lambda: page.editor.draft is not None)
    page.editor.editors[Network.LINKEDIN].edit.setPlainText(DRAFT)
    return page


def settings_page(qtbot: QtBot, ctx: AppContext) -> SettingsPage:
    page = make_page(ctx, "settings")
    assert isinstance(page, SettingsPage)
    show(qtbot, page)
    return page


def panel_of(page: DraftsPage) -> AssistantPanel:
    assert page.editor.assistant is not None
    page.editor.side.setCurrentIndex(2)  # the person opens the Assistant tab
    return page.editor.assistant


def test_off_by_default_nothing_shows(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = studio(qtbot, open_ctx)
    tabs = [page.editor.side.tabText(i) for i in range(page.editor.side.count())]
    assert tabs == ["Check", "Preview"]
    assert page.editor.assistant is None
    settings = settings_page(qtbot, open_ctx)
    assert settings.assistant is not None
    assert not settings.assistant.enabled.isChecked()
    assert settings.assistant.details.isHidden()  # no server, model or key asked for


def test_first_request_shows_what_is_sent_then_streams_and_inserts_only_on_click(
    qtbot: QtBot, open_ctx: AppContext, server: RunningServer
) -> None:
    page = studio(qtbot, open_ctx)
    turn_on(open_ctx, server.url)
    assert page.editor.side.tabText(2) == "Assistant"
    panel = panel_of(page)
    panel.set_action(Action.OPENERS)
    panel.ask_button.click()
    # The first time: exactly what will be sent, and nothing sent yet.
    assert panel.state == "preview"
    assert panel.preview.isVisible()
    shown = panel.preview_text.toPlainText()
    assert DRAFT in shown and "three different opening lines" in shown
    assert server.url in panel.preview_intro.text()
    assert server.script.requests == []
    panel.send_button.click()
    qtbot.waitUntil(lambda: panel.state == "done", timeout=5000)
    sent = server.script.requests[0]["messages"]
    assert "\n\n".join(f"[{m['role']}]\n{m['content']}" for m in sent) == shown
    assert panel.output.toPlainText() == "1. Here is what I lärned.\n2. Two\n3. Three"
    assert [card.text for card in panel.cards] == ["Here is what I lärned.", "Two", "Three"]
    editor = page.editor.editors[Network.LINKEDIN]
    assert editor.text() == DRAFT  # nothing entered without a click
    card = panel.cards[0]
    assert card.use_button.text() == "Insert"
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.Start)
    card.use_button.click()
    assert editor.text() == "Here is what I lärned." + DRAFT
    # The preview was seen: the next request goes at once; on request it shows again.
    assert open_ctx.settings.flag(PREVIEW_SEEN)
    panel.ask_button.click()
    qtbot.waitUntil(lambda: panel.state == "done", timeout=5000)
    assert len(server.script.requests) == 2
    panel.show_button.click()
    assert panel.state == "preview" and len(server.script.requests) == 2


def test_the_answer_streams_in_and_cancel_stops_it_at_once(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    pieces = tuple(f"word{n} " for n in range(200))
    with model_server(Script(pieces=pieces, delay_s=0.02)) as server:
        page = studio(qtbot, open_ctx)
        turn_on(open_ctx, server.url)
        open_ctx.settings.set_flag(PREVIEW_SEEN)
        panel = panel_of(page)
        panel.set_action(Action.TIGHTEN)
        panel.ask_button.click()
        assert panel.state == "streaming" and panel.cancel_button.isVisible()
        qtbot.waitUntil(lambda: "word5 " in panel.output.toPlainText(), timeout=5000)
        assert panel.state == "streaming"  # shown while it is still coming
        panel.cancel_button.click()
        assert panel.state == "cancelled"
        assert "Cancelled" in panel.status.text()
        so_far = panel.output.toPlainText()
        qtbot.wait(150)
        assert panel.output.toPlainText() == so_far  # nothing more after the cancel
        assert panel.cards == []
        assert page.editor.editors[Network.LINKEDIN].text() == DRAFT
        assert not panel.cancel_button.isVisible() and panel.ask_button.isEnabled()
        stop_all()


def test_a_suggestion_shows_the_voice_checks_flags_and_replaces_on_use(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    with model_server(Script(pieces=(TIGHTER,))) as server:
        page = studio(qtbot, open_ctx)
        turn_on(open_ctx, server.url)
        open_ctx.settings.set_flag(PREVIEW_SEEN)
        panel = panel_of(page)
        panel.set_action(Action.TIGHTEN)
        panel.ask_button.click()
        qtbot.waitUntil(lambda: panel.state == "done", timeout=5000)
    (card,) = panel.cards
    assert card.flags is not None
    assert FlagKind.CLICHE in {flag.kind for flag in card.flags}
    assert "Voice check:" in card.check.text() and "announce" in card.check.text()
    assert card.use_button.text() == "Use this"
    card.use_button.click()
    editor = page.editor.editors[Network.LINKEDIN]
    assert editor.text() == TIGHTER
    editor.edit.undo()  # one step takes it back
    assert editor.text() == DRAFT


def test_offline_the_assistant_says_it_is_unavailable_and_the_check_still_works(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    page = studio(qtbot, open_ctx)
    url = f"http://127.0.0.1:{free_port()}/v1"
    turn_on(open_ctx, url)
    open_ctx.settings.set_flag(PREVIEW_SEEN)
    panel = panel_of(page)
    panel.ask_button.click()
    qtbot.waitUntil(lambda: panel.state == "failed", timeout=5000)
    assert panel.status.text() == (
        f"The writing assistant is unavailable: no language model server answers at {url}. "
        "Is it running?"
    )
    editor = page.editor.editors[Network.LINKEDIN]
    editor.edit.setPlainText("We are proud to announce our synergy.")
    qtbot.waitUntil(lambda: bool(page.editor.panel.rows), timeout=3000)  # the check goes on


def test_an_empty_answer_is_said(qtbot: QtBot, open_ctx: AppContext) -> None:
    with model_server(Script(pieces=())) as server:  # a model that stops at once, as small ones do
        page = studio(qtbot, open_ctx)
        turn_on(open_ctx, server.url)
        open_ctx.settings.set_flag(PREVIEW_SEEN)
        panel = panel_of(page)
        panel.ask_button.click()
        qtbot.waitUntil(lambda: panel.state == "done", timeout=5000)
    assert panel.cards == []
    assert panel.status.text() == (
        "The model sent back no text. Try again, or choose another model."
    )


def test_a_stall_ends_in_plain_words(qtbot: QtBot, open_ctx: AppContext) -> None:
    with model_server(Script(mode="stall", stall_s=5.0)) as server:
        page = studio(qtbot, open_ctx)
        turn_on(open_ctx, server.url)
        open_ctx.settings.set_flag(PREVIEW_SEEN)
        panel = panel_of(page)
        panel._timeouts = Timeouts(connect=2.0, read=0.4)
        panel.ask_button.click()
        qtbot.waitUntil(lambda: panel.state == "failed", timeout=5000)
        assert panel.status.text().startswith("The language model took too long to answer.")
        assert panel.output.toPlainText() == "1. Here"  # what came stays readable


def test_settings_test_lists_models_and_turning_off_removes_the_tab(
    qtbot: QtBot, open_ctx: AppContext, server: RunningServer
) -> None:
    page = studio(qtbot, open_ctx)
    settings = settings_page(qtbot, open_ctx)
    box = settings.assistant
    assert box is not None
    box.enabled.click()
    assert open_ctx.settings.get(decl.ASSISTANT_ENABLED) is True
    assert not box.details.isHidden()
    assert page.editor.side.count() == 3
    box.preset.setCurrentIndex(box.preset.findData("custom"))
    box.url.setText(server.url)
    open_ctx.settings.set(decl.ASSISTANT_MODEL, "")
    box.test_button.click()
    assert box.result.text() == (
        "The server answers. Its models: tiny-test, other-model. “tiny-test” is ready to use."
    )
    assert [box.model.itemText(i) for i in range(box.model.count())] == [MODEL, "other-model"]
    box.key.setText("sk-secret")
    box.save_key.click()
    assert open_ctx.secrets.get("assistant/api_key") == "sk-secret"
    assert "keychain" in box.key_state.text()
    box.enabled.click()
    assert page.editor.side.count() == 2 and page.editor.assistant is None


def test_without_a_model_it_says_what_to_set_and_another_draft_clears_the_answer(
    qtbot: QtBot, open_ctx: AppContext, server: RunningServer
) -> None:
    page = studio(qtbot, open_ctx)
    turn_on(open_ctx, server.url)
    open_ctx.settings.set(decl.ASSISTANT_MODEL, "")
    panel = panel_of(page)
    panel.ask_button.click()
    assert panel.state == "failed"
    assert panel.status.text() == (
        "Choose a server and a model in Settings → Writing assistant first."
    )
    assert server.script.requests == []
    open_ctx.settings.set(decl.ASSISTANT_MODEL, MODEL)
    open_ctx.settings.set_flag(PREVIEW_SEEN)
    panel.ask_button.click()
    qtbot.waitUntil(lambda: panel.state == "done", timeout=5000)
    assert panel.cards
    first = page.editor.draft
    page.inbox.new_button.click()
    qtbot.waitUntil(lambda: page.editor.draft is not first)
    assert panel.cards == [] and panel.output.toPlainText() == "" and panel.state == "idle"
