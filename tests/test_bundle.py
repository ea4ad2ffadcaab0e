"""The Linux bundle, built with PyInstaller and run as a person would run it.

Slow (a minute or more of building): run it on its own with
``pytest --run-bundle tests/test_bundle.py`` (README: Packaging). Not in the default run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.bundle, pytest.mark.skipif(sys.platform != "linux", reason="Linux")]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "OWNVOICE_DIST": str(out / "dist"),
        "OWNVOICE_BUILD": str(out / "build"),
    }
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_linux.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    # What the build script says of itself: the figures for the report.
    print("\n" + done.stdout)
    executable = out / "dist" / "ownvoice" / "ownvoice"
    assert executable.is_file()
    return executable


def run(executable: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("OWNVOICE_HOME", None)
    return subprocess.run(
        [str(executable), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_bundle_says_its_version(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, "--version", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"OwnVoice {__version__}"


def test_the_bundle_opens_its_window_in_finnish(bundle: Path, tmp_path: Path) -> None:
    shot = tmp_path / "today.png"
    data = tmp_path / "data"
    done = run(
        bundle,
        "--data-dir", str(data), "--screenshot", str(shot), "--page", "today", "--lang", "fi",
        "--size", "1100x720",
        tmp_path=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1100, 720)
    assert (data / "ownvoice.db").is_file()  # the migrations ran from inside the bundle


def test_the_bundle_reads_and_checks_exchange_files(bundle: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    made = run(
        bundle, "--data-dir", str(tmp_path / "d"), "demo", "cohort", "--people", "3",
        "--out", str(folder), "--today", "2026-05-13",
        tmp_path=tmp_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    report = run(bundle, "coach", "report", str(folder), "--json", tmp_path=tmp_path)
    assert report.returncode == 0, report.stderr
    assert report.stdout.count('"name"') >= 3  # the schemas travelled with the bundle
    doctor = run(bundle, "--data-dir", str(tmp_path / "d"), "doctor", tmp_path=tmp_path)
    qt_line = next(line for line in doctor.stdout.splitlines() if line.split()[1:2] == ["qt"])
    assert qt_line.startswith("ok"), qt_line  # the doctor's Qt probe works in a bundle too
