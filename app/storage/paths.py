"""Every path OwnVoice reads or writes is decided here, and nowhere else."""

from __future__ import annotations

import contextlib
import os
import stat
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
    """Create the folder (``0700``) if it is missing, and make one of ours that others may enter
    ``0700`` too. A file in its place, or a folder we may not use, is a ``StorageError``; a
    folder whose mode keeps its owner out (such as ``000``) is reported, not changed."""
    from app.storage.errors import FolderPermissionError, classify, lacks_owner_access

    try:
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        info = path.stat()
    except OSError as error:
        known = classify(error, path)
        if known is None:
            raise
        raise known from error
    if sys.platform == "win32":
        return
    if lacks_owner_access(path):
        raise FolderPermissionError(path)
    _tighten(path, info.st_mode, info.st_uid)


def make_private(path: Path) -> None:
    """Take group's and others' access away from an existing file of ours (a no-op where the
    platform has no such modes). Never adds the owner's: a read-only file stays read-only."""
    if sys.platform == "win32":
        return
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    _tighten(path, info.st_mode, info.st_uid)


def _tighten(path: Path, mode: int, owner: int) -> None:
    # Only our own, and never a shared sticky folder such as /tmp that someone chose as --data-dir.
    if owner != os.getuid() or mode & stat.S_ISVTX or not mode & 0o077:
        return
    with contextlib.suppress(OSError):  # a read-only file system, say: ``doctor`` reports it
        path.chmod(stat.S_IMODE(mode) & ~0o077)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode ``0600`` unless it exists, so that SQLite, which gives a
    database's ``-wal`` and ``-shm`` files the database's own mode, makes those private too."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE)
    os.close(fd)


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for ``open()`` that creates files with mode ``0600``."""
    return os.open(path, flags, PRIVATE_FILE_MODE)


@dataclass(frozen=True)
class ModeProblem:
    """A file or folder in the data folder whose mode is not what OwnVoice keeps."""

    path: Path
    mode: int
    wanted: int
    blocking: bool  # the owner cannot use it (a 000 folder, a read-only database)

    def describe(self) -> str:
        return f"{self.path} is {self.mode:04o}, should be {self.wanted:04o}"


def mode_problems(data_dir: Path) -> list[ModeProblem]:
    """Every folder in ``data_dir`` should be ``0700`` and every file ``0600``: others may not
    enter or read them, and the owner must be able to use the folders and the database."""
    if sys.platform == "win32" or not data_dir.is_dir():
        return []
    found: list[ModeProblem] = []
    _check_mode(data_dir, True, found)
    if found and found[-1].blocking:
        return found  # cannot look inside (not even root should walk into a folder we fix)

    def unreadable(error: OSError) -> None:
        if error.filename:
            _check_mode(Path(error.filename), True, found)

    for folder, dirs, files in os.walk(data_dir, onerror=unreadable):
        base = Path(folder)
        for name in sorted(dirs):
            if not (base / name).is_symlink():
                _check_mode(base / name, True, found)
        dirs[:] = [d for d in dirs if not (base / d).is_symlink()]
        for name in sorted(files):
            if not (base / name).is_symlink():
                _check_mode(base / name, False, found)
    return found


def _check_mode(path: Path, is_folder: bool, found: list[ModeProblem]) -> None:
    try:
        mode = stat.S_IMODE(path.lstat().st_mode)
    except OSError:
        return
    wanted = PRIVATE_DIR_MODE if is_folder else PRIVATE_FILE_MODE
    owner_needs = 0o700 if is_folder else 0o600
    # A file the owner may only read is a choice for a backup, but not for the database.
    blocking = (is_folder or path.name.startswith(DB_NAME)) and mode & owner_needs != owner_needs
    if blocking or mode & 0o077:
        found.append(ModeProblem(path, mode, wanted, blocking))


def repair_mode(problem: ModeProblem) -> None:
    """Give ``problem.path`` its wanted mode; raises ``OSError`` if it may not be changed."""
    problem.path.chmod(problem.wanted)


def _package_root() -> Path:
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Data files shipped with the app: inside the installed package, or top-level in a checkout."""
    return _first_existing(_package_root() / "resources", _package_root().parent / "resources")


def schemas_dir() -> Path:
    """The JSON Schemas of the exchange files: inside the installed package, or docs/schemas/
    in a checkout (the wheel maps them there)."""
    return _first_existing(_package_root() / "schemas", _package_root().parent / "docs" / "schemas")


def translations_dir() -> Path:
    """The compiled ``.qm`` translations (built from ``i18n/*.ts``, see i18n/README.md)."""
    return _first_existing(_package_root() / "i18n", _package_root().parent / "i18n")


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]
