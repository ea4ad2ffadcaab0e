"""The assistant's settings as one record: on or off, where the server is, which model, the key.

The API key is only ever in the keychain (``SecretStore``), under ``API_KEY``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain import settings as decl
from app.domain.assistant.endpoints import base_url

if TYPE_CHECKING:
    from app.services.settings import SettingsService
    from app.services.system.secrets import SecretStore

API_KEY = "assistant/api_key"


@dataclass(frozen=True)
class AssistantConfig:
    enabled: bool
    url: str  # the base URL, e.g. http://127.0.0.1:11434/v1
    model: str
    api_key: str = ""

    @property
    def ready(self) -> bool:
        return self.enabled and bool(self.url) and bool(self.model)

    def __repr__(self) -> str:  # never the key, not even in a log or a traceback
        key = "set" if self.api_key else "none"
        return f"AssistantConfig({self.enabled}, {self.url!r}, {self.model!r}, key={key})"


def load_config(settings: SettingsService, secrets: SecretStore | None) -> AssistantConfig:
    """What the person set under Settings → Writing assistant; the key from the keychain (ask
    off the GUI thread: the keychain can take a moment)."""
    key = (secrets.get(API_KEY) or "") if secrets is not None else ""
    return AssistantConfig(
        enabled=bool(settings.get(decl.ASSISTANT_ENABLED)),
        url=base_url(settings.get_str(decl.ASSISTANT_PRESET), settings.get_str(decl.ASSISTANT_URL)),
        model=settings.get_str(decl.ASSISTANT_MODEL).strip(),
        api_key=key,
    )
