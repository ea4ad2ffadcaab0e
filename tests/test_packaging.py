"""The installers' files: the Linux desktop entry, MIME type and AppStream metadata pass their
validators, and every file names the same app id, file type, icon and version."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import __version__
from app.ui.shell.application import APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
MIME = LINUX / f"{APP_ID}.xml"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
INNO = ROOT / "packaging" / "windows" / "ownvoice.iss"
SPEC = ROOT / "packaging" / "ownvoice.spec"
MIME_TYPE = "application/x-ownvoice"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (bash packaging/dev.sh installs it)")
    return found


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_the_desktop_entry_is_valid() -> None:
    done = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout  # not even a hint


def test_the_metainfo_is_valid() -> None:
    done = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert problems == []


def test_the_mime_type_is_known_by_its_ending(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages)
    done = subprocess.run(
        [tool("update-mime-database"), str(tmp_path / "mime")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*.ownvoice" in globs


def test_double_clicking_a_file_hands_it_to_ownvoice() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "ownvoice %f"  # app/cli/commands.py: split_file
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Icon"] == APP_ID
    mime = ET.parse(MIME).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (declared,) = mime.findall("m:mime-type", ns)
    assert declared.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in declared.findall("m:glob", ns)] == ["*.ownvoice"]


def test_one_app_id_and_one_version_everywhere() -> None:
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.findtext("provides/mediatype") == MIME_TYPE
    newest = meta.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## \[?(\d+\.\d+\.\d+)", changelog, re.MULTILINE)
    assert first is not None and first.group(1) == __version__
    flatpak = FLATPAK.read_text(encoding="utf-8")
    assert f"id: {APP_ID}" in flatpak
    assert "--talk-name=org.freedesktop.secrets" in flatpak  # keyring's Secret Service
    assert f'APP_ID = "{APP_ID}"' in SPEC.read_text(encoding="utf-8")
    # Inno Setup is given the version by its build (/DAppVersion): no second number there.
    inno = INNO.read_text(encoding="utf-8")
    assert __version__ not in inno and "{#AppVersion}" in inno
    assert 'Subkey: "Software\\Classes\\.ownvoice' in inno
    assert '""{app}\\ownvoice.exe"" ""%1""' in inno


def test_icons_come_in_every_size_from_one_drawing() -> None:
    hicolor = ROOT / "resources" / "icons" / "hicolor"
    sizes = sorted(int(p.parent.parent.name.split("x")[0]) for p in hicolor.glob("*/apps/*.png"))
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    for size in sizes:
        png = (hicolor / f"{size}x{size}" / "apps" / "ownvoice.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == (size, size)
    icons = ROOT / "resources" / "icons"
    assert (icons / "ownvoice.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "ownvoice.icns").read_bytes()[:4] == b"icns"
