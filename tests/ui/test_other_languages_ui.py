"""Other languages on screen (issue 23): the Your voice page counts them, the check says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from app.domain.drafts.networks import Network
from app.ui.context import AppContext
from app.ui.voice.languages import language_name, other_languages_text
from tests.services import archive_factory as af
from tests.ui.test_drafts_check import page_with_draft, typed  # noqa: F401 (a fixture)
from tests.ui.test_voice_page import dialog_for
from tests.ui.test_voice_page import make as make_voice

GERMAN = (
    "Heute habe ich auf der Konferenz über künstliche Intelligenz gesprochen. Wir sind so stolz "
    "auf unser Team, und ich danke allen, die gekommen sind!"
)


def test_the_voice_page_counts_other_languages_and_describes_only_ours(
    open_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    outbox = af.Outbox()
    outbox.note(301, "<p>Kiitos kaikille, oli upea tilaisuus ja hyviä kysymyksiä!</p>")
    outbox.note(302, "<p>Mitä sinä oppisit, jos saisit vaihtaa työtehtävää viikoksi?</p>")
    for n in range(3):
        outbox.note(310 + n, f"<p>谢谢大家 :blobheartcat: father #{n}KpopTime</p>", lang="zh")
    outbox.note(320, f"<p>{GERMAN}</p>", lang="de")
    page = make_voice(open_ctx, qtbot)
    dialog_for(
        page, qtbot, "mastodon", af.write_zip(tmp_path / "m.zip", af.mastodon_files(outbox))
    ).begin()
    qtbot.waitUntil(lambda: page.current_profile() is not None, timeout=5000)
    page.reload()
    qtbot.waitUntil(lambda: "Chinese" in page.overview.text(), timeout=5000)
    overview = page.overview.text()
    assert "Also in other languages, which your profile does not describe" in overview
    assert "OwnVoice knows Finnish, Swedish and English): Chinese 3, German 1." in overview
    assert page.languages == ["fi"]  # one tab: no profile of Chinese or German
    profile = page.current_profile()
    assert profile is not None and profile.posts == 2
    # The list names each text's language.
    shown = {page.model.index(r, 0).siblingAtColumn(3).data() for r in range(page.model.rowCount())}
    assert {"Chinese", "German", "Finnish"} <= shown


def test_language_names_for_people() -> None:
    assert language_name("de") == "German"
    assert language_name("other") == "another language"
    assert language_name("sw") == "Swahili"  # Qt's name for a language not in the list
    assert language_name("qq") == "qq"
    assert language_name(None) == "Not sure"
    assert other_languages_text({"de": 14, "et": 3}) == "German 14, Estonian 3"


def test_the_studio_check_of_a_draft_in_another_language_says_so_and_still_counts(
    qtbot: QtBot,
    page_with_draft: Any,  # noqa: F811
) -> None:
    page = page_with_draft
    typed(qtbot, page, GERMAN)
    panel = page.editor.panel
    summary = panel.summary.text()
    assert "Language: German." in summary
    assert (
        "OwnVoice checks Finnish, Swedish and English: in this text it counts only the "
        "characters and the opening line before “…see more”."
    ) in summary
    assert not panel.reading.isVisibleTo(panel)  # no readability grade in a language not ours
    assert page.editor.result.profile_match == {}
    assert not panel.no_profile.isVisibleTo(panel)  # never "import your posts to compare"
    editor = page.editor.editors[Network.LINKEDIN]
    assert editor.counter.text() == f"{len(GERMAN)} of 3,000"
    assert editor.fold_label.text()  # the fold is still shown
