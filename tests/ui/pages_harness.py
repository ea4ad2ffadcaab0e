"""Every page of the real window, on a demo person, in a chosen language and size."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from pytestqt.qtbot import QtBot

from app.cli.commands import PAGE_NAMES
from app.main import main
from app.services.clock import FixedClock
from app.services.settings import SettingsService
from app.services.system.secrets import SecretStore
from app.storage.paths import AppPaths
from app.ui.kit.i18n import Translations
from app.ui.pages.base import Page
from app.ui.pages.cohort import FOLDER_STATE as COHORT_FOLDER
from app.ui.pages.cohort import CohortPage
from app.ui.shell.application import build_context
from app.ui.shell.main_window import MainWindow
from app.ui.tasks import SyncTaskRunner
from tests.fixed_clock import TEST_DAY

LANGUAGES = ("en", "fi", "sv")
SIZES = ((1024, 600), (1600, 1000))
PAGES = tuple(p for p in PAGE_NAMES)

OpenPage = Callable[[str, str, tuple[int, int]], MainWindow]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two years of a demo person, made once per module and copied for each test."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    args = ["--data-dir", str(folder), "demo", "--years", "2", "--today", str(TEST_DAY)]
    assert main(args) == 0
    # Coach mode shows a cohort: a dozen demo people's progress files beside the data folder.
    cohort = ["demo", "cohort", "--people", "12", "--out", str(folder.parent / "cohort")]
    assert main(["--data-dir", str(folder), *cohort, "--today", str(TEST_DAY)]) == 0
    return folder


@pytest.fixture
def open_page(
    qtbot: QtBot,
    paths: AppPaths,
    settings: SettingsService,
    secrets: SecretStore,
    translations: Translations,
    demo_template: Path,
) -> Iterator[OpenPage]:
    shutil.copytree(demo_template, paths.data_dir, dirs_exist_ok=True)
    cohort_folder = str(demo_template.parent / "cohort").encode("utf-8")
    settings.set_state(COHORT_FOLDER, cohort_folder)
    ctx = build_context(
        paths,
        settings,
        tasks=SyncTaskRunner(),
        secrets=secrets,
        translations=translations,
        clock=FixedClock(TEST_DAY),
    )
    ctx.open_database()
    windows: list[MainWindow] = []

    def open_one(page: str, language: str, size: tuple[int, int]) -> MainWindow:
        translations.apply(language)
        window = MainWindow(ctx, start_page=page, remember_geometry=False)
        qtbot.addWidget(window)
        window.resize(QSize(*size))
        window.show()
        qtbot.waitExposed(window)
        for _ in range(3):
            QCoreApplication.processEvents()
        current = window.current_page()
        assert isinstance(current, Page) and current.content_ready
        if isinstance(current, CohortPage):
            qtbot.waitUntil(lambda: current.loaded is not None)
            for _ in range(3):
                QCoreApplication.processEvents()
        windows.append(window)
        return window

    yield open_one
    for window in windows:
        window.close()
    ctx.close()
