"""Every stable key the UI can show has a label."""

from __future__ import annotations

from enum import Enum

import pytest

from app.domain.activity import ActivityKind, Channel
from app.domain.journey.goals import GoalIssue, GoalStatus, ReviewCadence
from app.domain.journey.journal import EntryKind
from app.domain.journey.ladder import Frequency, Stage
from app.domain.journey.milestones import MilestoneKind
from app.domain.journey.profile import Action, Barrier, Benefit, ProfileIssue, RoleLens
from app.ui.kit.labels import label

ENUMS: list[type[Enum]] = [
    Stage, ActivityKind, Channel, GoalStatus, GoalIssue, ReviewCadence, MilestoneKind,
    EntryKind, Frequency, Action, RoleLens, Benefit, Barrier, ProfileIssue,
]  # fmt: skip


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_value_has_a_label(enum: type[Enum], qapp: object) -> None:
    for value in enum:
        assert label(value).strip()


def test_equal_values_of_different_enums_keep_their_own_labels(qapp: object) -> None:
    assert label(ActivityKind.COMMENT) != label(Action.COMMENT)
    assert label(RoleLens.RECRUITING) != label(Benefit.RECRUITING)
    assert label(ReviewCadence.WEEKLY) != label(Frequency.WEEKLY)
