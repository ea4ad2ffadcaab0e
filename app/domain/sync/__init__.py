"""Coach sync over WebDAV, as plain data: the settings, the outbox's rules and the problems."""
