"""Local persistence: the SQLite database, its migrations and the settings file.

Importing this package is cheap on purpose: SQLAlchemy loads only with ``app.storage.database``.

At the top, what every feature shares: ``paths`` (every path), ``errors`` (one error
vocabulary), ``settings_store`` (settings.json), ``quick`` (the sqlite3 reader for the first
screen), and the SQLAlchemy side of the one file: ``database``, ``models``, ``schema``,
``migrator`` and ``migrations/``. Each feature's tables have a package with a ``read`` module
(plain SQL over sqlite3) and a ``write`` module (over a SQLAlchemy session): ``journey/``,
``habits/``, ``drafts/``, ``voice/`` (the corpus and profiles) and ``derived/`` (lag marks).
"""
