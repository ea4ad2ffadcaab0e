"""The sync settings and the secrets: the address and user in the settings file, the password
and a file drop link's token only in the system keychain (or, for scripts, the password in
``OWNVOICE_SYNC_PASSWORD``, read and never kept). ``read_config`` is cheap (no keychain) and
gives the drop link with ``TOKEN_MARK`` in its token's place; ``with_secrets`` (off the GUI
thread) puts the token back for the requests."""

from __future__ import annotations

import os
from collections.abc import Mapping

from app.domain import settings as decl
from app.domain.exchange.model import DEFAULT_SECTIONS, Section
from app.domain.sync.model import (
    DROP_TOKEN_KEY,
    PASSWORD_ENV,
    PASSWORD_KEY,
    SyncConfig,
    SyncMode,
    split_drop_token,
    with_drop_token,
)
from app.services.settings import SettingsService
from app.services.system.secrets import SecretStore

SECTIONS_STATE = "exchange/sections"  # what the person last chose to share (the share dialog)


def read_config(settings: SettingsService) -> SyncConfig | None:
    """The configured server, or None when coach sync is not set up."""
    url = settings.get_str(decl.SYNC_URL).strip()
    if not url:
        return None
    return SyncConfig(
        SyncMode(settings.get_str(decl.SYNC_MODE)),
        url.rstrip("/"),
        settings.get_str(decl.SYNC_USER).strip(),
        settings.get_str(decl.SYNC_CA_BUNDLE).strip(),
    )


def write_config(settings: SettingsService, config: SyncConfig) -> str | None:
    """Keep the config in the settings file, a drop link's token taken out: that token is
    returned, for the caller to keep with ``keep_drop_token`` (off the GUI thread)."""
    config = SyncConfig(config.mode, config.url.strip().rstrip("/"), config.user.strip(),
                        config.ca_bundle.strip())  # fmt: skip
    kept, token = split_drop_token(config)
    settings.set(decl.SYNC_MODE, kept.mode.value)
    settings.set(decl.SYNC_URL, kept.url)
    settings.set(decl.SYNC_USER, kept.user)
    settings.set(decl.SYNC_CA_BUNDLE, kept.ca_bundle)
    return token


def keep_drop_token(secrets: SecretStore, token: str | None) -> bool:
    """Put a drop link's token in the keychain; False when only this session keeps it."""
    return secrets.set(DROP_TOKEN_KEY, token) if token else True


def token_to_keychain(config: SyncConfig, secrets: SecretStore) -> SyncConfig | None:
    """A drop link set up before tokens went to the keychain: its token put there (off the GUI
    thread). Returns the config to keep in the settings file instead (``write_config``), or None
    when nothing moved (no token in it, or no keychain on this computer: then it stays)."""
    kept, token = split_drop_token(config)
    if token is None or not secrets.set(DROP_TOKEN_KEY, token):
        return None
    return kept


def with_secrets(config: SyncConfig, secrets: SecretStore) -> SyncConfig:
    """The config for requests: a drop link with its token from the keychain. A link set up
    before tokens went to the keychain still holds its own."""
    if config.mode is not SyncMode.DROP:
        return config
    return with_drop_token(config, secrets.get(DROP_TOKEN_KEY))


def read_password(secrets: SecretStore, environ: Mapping[str, str] | None = None) -> str | None:
    """The environment's password first (scripts), else the keychain's (or this session's)."""
    env = os.environ if environ is None else environ
    from_env = env.get(PASSWORD_ENV)
    if from_env:
        return from_env
    return secrets.get(PASSWORD_KEY)


def needs_password(config: SyncConfig) -> bool:
    """A shared folder always has one; a file drop only when the share has one."""
    return config.mode is SyncMode.FOLDER


def shared_sections(settings: SettingsService) -> frozenset[Section]:
    """What the person last chose to share (the weekly file and sync share the same)."""
    stored = settings.get_state(SECTIONS_STATE)
    if stored is None:
        return DEFAULT_SECTIONS
    names = stored.decode("ascii", "replace").split(",")
    return frozenset(Section(n) for n in names if n in {s.value for s in Section})
