"""The drafting studio's widgets: inbox, editor, live voice check, autosave, plan."""
