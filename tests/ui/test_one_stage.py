"""One stage, computed in one place, on every page (issue 13, item 6): Today, Journey's ladder,
its moves list and progress tab, the recognition feed and ``ownvoice journey status`` agree,
on a two-year demo person."""

from __future__ import annotations

from app.cli.journey import as_json
from app.domain.journey.ladder import Stage
from app.domain.journey.milestones import MilestoneKind
from app.services.journey import JourneyReader
from app.ui.kit.labels import label
from app.ui.pages.journey import JourneyPage
from app.ui.pages.today import TodayPage
from tests.fixed_clock import TEST_DAY
from tests.ui.pages_harness import OpenPage, demo_template, open_page

__all__ = ["demo_template", "open_page"]  # fixtures


def test_every_page_and_the_command_line_name_the_same_stage(open_page: OpenPage) -> None:
    window = open_page("today", "en", (1600, 1000))
    today = window.current_page()
    assert isinstance(today, TodayPage) and today.data is not None
    status = today.data.status
    stage, highest = status.now.stage, status.now.highest
    assert f"Your stage now: <b>{label(stage)}</b>" in today.stage_line.text()
    window.show_page("journey")
    journey = window.current_page()
    assert isinstance(journey, JourneyPage) and journey.snapshot is not None
    assert journey.now.text() == f"Your stage now: {label(stage)}"
    assert (journey.ladder.current, journey.ladder.highest) == (stage, highest)
    assert all(journey.ladder.reached(s) for s in Stage if s <= highest)  # none greyed out
    assert journey.history.chart.weeks[-1].stage is stage
    assert journey.moves.changes[-1].to_stage is stage
    assert journey.comparison.stage_now is stage
    reached = [
        Stage[m.detail.upper()] for m in status.recognition if m.kind is MilestoneKind.STAGE_UP
    ]
    assert max(reached) is highest  # the feed never names a stage above the one shown
    ctx = today.ctx
    assert ctx.reader is not None
    report = as_json(JourneyReader(ctx.reader).status(TEST_DAY))
    assert (report["stage_now"], report["stage_highest"]) == (stage.key, highest.key)
    # The forgiving ladder: two years of a steady demo person, and never a step down.
    assert all(c.is_up for c in status.changes)
