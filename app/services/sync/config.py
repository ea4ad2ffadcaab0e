"""The sync settings and the password: the address and user in the settings file, the password
only in the system keychain (or, for scripts, ``OWNVOICE_SYNC_PASSWORD``, read and never kept)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from app.domain import settings as decl
from app.domain.exchange.model import DEFAULT_SECTIONS, Section
from app.domain.sync.model import PASSWORD_ENV, PASSWORD_KEY, SyncConfig, SyncMode
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


def write_config(settings: SettingsService, config: SyncConfig) -> None:
    settings.set(decl.SYNC_MODE, config.mode.value)
    settings.set(decl.SYNC_URL, config.url.strip().rstrip("/"))
    settings.set(decl.SYNC_USER, config.user.strip())
    settings.set(decl.SYNC_CA_BUNDLE, config.ca_bundle.strip())


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
