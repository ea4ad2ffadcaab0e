"""Demo data: a realistic person, so that a new user or coach can look around, and benches run.

- ``person``: the whole demo person, and their journey (activity, surveys, goals, journal);
- ``habits``, ``drafts``, ``voice``: their habits, drafting studio and own posts.
"""
