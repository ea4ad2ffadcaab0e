"""Coach sync in the window: the Settings section, the status bar and the background worker."""
