"""The "Your voice" page: profile in words, the corpus list, import with progress and Cancel."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPersistentModelIndex, Qt, QTimer
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.storage.voice import read as corpus_read
from app.ui.context import AppContext
from app.ui.kit.i18n import Translations
from app.ui.pages.voice import VoicePage
from app.ui.tasks import TaskRunner
from app.ui.voice.corpus_model import SEARCH_ROLE, CorpusModel
from app.ui.voice.import_dialog import ImportDialog
from tests.services import archive_factory as af
from tests.ui.conftest import show


def make(ctx: AppContext, qtbot: QtBot) -> VoicePage:
    page = VoicePage(ctx, "Your voice")
    page.ensure_built()
    show(qtbot, page)
    return page


def dialog_for(
    page: VoicePage, qtbot: QtBot, source: str = "", path: Path | None = None
) -> ImportDialog:
    """The Import dialog of ``page``, with ``source`` and ``path`` chosen as a person would."""
    dialog = ImportDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    if source:
        dialog.choose(source, str(path))
    return dialog


def test_empty_page_explains_how_to_get_an_archive(open_ctx: AppContext, qtbot: QtBot) -> None:
    page = make(open_ctx, qtbot)
    assert page.content_ready
    assert page.empty_card.isVisible() and not page.corpus_card.isVisible()
    steps = [label.text() for label in page.empty_steps.values()]
    assert steps[0].startswith("LinkedIn:") and "Download an archive" in steps[1]
    assert "Mastodon" in steps[2]


def test_imported_posts_show_as_a_profile_with_examples_and_a_list(
    open_ctx: AppContext, qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page = make(open_ctx, qtbot)
    dialog = dialog_for(
        page, qtbot, "linkedin", af.write_zip(tmp_path / "export.zip", af.linkedin_files())
    )
    with qtbot.waitSignal(dialog.imported):
        dialog.start.click()
    assert "Found 3 posts, 2 comments and 1 reply." in dialog.outcome.text()
    assert "Left out: 1 no readable date." in dialog.outcome.text()
    assert page.corpus_card.isVisible()
    assert page.model.rowCount() == 6
    qtmodeltester.check(page.model)  # type: ignore[no-untyped-call]
    qtmodeltester.check(page.model)  # type: ignore[no-untyped-call]
    sentences = page.profile_view.sentences()
    assert any(s.startswith(("Your posts are usually about", "Your post is")) for s in sentences)
    assert any(s.startswith("“") for s in sentences)  # examples from her own posts
    page.search.setText("HIILJAINEN TIETO".replace("II", "I"))
    assert page.model.rowCount() == 1


def test_unticking_a_text_leaves_it_out_of_the_profile(
    open_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = make(open_ctx, qtbot)
    dialog_for(
        page, qtbot, "mastodon", af.write_zip(tmp_path / "m.zip", af.mastodon_files())
    ).begin()
    before = page.current_profile()
    assert before is not None
    row = next(r for r in range(page.model.rowCount())
               if page.model.texts()[r].language == before.language)  # fmt: skip
    index = page.model.index(row, CorpusModel.INCLUDE)
    assert page.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    after = page.current_profile()
    assert after is not None and after.posts == before.posts - 1
    assert corpus_read.count_texts(open_ctx.reader.connection)[1] == 1  # type: ignore[union-attr]
    assert page.model.data(page.model.index(row, 0), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )


def test_bad_input_gets_one_clear_message(
    open_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = make(open_ctx, qtbot)
    dialog = dialog_for(page, qtbot)
    bad = tmp_path / "photo.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    dialog.choose("x", str(bad))
    dialog.begin()
    text = dialog.outcome.text()
    assert text.startswith("Nothing was imported from photo.zip.")
    assert "\n" not in text
    assert not dialog.running and page.model.rowCount() == 0


def test_the_window_stays_responsive_during_a_real_import(
    open_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    # Widgets earlier tests left in reference cycles are collected here, on the GUI thread: a
    # collection the import's allocations start on the worker would destroy them there ("Timers
    # cannot be stopped from another thread"), which says nothing about this page.
    gc.collect()
    runner = TaskRunner()
    open_ctx.tasks = runner
    page = make(open_ctx, qtbot)
    dialog = dialog_for(page, qtbot)
    archive = af.write_zip(tmp_path / "bulk.zip", af.linkedin_bulk(2000, 4000))
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    dialog.choose("linkedin", str(archive))
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        dialog.begin()
        assert dialog.running and not dialog.bar.isHidden()
    timer.stop()
    assert dialog.summary is not None and dialog.summary.new_posts == 6000
    assert len(ticks) >= 5  # the event loop kept running while the worker imported

    def profile_built() -> bool:
        snapshot = page.snapshot
        return snapshot is not None and bool(snapshot.state.profiles) and not snapshot.stale

    qtbot.waitUntil(profile_built, timeout=60_000)  # the page rebuilt it after the summary
    runner.wait()


def test_cancel_imports_nothing(open_ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    page = make(open_ctx, qtbot)
    dialog = dialog_for(
        page, qtbot, "linkedin", af.write_zip(tmp_path / "e.zip", af.linkedin_files())
    )
    dialog._cancel.set()  # as if Cancel was pressed while reading (SyncTaskRunner runs at once)
    original = dialog._cancel.clear
    dialog._cancel.clear = lambda: None  # type: ignore[method-assign]
    dialog.begin()
    dialog._cancel.clear = original  # type: ignore[method-assign]
    assert dialog.outcome.text() == "Import cancelled. Nothing was imported."
    assert page.model.rowCount() == 0


def test_progress_reaches_the_window_in_few_reports(qtbot: QtBot) -> None:
    from app.ui.voice.import_dialog import _Progress

    progress = _Progress()
    seen: list[tuple[int, int]] = []
    progress.advanced.connect(lambda done, total: seen.append((done, total)))
    progress.report(0, 0)  # reading files
    for done in range(0, 30_001, 256):  # what the parser reports for 30,000 records
        progress.report(done, 30_000)
    progress.report(30_000, 30_000)
    assert seen[:2] == [(0, 0), (0, 30_000)]  # a new phase is always shown
    assert seen[-1] == (30_000, 30_000)  # and so is the end
    assert len(seen) < 10  # not 118 slot calls competing with the worker for the interpreter


def test_an_import_can_be_removed_after_a_question(
    open_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = make(open_ctx, qtbot)
    archive = af.write_zip(tmp_path / "wrong-account.zip", af.linkedin_files())
    dialog = dialog_for(page, qtbot, "linkedin", archive)
    dialog.begin()
    card = page.imports_card
    assert card.isVisible() and len(card.buttons) == 1
    text = card.labels[0].text()  # type: ignore[attr-defined]
    assert "LinkedIn · wrong-account.zip: 6 texts and 7 logged actions" in text
    dialog.begin()  # the same archive again: listed, with nothing new
    assert [label.text().split(": ")[-1] for label in card.labels] == [  # type: ignore[attr-defined]
        "nothing new", "6 texts and 7 logged actions",
    ]  # fmt: skip
    messages: list[str] = []
    open_ctx.hub.statusMessage.connect(messages.append)
    page.confirm = lambda parent, line: True
    qtbot.mouseClick(card.buttons[0], Qt.MouseButton.LeftButton)  # the empty one: takes nothing
    assert messages[-1] == "Removed the import: 0 texts and 0 logged actions."
    assert len(card.buttons) == 1 and page.model.rowCount() == 6
    asked: list[str] = []
    page.confirm = lambda parent, line: asked.append(line.record.file_name) or False
    qtbot.mouseClick(card.buttons[0], Qt.MouseButton.LeftButton)
    assert asked == ["wrong-account.zip"] and page.model.rowCount() == 6  # No: nothing changes
    page.confirm = lambda parent, line: True
    qtbot.mouseClick(card.buttons[0], Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0 and not card.isVisible()
    assert page.empty_card.isVisible()  # back to how to bring in an archive
    assert messages[-1] == "Removed the import: 6 texts and 7 logged actions."
    assert corpus_read.read_imports(open_ctx.reader.connection) == []  # type: ignore[union-attr]


def test_the_removal_question_names_the_file_and_defaults_to_cancel(
    open_ctx: AppContext, qtbot: QtBot
) -> None:
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.services.voice.snapshot import ImportLine
    from app.storage.voice.read import ImportRecord
    from app.ui.voice.imports_card import confirm_removal

    page = make(open_ctx, qtbot)
    line = ImportLine(ImportRecord("x", "twitter-2024.zip", datetime(2026, 3, 12, tzinfo=UTC),
                                   id=4), 1200, 3400)  # fmt: skip
    seen: list[tuple[str, bool]] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())  # fmt: skip
        seen.append(
            (box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel))
        )
        box.defaultButton().click()

    QTimer.singleShot(0, answer)
    assert confirm_removal(page, line) is False
    [(text, cancel_is_default)] = seen
    assert "twitter-2024.zip" in text and "1,200 texts and 3,400 logged actions" in text
    assert cancel_is_default


def test_a_newer_import_updates_the_profile_after_the_summary(
    open_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    from app.services.voice.imports import import_archive
    from app.services.voice.snapshot import load_snapshot

    page = make(open_ctx, qtbot)
    dialog_for(
        page, qtbot, "linkedin", af.write_zip(tmp_path / "a.zip", af.linkedin_files())
    ).begin()
    before = page.snapshot.state.used  # type: ignore[union-attr]
    files = af.linkedin_newer_files()
    # Stored without a rebuild (as the dialog leaves it): the page sees the profile is behind.
    db, reader = open_ctx.database, open_ctx.reader
    import_archive("linkedin", af.write_folder(tmp_path / "b", files), db, reader, open_ctx.clock)  # type: ignore[arg-type]
    assert load_snapshot(page.voice, reader).behind
    page.reload()  # what the announcement of the new texts does; the rebuild follows at once
    assert not page.snapshot.behind  # type: ignore[union-attr]
    assert page.snapshot.state.used == before + 1  # type: ignore[union-attr]
    assert sum(p.posts for p in page.snapshot.state.profiles.values()) == before + 1  # type: ignore[union-attr]


def test_the_text_list_sorts_by_each_column_and_keeps_the_search(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    from datetime import UTC, datetime, timedelta

    from app.storage.voice.read import CorpusText

    start = datetime(2024, 1, 1, tzinfo=UTC)
    texts = [
        CorpusText("linkedin" if i % 2 else "x", f"id{i}", "linkedin" if i % 2 else "x", "own_post",
                   start + timedelta(days=(i * 7) % 30), f"{'Beta' if i % 3 else 'alpha'} post {i}",
                   language="fi" if i % 2 else "en", excluded=i == 4, id=i + 1)
        for i in range(30)
    ]  # fmt: skip
    model = CorpusModel()  # it sorts and searches itself
    model.set_texts(texts)
    selected = QPersistentModelIndex(model.index(3, CorpusModel.TEXT))
    chosen = model.data(selected, SEARCH_ROLE)

    def column(col: int, role: int = SEARCH_ROLE) -> list[object]:
        return [model.data(model.index(r, col), role) for r in range(model.rowCount())]

    model.sort(CorpusModel.DAY, Qt.SortOrder.DescendingOrder)
    days = [model.texts()[r].posted_at for r in range(model.rowCount())]
    assert days == sorted(days, reverse=True)
    assert model.data(selected, SEARCH_ROLE) == chosen  # a held row follows its text
    model.sort(CorpusModel.TEXT, Qt.SortOrder.AscendingOrder)
    bodies = column(CorpusModel.TEXT)
    assert bodies == sorted(bodies, key=lambda b: str(b).casefold())  # "alpha" before "Beta"
    for col in (CorpusModel.CHANNEL, CorpusModel.LANGUAGE):  # by the names shown
        model.sort(col, Qt.SortOrder.AscendingOrder)
        names = column(col, Qt.ItemDataRole.DisplayRole)
        assert names == sorted(names, key=str) and len(set(names)) == 2
    model.sort(CorpusModel.INCLUDE, Qt.SortOrder.AscendingOrder)
    assert model.texts()[0].excluded  # left-out texts first
    alpha = next(
        r
        for r in range(model.rowCount())
        if "alpha" in str(model.data(model.index(r, CorpusModel.TEXT)))
    )
    held = QPersistentModelIndex(model.index(alpha, CorpusModel.TEXT))
    model.search("alpha")
    assert model.rowCount() == 10 and all("alpha" in str(b) for b in column(CorpusModel.TEXT))
    assert "alpha" in str(model.data(held))  # a picked text found by the search stays picked
    assert not selected.isValid() or "alpha" in str(model.data(selected, SEARCH_ROLE))
    model.set_texts(texts)  # a reload keeps the order chosen
    assert model.texts()[0].excluded
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_a_long_list_is_searched_once_typing_pauses(open_ctx: AppContext, qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from app.storage.voice.read import CorpusText
    from app.ui.pages.voice import LONG_LIST

    page = make(open_ctx, qtbot)
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    page.model.set_texts([
        CorpusText("x", f"{i}", "x", "own_post", moment, f"post {i} {'kiertotalous' * (i % 2)}",
                   id=i + 1)
        for i in range(LONG_LIST + 1)
    ])  # fmt: skip
    page.search.setFocus()
    qtbot.keyClicks(page.search, "kierto")
    assert page.model.rowCount() == LONG_LIST + 1  # not yet: one search, not one per key
    qtbot.waitUntil(lambda: page.model.rowCount() == (LONG_LIST + 1) // 2)
    assert "kiertotalous" in str(page.model.data(page.model.index(0, CorpusModel.TEXT)))


def test_the_import_summary_says_what_was_left_out_and_what_comes_later(qapp: object) -> None:
    from app.services.voice.summary import ImportSummary
    from app.ui.voice.import_dialog import summary_text

    summary = ImportSummary(
        "linkedin", "export.zip", posts=3, skipped=2, skipped_reasons={"out_of_range": 2},
        new_posts=3, deferred=True,
    )  # fmt: skip
    text = summary_text(summary)
    assert "Left out: 2 dated before 2000 or after next year." in text
    assert text.endswith("Your texts are stored; the journey will be updated on the next start.")


# -- keyboard, names, plurals, fit (issues 13 and 22) ----------------------------------------------


def _imported(page: VoicePage, qtbot: QtBot, tmp_path: Path) -> ImportDialog:
    dialog = dialog_for(
        page, qtbot, "linkedin", af.write_zip(tmp_path / "export.zip", af.linkedin_files())
    )
    dialog.begin()
    return dialog


def test_the_text_list_is_one_tab_stop_and_space_ticks_a_text(
    open_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """Tab used to walk every cell of the list and wrap inside it: a trap (issue 22, item 2)."""
    page = make(open_ctx, qtbot)
    _imported(page, qtbot, tmp_path)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    table = page.table
    for key, modifier in (
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier),
    ):
        table.setFocus(Qt.FocusReason.TabFocusReason)
        table.setCurrentIndex(page.model.index(2, CorpusModel.TEXT))
        qtbot.keyClick(table, key, modifier)
        assert not table.hasFocus(), (key, modifier)
    page.search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.search, Qt.Key.Key_Tab)
    assert table.hasFocus()  # one stop; arrows inside
    table.setCurrentIndex(page.model.index(0, CorpusModel.TEXT))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    row = table.currentIndex().row()
    assert row == 1 and table.hasFocus()

    def ticked() -> object:
        return page.model.data(
            page.model.index(row, CorpusModel.INCLUDE), Qt.ItemDataRole.CheckStateRole
        )

    qtbot.keyClick(table, Qt.Key.Key_Space)  # from the text's cell: the row's box
    assert ticked() == Qt.CheckState.Unchecked
    assert table.currentIndex().row() == row  # still there, to go on down the list
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert ticked() == Qt.CheckState.Checked


def test_the_list_tabs_and_cards_are_named_in_words(
    open_ctx: AppContext, qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    from tests.ui.walk import spoken_name

    page = make(open_ctx, qtbot)
    _imported(page, qtbot, tmp_path)
    assert spoken_name(page.table) == "Your texts"  # it had no name (issue 22, item 4)
    assert page.tabs.accessibleName() == "Language"
    assert page.imports_card.accessibleName() == "Your imports"  # not the id "imports"
    assert page.corpus_card.accessibleName() == "Your texts"
    translations.apply("fi")
    QCoreApplication.processEvents()
    assert spoken_name(page.table) == "Tekstisi"
    assert page.imports_card.accessibleName() == "Tuontisi"
    assert page.tabs.accessibleName() == "Kieli"


def test_quotes_are_readable_not_placeholder_grey(
    open_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """Quotes of her own words are content: the muted colour (4.5:1), not the placeholder's
    (3.8:1 in light) (issue 22, item 8)."""
    from app.ui.kit.colors import css, muted

    page = make(open_ctx, qtbot)
    _imported(page, qtbot, tmp_path)
    quotes = page.profile_view.quotes
    assert quotes
    wanted = css(muted(page.profile_view.palette()))
    for label in quotes:
        assert wanted in label.styleSheet() and "placeholder" not in label.styleSheet()


def test_counts_on_the_page_take_their_plural_forms(
    open_ctx: AppContext, qtbot: QtBot, translations: Translations
) -> None:
    from app.services.voice.imports import import_pasted

    page = make(open_ctx, qtbot)
    text = "Kirjoitin eilen kiertotaloudesta pitkän tekstin. Mietin, miksi muutos on hidasta."
    import_pasted(text, open_ctx.database, open_ctx.reader, open_ctx.clock)  # type: ignore[arg-type]
    page.reload()
    page.rebuild()
    page.reload()
    assert page.overview.text() == "You have 1 text here, in 1 language."  # not "1 languages"
    assert page.profile_note.text() == "How you write in Finnish, learnt from 1 of your texts."
    translations.apply("fi")
    QCoreApplication.processEvents()
    assert page.overview.text() == "Täällä on 1 tekstisi 1 kielellä."


def test_the_import_summary_counts_in_plural_forms_and_one_day_is_not_a_range(
    qapp: object, translations: Translations
) -> None:
    from datetime import date

    from app.services.voice.summary import ImportSummary
    from app.ui.voice.import_dialog import summary_text

    one = ImportSummary(
        "linkedin", "a.zip", posts=1, comments=1, replies=1, shares=1, reactions=1,
        first=date(2026, 12, 1), last=date(2026, 12, 1), new_posts=1, new_activities=1,
    )  # fmt: skip
    text = summary_text(one)
    assert "Found 1 post, 1 comment and 1 reply." in text
    assert "Also 1 repost and 1 reaction, for your activity log." in text
    assert "New: 1 text in your corpus and 1 entry in your activity log." in text
    assert "On 01/12/2026." in text and "From" not in text  # not "From 01/12/2026 to 01/12/2026"
    from datetime import UTC, datetime

    from app.services.voice.snapshot import ImportLine
    from app.storage.voice.read import ImportRecord
    from app.ui.voice.imports_card import describe

    record = ImportRecord("x", "a.zip", datetime(2026, 12, 1, tzinfo=UTC), id=1)
    assert describe(ImportLine(record, 1, 1)).endswith("a.zip: 1 text and 1 logged action")
    translations.apply("fi")
    text = summary_text(one)
    assert describe(ImportLine(record, 1, 2)).endswith("a.zip: 1 teksti ja 2 kirjattua tekoa")
    assert "Löytyi 1 julkaisu, 1 kommentti ja 1 vastaus." in text
    assert "Päivältä 1.12.2026." in text
    many = ImportSummary("x", "b.zip", posts=1200, new_posts=1200)
    assert "Löytyi 1 200 julkaisua, 0 kommenttia ja 0 vastausta." in summary_text(many).replace(
        "\N{NO-BREAK SPACE}", " "
    )


def test_the_summary_follows_a_language_switch(
    open_ctx: AppContext, qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    page = make(open_ctx, qtbot)
    dialog = _imported(page, qtbot, tmp_path)
    dialog.show()
    assert "Found 3 posts" in dialog.outcome.text()
    translations.apply("sv")
    QCoreApplication.processEvents()
    text = dialog.outcome.text()
    assert "Importen hittade 3 inlägg" in text and "Found" not in text
    assert dialog.windowTitle() != "Import your writing"


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
@pytest.mark.parametrize("source", ["linkedin", "paste"])
def test_the_import_dialog_grows_to_its_summary(
    open_ctx: AppContext, qtbot: QtBot, translations: Translations, language: str, source: str
) -> None:
    """The "New: …" line was hidden, and in Finnish the help text ran over the radio buttons
    (issue 13, item 10): at 1024x600, in every language, with the longest summary there is."""
    from datetime import date

    from app.services.voice.summary import ImportSummary
    from tests.ui.walk import Where, fit_problems

    translations.apply(language)
    page = make(open_ctx, qtbot)
    page.resize(1024, 600)
    dialog = dialog_for(page, qtbot)
    dialog.choose(source, "export.zip", "Oma tekstini.")
    dialog.show()
    qtbot.waitExposed(dialog)
    summary = ImportSummary(
        "linkedin", "export.zip", posts=1234, comments=5678, replies=90, shares=12, reactions=3456,
        skipped=7, skipped_reasons={"bad_date": 2, "direct_message": 3, "out_of_range": 2},
        first=date(2016, 1, 2), last=date(2026, 11, 30),
        languages={"fi": 4000, "en": 2900, "sv": 12},
        new_posts=6912, new_activities=10470,
    )  # fmt: skip
    dialog._on_done(summary)
    QCoreApplication.processEvents()
    where = Where("import dialog", language, f"{source} 1024x600")
    assert dialog.outcome.text().splitlines()[-2].startswith(("New:", "Uutta:", "Nytt:"))
    assert not fit_problems(dialog, where)
    assert dialog.height() <= 600
    radios = max(r.geometry().bottom() for r in dialog.radios.values())
    assert dialog.how.geometry().top() > radios  # the help text starts below the choices
