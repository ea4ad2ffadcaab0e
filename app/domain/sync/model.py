"""What coach sync knows without any network: modes, the outbox's states and backoff, the names
files get on the server, which addresses are allowed, and the problems said in plain words."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Final
from urllib.parse import urlsplit

from app.domain.i18n import QT_TRANSLATE_NOOP

PASSWORD_KEY: Final = "sync/password"  # its name in the system keychain
PASSWORD_ENV: Final = "OWNVOICE_SYNC_PASSWORD"  # read, never stored
# A file drop link's token is a key to the coach's drop: whoever has it can put files there.
# It is kept in the keychain beside the password; the settings file holds this in its place.
DROP_TOKEN_KEY: Final = "sync/drop_token"
TOKEN_MARK: Final = "token-in-keychain"
_DROP_PATHS: Final = ("/public.php/dav/files/", "/s/")
FEEDBACK_FOLDER: Final = "feedback"


class SyncMode(Enum):
    FOLDER = "folder"  # a shared folder: upload, compare, fetch feedback
    DROP = "drop"  # a Nextcloud/ownCloud file drop: upload only


class OutboxState(Enum):
    WAITING = "waiting"
    DONE = "done"
    CONFLICT = "conflict"  # the server holds a different file under the same keyed name


class Problem(Enum):
    NO_URL = "no_url"
    BAD_URL = "bad_url"
    INSECURE = "insecure"
    NO_PASSWORD = "no_password"
    WRONG_PASSWORD = "wrong_password"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    NOT_WEBDAV = "not_webdav"
    CERTIFICATE = "certificate"
    CA_BUNDLE = "ca_bundle"
    OFFLINE = "offline"
    TIMEOUT = "timeout"
    SERVER_ERROR = "server_error"
    SERVER_FULL = "server_full"
    CONFLICT = "conflict"


# One plain line each (context "Sync"); the window translates them, the command line prints them.
PROBLEM_TEXT: Final[dict[Problem, str]] = {
    Problem.NO_URL: QT_TRANSLATE_NOOP("Sync", "Coach sync is not set up."),
    Problem.BAD_URL: QT_TRANSLATE_NOOP(
        "Sync", "The address is not a web address such as https://cloud.example.com/…"
    ),
    Problem.INSECURE: QT_TRANSLATE_NOOP(
        "Sync", "The address must start with https:// so that nobody can read along."
    ),
    Problem.NO_PASSWORD: QT_TRANSLATE_NOOP("Sync", "The password is needed for coach sync."),
    Problem.WRONG_PASSWORD: QT_TRANSLATE_NOOP(
        "Sync", "The server did not accept the user name or password."
    ),
    Problem.FORBIDDEN: QT_TRANSLATE_NOOP(
        "Sync", "The server does not allow this account to write to the folder."
    ),
    Problem.NOT_FOUND: QT_TRANSLATE_NOOP("Sync", "The folder was not found on the server."),
    Problem.NOT_WEBDAV: QT_TRANSLATE_NOOP(
        "Sync", "The address answers, but it is not a WebDAV folder."
    ),
    Problem.CERTIFICATE: QT_TRANSLATE_NOOP(
        "Sync",
        "The server's certificate could not be trusted. Ask your IT for the company "
        "certificate file and choose it below.",
    ),
    Problem.CA_BUNDLE: QT_TRANSLATE_NOOP("Sync", "The certificate file cannot be read."),
    Problem.OFFLINE: QT_TRANSLATE_NOOP(
        "Sync", "The server cannot be reached now; files wait and go later."
    ),
    Problem.TIMEOUT: QT_TRANSLATE_NOOP(
        "Sync", "The server is answering too slowly; files wait and go later."
    ),
    Problem.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "Sync", "The server had a problem; files wait and go later."
    ),
    Problem.SERVER_FULL: QT_TRANSLATE_NOOP(
        "Sync", "The server has no room left; files wait until there is some."
    ),
    Problem.CONFLICT: QT_TRANSLATE_NOOP(
        "Sync", "A different file with the same name is already on the server; it was kept."
    ),
}

# Problems that are the normal state of a laptop on the move: said quietly, never as an error.
QUIET: Final = frozenset({Problem.OFFLINE, Problem.TIMEOUT})

# Long backoff of the outbox itself (short retries happen inside one request).
BACKOFF: Final = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=3),
    timedelta(hours=6),
)
_LOOPBACK_NAMES: Final = frozenset({"localhost", "localhost.localdomain"})


@dataclass(frozen=True)
class SyncConfig:
    mode: SyncMode
    url: str  # the folder (or file drop) on the server, ending without "/"
    user: str = ""
    ca_bundle: str = ""  # a company CA bundle (PEM): then the authorities sync trusts


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: str
    name: str  # the file's name on the server: it carries the key
    content_hash: str  # SHA-256 of the bytes, hex
    state: OutboxState
    attempts: int
    next_try: datetime | None
    problem: Problem | None


@dataclass(frozen=True)
class SyncStatus:
    last_sync: datetime | None
    waiting: int
    conflicts: int
    problem: Problem | None


@dataclass
class SyncRun:
    """What one sync moved: names uploaded (or found already there), conflicts, feedback."""

    uploaded: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    feedback_new: int = 0
    feedback_files: list[str] = field(default_factory=list)
    feedback_refused: list[str] = field(default_factory=list)
    queued: str | None = None
    problem: Problem | None = None


def check_url(url: str) -> Problem | None:
    """None when ``url`` may be used: https anywhere, http only to this computer."""
    if not url.strip():
        return Problem.NO_URL
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return Problem.BAD_URL
    if parts.scheme not in ("http", "https") or not host:
        return Problem.BAD_URL
    if parts.scheme == "http" and not is_loopback(host):
        return Problem.INSECURE
    return None


def split_drop_token(config: SyncConfig) -> tuple[SyncConfig, str | None]:
    """A file drop's config without its token (``TOKEN_MARK`` in its place), and the token;
    ``(config, None)`` when there is none to take out (a shared folder, a token already taken
    out). The token is the link's last part (``…/public.php/dav/files/TOKEN``, ``…/s/TOKEN``),
    or, for older servers, the user name."""
    if config.mode is not SyncMode.DROP:
        return config, None
    for marker in _DROP_PATHS:
        head, found, token = config.url.rstrip("/").rpartition(marker)
        if found and token and "/" not in token and token != TOKEN_MARK:
            return SyncConfig(config.mode, head + marker + TOKEN_MARK, config.user,
                              config.ca_bundle), token  # fmt: skip
    if config.user not in ("", "anonymous", TOKEN_MARK):
        return SyncConfig(config.mode, config.url, TOKEN_MARK, config.ca_bundle), config.user
    return config, None


def with_drop_token(config: SyncConfig, token: str | None) -> SyncConfig:
    """The config with its token back where ``TOKEN_MARK`` holds its place (for a request)."""
    if not token or config.mode is not SyncMode.DROP:
        return config
    url = config.url.replace("/" + TOKEN_MARK, "/" + token)
    user = token if config.user == TOKEN_MARK else config.user
    return SyncConfig(config.mode, url, user, config.ca_bundle)


def shown_url(config: SyncConfig) -> str:
    """The address to print or show: a drop link without its token."""
    return split_drop_token(config)[0].url


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def next_try(now: datetime, attempts: int) -> datetime:
    """When a file that failed ``attempts`` times is tried again by itself."""
    return now + BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1]


def keyed_name(file_name: str, key: str) -> str:
    """``ownvoice-aino-2026-05-15.ownvoice`` → ``ownvoice-aino-2026-05-15-<key>.ownvoice``: a
    retried upload meets its own earlier copy instead of making a second one."""
    stem, dot, suffix = file_name.rpartition(".")
    if not dot:
        return f"{file_name}-{key}"
    return f"{stem}-{key}.{suffix}"
