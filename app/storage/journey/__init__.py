"""The journey's tables: the activity log, profile and assessments, goals, journal, weekly
stages and milestones.

- ``read``: plain SQL over the quick reader's sqlite3 connection;
- ``write``: functions over a SQLAlchemy ``Session``;
- ``records``: what the store returns beside domain objects (a goal with its last review).
"""
