"""A real temporary store, and what it holds, to see that a rejected import changed nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

Rows = list[tuple[str, list[tuple[object, ...]]]]


def dump(path: Path) -> Rows:
    """Every table's rows (sorted), read through a connection of its own."""
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [
            (n, sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)) for n in names
        ]
    finally:
        con.close()
