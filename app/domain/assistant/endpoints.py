"""Where the assistant's language model is served: the presets' addresses and a custom URL.

The presets themselves (their keys and labels) are declared with the settings
(``ASSISTANT_PRESET`` in app/domain/settings.py).
"""

from __future__ import annotations

from typing import Final

CUSTOM: Final = "custom"

PRESET_URLS: dict[str, str] = {
    "ollama": "http://127.0.0.1:11434/v1",
    "llamacpp": "http://127.0.0.1:8080/v1",
    "lmstudio": "http://127.0.0.1:1234/v1",
}


def base_url(preset_key: str, custom_url: str) -> str:
    """The API's base URL (ending in ``/v1`` for the OpenAI-compatible servers), no trailing
    slash; a custom URL without a scheme is taken as http."""
    url = custom_url.strip() if preset_key == CUSTOM else PRESET_URLS.get(preset_key, "")
    if url and "://" not in url:
        url = "http://" + url
    return url.rstrip("/")


def is_local(url: str) -> bool:
    """True when the server runs on this computer (nothing leaves it)."""
    host = url.split("://", 1)[-1].split("/", 1)[0]
    host = host[1:].split("]", 1)[0] if host.startswith("[") else host.rsplit(":", 1)[0]
    return host.lower() in {"127.0.0.1", "localhost", "::1"}
