"""The Today page's parts: its cards (this week's goals, recognition, reviews), quick log, and
the goal editor and review it opens."""
