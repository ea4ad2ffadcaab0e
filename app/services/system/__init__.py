"""OwnVoice on this machine: the keychain, the log file, crash records and the doctor.

- ``secrets``: secrets in the system keychain, and only there;
- ``logs``: the log file in the data folder;
- ``crash_records``: fatal crashes on record, reported at the next start;
- ``doctor``: health checks of the data folder, database and keychain.
"""
