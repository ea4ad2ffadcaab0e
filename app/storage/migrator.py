"""Schema upgrades with Alembic, imported only when an upgrade is actually due."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.storage.errors import NewerSchemaError
from app.storage.paths import create_private_file, ensure_private_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    return config


def known_revisions(script_location: Path | None = None) -> list[str]:
    """All revisions from the newest to the first."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(script_location))
    return [script.revision for script in scripts.walk_revisions()]


def head_revision(script_location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def check_known(path: Path, stored: str, script_location: Path | None = None) -> None:
    """Refuse a revision this build does not know: a newer OwnVoice wrote the file."""
    if stored not in known_revisions(script_location):
        raise NewerSchemaError(path, revision=stored)


def backup(path: Path, stored: str, now: datetime) -> Path:
    """Copy the database aside before migrating it, consistently even with a WAL beside it;
    ``now`` (aware) names the copy. One copy per schema revision: a new copy replaces an older
    one of the same revision (a failed upgrade tried again adds none), and a copy that fails
    halfway (a full disk) leaves nothing behind."""
    backups = path.parent / "backups"
    ensure_private_dir(backups)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"{path.stem}-rev{stored}-{stamp}.db"
    partial = backups / f".{target.name}.partial"
    for leftover in backups.glob(f".{path.stem}-rev*.db.partial*"):  # a copy killed midway
        leftover.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        _copy(path, partial)
        partial.replace(target)
    except BaseException:
        for name in (partial, partial.with_name(partial.name + "-journal")):
            name.unlink(missing_ok=True)
        raise
    for older in backups.glob(f"{path.stem}-rev{stored}-*.db"):
        if older != target:
            older.unlink(missing_ok=True)
    return target


def _copy(path: Path, target: Path) -> None:
    source = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()


def upgrade(engine: Engine, target: str = "head", script_location: Path | None = None) -> None:
    """Run every pending migration in one transaction: all of them apply, or none."""
    from alembic import command

    config = alembic_config(script_location)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
