"""The widgets of the Journey page: ladder, weekly history, recognition, journal, learning."""
