"""The sync outbox: progress files waiting to go to the coach's server."""
