"""The coaching journey: where the person stands on the ladder, their goals and journal.

- ``ladder``: the engagement ladder, a stage computed from logged activity;
- ``milestones``: recognition found in the log, each recorded once;
- ``goals`` and ``week_plan``: SMART goals, and what a goal asks of this week;
- ``journal``: reflections, wins and good examples;
- ``profile``: self-assessment, benefits, expertise, onboarding answers;
- ``content`` and ``markup``: the lessons and onboarding texts, and their Markdown subset.
"""
