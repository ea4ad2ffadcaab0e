"""The SQLAlchemy 2.0 typed tables of the local database.

Every change here needs an Alembic revision in ``migrations/versions`` and a new
``SCHEMA_HEAD``; ``tests/storage/test_migrations.py`` checks that the two agree.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    """Facts about the database itself: when and by which version it was made and last opened."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(400))
