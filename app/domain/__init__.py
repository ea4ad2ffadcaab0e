"""Plain-Python rules and data of OwnVoice: no Qt, no SQLAlchemy, no I/O."""
