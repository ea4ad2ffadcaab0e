"""The shipped lessons and onboarding texts: complete, parallel in en/fi/sv, and loadable."""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.activity import Channel
from app.domain.i18n import LANGUAGES
from app.domain.journey import markup
from app.domain.journey.content import ContentError, MethodStep
from app.domain.journey.ladder import Frequency, NextStep, Stage
from app.domain.journey.profile import Action, Benefit, RoleLens
from app.services.journey import content
from app.storage.paths import resources_dir

KINDS = ("lessons", "onboarding")
OTHERS = [code for code in LANGUAGES if code != "en"]

# Word counts of a lesson body, as the brief for the content asks.
STEP_LESSON_WORDS = (150, 300)
STAGE_LESSON_WORDS = (80, 200)
ONE_ACTION_WORDS = 35  # try_this
ONE_LINE_WORDS = 35  # a barrier's response, a benefit's description, an explanation

ROLE_BENEFIT = re.compile(r"\.roles\[\d+\]\.benefits\[")

# Proper names that stay the same in every language.
SAME_IN_EVERY_LANGUAGE = {"LinkedIn", "X (Twitter)", "Mastodon", "Bluesky"}


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    content.clear_cache()
    yield
    content.clear_cache()


def raw(kind: str, language: str) -> dict[str, Any]:
    path = resources_dir() / kind / f"{kind}_{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def strings(node: object, where: str = "") -> Iterator[tuple[str, str]]:
    """Every text in a decoded file with its place (keys and ids are texts too)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from strings(value, f"{where}[{i}]")
    elif isinstance(node, str):
        yield where, node


# Fields whose values are identifiers or numbers: the same in every language.
_KEPT = {"format", "id", "key", "step", "stage", "minutes", "benefits"}


def _is_value(node: object) -> bool:
    return isinstance(node, str | int) or (
        isinstance(node, list) and all(isinstance(v, str) for v in node)
    )


def shape(node: object, field: str = "") -> object:
    """The structure of a file with its words taken out: what must match across languages."""
    if field == "language":
        return None
    if field in _KEPT and _is_value(node):
        return node
    if field == "body":  # written natively, so paragraphs may differ; the kinds of block may not
        text = "\n\n".join(node) if isinstance(node, list) else str(node)
        return {"quote": markup.has_quote(text), "bullets": markup.has_bullets(text)}
    if isinstance(node, dict):
        return {key: shape(value, key) for key, value in node.items()}
    if isinstance(node, list):
        return [shape(value, field) for value in node]
    return "text" if isinstance(node, str) else node


# ---------------------------------------------------------------------------------------------
# Every file


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_its_own_files_and_they_parse(language: str) -> None:
    assert content.load_course(language).language == language
    assert content.load_onboarding(language).language == language
    assert content.load_lessons(language) == list(content.load_course(language).lessons)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", OTHERS)
def test_every_language_has_the_same_ids_keys_and_structure_as_english(
    kind: str, language: str
) -> None:
    assert shape(raw(kind, language)) == shape(raw(kind, "en"))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_empty_padded_or_double_spaced(kind: str, language: str) -> None:
    bad = [
        where
        for where, text in strings(raw(kind, language))
        if not text.strip() or text != text.strip() or "  " in text or "\t" in text
    ]
    assert bad == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", OTHERS)
def test_no_text_was_left_in_english(kind: str, language: str) -> None:
    english = dict(strings(raw(kind, "en")))
    same = [
        where
        for where, text in strings(raw(kind, language))
        if english.get(where) == text
        and text not in SAME_IN_EVERY_LANGUAGE
        and not where.endswith((".id", ".key", ".step", ".stage"))
        and not ROLE_BENEFIT.search(where)
    ]
    assert same == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_placeholder_was_filled(language: str) -> None:
    course = content.load_course(language)
    onboarding = content.load_onboarding(language)
    texts = [s.title + s.summary for s in course.steps]
    texts += [lesson.title + lesson.body + lesson.try_this for lesson in course.lessons]
    texts += [text for _, text in onboarding.next_steps]
    texts += [s.explanation for s in onboarding.stages]
    assert [t for t in texts if "{" in t or "}" in t] == []


# ---------------------------------------------------------------------------------------------
# Lessons


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_step_has_three_or_four_lessons_and_each_stage_one(language: str) -> None:
    course = content.load_course(language)
    counts = {step: len(course.for_step(step)) for step in MethodStep}
    assert all(3 <= n <= 4 for n in counts.values()), counts
    stage_lessons = [lesson.stage for lesson in course.lessons if lesson.stage is not None]
    assert stage_lessons == list(Stage)


@pytest.mark.parametrize("language", LANGUAGES)
def test_lessons_are_short_and_end_with_one_action(language: str) -> None:
    wrong = []
    for lesson in content.load_course(language).lessons:
        low, high = STEP_LESSON_WORDS if lesson.step else STAGE_LESSON_WORDS
        words = markup.word_count(lesson.body)
        if not low <= words <= high:
            wrong.append(f"{lesson.id}: {words} words, not {low}..{high}")
        if len(lesson.try_this.split()) > ONE_ACTION_WORDS:
            wrong.append(f"{lesson.id}: try_this is longer than {ONE_ACTION_WORDS} words")
        if not 1 <= lesson.minutes <= 5:
            wrong.append(f"{lesson.id}: {lesson.minutes} minutes")
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_step_shows_an_example_and_guidelines(language: str) -> None:
    course = content.load_course(language)
    for step in MethodStep:
        bodies = [lesson.body for lesson in course.for_step(step)]
        assert all(markup.has_quote(body) for body in bodies), step
        assert any(markup.has_bullets(body) for body in bodies), step


@pytest.mark.parametrize("language", LANGUAGES)
def test_stage_lessons_use_the_stage_names_the_onboarding_uses(language: str) -> None:
    course = content.load_course(language)
    onboarding = content.load_onboarding(language)
    for stage in Stage:
        lesson = course.for_stage(stage)
        assert lesson is not None
        # Inflected forms (Kuuntelijasta, Esikuvaksi) start with the name.
        assert onboarding.stage(stage).name.lower() in (lesson.title + lesson.body).lower(), stage


# ---------------------------------------------------------------------------------------------
# Onboarding


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_stage_and_next_step_is_explained(language: str) -> None:
    onboarding = content.load_onboarding(language)
    for stage in Stage:
        text = onboarding.stage(stage)
        assert text.name and text.name in text.explanation
        assert len(text.explanation.split()) <= ONE_LINE_WORDS
    for step in NextStep:
        assert len(onboarding.next_step(step).split()) <= ONE_LINE_WORDS
    assert onboarding.explain(Stage.LISTENER, NextStep.START_FOLLOWING)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_survey_lists_the_channels_answers_and_actions_in_order(language: str) -> None:
    onboarding = content.load_onboarding(language)
    assert [c.key for c in onboarding.channels] == [
        Channel.LINKEDIN,
        Channel.X,
        Channel.MASTODON,
        Channel.BLUESKY,
        Channel.BLOG,
        Channel.INTERNAL,
    ]
    assert [c.key for c in onboarding.frequencies] == list(Frequency)
    assert [c.key for c in onboarding.actions] == list(Action)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_barrier_gets_one_encouraging_line(language: str) -> None:
    for barrier in content.load_onboarding(language).barriers:
        assert len(barrier.response.split()) <= ONE_LINE_WORDS, barrier.key
        assert barrier.response.endswith("."), barrier.key


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_role_leads_to_cards_with_two_or_three_examples_for_it(language: str) -> None:
    onboarding = content.load_onboarding(language)
    for card in onboarding.benefits:
        assert len(card.description.split()) <= ONE_LINE_WORDS, card.key
        # Examples exist exactly for the roles that lead to the card.
        leading = {role.key for role in onboarding.roles if card.key in role.benefits}
        assert {role for role, _ in card.examples} == leading, card.key
        for role in leading:
            assert 2 <= len(card.examples_for(role)) <= 3, (card.key, role)
    reached = {key for role in onboarding.roles for key in role.benefits}
    assert reached == set(Benefit)
    assert {role.key for role in onboarding.roles} == set(RoleLens)


# ---------------------------------------------------------------------------------------------
# The loader


@pytest.fixture
def english_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources folder with only the English files."""
    for kind in KINDS:
        (tmp_path / kind).mkdir()
        name = f"{kind}_en.json"
        shutil.copy(resources_dir() / kind / name, tmp_path / kind / name)
    monkeypatch.setattr(content, "resources_dir", lambda: tmp_path)
    return tmp_path


def test_a_missing_language_file_falls_back_to_english(
    english_only: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        assert content.load_course("fi").language == "en"
        assert content.load_onboarding("sv").language == "en"
    assert "lessons_fi.json" in caplog.text


@pytest.mark.parametrize("language", ["de", "", "../en", "fi_FI"])
def test_a_language_we_do_not_speak_gets_english(language: str) -> None:
    assert content.load_course(language).language == "en"
    assert content.load_onboarding(language).language == "en"


def test_files_are_read_once_per_language(english_only: Path) -> None:
    first = content.load_course("en")
    (english_only / "lessons" / "lessons_en.json").write_text("broken", encoding="utf-8")
    assert content.load_course("en") is first
    assert content.load_lessons("en") is not content.load_lessons("en")  # a list of one's own
    content.clear_cache()
    with pytest.raises(ContentError, match=r"lessons_en\.json: lessons \(en\): not valid JSON"):
        content.load_course("en")


def test_a_malformed_file_is_named_in_the_error(english_only: Path) -> None:
    path = english_only / "onboarding" / "onboarding_en.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    del doc["next_steps"]["top_reached"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ContentError, match="next_steps: missing top_reached") as caught:
        content.load_onboarding("fi")
    assert str(path) in str(caught.value)


def test_without_the_english_file_there_is_nothing_to_fall_back_to(english_only: Path) -> None:
    (english_only / "lessons" / "lessons_en.json").unlink()
    with pytest.raises(ContentError, match="no lessons file for en"):
        content.load_lessons("fi")
