"""Start at login: the XDG autostart file for real (in a temp config folder), and the content
of the Windows Run value and the macOS LaunchAgent, which only their platforms write."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest

from app.services.habits import autostart

COMMAND = ["/opt/Own Voice/bin/python3", "-m", "app"]


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def parse_desktop(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG autostart is for Linux")
def test_linux_autostart_file_is_written_and_removed(config_home: Path) -> None:
    path = config_home / "autostart" / "ownvoice.desktop"
    assert autostart.xdg_autostart_file() == path
    assert not autostart.is_enabled()
    autostart.set_enabled(True, COMMAND)
    assert autostart.is_enabled()
    entry = parse_desktop(path.read_text(encoding="utf-8"))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "OwnVoice"
    assert entry["Exec"] == '"/opt/Own Voice/bin/python3" -m app'
    assert entry["Terminal"] == "false"
    autostart.set_enabled(True, COMMAND)  # again: still one file, same content
    assert [p.name for p in path.parent.iterdir()] == ["ownvoice.desktop"]
    autostart.set_enabled(False)
    assert not path.exists() and not autostart.is_enabled()
    autostart.set_enabled(False)  # turning off twice is fine


def test_xdg_config_home_falls_back_to_dot_config() -> None:
    home = Path.home()
    assert autostart.xdg_autostart_file({}) == home / ".config" / "autostart" / "ownvoice.desktop"
    relative = {"XDG_CONFIG_HOME": "relative/path"}  # the spec says: ignore a relative path
    assert autostart.xdg_autostart_file(relative).parent.parent == home / ".config"


def test_desktop_exec_quoting_follows_the_specification() -> None:
    entry = autostart.desktop_entry(["/usr/bin/ownvoice", "--data-dir", '/home/a "b"/100%'])
    exec_line = parse_desktop(entry)["Exec"]
    assert exec_line == '/usr/bin/ownvoice --data-dir "/home/a \\"b\\"/100%%"'


def test_windows_run_value_content() -> None:
    key, name, value = autostart.windows_run_value([r"C:\Program Files\OwnVoice\ownvoice.exe"])
    assert key == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert name == "OwnVoice"
    assert value == r'"C:\Program Files\OwnVoice\ownvoice.exe"'


def test_macos_launch_agent_content(tmp_path: Path) -> None:
    data = plistlib.loads(autostart.launch_agent_plist(COMMAND))
    assert data == {
        "Label": "fi.ownvoice.app",
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    path = autostart.launch_agent_file(tmp_path)
    assert path == tmp_path / "Library" / "LaunchAgents" / "fi.ownvoice.app.plist"


@pytest.mark.skipif(sys.platform == "win32", reason="writes the macOS file in a temp home")
def test_macos_way_writes_the_launch_agent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "home", staticmethod(lambda: tmp_path))
    autostart.set_enabled(True, COMMAND, platform="darwin")
    path = tmp_path / "Library" / "LaunchAgents" / "fi.ownvoice.app.plist"
    assert plistlib.loads(path.read_bytes())["ProgramArguments"] == COMMAND
    assert autostart.is_enabled("darwin")
    autostart.set_enabled(False, platform="darwin")
    assert not path.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows this writes the registry")
def test_the_windows_way_is_refused_elsewhere() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        autostart.set_enabled(True, COMMAND, platform="win32")
    assert not autostart.is_enabled("win32")


def test_launch_command_prefers_the_installed_launcher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(autostart.shutil, "which", lambda name: f"/usr/local/bin/{name}")
    assert autostart.launch_command() == ["/usr/local/bin/ownvoice", "--in-tray"]
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    assert autostart.launch_command() == [sys.executable, "-m", "app", "--in-tray"]


def test_a_bundle_starts_its_own_executable_at_login(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PyInstaller bundle has no ``python -m app``: it starts itself, whatever is on PATH."""
    monkeypatch.setattr(autostart.sys, "frozen", True, raising=False)
    monkeypatch.setattr(autostart.sys, "executable", "/opt/OwnVoice/ownvoice")
    monkeypatch.setattr(autostart.shutil, "which", lambda name: f"/usr/local/bin/{name}")
    assert autostart.launch_command() == ["/opt/OwnVoice/ownvoice", "--in-tray"]
