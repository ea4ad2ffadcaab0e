"""The coaching journey: where the person stands on the ladder, their goals and journal.

- ``ladder``: the engagement ladder's rules, what the log shows over a window of weeks;
- ``standing``: the one stage every page shows, held through quiet spells;
- ``milestones``: recognition found in the log, each recorded once;
- ``goals`` and ``week_plan``: SMART goals, and what a goal asks of this week;
- ``logging_rules``: what a logged activity must be (the form on Today and the command line);
- ``journal``: reflections, wins and good examples;
- ``profile``: self-assessment, benefits, expertise, onboarding answers;
- ``content`` and ``markup``: the lessons and onboarding texts, and their Markdown subset.
"""
