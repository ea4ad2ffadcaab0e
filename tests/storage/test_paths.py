"""Where data lives: --data-dir, then OWNVOICE_HOME, then the platform's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage.paths import DataDirOrigin, resolve_paths, resources_dir, translations_dir


def test_option_wins_over_environment(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "opt")
    assert paths.data_dir == tmp_path / "opt"
    assert paths.origin is DataDirOrigin.OPTION


def test_environment_is_used_without_option(data_dir: Path) -> None:
    paths = resolve_paths(None)
    assert paths.data_dir == data_dir
    assert paths.origin is DataDirOrigin.ENVIRONMENT


def test_platform_default_without_either(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OWNVOICE_HOME")
    paths = resolve_paths(None)
    assert paths.origin is DataDirOrigin.DEFAULT
    assert "ownvoice" in str(paths.data_dir).lower()


def test_everything_lives_inside_the_data_folder(data_dir: Path) -> None:
    paths = resolve_paths(None)
    for path in (paths.db_path, paths.settings_path, paths.backups_dir, paths.logs_dir):
        assert path.parent == data_dir


def test_shipped_files_are_found_in_a_checkout() -> None:
    assert (translations_dir() / "ownvoice_fi.qm").is_file()
    assert resources_dir().is_dir()
