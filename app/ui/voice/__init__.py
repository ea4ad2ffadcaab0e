"""Widgets of the "Your voice" page: the corpus list, the profile in words, the import dialog."""
