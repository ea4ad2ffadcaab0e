"""Opening the local store, and keeping what is derived from it up to date.

The public face of the package: ``prepare_store`` and ``open_database`` (opening.py). Beside
them, ``derived``: the journey's weekly stages and the voice profile brought up to date when a
change was stored but its refresh never ran.
"""

from app.services.store.opening import open_database, prepare_store

__all__ = ["open_database", "prepare_store"]
