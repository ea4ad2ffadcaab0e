"""The command line: ``parse_args`` and ``run_command`` (commands.py), one module per command
group beside them (doctor, demo, journey, habits, voice, drafts). ``app/main.py``, the
composition root, imports this; nothing here imports it back."""

from app.cli.commands import PAGE_NAMES, parse_args, parse_day, run_command

__all__ = ["PAGE_NAMES", "parse_args", "parse_day", "run_command"]
