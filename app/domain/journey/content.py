"""Learning and onboarding content: JSON data in each language, parsed into plain values.

No I/O here: the parsers take the text of one file (``app.services.journey.content`` finds and reads
it) and raise ``ContentError``, naming the place, for anything malformed. The file formats are
described in ``resources/lessons/README.md``. In short:

- a lessons file has the four steps of the method (titles and summaries) and the lessons: each
  with a stable ``id`` (the same in every language), either a ``step`` or a ladder ``stage``,
  ``title``, ``minutes``, ``body`` (the Markdown subset of ``app.domain.journey.markup``; a
  string, or a list of blocks joined by blank lines) and one ``try_this`` action;
- an onboarding file has the labels and texts the onboarding wizard shows, keyed by the stored
  values of ``app.domain.journey.profile``, ``app.domain.journey.ladder`` and
  ``app.domain.activity``.

Texts may name a threshold of the ladder as ``{field}`` (any whole-number field of
``LadderRules``, e.g. ``{supporter_min_actions}``); parsing fills in the numbers, so the texts
stay true when a rule is tuned. Any other ``{name}`` is an error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Generic, TypeVar

from app.domain.activity import Channel
from app.domain.journey import markup
from app.domain.journey.ladder import Frequency, LadderRules, NextStep, Stage
from app.domain.journey.profile import Action, Barrier, Benefit, RoleLens

FORMAT = 1
DEFAULT_RULES = LadderRules()
MAX_MINUTES = 30

_K = TypeVar("_K")
_T = TypeVar("_T")
_E = TypeVar("_E", bound=StrEnum)
_ID = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class ContentError(ValueError):
    """A content file is malformed; the message says which file, where, and what is wrong."""


class MethodStep(StrEnum):
    """The four steps of the method, in order."""

    SURVEY = "survey"  # survey the ground
    BENEFITS = "benefits"  # find your own benefits
    COACHING = "coaching"  # coach and support
    RECOGNITION = "recognition"  # inspire by example and give recognition


# ---------------------------------------------------------------------------------------------
# Lessons


@dataclass(frozen=True)
class Step:
    key: MethodStep
    title: str
    summary: str


@dataclass(frozen=True)
class Lesson:
    id: str  # the same in every language
    title: str
    minutes: int
    body: str  # the Markdown subset of app.domain.journey.markup; see html()
    try_this: str
    step: MethodStep | None = None  # exactly one of step and stage is set
    stage: Stage | None = None  # a lesson on moving up from this stage

    def html(self) -> str:
        return markup.to_html(self.body)


@dataclass(frozen=True)
class Course:
    """Everything in one lessons file: the steps and the lessons, in file order."""

    language: str
    steps: tuple[Step, ...]
    lessons: tuple[Lesson, ...]

    def step(self, key: MethodStep) -> Step:
        return next(s for s in self.steps if s.key is key)

    def lesson(self, lesson_id: str) -> Lesson:
        for lesson in self.lessons:
            if lesson.id == lesson_id:
                return lesson
        raise KeyError(lesson_id)

    def for_step(self, key: MethodStep) -> tuple[Lesson, ...]:
        return tuple(lesson for lesson in self.lessons if lesson.step is key)

    def for_stage(self, stage: Stage) -> Lesson | None:
        """The lesson on moving up from ``stage`` (at the top: on staying there)."""
        return next((lesson for lesson in self.lessons if lesson.stage is stage), None)


# ---------------------------------------------------------------------------------------------
# Onboarding


@dataclass(frozen=True)
class Choice(Generic[_K]):
    """A stored value and the words shown for it."""

    key: _K
    label: str


@dataclass(frozen=True)
class BarrierOption:
    key: Barrier
    label: str
    response: str  # one encouraging line, shown when the option is picked


@dataclass(frozen=True)
class RoleOption:
    key: RoleLens
    label: str
    benefits: tuple[Benefit, ...]  # the cards to show first for this role, in order


@dataclass(frozen=True)
class BenefitCard:
    key: Benefit
    title: str
    description: str  # one sentence
    examples: tuple[tuple[RoleLens, tuple[str, ...]], ...]  # per role lens, where relevant

    def examples_for(self, role: RoleLens) -> tuple[str, ...]:
        return next((texts for key, texts in self.examples if key is role), ())


@dataclass(frozen=True)
class StageText:
    stage: Stage
    name: str  # "Listener"
    explanation: str  # "You are a Listener: ..."


@dataclass(frozen=True)
class OnboardingContent:
    language: str
    actions: tuple[Choice[Action], ...]  # the survey's questions: how often do you ...
    channels: tuple[Choice[Channel], ...]
    frequencies: tuple[Choice[Frequency], ...]  # the answers, never to daily
    barriers: tuple[BarrierOption, ...]
    roles: tuple[RoleOption, ...]
    benefits: tuple[BenefitCard, ...]
    stages: tuple[StageText, ...]  # every Stage
    next_steps: tuple[tuple[NextStep, str], ...]  # every NextStep

    def barrier(self, key: Barrier) -> BarrierOption:
        return next(b for b in self.barriers if b.key is key)

    def role(self, key: RoleLens) -> RoleOption:
        return next(r for r in self.roles if r.key is key)

    def benefit(self, key: Benefit) -> BenefitCard:
        return next(b for b in self.benefits if b.key is key)

    def cards_for(self, role: RoleLens) -> tuple[BenefitCard, ...]:
        """The role's own cards first, in its order, then the others."""
        first = self.role(role).benefits
        rest = tuple(b.key for b in self.benefits if b.key not in first)
        return tuple(self.benefit(key) for key in first + rest)

    def stage(self, stage: Stage) -> StageText:
        return next(s for s in self.stages if s.stage is stage)

    def next_step(self, step: NextStep) -> str:
        return next(text for key, text in self.next_steps if key is step)

    def explain(self, stage: Stage, step: NextStep) -> str:
        """The starting point in plain words: where the person is, and a good next step."""
        return f"{self.stage(stage).explanation} {self.next_step(step)}"


# ---------------------------------------------------------------------------------------------
# Parsing


def rule_values(rules: LadderRules = DEFAULT_RULES) -> dict[str, int]:
    """The numbers texts may name as ``{field}``: every whole-number field of the rules."""
    values = {f.name: getattr(rules, f.name) for f in fields(rules)}
    return {k: v for k, v in values.items() if isinstance(v, int) and not isinstance(v, bool)}


def parse_lessons(
    json_text: str, language: str, *, rules: LadderRules = DEFAULT_RULES
) -> list[Lesson]:
    """The lessons of one lessons file, in file order."""
    return list(parse_course(json_text, language, rules=rules).lessons)


def parse_course(json_text: str, language: str, *, rules: LadderRules = DEFAULT_RULES) -> Course:
    """One lessons file: the steps of the method and the lessons."""
    p = _Parser(f"lessons ({language})", rule_values(rules))
    root = p.document(json_text, language, ("steps", "lessons"))
    steps = p.items(root["steps"], "steps", p.step)
    p.exactly_once([s.key for s in steps], MethodStep, "steps")
    lessons = p.items(root["lessons"], "lessons", p.lesson)
    p.unique([lesson.id for lesson in lessons], "lessons", "id")
    return Course(language, tuple(steps), tuple(lessons))


def parse_onboarding(
    json_text: str, language: str, *, rules: LadderRules = DEFAULT_RULES
) -> OnboardingContent:
    """One onboarding file; every stored value it covers must have its text."""
    p = _Parser(f"onboarding ({language})", rule_values(rules))
    keys = ("actions", "channels", "frequencies", "barriers", "roles", "benefits")
    root = p.document(json_text, language, (*keys, "stages", "next_steps"))
    actions = p.items(root["actions"], "actions", p.choice(_values(Action)))
    p.exactly_once([c.key for c in actions], Action, "actions")
    channels = p.items(root["channels"], "channels", p.choice(_values(Channel)))
    p.unique([c.key for c in channels], "channels", "key")
    frequencies = p.items(root["frequencies"], "frequencies", p.choice(_values(Frequency)))
    p.exactly_once([c.key for c in frequencies], Frequency, "frequencies")
    barriers = p.items(root["barriers"], "barriers", p.barrier)
    p.exactly_once([b.key for b in barriers], Barrier, "barriers")
    roles = p.items(root["roles"], "roles", p.role)
    p.exactly_once([r.key for r in roles], RoleLens, "roles")
    benefits = p.items(root["benefits"], "benefits", p.benefit)
    p.exactly_once([b.key for b in benefits], Benefit, "benefits")
    stage_keys = {stage.key: stage for stage in Stage}
    stages = p.keyed(root["stages"], "stages", stage_keys, p.stage_text)
    next_steps = p.keyed(root["next_steps"], "next_steps", _values(NextStep), p.line)
    return OnboardingContent(
        language=language,
        actions=tuple(actions),
        channels=tuple(channels),
        frequencies=tuple(frequencies),
        barriers=tuple(barriers),
        roles=tuple(roles),
        benefits=tuple(benefits),
        stages=tuple(StageText(stage, *texts) for stage, texts in stages),
        next_steps=tuple(next_steps),
    )


def _values(kind: type[_E]) -> dict[str, _E]:
    return {member.value: member for member in kind}


class _Parser:
    """Typed reading of decoded JSON; every complaint names the file and the place in it."""

    def __init__(self, name: str, values: Mapping[str, int]) -> None:
        self.name = name
        self.values = values

    def error(self, where: str, problem: str) -> ContentError:
        return ContentError(f"{self.name}: {where}: {problem}")

    # -- documents and containers

    def document(self, json_text: str, language: str, keys: Collection[str]) -> dict[str, object]:
        try:
            raw: object = json.loads(json_text)
        except json.JSONDecodeError as error:
            raise ContentError(f"{self.name}: not valid JSON: {error}") from None
        root = self.record(raw, "the file", ("format", "language", *keys))
        if root["format"] != FORMAT:
            raise self.error("format", f"expected {FORMAT}, got {root['format']!r}")
        if root["language"] != language:
            raise self.error("language", f"expected {language!r}, got {root['language']!r}")
        return root

    def record(
        self, raw: object, where: str, required: Collection[str], optional: Collection[str] = ()
    ) -> dict[str, object]:
        if not isinstance(raw, dict):
            raise self.error(where, "expected an object")
        missing = [key for key in required if key not in raw]
        if missing:
            raise self.error(where, f"missing {', '.join(missing)}")
        unknown = sorted(set(raw) - set(required) - set(optional))
        if unknown:
            raise self.error(where, f"unknown {', '.join(unknown)}")
        return raw

    def items(
        self, raw: object, where: str, parse: Callable[[object, str], _T], minimum: int = 1
    ) -> list[_T]:
        if not isinstance(raw, list) or len(raw) < minimum:
            raise self.error(where, f"expected a list of at least {minimum}")
        return [parse(item, f"{where}[{i}]") for i, item in enumerate(raw)]

    def keyed(
        self,
        raw: object,
        where: str,
        keys: Mapping[str, _K],
        parse: Callable[[object, str], _T],
    ) -> list[tuple[_K, _T]]:
        """An object with exactly ``keys``, in the order of ``keys``."""
        obj = self.record(raw, where, keys)
        return [(key, parse(obj[name], f"{where}.{name}")) for name, key in keys.items()]

    def unique(self, found: Iterable[object], where: str, what: str) -> None:
        seen: set[object] = set()
        for value in found:
            if value in seen:
                raise self.error(where, f"{what} {value!s} appears twice")
            seen.add(value)

    def exactly_once(self, found: list[_E], kind: type[_E], where: str) -> None:
        self.unique(found, where, "key")
        missing = [member.value for member in kind if member not in found]
        if missing:
            raise self.error(where, f"missing {', '.join(missing)}")

    # -- values

    def key(self, raw: object, where: str, keys: Mapping[str, _K]) -> _K:
        if isinstance(raw, str) and raw in keys:
            return keys[raw]
        raise self.error(where, f"expected one of {', '.join(keys)}, got {raw!r}")

    def text(self, raw: object, where: str) -> str:
        """A non-empty string with no stray spaces, its ``{placeholders}`` filled in."""
        if not isinstance(raw, str) or not raw.strip():
            raise self.error(where, "expected a non-empty text")
        if raw != raw.strip():
            raise self.error(where, "starts or ends with a space or line break")

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.values:
                raise self.error(where, f"unknown placeholder {{{name}}}")
            return str(self.values[name])

        return _PLACEHOLDER.sub(fill, raw)

    def line(self, raw: object, where: str) -> str:
        text = self.text(raw, where)
        if "\n" in text:
            raise self.error(where, "expected one line")
        return text

    def markdown(self, raw: object, where: str) -> str:
        if isinstance(raw, list):  # blocks, easier to read and edit in JSON
            blocks = self.items(raw, where, self.text)
            text = "\n\n".join(blocks)
        else:
            text = self.text(raw, where)
        for problem in markup.problems(text):
            raise self.error(where, problem)
        return text

    def whole(self, raw: object, where: str, low: int, high: int) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int) or not low <= raw <= high:
            raise self.error(where, f"expected a whole number from {low} to {high}, got {raw!r}")
        return raw

    # -- records

    def step(self, raw: object, where: str) -> Step:
        obj = self.record(raw, where, ("key", "title", "summary"))
        return Step(
            key=self.key(obj["key"], f"{where}.key", _values(MethodStep)),
            title=self.line(obj["title"], f"{where}.title"),
            summary=self.line(obj["summary"], f"{where}.summary"),
        )

    def lesson(self, raw: object, where: str) -> Lesson:
        required = ("id", "title", "minutes", "body", "try_this")
        obj = self.record(raw, where, required, optional=("step", "stage"))
        lesson_id = obj["id"]
        if not isinstance(lesson_id, str) or not _ID.fullmatch(lesson_id):
            raise self.error(
                f"{where}.id", f"expected lowercase letters, digits and . _ -, got {lesson_id!r}"
            )
        where = f"{where} ({lesson_id})"
        if ("step" in obj) == ("stage" in obj):
            raise self.error(where, "needs either a step or a stage")
        step = stage = None
        if "step" in obj:
            step = self.key(obj["step"], f"{where}.step", _values(MethodStep))
        else:
            stage = self.key(obj["stage"], f"{where}.stage", {s.key: s for s in Stage})
        return Lesson(
            id=lesson_id,
            title=self.line(obj["title"], f"{where}.title"),
            minutes=self.whole(obj["minutes"], f"{where}.minutes", 1, MAX_MINUTES),
            body=self.markdown(obj["body"], f"{where}.body"),
            try_this=self.line(obj["try_this"], f"{where}.try_this"),
            step=step,
            stage=stage,
        )

    def choice(self, keys: Mapping[str, _K]) -> Callable[[object, str], Choice[_K]]:
        def parse(raw: object, where: str) -> Choice[_K]:
            obj = self.record(raw, where, ("key", "label"))
            return Choice(
                self.key(obj["key"], f"{where}.key", keys),
                self.line(obj["label"], f"{where}.label"),
            )

        return parse

    def barrier(self, raw: object, where: str) -> BarrierOption:
        obj = self.record(raw, where, ("key", "label", "response"))
        return BarrierOption(
            key=self.key(obj["key"], f"{where}.key", _values(Barrier)),
            label=self.line(obj["label"], f"{where}.label"),
            response=self.line(obj["response"], f"{where}.response"),
        )

    def role(self, raw: object, where: str) -> RoleOption:
        obj = self.record(raw, where, ("key", "label", "benefits"))
        benefits = self.items(
            obj["benefits"], f"{where}.benefits", lambda r, w: self.key(r, w, _values(Benefit))
        )
        self.unique(benefits, f"{where}.benefits", "benefit")
        return RoleOption(
            key=self.key(obj["key"], f"{where}.key", _values(RoleLens)),
            label=self.line(obj["label"], f"{where}.label"),
            benefits=tuple(benefits),
        )

    def benefit(self, raw: object, where: str) -> BenefitCard:
        obj = self.record(raw, where, ("key", "title", "description", "examples"))
        examples = self.record(obj["examples"], f"{where}.examples", (), _values(RoleLens))
        return BenefitCard(
            key=self.key(obj["key"], f"{where}.key", _values(Benefit)),
            title=self.line(obj["title"], f"{where}.title"),
            description=self.line(obj["description"], f"{where}.description"),
            examples=tuple(
                (RoleLens(role), tuple(self.items(texts, f"{where}.examples.{role}", self.line)))
                for role, texts in examples.items()
            ),
        )

    def stage_text(self, raw: object, where: str) -> tuple[str, str]:
        obj = self.record(raw, where, ("name", "explanation"))
        return self.line(obj["name"], f"{where}.name"), self.line(
            obj["explanation"], f"{where}.explanation"
        )
