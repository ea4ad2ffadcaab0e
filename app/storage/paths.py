"""Every path OwnVoice reads or writes is decided here, and nowhere else."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

ENV_HOME = "OWNVOICE_HOME"
APP_NAME = "OwnVoice"
DB_NAME = "ownvoice.db"

# Only the owner may enter the data folder or read its files.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class DataDirOrigin(Enum):
    OPTION = "option"  # --data-dir
    ENVIRONMENT = "environment"  # OWNVOICE_HOME
    DEFAULT = "default"  # the platform's per-user data folder


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    origin: DataDirOrigin

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def settings_path(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "ownvoice.log"

    def ensure(self) -> AppPaths:
        """Create the data folder (private to the user) if it is missing; return self."""
        ensure_private_dir(self.data_dir)
        return self


def resolve_paths(option: str | os.PathLike[str] | None = None) -> AppPaths:
    """``--data-dir`` wins over ``OWNVOICE_HOME``, which wins over the platform default."""
    if option:
        return AppPaths(Path(option).expanduser().absolute(), DataDirOrigin.OPTION)
    env = os.environ.get(ENV_HOME, "").strip()
    if env:
        return AppPaths(Path(env).expanduser().absolute(), DataDirOrigin.ENVIRONMENT)
    # platformdirs is imported here, not at the top: most runs pass an explicit folder.
    from platformdirs import user_data_path

    return AppPaths(user_data_path(APP_NAME, appauthor=False, roaming=True), DataDirOrigin.DEFAULT)


def ensure_private_dir(path: Path) -> None:
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)


def make_private(path: Path) -> None:
    """Restrict an existing file to its owner (a no-op where the platform has no such modes)."""
    if sys.platform != "win32" and path.exists():
        path.chmod(PRIVATE_FILE_MODE)


def _package_root() -> Path:
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Data files shipped with the app: inside the installed package, or top-level in a checkout."""
    return _first_existing(_package_root() / "resources", _package_root().parent / "resources")


def translations_dir() -> Path:
    """The compiled ``.qm`` translations (built from ``i18n/*.ts``, see i18n/README.md)."""
    return _first_existing(_package_root() / "i18n", _package_root().parent / "i18n")


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]
