"""The Today page's parts: its cards (this week's goals, recognition, reviews), the hub's cards
and reads (one next step, today's habits, this week's planned posts: hub_cards.py, hub.py), the
quick log, and the goal editor and review it opens."""
