"""The app-wide signal hub: events that several views care about, with no view calling another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """Signals:
    settingChanged(str, object): a setting got a new value (key, value).
    databaseReady(object): the database is open (the ``Database``).
    databaseFailed(object): the database could not be opened (the ``StorageError``).
    dataChanged(str): data of one kind changed (e.g. "activity", "habits"); views reload.
    statusMessage(str): a short message for the status bar.
    storageProblem(object): a read or write failed for a reason outside OwnVoice that the
        person can act on (disk full, locked: the ``StorageError``); the store stays usable.
    syncQueued(): a file went into the coach-sync outbox; the sync worker sends it.
    syncState(object): coach sync's state changed (the ``SyncStatus``).
    """

    settingChanged = Signal(str, object)
    databaseReady = Signal(object)
    databaseFailed = Signal(object)
    dataChanged = Signal(str)
    statusMessage = Signal(str)
    storageProblem = Signal(object)
    syncQueued = Signal()
    syncState = Signal(object)
