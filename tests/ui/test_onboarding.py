"""The onboarding wizard: walked by keyboard alone, resumed, skipped, and its gentle limits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.domain import settings as decl
from app.domain.activity import ActivityKind, Channel
from app.domain.journey.content import (
    BarrierOption,
    BenefitCard,
    Choice,
    ContentError,
    OnboardingContent,
    RoleOption,
    StageText,
)
from app.domain.journey.goals import ActivityCount, ReviewCadence
from app.domain.journey.ladder import Frequency, NextStep, Stage
from app.domain.journey.profile import Action, Barrier, Benefit, OnboardingStep, RoleLens
from app.services.journey import JourneyReader
from app.services.journey.content import load_onboarding
from app.ui.context import AppContext
from app.ui.journey import access as journey_access
from app.ui.pages.onboarding import OnboardingPage, Pane
from app.ui.pages.today import TodayPage
from tests.ui.conftest import make_page, show

Key = Qt.Key


def open_page(qtbot: QtBot, ctx: AppContext) -> OnboardingPage:
    page = OnboardingPage(ctx, "Getting started")
    page.ensure_built()
    show(qtbot, page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, times: int = 1, modifier: Qt.KeyboardModifier | None = None
) -> None:
    for _ in range(times):
        if modifier is None:
            qtbot.keyClick(focused(), key)
        else:
            qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot: QtBot, target: QWidget | Callable[[QWidget], bool], limit: int = 60) -> None:
    """Press Tab until ``target`` has the focus, as a person would; fail if it never does."""
    wanted = target if callable(target) else (lambda w: w is target)
    for _ in range(limit):
        if wanted(focused()):
            return
        press(qtbot, Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}; stuck at {focused()!r}")


def reader(ctx: AppContext) -> JourneyReader:
    assert ctx.reader is not None
    return JourneyReader(ctx.reader)


def visible_hints(page: OnboardingPage) -> str:
    return "\n".join(page.expertise.hint_texts())


# -- the whole way, keyboard only ----------------------------------------------------------------


def test_keyboard_alone_goes_from_an_empty_app_to_a_profile_with_goals(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    today = journey_access.today(open_ctx)
    page = open_page(qtbot, open_ctx)
    assert page.progress_label.text() == "Step 1 of 4"
    assert page.pane is Pane.SURVEY

    # Step 1: LinkedIn, then one row of radio buttons per action: arrows pick, Tab moves on.
    survey = page.survey
    assert focused() is survey.channel_boxes[Channel.LINKEDIN]
    press(qtbot, Key.Key_Space)
    assert survey.grids[Channel.LINKEDIN].isVisible()
    tab_to(qtbot, survey.grids[Channel.LINKEDIN].button(Action.READ, Frequency.NEVER))
    for rights in (3, 2, 1, 2, 1, 0):  # read daily, react weekly, share monthly, comment weekly…
        press(qtbot, Key.Key_Right, rights)
        press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Right)  # confidence 3 -> 4
    press(qtbot, Key.Key_Tab)
    assert focused() is survey.hours.lineEdit() or focused() is survey.hours
    press(qtbot, Key.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "3")
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Left, 2)  # "Not sure" -> "Yes"
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Space)  # time
    press(qtbot, Key.Key_Tab, 2)
    press(qtbot, Key.Key_Space)  # fear of mistakes
    assert survey.barrier_boxes[Barrier.FEAR_OF_MISTAKES][0].isChecked()
    press(qtbot, Key.Key_Return)

    # The starting point, in plain words, before moving on.
    assert page.pane is Pane.RESULT
    assert page.result.stage.text() == "Commenter"
    explained = load_onboarding("en").explain(Stage.COMMENTER, NextStep.MORE_REPLIES)
    assert page.result.explanation.text() == explained
    assert page.progress_label.text() == "Step 1 of 4"
    press(qtbot, Key.Key_Return)

    # Step 2: a role, three benefits (a fourth is refused), why in own words.
    assert page.progress_label.text() == "Step 2 of 4"
    benefits = page.benefits
    press(qtbot, Key.Key_Down)  # nothing is chosen yet: arrows move, Space picks
    press(qtbot, Key.Key_Space)
    assert benefits.role.value() is RoleLens.EXPERT
    picked = []
    for _ in range(4):
        press(qtbot, Key.Key_Tab)
        card = next(c for c in benefits.cards.values() if c.check is focused())
        press(qtbot, Key.Key_Space)
        picked.append(card.benefit)
    assert benefits.refused.isVisible()
    assert "Three is plenty" in benefits.refused.text()
    assert benefits.count.text() == "3 of 3 chosen"
    tab_to(qtbot, benefits.why)
    type_text(qtbot, "I want customers to find me before they need me.")
    press(qtbot, Key.Key_N, modifier=Qt.KeyboardModifier.AltModifier)  # &Next
    qtbot.waitUntil(lambda: page.pane is Pane.PROFILE)  # a mnemonic clicks after a short flash

    # Step 3: topics typed with Enter, hints while they are few; channels come from the survey.
    assert page.progress_label.text() == "Step 3 of 4"
    expertise = page.expertise
    assert focused() is expertise.topic_entry
    assert expertise.channel_boxes[Channel.LINKEDIN].isChecked()
    assert "Name at least three topics." in visible_hints(page)
    for topic in ("Energy renovation", "Building automation"):
        type_text(qtbot, topic)
        press(qtbot, Key.Key_Return)
    assert page.pane is Pane.PROFILE  # Enter added the topic, it did not go on
    assert "Name at least three topics." in visible_hints(page)
    type_text(qtbot, "Indoor air quality")
    press(qtbot, Key.Key_Return)
    assert "topics" not in visible_hints(page)
    tab_to(qtbot, expertise.audience)
    type_text(qtbot, "Property owners in Finland")
    tab_to(qtbot, expertise.language_boxes["fi"])
    press(qtbot, Key.Key_Space)
    assert visible_hints(page) == ""
    press(qtbot, Key.Key_Return)

    # Step 4: the first suggestion fits a Commenter; tick a second one and reword it.
    assert page.progress_label.text() == "Step 4 of 4"
    first, second, _ = page.goals.editors
    assert first.isChecked() and not second.isChecked()
    assert first.statement.text() == "Comment thoughtfully on 3 posts a week"
    tab_to(qtbot, second)
    press(qtbot, Key.Key_Space)
    assert second.isChecked()
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Write one post about indoor air every two weeks")
    press(qtbot, Key.Key_Return)
    assert page.pane is Pane.GOALS  # Enter does not finish: only the button does
    with qtbot.waitSignal(page.finished):
        press(qtbot, Key.Key_F, modifier=Qt.KeyboardModifier.AltModifier)  # &Finish

    journey = reader(open_ctx)
    profile = journey.profile()
    assert profile is not None
    assert profile.onboarding_step is OnboardingStep.DONE
    assert profile.start_stage is Stage.COMMENTER
    assert profile.role is RoleLens.EXPERT
    assert profile.benefits == tuple(picked[:3])
    assert profile.why == "I want customers to find me before they need me."
    assert profile.topics == ("Energy renovation", "Building automation", "Indoor air quality")
    assert profile.audience == "Property owners in Finland"
    assert profile.channels == (Channel.LINKEDIN,)
    assert profile.languages == ("fi",)
    assert profile.hours_per_week == 3.0

    (assessment,) = journey.assessments()
    assert assessment.starting_point().stage is Stage.COMMENTER
    (linkedin,) = assessment.channels
    assert linkedin.channel is Channel.LINKEDIN
    assert [linkedin.get(a) for a in Action] == [
        Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY,
        Frequency.WEEKLY, Frequency.MONTHLY, Frequency.NEVER,
    ]  # fmt: skip
    assert assessment.confidence == 4
    assert assessment.knows_guidelines is True
    assert assessment.barriers == {Barrier.TIME, Barrier.FEAR_OF_MISTAKES}

    goals = [r.goal for r in journey.goals()]
    assert [g.statement for g in goals] == [
        "Comment thoughtfully on 3 posts a week",
        "Write one post about indoor air every two weeks",
    ]
    assert goals[0].measure == ActivityCount(ActivityKind.COMMENT)
    assert goals[0].target == 24
    assert all(g.active for g in goals)
    assert all(g.deadline == today + timedelta(weeks=8) for g in goals)
    assert all(g.cadence is ReviewCadence.WEEKLY for g in goals)

    # And the Today page now shows them, with no offer to start the onboarding.
    today_page = make_page(open_ctx, "today")
    assert isinstance(today_page, TodayPage)
    show(qtbot, today_page)
    assert [row.title.text() for row in today_page.week.row_widgets] == [g.statement for g in goals]
    assert not today_page.onboarding.isVisible()


# -- resuming, skipping, going back ----------------------------------------------------------------


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Scroll the button into view, as a person would, and click it."""
    QApplication.processEvents()  # lay out what the last click showed
    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(button)
    # Near the left edge: a check box reacts on its box and text, not on the empty rest of its row.
    spot = QPoint(min(8, button.width() // 2), button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=spot)


def test_reopening_resumes_at_the_saved_step_with_the_answers_filled_in(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    page = open_page(qtbot, open_ctx)
    survey = page.survey
    click(qtbot, survey.channel_boxes[Channel.MASTODON])
    click(qtbot, survey.grids[Channel.MASTODON].button(Action.COMMENT, Frequency.WEEKLY))
    click(qtbot, survey.grids[Channel.MASTODON].button(Action.REACT, Frequency.DAILY))
    click(qtbot, page.next_button)
    assert page.result.stage.text() == "Commenter"
    click(qtbot, page.next_button)
    click(qtbot, page.benefits.role.buttons[RoleLens.SALES])
    click(qtbot, page.benefits.cards[Benefit.CUSTOMER_DIALOGUE].check)
    page.benefits.why.setPlainText("Customers ask me first.")
    click(qtbot, page.next_button)
    assert page.pane is Pane.PROFILE
    page.close()

    again = open_page(qtbot, open_ctx)
    assert again.pane is Pane.PROFILE
    assert again.progress_label.text() == "Step 3 of 4"
    assert again.expertise.isVisible() and not again.survey.isVisible()
    assert again.expertise.channel_boxes[Channel.MASTODON].isChecked()  # from the survey
    click(qtbot, again.back_button)
    assert again.progress_label.text() == "Step 2 of 4"
    assert again.benefits.role.value() is RoleLens.SALES
    assert again.benefits.cards[Benefit.CUSTOMER_DIALOGUE].is_chosen()
    assert again.benefits.count.text() == "1 of 3 chosen"
    assert again.benefits.why.toPlainText() == "Customers ask me first."
    click(qtbot, again.back_button)
    grid = again.survey.grids[Channel.MASTODON]
    assert grid.isVisible()
    assert grid.button(Action.COMMENT, Frequency.WEEKLY).isChecked()
    assert grid.button(Action.REACT, Frequency.DAILY).isChecked()
    # Going through the survey again unchanged does not store a second one.
    click(qtbot, again.next_button)
    assert len(reader(open_ctx).assessments()) == 1


def test_everything_can_be_skipped(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = open_page(qtbot, open_ctx)
    click(qtbot, page.survey.channel_boxes[Channel.LINKEDIN])  # answered, then skipped
    seen = []
    for _ in range(3):
        seen.append(page.progress_label.text())
        click(qtbot, page.skip_button)
    assert page.pane is Pane.GOALS
    assert page.next_button.text() == "&Finish"
    with qtbot.waitSignal(page.finished):
        click(qtbot, page.skip_button)
    assert seen == ["Step 1 of 4", "Step 2 of 4", "Step 3 of 4"]
    journey = reader(open_ctx)
    profile = journey.profile()
    assert profile is not None
    assert profile.onboarding_step is OnboardingStep.DONE
    assert profile.channels == ()
    assert journey.assessments() == []
    assert journey.goals() == []


def test_skip_saves_where_to_resume_but_not_the_answers(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = open_page(qtbot, open_ctx)
    click(qtbot, page.skip_button)
    click(qtbot, page.benefits.role.buttons[RoleLens.LEADER])
    click(qtbot, page.skip_button)
    page.close()
    again = open_page(qtbot, open_ctx)
    assert again.pane is Pane.PROFILE
    profile = reader(open_ctx).profile()
    assert profile is not None and profile.role is None


def test_back_keeps_the_answers(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = open_page(qtbot, open_ctx)
    assert not page.back_button.isEnabled()  # nothing before the first step
    click(qtbot, page.survey.channel_boxes[Channel.BLOG])
    click(qtbot, page.survey.grids[Channel.BLOG].button(Action.POST, Frequency.MONTHLY))
    click(qtbot, page.survey.barrier_boxes[Barrier.LANGUAGE][0])
    click(qtbot, page.next_button)
    click(qtbot, page.next_button)
    page.benefits.why.setPlainText("To learn in public.")
    press(qtbot, Key.Key_B, modifier=Qt.KeyboardModifier.AltModifier)  # &Back
    qtbot.waitUntil(lambda: page.pane is Pane.SURVEY)
    assert page.survey.grids[Channel.BLOG].button(Action.POST, Frequency.MONTHLY).isChecked()
    assert page.survey.barrier_boxes[Barrier.LANGUAGE][0].isChecked()
    click(qtbot, page.next_button)
    click(qtbot, page.next_button)
    assert page.benefits.why.toPlainText() == "To learn in public."


# -- gentle limits -------------------------------------------------------------------------------


def test_a_fourth_benefit_is_refused_with_a_note(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = open_page(qtbot, open_ctx)
    click(qtbot, page.skip_button)
    cards = page.benefits.cards
    for benefit in (Benefit.LEARNING, Benefit.NETWORKING, Benefit.VISIBILITY):
        click(qtbot, cards[benefit].check)
    assert not page.benefits.refused.isVisible()
    click(qtbot, cards[Benefit.RECRUITING].check)
    assert not cards[Benefit.RECRUITING].is_chosen()
    assert page.benefits.refused.isVisible()
    assert page.benefits.count.text() == "3 of 3 chosen"
    # Untick one, and the fourth can be picked after all; the note goes away.
    click(qtbot, cards[Benefit.NETWORKING].check)
    click(qtbot, cards[Benefit.RECRUITING].check)
    assert cards[Benefit.RECRUITING].is_chosen()
    assert not page.benefits.refused.isVisible()
    click(qtbot, page.next_button)
    profile = reader(open_ctx).profile()
    assert profile is not None
    assert profile.benefits == (Benefit.LEARNING, Benefit.VISIBILITY, Benefit.RECRUITING)


def test_missing_topics_are_hinted_but_never_block(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = open_page(qtbot, open_ctx)
    click(qtbot, page.skip_button)
    click(qtbot, page.skip_button)
    hints = visible_hints(page)
    for expected in (
        "Name at least three topics.",
        "Choose at least one channel.",
        "Choose the languages you post in.",
    ):
        assert expected in hints
    page.expertise.topic_entry.setText("Heat pumps")
    click(qtbot, page.expertise.add_topic)
    assert "Name at least three topics." in visible_hints(page)
    for topic in ("a", "b", "c", "d", "e"):
        page.expertise.topic_entry.setText(topic)
        click(qtbot, page.expertise.add_topic)
    assert "Five topics at most keeps focus." in visible_hints(page)
    click(qtbot, page.next_button)
    assert page.pane is Pane.GOALS  # a hint, not a wall
    profile = reader(open_ctx).profile()
    assert profile is not None and len(profile.topics) == 6


def test_goal_hints_say_what_is_missing(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = open_page(qtbot, open_ctx)
    for _ in range(3):
        click(qtbot, page.skip_button)
    first = page.goals.editors[0]
    assert first.statement.text() == "React to 3 posts a week from people in your field"
    assert not first.hints.isVisible()
    first.statement.clear()
    first.target.setValue(0)
    assert first.hints.isVisible()
    assert "Write what you want to achieve." in first.hints.text()
    assert "Give a target number, so that progress can be seen." in first.hints.text()


@pytest.mark.parametrize("benefit", [Benefit.VISIBILITY, Benefit.CUSTOMER_DIALOGUE])
def test_suggestions_follow_the_chosen_benefits(
    qtbot: QtBot, open_ctx: AppContext, benefit: Benefit
) -> None:
    page = open_page(qtbot, open_ctx)
    click(qtbot, page.skip_button)
    click(qtbot, page.benefits.cards[benefit].check)
    click(qtbot, page.next_button)
    click(qtbot, page.skip_button)
    kinds = [e.value(journey_access.today(open_ctx)).measure for e in page.goals.editors]
    expected = {
        Benefit.VISIBILITY: ActivityKind.OWN_POST,
        Benefit.CUSTOMER_DIALOGUE: ActivityKind.REPLY,
    }
    assert kinds[1] == ActivityCount(expected[benefit])


# -- the words from the content file ---------------------------------------------------------------


def sample_content() -> OnboardingContent:
    """Content of the documented shape, written here so the test does not follow the file."""
    return OnboardingContent(
        language="en",
        actions=tuple(Choice(a, f"How often: {a.value}") for a in Action),
        channels=tuple(Choice(c, c.value.title()) for c in Channel),
        frequencies=tuple(Choice(f, f.value.upper()) for f in Frequency),
        barriers=tuple(
            BarrierOption(b, f"Barrier {b.value}", f"Don't worry: {b.value}") for b in Barrier
        ),
        roles=tuple(RoleOption(r, f"Role {r.value}", (Benefit.RECRUITING,)) for r in RoleLens),
        benefits=tuple(
            BenefitCard(
                b,
                f"Card {b.value}",
                f"What {b.value} means.",
                ((RoleLens.SALES, (f"A sales example of {b.value}",)),),
            )
            for b in Benefit
        ),
        stages=tuple(StageText(s, f"Stage {s.key}", f"You are at {s.key}.") for s in Stage),
        next_steps=tuple((n, f"Next: {n.value}.") for n in NextStep),
    )


def test_the_content_file_gives_responses_examples_and_the_explanation(
    qtbot: QtBot, open_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.journey import content

    monkeypatch.setattr(content, "load_onboarding", lambda language: sample_content())
    page = open_page(qtbot, open_ctx)
    survey = page.survey
    box, response = survey.barrier_boxes[Barrier.TIME]
    assert box.text() == "Barrier time"
    assert not response.isVisible()
    click(qtbot, box)
    assert response.isVisible() and response.text() == "Don't worry: time"
    click(qtbot, survey.channel_boxes[Channel.X])
    assert survey.grids[Channel.X].title() == "X"
    click(qtbot, page.next_button)
    assert page.result.stage.text() == "Stage listener"
    assert page.result.explanation.text() == "You are at listener. Next: start_following."
    click(qtbot, page.next_button)
    benefits = page.benefits
    card = benefits.cards[Benefit.LEARNING]
    assert card.title.text() == "Card learning"
    assert not card.examples.isVisible()  # no role yet, so no examples
    click(qtbot, benefits.role.buttons[RoleLens.SALES])
    assert card.examples.text() == "• A sales example of learning"
    # The role's own cards come first, on screen and for Tab.
    grid = benefits.cards_grid  # by index, not itemAtPosition: see test_overrides.py
    row, column, _, _ = grid.getItemPosition(grid.indexOf(benefits.cards[Benefit.RECRUITING]))
    assert (row, column) == (0, 0)
    benefits.role.buttons[RoleLens.SALES].setFocus()
    press(qtbot, Key.Key_Tab)
    assert focused() is benefits.cards[Benefit.RECRUITING].check


def test_without_its_content_file_the_wizard_still_works_with_plain_labels(
    qtbot: QtBot, open_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.journey import content

    def broken(language: str) -> OnboardingContent:
        raise ContentError(f"onboarding_{language}.json: not valid JSON")

    monkeypatch.setattr(content, "load_onboarding", broken)
    page = open_page(qtbot, open_ctx)
    assert page.survey.barrier_boxes[Barrier.TIME][0].text() == "Time"
    click(qtbot, page.next_button)
    assert page.result.stage.text() == "Listener"
    assert page.result.explanation.text().startswith("You start as a Listener.")


def test_switching_language_shows_the_content_in_that_language(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    page = open_page(qtbot, open_ctx)
    box = page.survey.barrier_boxes[Barrier.TIME][0]
    assert box.text() == load_onboarding("en").barrier(Barrier.TIME).label
    open_ctx.settings.set(decl.LANGUAGE, "fi")
    finnish = load_onboarding("fi").barrier(Barrier.TIME).label
    qtbot.waitUntil(lambda: box.text() == finnish)
