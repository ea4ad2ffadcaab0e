"""The habits' tables: habits, check-ins, travel and reminders.

- ``read``: plain SQL over sqlite3, and the records (``HabitRecord``, ``CheckInRecord``, …);
- ``write``: functions over a SQLAlchemy ``Session``.
"""
