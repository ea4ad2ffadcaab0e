"""Tests of the content parsers (lessons, onboarding) and the safe Markdown subset."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.activity import Channel
from app.domain.journey import markup
from app.domain.journey.content import (
    ContentError,
    Course,
    MethodStep,
    OnboardingContent,
    parse_course,
    parse_lessons,
    parse_onboarding,
    rule_values,
)
from app.domain.journey.ladder import Frequency, LadderRules, NextStep, Stage
from app.domain.journey.profile import Action, Barrier, Benefit, RoleLens

Doc = dict[str, Any]

# ---------------------------------------------------------------------------------------------
# Markup


def test_paragraphs_are_separated_by_blank_lines_and_their_lines_joined() -> None:
    assert markup.to_html("One\ntwo.\n\nThree.") == "<p>One two.</p>\n<p>Three.</p>"


def test_bullets_make_one_list_even_across_blank_lines() -> None:
    html = markup.to_html("Intro:\n- a\n\n- b\n  continued\n\nAfter.")
    assert html == "<p>Intro:</p>\n<ul><li>a</li><li>b continued</li></ul>\n<p>After.</p>"


def test_a_paragraph_between_bullets_starts_a_new_list() -> None:
    assert markup.to_html("- a\n\nText.\n\n- b").count("<ul>") == 2


def test_quotes_keep_their_paragraphs_and_a_blank_line_ends_them() -> None:
    html = markup.to_html("> First line\n> same paragraph\n>\n> Second.\n\n> Another quote.")
    assert html == (
        "<blockquote><p>First line same paragraph</p><p>Second.</p></blockquote>\n"
        "<blockquote><p>Another quote.</p></blockquote>"
    )


def test_bold_works_in_every_kind_of_block() -> None:
    html = markup.to_html("**A** b\n\n- **c** d\n\n> e **f**")
    assert html.count("<b>") == 3
    assert "<p><b>A</b> b</p>" in html


def test_an_unclosed_bold_marker_stays_text_and_is_reported() -> None:
    assert markup.to_html("2 ** 3") == "<p>2 ** 3</p>"
    assert markup.problems("fine **bold**\n\n- broken **item") == ["unclosed ** in 'broken **item'"]
    assert markup.problems("**a** and **b**") == []


def test_nothing_becomes_nothing() -> None:
    assert markup.to_html("") == ""
    assert markup.to_html("\n \n>\n") == ""


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ('<img src=x onerror="alert(1)">', "<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>"),
        ("Tom & Jerry's", "<p>Tom &amp; Jerry&#x27;s</p>"),
        ("&lt;b&gt; stays text", "<p>&amp;lt;b&amp;gt; stays text</p>"),
        ("**<i>x</i>**", "<p><b>&lt;i&gt;x&lt;/i&gt;</b></p>"),
        ("- <b>item</b>", "<ul><li>&lt;b&gt;item&lt;/b&gt;</li></ul>"),
        (
            "> <a href='javascript:x'>q</a>",
            "<blockquote><p>&lt;a href=&#x27;javascript:x&#x27;&gt;q&lt;/a&gt;</p></blockquote>",
        ),
    ],
)
def test_everything_in_the_source_is_escaped(source: str, expected: str) -> None:
    assert markup.to_html(source) == expected


_OUR_TAGS = re.compile(r"</?(?:p|ul|li|b|blockquote)>")


@given(st.text(alphabet=st.sampled_from("<>&\"'*-> \nab/=;"), max_size=80) | st.text(max_size=80))
def test_no_markup_gets_through_but_our_own_tags(source: str) -> None:
    rest = _OUR_TAGS.sub("", markup.to_html(source))
    assert "<" not in rest
    assert ">" not in rest
    assert '"' not in rest


def test_plain_text_and_word_count_see_only_the_words() -> None:
    source = "**What good looks like:** short.\n\n- one – two\n\n> “Quoted,” she said."
    assert (
        markup.plain_text(source) == "What good looks like: short.\none – two\n“Quoted,” she said."
    )
    assert markup.word_count(source) == 10


def test_block_kinds_can_be_asked_for() -> None:
    assert markup.has_quote("a\n\n> b") and not markup.has_quote("a\n\n- b")
    assert markup.has_bullets("a\n- b") and not markup.has_bullets("a -b")


# ---------------------------------------------------------------------------------------------
# Lessons


def course_doc() -> Doc:
    return {
        "format": 1,
        "language": "en",
        "steps": [{"key": s.value, "title": f"T {s}", "summary": f"S {s}"} for s in MethodStep],
        "lessons": [
            {
                "id": "survey.first",
                "step": "survey",
                "title": "First",
                "minutes": 3,
                "body": ["Para **one**.", "- a", "- b", "> Example."],
                "try_this": "Do one thing.",
            },
            {
                "id": "stage.listener",
                "stage": "listener",
                "title": "Up",
                "minutes": 2,
                "body": "At least {supporter_min_actions} in {window_weeks} weeks.",
                "try_this": "React {supporter_min_actions} times.",
            },
        ],
    }


def course(doc: Doc, language: str = "en", **kwargs: Any) -> Course:
    return parse_course(json.dumps(doc), language, **kwargs)


def test_a_lessons_file_parses_into_steps_and_lessons() -> None:
    parsed = course(course_doc())
    assert parsed.language == "en"
    assert [s.key for s in parsed.steps] == list(MethodStep)
    first, up = parsed.lessons
    assert (first.id, first.step, first.stage, first.minutes) == ("survey.first", "survey", None, 3)
    assert first.body == "Para **one**.\n\n- a\n\n- b\n\n> Example."
    assert first.html() == (
        "<p>Para <b>one</b>.</p>\n<ul><li>a</li><li>b</li></ul>\n"
        "<blockquote><p>Example.</p></blockquote>"
    )
    assert (up.step, up.stage) == (None, Stage.LISTENER)


def test_placeholders_are_filled_from_the_ladder_rules() -> None:
    assert course(course_doc()).lesson("stage.listener").body == "At least 3 in 4 weeks."
    tuned = course(course_doc(), rules=LadderRules(supporter_min_actions=5, window_weeks=6))
    assert tuned.lesson("stage.listener").body == "At least 5 in 6 weeks."
    assert tuned.lesson("stage.listener").try_this == "React 5 times."


def test_the_placeholders_are_the_whole_number_rules() -> None:
    values = rule_values()
    assert values["supporter_min_actions"] == 3
    assert "counted_channels" not in values
    assert all(isinstance(v, int) for v in values.values())


def test_a_course_finds_lessons_by_step_stage_and_id() -> None:
    parsed = course(course_doc())
    assert [lesson.id for lesson in parsed.for_step(MethodStep.SURVEY)] == ["survey.first"]
    assert parsed.for_step(MethodStep.COACHING) == ()
    assert parsed.for_stage(Stage.LISTENER) == parsed.lesson("stage.listener")
    assert parsed.for_stage(Stage.CREATOR) is None
    assert parsed.step(MethodStep.BENEFITS).title == "T benefits"
    with pytest.raises(KeyError):
        parsed.lesson("nope")


def test_parse_lessons_gives_the_lessons_as_a_list() -> None:
    assert parse_lessons(json.dumps(course_doc()), "en") == list(course(course_doc()).lessons)


def lesson(doc: Doc) -> dict[str, Any]:
    return doc["lessons"][0]  # type: ignore[no-any-return]


LESSON_ERRORS: list[tuple[str, Callable[[Doc], object], str]] = [
    ("wrong format", lambda d: d.update(format=2), "format: expected 1, got 2"),
    ("wrong language", lambda d: d.update(language="fi"), "language: expected 'en', got 'fi'"),
    ("no lessons", lambda d: d.update(lessons=[]), "lessons: expected a list of at least 1"),
    ("unknown top key", lambda d: d.update(extra=1), "the file: unknown extra"),
    ("missing step", lambda d: d["steps"].pop(), "steps: missing recognition"),
    ("twice a step", lambda d: d["steps"].append(d["steps"][0]), "steps: key survey appears twice"),
    ("missing title", lambda d: lesson(d).pop("title"), "lessons[0]: missing title"),
    ("unknown key", lambda d: lesson(d).update(titel="x"), "lessons[0]: unknown titel"),
    ("bad id", lambda d: lesson(d).update(id="Survey First"), "lessons[0].id: expected lowercase"),
    ("both", lambda d: lesson(d).update(stage="listener"), "(survey.first): needs either a step"),
    ("neither", lambda d: lesson(d).pop("step"), "(survey.first): needs either a step or"),
    ("bad step", lambda d: lesson(d).update(step="goals"), ".step: expected one of survey, "),
    ("bad stage", lambda d: d["lessons"][1].update(stage="expert"), ".stage: expected one of"),
    ("bool minutes", lambda d: lesson(d).update(minutes=True), ".minutes: expected a whole number"),
    ("no minutes", lambda d: lesson(d).update(minutes=0), ".minutes: expected a whole number"),
    ("text minutes", lambda d: lesson(d).update(minutes="3"), ".minutes: expected a whole number"),
    ("empty title", lambda d: lesson(d).update(title=" "), ".title: expected a non-empty text"),
    ("padded", lambda d: lesson(d).update(title="Hi "), ".title: starts or ends with a space"),
    ("two lines", lambda d: lesson(d).update(try_this="a\nb"), ".try_this: expected one line"),
    ("number title", lambda d: lesson(d).update(title=1), ".title: expected a non-empty text"),
    ("empty block", lambda d: lesson(d).update(body=["a", ""]), ".body[1]: expected a non-empty"),
    ("no blocks", lambda d: lesson(d).update(body=[]), ".body: expected a list of at least 1"),
    ("unclosed bold", lambda d: lesson(d).update(body="**x"), ".body: unclosed ** in '**x'"),
    (
        "placeholder",
        lambda d: lesson(d).update(body="{weeks}"),
        ".body: unknown placeholder {weeks}",
    ),
    (
        "same id",
        lambda d: d["lessons"][1].update(id="survey.first"),
        "id survey.first appears twice",
    ),
]


@pytest.mark.parametrize(
    ("change", "message"), [c[1:] for c in LESSON_ERRORS], ids=[c[0] for c in LESSON_ERRORS]
)
def test_a_malformed_lessons_file_is_refused_saying_where(
    change: Callable[[Doc], object], message: str
) -> None:
    doc = course_doc()
    change(doc)
    with pytest.raises(ContentError, match=re.escape(message)) as caught:
        course(doc)
    assert str(caught.value).startswith("lessons (en): ")


@pytest.mark.parametrize("text", ["", "{", "[1, 2]", '"text"', "{'single': 'quotes'}"])
def test_text_that_is_not_a_lessons_document_is_refused(text: str) -> None:
    with pytest.raises(ContentError, match=r"^lessons \(en\): "):
        parse_course(text, "en")


def test_content_errors_are_value_errors() -> None:
    assert issubclass(ContentError, ValueError)


# ---------------------------------------------------------------------------------------------
# Onboarding


def onboarding_doc() -> Doc:
    def choices(keys: list[str]) -> list[dict[str, str]]:
        return [{"key": key, "label": f"L {key}"} for key in keys]

    return {
        "format": 1,
        "language": "sv",
        "actions": choices([a.value for a in Action]),
        "channels": choices(["linkedin", "internal"]),
        "frequencies": choices([f.value for f in Frequency]),
        "barriers": [{"key": b.value, "label": "L", "response": "R"} for b in Barrier],
        "roles": [
            {"key": "leader", "label": "Chef", "benefits": ["influence", "recruiting"]},
            {"key": "sales", "label": "Sälj", "benefits": ["customer_dialogue"]},
            {"key": "expert", "label": "Expert", "benefits": ["visibility"]},
            {"key": "recruiting", "label": "HR", "benefits": ["recruiting"]},
            {"key": "other", "label": "Annat", "benefits": ["learning", "networking"]},
        ],
        "benefits": [
            {
                "key": b.value,
                "title": f"T {b}",
                "description": "D.",
                "examples": {"leader": ["E1", "E2"]} if b is Benefit.INFLUENCE else {},
            }
            for b in Benefit
        ],
        "stages": {s.key: {"name": s.key.title(), "explanation": f"Du är {s.key}."} for s in Stage},
        "next_steps": {n.value: f"Nästa: {n.value}." for n in NextStep},
    }


def onboarding(doc: Doc) -> OnboardingContent:
    return parse_onboarding(json.dumps(doc), "sv")


def test_an_onboarding_file_parses_with_every_key_typed() -> None:
    parsed = onboarding(onboarding_doc())
    assert parsed.language == "sv"
    assert [c.key for c in parsed.actions] == list(Action)
    assert [c.key for c in parsed.channels] == [Channel.LINKEDIN, Channel.INTERNAL]
    assert [c.key for c in parsed.frequencies] == list(Frequency)
    assert parsed.barrier(Barrier.TIME).response == "R"
    assert parsed.role(RoleLens.LEADER).benefits == (Benefit.INFLUENCE, Benefit.RECRUITING)
    assert parsed.benefit(Benefit.INFLUENCE).examples_for(RoleLens.LEADER) == ("E1", "E2")
    assert parsed.benefit(Benefit.INFLUENCE).examples_for(RoleLens.SALES) == ()
    assert parsed.stage(Stage.ROLE_MODEL).name == "Role_Model"
    assert parsed.next_step(NextStep.TOP_REACHED) == "Nästa: top_reached."


def test_a_roles_own_cards_come_first() -> None:
    cards = onboarding(onboarding_doc()).cards_for(RoleLens.LEADER)
    assert [c.key for c in cards] == [
        Benefit.INFLUENCE,
        Benefit.RECRUITING,
        Benefit.LEARNING,
        Benefit.NETWORKING,
        Benefit.VISIBILITY,
        Benefit.CUSTOMER_DIALOGUE,
    ]


def test_a_starting_point_is_explained_with_its_next_step() -> None:
    doc = onboarding_doc()
    doc["next_steps"]["more_comments"] = "Kommentera {commenter_min_comments} gånger."
    text = onboarding(doc).explain(Stage.SUPPORTER, NextStep.MORE_COMMENTS)
    assert text == "Du är supporter. Kommentera 3 gånger."


ONBOARDING_ERRORS: list[tuple[str, Callable[[Doc], object], str]] = [
    ("missing stage", lambda d: d["stages"].pop("creator"), "stages: missing creator"),
    ("unknown stage", lambda d: d["stages"].update(guru={}), "stages: unknown guru"),
    ("stage name", lambda d: d["stages"]["creator"].pop("name"), "stages.creator: missing name"),
    (
        "missing step",
        lambda d: d["next_steps"].pop("top_reached"),
        "next_steps: missing top_reached",
    ),
    (
        "empty step",
        lambda d: d["next_steps"].update(top_reached=""),
        "next_steps.top_reached: expected",
    ),
    ("missing action", lambda d: d["actions"].pop(), "actions: missing post"),
    ("missing frequency", lambda d: d["frequencies"].pop(0), "frequencies: missing never"),
    (
        "bad channel",
        lambda d: d["channels"][0].update(key="myspace"),
        "channels[0].key: expected one of",
    ),
    (
        "twice a channel",
        lambda d: d["channels"].append(d["channels"][0]),
        "channels: key linkedin appears",
    ),
    (
        "twice a barrier",
        lambda d: d["barriers"].append(d["barriers"][0]),
        "barriers: key time appears twice",
    ),
    ("no response", lambda d: d["barriers"][0].pop("response"), "barriers[0]: missing response"),
    ("missing role", lambda d: d["roles"].pop(), "roles: missing other"),
    (
        "bad benefit",
        lambda d: d["roles"][0]["benefits"].append("fame"),
        "roles[0].benefits[2]: expected",
    ),
    (
        "no benefits",
        lambda d: d["roles"][0].update(benefits=[]),
        "roles[0].benefits: expected a list",
    ),
    (
        "same benefit",
        lambda d: d["roles"][1]["benefits"].append("customer_dialogue"),
        "appears twice",
    ),
    (
        "example role",
        lambda d: d["benefits"][0]["examples"].update(boss=["x"]),
        "examples: unknown boss",
    ),
    (
        "no examples",
        lambda d: d["benefits"][1]["examples"].update(leader=[]),
        "examples.leader: expected",
    ),
    ("missing card", lambda d: d["benefits"].pop(), "benefits: missing recruiting"),
    ("placeholder", lambda d: d["next_steps"].update(top_reached="{x}"), "unknown placeholder {x}"),
]


@pytest.mark.parametrize(
    ("change", "message"), [c[1:] for c in ONBOARDING_ERRORS], ids=[c[0] for c in ONBOARDING_ERRORS]
)
def test_a_malformed_onboarding_file_is_refused_saying_where(
    change: Callable[[Doc], object], message: str
) -> None:
    doc = onboarding_doc()
    change(doc)
    with pytest.raises(ContentError, match=re.escape(message)) as caught:
        onboarding(doc)
    assert str(caught.value).startswith("onboarding (sv): ")
