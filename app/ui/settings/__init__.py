"""The Settings page's parts: an editor per declared setting, and the panels for settings that
are more than a value (your data, the keychain)."""
