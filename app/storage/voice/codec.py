"""The stored form of a voice profile: its frozen dataclasses as JSON, and back."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

from app.domain.voice import VoiceProfile

FORMAT = 2  # bump when VoiceProfile changes shape; older stored profiles are then rebuilt
# 2: topics by Snowball stem, only those the language's texts mention; marks and sentences added


def encode_profile(profile: VoiceProfile) -> str:
    return json.dumps(
        {"format": FORMAT, "profile": dataclasses.asdict(profile)},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode_profile(data: str) -> VoiceProfile | None:
    """The profile, or None when it was stored in another format (rebuild it then)."""
    try:
        parsed = json.loads(data)
        if parsed.get("format") != FORMAT:
            return None
        value = _decode(VoiceProfile, parsed["profile"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    assert isinstance(value, VoiceProfile)
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _decode(kind: Any, value: Any) -> Any:
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        if not isinstance(value, dict):
            raise TypeError(kind)
        hints = _hints(kind)
        fields = {f.name: _decode(hints[f.name], value[f.name]) for f in dataclasses.fields(kind)}
        return kind(**fields)
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        return _decode(next(a for a in args if a is not type(None)), value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        return tuple(_decode(a, v) for a, v in zip(args, value, strict=True))
    if origin is typing.Literal:
        if value not in args:
            raise ValueError(value)
        return value
    if kind is float:
        return float(value)
    if kind in (int, str, bool):
        if not isinstance(value, kind):
            raise TypeError(kind)
        return value
    return value
