"""The words the wizard shows for stored values: from the onboarding content file when it has
loaded, else the plain translated labels, so the wizard works (more plainly) without it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.domain.activity import Channel
from app.domain.journey.content import ContentError, OnboardingContent
from app.domain.journey.ladder import Frequency, NextStep, Stage, StartingPoint
from app.domain.journey.profile import Action, Barrier, Benefit, RoleLens
from app.ui.kit.labels import label

_log = logging.getLogger(__name__)


def load_words(language: str) -> Words:
    """Read the onboarding content for ``language``; runs on a worker thread."""
    from app.services.journey.content import load_onboarding

    try:
        return Words(load_onboarding(language))
    except ContentError:
        # A missing or broken content file is our bug, but the wizard still works with labels.
        _log.exception("onboarding content for %s did not load", language)
        return Words(None)


class Words:
    """Look-ups over ``OnboardingContent``; every method falls back to ``label(key)``."""

    def __init__(self, content: OnboardingContent | None = None) -> None:
        self.content = content
        # Keyed by (type, member): equal values of different StrEnums (RoleLens.RECRUITING and
        # Benefit.RECRUITING) must not overwrite each other.
        self._labels: dict[tuple[type[Enum], Enum], str] = {}
        if content is None:
            return
        pairs: list[tuple[Enum, str]] = []
        for choices in (content.actions, content.channels, content.frequencies, content.roles):
            pairs += [(c.key, c.label) for c in choices]
        pairs += [(b.key, b.label) for b in content.barriers]
        pairs += [(b.key, b.title) for b in content.benefits]
        pairs += [(s.stage, s.name) for s in content.stages]
        self._labels = {(type(key), key): text for key, text in pairs}

    def _label(self, key: Enum) -> str:
        return typeset(self._labels.get((type(key), key)) or label(key))

    def action(self, key: Action) -> str:
        return self._label(key)

    def channel(self, key: Channel) -> str:
        return self._label(key)

    def frequency(self, key: Frequency) -> str:
        return self._label(key)

    def role(self, key: RoleLens) -> str:
        return self._label(key)

    def barrier(self, key: Barrier) -> str:
        return self._label(key)

    def barrier_response(self, key: Barrier) -> str:
        return typeset(self.content.barrier(key).response) if self.content else ""

    def benefit(self, key: Benefit) -> str:
        return self._label(key)

    def benefit_description(self, key: Benefit) -> str:
        return typeset(self.content.benefit(key).description) if self.content else ""

    def examples(self, key: Benefit, role: RoleLens | None) -> tuple[str, ...]:
        if self.content is None or role is None:
            return ()
        return tuple(typeset(example) for example in self.content.benefit(key).examples_for(role))

    def benefit_order(self, role: RoleLens | None) -> tuple[Benefit, ...]:
        """The cards to show, the role's own first."""
        if self.content is None or role is None:
            return tuple(Benefit)
        return tuple(card.key for card in self.content.cards_for(role))

    def stage(self, key: Stage) -> str:
        return self._label(key)

    def explain(self, point: StartingPoint) -> str:
        """Where the person starts and a good next step, in plain words."""
        if self.content is not None:
            return self.content.explain(point.stage, point.reason)
        return _fallback_explanation(self.stage(point.stage), point.reason)


def _fallback_explanation(stage: str, reason: NextStep) -> str:
    del reason  # the content file carries the per-step advice
    return QCoreApplication.translate(
        "OnboardingWords",
        "You start as a {stage}. Every step up the ladder comes from small, regular actions, "
        "and OwnVoice will suggest the next one.",
    ).format(stage=stage)


def typeset(text: str) -> str:
    """An ellipsis stays with the word before it: "applåderar …)" never wraps to leave "…)"
    alone on a line (a no-break space instead of the space)."""
    return text.replace(" …", "\u00a0…")


def joined(lines: Iterable[str], bullet: str = "• ") -> str:
    """Lines as a plain-text bulleted list."""
    return "\n".join(bullet + line for line in lines)
