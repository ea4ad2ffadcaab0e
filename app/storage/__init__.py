"""Local persistence: the SQLite database, its migrations and the settings file.

Importing this package is cheap on purpose: SQLAlchemy loads only with ``app.storage.database``.
"""
