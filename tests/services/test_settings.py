"""Settings: validated, remembered, announced, and never lost to a damaged file."""

from __future__ import annotations

import json

import pytest

from app.domain import settings as decl
from app.services.settings import SettingsService
from app.storage.paths import AppPaths
from app.storage.settings_store import SettingsFile


def test_defaults_until_changed_then_remembered_across_restarts(paths: AppPaths) -> None:
    first = SettingsService(SettingsFile(paths.settings_path))
    assert first.get(decl.LANGUAGE) == "system"
    first.set(decl.LANGUAGE, "fi")
    again = SettingsService(SettingsFile(paths.settings_path))
    assert again.get(decl.LANGUAGE) == "fi"


def test_an_invalid_value_is_refused_with_the_reason(settings: SettingsService) -> None:
    with pytest.raises(ValueError, match="not one of the choices"):
        settings.set(decl.LANGUAGE, "klingon")
    assert settings.get(decl.LANGUAGE) == "system"


def test_listeners_hear_changes_once(settings: SettingsService) -> None:
    heard: list[tuple[str, object]] = []
    settings.subscribe(lambda key, value: heard.append((key, value)))
    settings.set(decl.THEME, "dark")
    settings.set(decl.THEME, "dark")
    assert heard == [(decl.THEME, "dark")]


def test_a_damaged_settings_file_falls_back_to_defaults(paths: AppPaths) -> None:
    paths.settings_path.write_text("{ not json", encoding="utf-8")
    service = SettingsService(SettingsFile(paths.settings_path))
    assert service.get(decl.THEME) == "system"


def test_a_hand_edited_wrong_value_is_ignored(paths: AppPaths) -> None:
    paths.settings_path.write_text(json.dumps({decl.THEME: "purple"}), encoding="utf-8")
    assert SettingsService(SettingsFile(paths.settings_path)).get(decl.THEME) == "system"


def test_window_state_round_trips_as_bytes(settings: SettingsService, paths: AppPaths) -> None:
    settings.set_state("window/geometry", b"\x00\x01binary")
    reread = SettingsService(SettingsFile(paths.settings_path))
    assert reread.get_state("window/geometry") == b"\x00\x01binary"
    assert reread.get_state("missing") is None


def test_saving_leaves_no_temporary_files(settings: SettingsService, paths: AppPaths) -> None:
    for theme in ("dark", "light", "system"):
        settings.set(decl.THEME, theme)
    assert [p.name for p in paths.data_dir.iterdir()] == ["settings.json"]


def test_declaring_a_setting_twice_or_in_an_unknown_section_fails() -> None:
    spec = decl.SETTINGS[decl.THEME]
    with pytest.raises(ValueError, match="twice"):
        decl.register(spec)
    with pytest.raises(ValueError, match="unknown section"):
        decl.register(decl.SettingSpec("x/y", True, decl.SettingKind.BOOL, "Y", section="nowhere"))
