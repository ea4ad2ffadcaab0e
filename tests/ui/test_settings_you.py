"""Settings finished (issues 13 and 22): Settings → You edits the name, topics, benefits and
why after getting started, and Today greets by the name; section titles show "&" as written;
check boxes carry their own words and are big enough to hit."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox
from pytestqt.qtbot import QtBot

from app.domain import settings as decl
from app.domain.journey.profile import Benefit, OnboardingStep, Profile, RoleLens
from app.services.journey import JourneyReader, JourneyWriter
from app.ui.context import AppContext
from app.ui.pages.settings import SettingsPage
from app.ui.pages.today import TodayPage
from app.ui.settings.you import YouPanel
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import make_page, show

TARGET = 24


def journey(ctx: AppContext) -> tuple[JourneyReader, JourneyWriter]:
    assert ctx.reader is not None and ctx.database is not None
    return JourneyReader(ctx.reader), JourneyWriter(ctx.database, ctx.reader)


def onboarded(ctx: AppContext) -> Profile:
    """A person who finished getting started, without giving a name."""
    profile = Profile(
        role=RoleLens.EXPERT,
        benefits=(Benefit.LEARNING,),
        why="To learn in public.",
        topics=("heat pumps", "district heating", "energy renovation"),
        audience="property owners",
        onboarding_step=OnboardingStep.DONE,
    )
    journey(ctx)[1].save_profile(profile)
    return profile


def settings_page(qtbot: QtBot, ctx: AppContext) -> SettingsPage:
    page = make_page(ctx, "settings")
    assert isinstance(page, SettingsPage)
    page.resize(1000, 800)
    show(qtbot, page)
    return page


def test_you_shows_what_getting_started_stored(qtbot: QtBot, open_ctx: AppContext) -> None:
    onboarded(open_ctx)
    page = settings_page(qtbot, open_ctx)
    you = page.you
    assert you.title() == "You" and you.isEnabled()
    assert you.name.text() == ""
    assert you.topic_list.value() == ("heat pumps", "district heating", "energy renovation")
    assert you.benefits.role.value() is RoleLens.EXPERT
    assert you.benefits.cards[Benefit.LEARNING].is_chosen()
    assert you.benefits.why.toPlainText() == "To learn in public."
    assert not you.benefits.title.isVisible()  # the compact form: no step title or intro


def test_a_name_given_in_you_is_how_today_greets(qtbot: QtBot, open_ctx: AppContext) -> None:
    stored = onboarded(open_ctx)
    window = MainWindow(open_ctx, start_page="settings", remember_geometry=False)
    show(qtbot, window)
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    page.you.name.setFocus()
    qtbot.keyClicks(page.you.name, "Aino  Virta ")
    with qtbot.waitSignal(page.you.saved):
        qtbot.keyClick(page.you.name, Qt.Key.Key_Return)
    read, _ = journey(open_ctx)
    profile = read.profile()
    assert profile is not None and profile.name == "Aino Virta"
    # Only what the panel edits is written: the rest of the profile stays.
    assert replace(profile, name="") == stored
    today = window.show_page("today")
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(lambda: "Aino Virta" in today.greeting.title.text())
    assert today.greeting.title.text() == "Hello, Aino Virta"


def test_topics_benefits_and_why_are_saved_as_edited(qtbot: QtBot, open_ctx: AppContext) -> None:
    onboarded(open_ctx)
    page = settings_page(qtbot, open_ctx)
    you = page.you
    you.topic_list.entry.setFocus()
    qtbot.keyClicks(you.topic_list.entry, "heat recovery")
    qtbot.keyClick(you.topic_list.entry, Qt.Key.Key_Return)
    you.benefits.cards[Benefit.NETWORKING].set_chosen(True)
    you.benefits.why.setPlainText("To find the people who fix buildings.")
    with qtbot.waitSignal(you.saved, timeout=3000):  # a moment after the last change
        pass
    profile = journey(open_ctx)[0].profile()
    assert profile is not None
    assert profile.topics[-1] == "heat recovery" and len(profile.topics) == 4
    assert profile.benefits == (Benefit.LEARNING, Benefit.NETWORKING)
    assert profile.why == "To find the people who fix buildings."
    assert profile.onboarding_step is OnboardingStep.DONE and profile.audience == "property owners"


def test_leaving_settings_saves_at_once(qtbot: QtBot, open_ctx: AppContext) -> None:
    onboarded(open_ctx)
    page = settings_page(qtbot, open_ctx)
    page.you.benefits.why.setPlainText("Changed my mind.")
    page.hide()  # another page chosen, or the window closed, before the moment passed
    profile = journey(open_ctx)[0].profile()
    assert profile is not None and profile.why == "Changed my mind."


def test_you_follows_changes_made_elsewhere(qtbot: QtBot, open_ctx: AppContext) -> None:
    onboarded(open_ctx)
    you = YouPanel(open_ctx)
    qtbot.addWidget(you)
    read, write = journey(open_ctx)
    stored = read.profile()
    assert stored is not None
    write.save_profile(replace(stored, name="Aino"))
    open_ctx.hub.dataChanged.emit("journey")  # what a write through the window announces
    assert you.name.text() == "Aino"


def test_habits_and_reminders_is_titled_with_its_ampersand(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    page = settings_page(qtbot, open_ctx)
    titles = [box.title() for box in page.findChildren(QGroupBox)]
    # "&&" is how a title says "&": a single one would underline the space after it.
    assert "Habits && reminders" in titles


def test_a_setting_check_box_carries_its_words_and_is_easy_to_hit(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    page = settings_page(qtbot, open_ctx)
    box = page.editors[decl.TRAY]
    assert isinstance(box, QCheckBox)
    assert box.text() == "Keep running in the system tray"
    assert box.width() >= TARGET and box.height() >= TARGET
    words_end = box.sizeHint().width() - 4
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(words_end, 2))
    assert open_ctx.settings.get(decl.TRAY) is True


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_you_is_translated(
    qtbot: QtBot, open_ctx: AppContext, translations: object, language: str
) -> None:
    translations.apply(language)  # type: ignore[attr-defined]
    onboarded(open_ctx)
    page = settings_page(qtbot, open_ctx)
    you = page.you
    assert you.title() == {"fi": "Sinä", "sv": "Du"}[language]
    assert you.name.accessibleName() == {"fi": "Nimesi", "sv": "Ditt namn"}[language]
