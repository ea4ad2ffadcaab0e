"""Starting OwnVoice at login, the platform's own way (off by default; a setting turns it on).

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/ownvoice.desktop`` (XDG Autostart).
- Windows: a value ``OwnVoice`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
- macOS: ``~/Library/LaunchAgents/fi.ownvoice.app.plist``, a LaunchAgent with ``RunAtLoad``.

The file and registry contents are built by pure functions (tested on every platform); only
``set_enabled`` touches the system, and only the current platform's way.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

APP_ID: Final = "ownvoice"
LAUNCH_AGENT_LABEL: Final = "fi.ownvoice.app"
RUN_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE: Final = "OwnVoice"


# At login OwnVoice starts in the system tray (reminders run; the window opens from the tray),
# not as a window popping up in front of everything else the person opens in the morning.
IN_TRAY: Final = "--in-tray"


def launch_command() -> list[str]:
    """How to start this OwnVoice at login, asked to start in the tray: a bundle's own
    executable (PyInstaller), else the installed ``ownvoice`` launcher, else this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, IN_TRAY]
    installed = shutil.which(APP_ID)
    if installed:
        return [installed, IN_TRAY]
    return [sys.executable, "-m", "app", IN_TRAY]


# -- Linux (XDG) --------------------------------------------------------------------------------


def xdg_autostart_file(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME", "").strip()
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / f"{APP_ID}.desktop"


def _desktop_quote(arg: str) -> str:
    """Quote one argument of an Exec line (Desktop Entry Specification, "The Exec key")."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
    return f'"{escaped}"'


def desktop_entry(command: Sequence[str], comment: str = "") -> str:
    """The ``.desktop`` file that starts ``command`` at login."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=OwnVoice",
            f"Comment={comment or 'Habit reminders from OwnVoice'}",
            f"Exec={' '.join(_desktop_quote(arg) for arg in command)}",
            "Icon=ownvoice",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


# -- Windows ------------------------------------------------------------------------------------


def windows_run_value(command: Sequence[str]) -> tuple[str, str, str]:
    """(key under HKEY_CURRENT_USER, value name, value data) for the Run key."""
    return RUN_KEY, RUN_VALUE, subprocess.list2cmdline(list(command))


# -- macOS --------------------------------------------------------------------------------------


def launch_agent_file(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def launch_agent_plist(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


# -- the current platform ---------------------------------------------------------------------


def is_enabled(platform: str = sys.platform) -> bool:
    if platform == "win32":
        return _windows_value() is not None
    if platform == "darwin":
        return launch_agent_file().exists()
    return xdg_autostart_file().exists()


def set_enabled(
    enabled: bool, command: Sequence[str] | None = None, platform: str = sys.platform
) -> None:
    """Turn starting at login on or off; raises ``OSError`` when the system refuses."""
    command = list(command or launch_command())
    if platform == "win32":
        _set_windows(enabled, command)
        return
    path = launch_agent_file() if platform == "darwin" else xdg_autostart_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if platform == "darwin":
        path.write_bytes(launch_agent_plist(command))
    else:
        path.write_text(desktop_entry(command), encoding="utf-8")


def _windows_value() -> str | None:  # pragma: no cover - Windows only
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                return str(winreg.QueryValueEx(key, RUN_VALUE)[0])
        except FileNotFoundError:
            return None
    return None


def _set_windows(enabled: bool, command: list[str]) -> None:  # pragma: no cover - Windows only
    if sys.platform == "win32":
        import winreg

        key_path, name, data = windows_run_value(command)
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key_path) as key:
            if enabled:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, data)
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, name)
        return
    raise OSError("the Run key exists only on Windows")


__all__ = [
    "IN_TRAY",
    "desktop_entry",
    "is_enabled",
    "launch_agent_file",
    "launch_agent_plist",
    "launch_command",
    "set_enabled",
    "windows_run_value",
    "xdg_autostart_file",
]
