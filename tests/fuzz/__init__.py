"""Fuzzing every reader of outside data (issue 19, item 2): see tests/fuzz/README.md."""
