"""The declarative base every table of the local database belongs to (one metadata)."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
