"""Coach sync over WebDAV: the client, the outbox drain, feedback coming back."""
