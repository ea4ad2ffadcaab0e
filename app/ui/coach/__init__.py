"""Coach mode: a folder of progress files read as a cohort, one person at a time, and the
feedback and recognition that go back (issue 14)."""
