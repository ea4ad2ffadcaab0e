"""What tells a person which OwnVoice this is: one version in About and ``--version``, and one
icon on the window and in the tray."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from app import __version__
from app.main import main
from app.ui.context import AppContext
from app.ui.kit.icon import app_icon
from app.ui.shell.main_window import MainWindow


def test_about_and_version_name_the_same_version(
    qtbot: QtBot, ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    printed = capsys.readouterr().out.strip()
    window = MainWindow(ctx, start_page="settings")
    qtbot.addWidget(window)
    shown = re.search(r"<h3>OwnVoice ([^<]+)</h3>", window.about_text())
    assert shown is not None
    assert printed == f"OwnVoice {shown.group(1)}" == f"OwnVoice {__version__}"


def test_the_app_icon_has_every_size_from_small_to_large(qapp: object) -> None:
    icon = app_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256), (512, 512)} <= sizes
    assert not icon.pixmap(24, 24).isNull()
