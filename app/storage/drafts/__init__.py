"""The drafting studio's tables, and the editor's write-ahead journal.

- ``read``: plain SQL over sqlite3;
- ``write``: functions over a SQLAlchemy ``Session``;
- ``journal``: the text being typed, in a small file beside the database, so a crash loses none.
"""
