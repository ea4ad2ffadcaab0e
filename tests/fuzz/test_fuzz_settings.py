"""Fuzzing the settings file: whatever ``settings.json`` holds (hand-edited, cut short, another
program's), OwnVoice starts with it: every setting reads as its declared type (a bad value as
its default), the remembered window states read or are ignored, and nothing raises."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from app.domain import settings as decl
from app.services.assistant.config import load_config
from app.services.settings import SettingsService
from app.services.sync.config import read_config, shared_sections
from app.storage.settings_store import SettingsFile
from app.ui.exchange.weekly import read_plan
from app.ui.exchange.weekly import shared_sections as weekly_sections
from tests.fuzz.json_mutate import VALUES, json_mutated
from tests.fuzz.mutate import budget, mutated

# A settings file as OwnVoice writes it after a while: every setting, and remembered states.
REALISTIC = {
    **{key: spec.default for key, spec in decl.SETTINGS.items()},
    decl.SYNC_URL: "https://cloud.example.com/remote.php/dav/files/aino/coaching",
    decl.SYNC_USER: "aino",
    "state/geometry": "AdnQywADAAAAAAAA",
    "state/welcome_done": True,
    "state/exchange/weekly": "eyJmb2xkZXIiOiAiL3RtcCIsICJ3ZWVrZGF5IjogNCwgImxhc3QiOiBudWxsfQ==",
    "state/exchange/sections": "c3RhZ2VzLGdvYWxzLGhhYml0cw==",
}
WEEKLY = {"folder": "/home/aino/Coaching", "weekday": 4, "last": "2026-05-08"}
STATES = ("exchange/weekly", "exchange/sections", "geometry", "cohort/folder", "coach/name")


@st.composite
def settings_files(draw: st.DrawFn) -> bytes:
    how = draw(st.integers(0, 4))
    if how == 0:
        return draw(mutated(json.dumps(REALISTIC, indent=2).encode(), 12))
    if how == 1:
        changed = draw(json_mutated(REALISTIC, 6))
        return json.dumps(changed).encode("utf-8", "surrogatepass")
    if how in (2, 4):  # a state holding other JSON, base64-encoded, as a state is stored
        import base64

        value = draw(VALUES) if how == 2 else draw(json_mutated(WEEKLY, 2))
        inner = json.dumps(value).encode("utf-8", "surrogatepass")
        state = draw(st.sampled_from(STATES)) if how == 2 else "exchange/weekly"
        doc = dict(REALISTIC)
        doc[f"state/{state}"] = base64.b64encode(inner).decode()
        return json.dumps(doc).encode()
    return draw(st.binary(max_size=300))


@budget(300)
@example(b'{"general/language": [], "general/theme": {"dark": true}}')  # raised TypeError
@example(b'{"writing/employer": "\\ud800"}')  # every later save raised UnicodeEncodeError
@example(b'{"state/exchange/weekly": "eyJmb2xkZXIiOiAiL3giLCAid2Vla2RheSI6IEluZmluaXR5fQ=="}')
@given(settings_files())
def test_any_settings_file_is_read_and_every_setting_has_its_type(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "settings.json"
        path.write_bytes(data)
        settings = SettingsService(SettingsFile(path))
        for key, spec in decl.SETTINGS.items():
            assert spec.validate(settings.get(key)) == settings.get(key)
        for state in STATES:
            settings.get_state(state)
        read_config(settings)
        shared_sections(settings)
        weekly_sections(settings)
        read_plan(settings)
        load_config(settings, None)
        settings.set(decl.SYNC_USER, "aino")  # and it can be written again
