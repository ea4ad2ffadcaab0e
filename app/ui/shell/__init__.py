"""The application around the pages: the QApplication and context (application.py), the main
window with its sidebar and menus, notices across the top, the first-frame watch, and the
start-up probe and Qt check used by the bench and the doctor."""
