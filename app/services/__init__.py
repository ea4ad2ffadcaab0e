"""Use cases that do I/O (files, network, keychain) over storage and domain."""
