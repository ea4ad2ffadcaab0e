"""The voice's tables: the text corpus, the imports log, network profiles and voice profiles.

- ``read``: plain SQL over sqlite3, and the records (``CorpusText``, ``ImportRecord``);
- ``write``: functions over a SQLAlchemy ``Session`` (one import is one transaction);
- ``codec``: a voice profile's stored form, JSON and back.
"""
