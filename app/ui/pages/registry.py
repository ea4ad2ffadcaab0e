"""Every page of the main window, registered in one place.

A feature adds its page with one ``PageSpec`` in ``PAGES``; the window builds the sidebar, the
keyboard shortcuts (Ctrl+1…9, in order) and the ``--screenshot --page`` names from this list.
Page modules are imported only when the page is first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.ui.context import AppContext
    from app.ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    id: str
    title: str  # marked with QT_TRANSLATE_NOOP("Pages", ...)
    factory: Callable[[AppContext, str], Page]  # (context, title) -> the page
    # Where the page's own signals lead: (signal name, page id). Pages never call each other.
    links: tuple[tuple[str, str], ...] = ()

    def create(self, ctx: AppContext) -> Page:
        return self.factory(ctx, self.title)


def _settings(ctx: AppContext, title: str) -> Page:
    from app.ui.pages.settings import SettingsPage

    return SettingsPage(ctx, title)


def _today(ctx: AppContext, title: str) -> Page:
    from app.ui.pages.today import TodayPage

    return TodayPage(ctx, title)


def _habits(ctx: AppContext, title: str) -> Page:
    from app.ui.pages.habits import HabitsPage

    return HabitsPage(ctx, title)


def _voice(ctx: AppContext, title: str) -> Page:
    from app.ui.pages.voice import VoicePage

    return VoicePage(ctx, title)


def _drafts(ctx: AppContext, title: str) -> Page:
    from app.ui.pages.drafts import DraftsPage

    return DraftsPage(ctx, title)


def _journey(ctx: AppContext, title: str) -> Page:
    from app.ui.pages.journey import JourneyPage

    return JourneyPage(ctx, title)


def _progress(ctx: AppContext, title: str) -> Page:
    from app.ui.pages.progress import ProgressPage

    return ProgressPage(ctx, title)


def _onboarding(ctx: AppContext, title: str) -> Page:
    from app.ui.pages.onboarding import OnboardingPage

    return OnboardingPage(ctx, title)


def _cohort(ctx: AppContext, title: str) -> Page:
    from app.ui.pages.cohort import CohortPage

    return CohortPage(ctx, title)


def _welcome(ctx: AppContext, title: str) -> Page:
    from app.ui.pages.welcome import WelcomePage

    return WelcomePage(ctx, title)


# The sidebar, top to bottom. Settings stays last.
PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "today",
        QT_TRANSLATE_NOOP("Pages", "Today"),
        _today,
        links=(
            ("onboardingRequested", "onboarding"),
            ("retakeRequested", "onboarding"),
            ("importRequested", "voice"),
            ("draftsRequested", "drafts"),
        ),
    ),
    PageSpec("habits", QT_TRANSLATE_NOOP("Pages", "Habits"), _habits),
    PageSpec("drafts", QT_TRANSLATE_NOOP("Pages", "Drafts"), _drafts),
    PageSpec("voice", QT_TRANSLATE_NOOP("Pages", "Your voice"), _voice),
    PageSpec("journey", QT_TRANSLATE_NOOP("Pages", "Journey"), _journey),
    PageSpec("progress", QT_TRANSLATE_NOOP("Pages", "Progress"), _progress),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), _settings),
)

# Coach mode's sidebar: the cohort, and Settings.
COHORT = PageSpec("cohort", QT_TRANSLATE_NOOP("Pages", "Cohort"), _cohort)
COACH_PAGES: tuple[PageSpec, ...] = (COHORT, PAGES[-1])


def pages_for(coach: bool) -> tuple[PageSpec, ...]:
    """The sidebar of the person's own journey, or of coach mode."""
    return COACH_PAGES if coach else PAGES


# Shown instead of the sidebar and pages until the person has started.
WELCOME = PageSpec(
    "welcome",
    QT_TRANSLATE_NOOP("Pages", "Welcome to OwnVoice"),
    _welcome,
    links=(("started", "onboarding"), ("coachChosen", "cohort")),
)
# The four steps of getting started; reached from the welcome, from Today, never the sidebar.
ONBOARDING = PageSpec(
    "onboarding",
    QT_TRANSLATE_NOOP("Pages", "Getting started"),
    _onboarding,
    links=(("finished", "today"),),
)


def page_ids() -> list[str]:
    return [WELCOME.id, ONBOARDING.id, *(spec.id for spec in PAGES), COHORT.id]


def find(page_id: str) -> PageSpec:
    for spec in (WELCOME, ONBOARDING, *PAGES, COHORT):
        if spec.id == page_id:
            return spec
    raise KeyError(page_id)
