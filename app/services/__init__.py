"""Use cases that do I/O (files, network, keychain) over storage and domain.

One package per feature: ``habits/``, ``journey/``, ``drafts/``, ``voice/`` (with the archive
parsers in ``archives/``), ``demo/`` (the demo person), ``store/`` (opening the store, derived
data catching up) and ``system/`` (keychain, logs, crash records, the doctor). At the top, what
every feature shares: ``clock`` (the one clock), ``settings`` (reading and changing settings) and
``bulk`` (pausing the cyclic collector during bulk work).
"""
