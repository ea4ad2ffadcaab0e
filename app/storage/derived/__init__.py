"""Marks that derived data (the journey's weekly stages, the voice profile) lags its facts.

- ``read``: whether it does, cheaply over sqlite3, for start-up and doctor;
- ``write``: marking and clearing, in the session that changed the facts.
"""
