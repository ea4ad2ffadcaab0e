"""Getting started and the welcome finished (issues 13 and 22): answers big enough to hit, the
hours in the language's own numbers, no "…)" alone on a line, labels read as their words, where
the focus goes after the last step, a name set in Settings kept, and the welcome's languages
reached with Tab and chosen with the arrows."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.domain.activity import Channel
from app.domain.journey.ladder import Frequency
from app.domain.journey.profile import Action, Profile
from app.services.journey import JourneyReader, JourneyWriter
from app.ui.context import AppContext
from app.ui.kit.i18n import Translations
from app.ui.onboarding.words import load_words
from app.ui.pages import registry
from app.ui.pages.onboarding import OnboardingPage, Pane
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import show
from tests.ui.test_onboarding import click, open_page

TARGET = 24  # WCAG 2.2, 2.5.8: at least 24 x 24 px


@pytest.fixture
def language(translations: Translations) -> Iterator[Translations]:
    yield translations
    translations.apply("en")


def journey(ctx: AppContext) -> tuple[JourneyReader, JourneyWriter]:
    assert ctx.reader is not None and ctx.database is not None
    return JourneyReader(ctx.reader), JourneyWriter(ctx.database, ctx.reader)


def test_survey_answers_are_targets_a_finger_can_hit(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = open_page(qtbot, open_ctx)
    click(qtbot, page.survey.channel_boxes[Channel.LINKEDIN])
    grid = page.survey.grids[Channel.LINKEDIN]
    rows = [grid.button(action, Frequency.WEEKLY) for action in Action]
    for button in rows:
        assert button.width() >= TARGET and button.height() >= TARGET
    tops = [button.mapTo(page, QPoint(0, 0)).y() for button in rows]
    assert all(b - a >= TARGET for a, b in pairwise(tops))  # rows apart
    answer = grid.button(Action.POST, Frequency.DAILY)
    page.scroll_area.ensureWidgetVisible(answer)
    qtbot.mouseClick(answer, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # its corner
    assert answer.isChecked()
    box = page.survey.channel_boxes[Channel.MASTODON]
    assert box.height() >= TARGET
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.sizeHint().width() - 6, 2))
    assert box.isChecked()  # a click on its words, near the top of its row


def test_the_hours_follow_a_language_switch(
    qtbot: QtBot, open_ctx: AppContext, language: Translations
) -> None:
    page = open_page(qtbot, open_ctx)
    page.survey.hours.setValue(2.0)
    assert page.survey.hours.text() == "2.0 h"
    language.apply("fi")
    QCoreApplication.processEvents()
    assert page.survey.hours.text() == "2,0 h"
    assert page.expertise.hours.text().endswith(" h") and "," in page.expertise.hours.text()


def _lines(text: str, font: QFont, width: int) -> list[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


def test_an_ellipsis_never_starts_a_line_alone(qapp: QApplication) -> None:
    words = load_words("sv")
    text = words.action(Action.REACT)
    assert text.endswith("…)") and "\u00a0…" in text
    font = QLabel().font()
    for width in range(60, 420, 3):
        assert "…)" not in _lines(text, font, width), width


def test_every_label_is_read_as_its_words(qtbot: QtBot, open_ctx: AppContext) -> None:
    """A label's accessible name replaces its text for a screen reader: none has an id."""
    page = open_page(qtbot, open_ctx)
    click(qtbot, page.next_button)  # the survey's result: stage, explanation, ladder
    assert page.pane is Pane.RESULT
    renamed = [
        (label.accessibleName(), label.text())
        for label in page.findChildren(QLabel)
        if label.accessibleName()
    ]
    assert renamed == []


def test_after_the_last_step_the_focus_is_on_a_control_one_can_see(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    window = MainWindow(open_ctx, start_page=registry.ONBOARDING.id, remember_geometry=False)
    show(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.current_page()
    assert isinstance(page, OnboardingPage)
    for _ in range(3):
        click(qtbot, page.skip_button)
    with qtbot.waitSignal(page.finished):
        page.skip_button.setFocus()
        qtbot.keyClick(page.skip_button, Qt.Key.Key_Space)
    QCoreApplication.processEvents()
    assert window.current_page() is not page
    focus = QApplication.focusWidget()
    assert focus is not None and focus.isVisible()
    assert not isinstance(focus, QScrollArea)
    assert focus.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert isinstance(focus, QAbstractScrollArea) is False or focus is window.sidebar


def test_walking_it_again_keeps_a_name_given_in_settings(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    page = open_page(qtbot, open_ctx)  # read before the name is given
    read, write = journey(open_ctx)
    for _ in range(2):
        click(qtbot, page.skip_button)
    stored = read.profile() or Profile()
    write.save_profile(stored.__class__(**{**stored.__dict__, "name": "Aino"}))  # Settings → You
    page.hide()
    page.show()
    page.shown()  # as the window does when the page comes back
    click(qtbot, page.next_button)  # the expertise step is saved again
    profile = read.profile()
    assert profile is not None and profile.name == "Aino"


def test_the_welcome_languages_are_one_tab_stop_moved_with_arrows(
    qtbot: QtBot, ctx: AppContext, language: Translations
) -> None:
    window = MainWindow(ctx, remember_geometry=False)
    show(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    welcome = window.current_page()
    buttons = welcome.language_buttons  # type: ignore[attr-defined]
    english = next(b for b in buttons if b.property("language") == "en")
    assert english.isChecked() and english.text() == "✓ English" and english.font().bold()
    others = [b for b in buttons if b is not english]
    assert all(not b.text().startswith("✓") and not b.font().bold() for b in others)
    # From the first control, Tab reaches the chosen language.
    seen: list[QWidget] = []
    welcome.start_button.setFocus(Qt.FocusReason.TabFocusReason)  # type: ignore[attr-defined]
    for _ in range(6):
        focus = QApplication.focusWidget()
        assert focus is not None
        seen.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert english in seen
    english.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(english, Qt.Key.Key_Right)  # the next language, as with radio buttons
    suomi = next(b for b in buttons if b.property("language") == "fi")
    assert suomi.isChecked() and suomi.hasFocus() and suomi.text() == "✓ Suomi"
    qtbot.waitUntil(lambda: welcome.heading.text() != "Welcome to OwnVoice")
    assert english.text() == "English" and not english.font().bold()
    assert suomi.accessibleName() == "Suomi"
