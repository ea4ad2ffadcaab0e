"""The Habits page's parts: list model, day marks, detail charts, editor, travel, reminders."""
