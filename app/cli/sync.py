"""Coach sync on the command line: ``sync setup``, ``sync`` and ``sync status``. Light at
import (argparse only). The password comes from ``OWNVOICE_SYNC_PASSWORD`` (read, never kept),
the system keychain, or a prompt whose answer goes to the keychain."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from app.cli.words import EnglishWords

if TYPE_CHECKING:
    from typing import TypeAlias

    from app.domain.sync.model import Problem, SyncRun, SyncStatus
    from app.services.settings import SettingsService
    from app.storage.paths import AppPaths

    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parser(commands: Commands) -> None:
    sync = commands.add_parser(
        "sync",
        help="send progress to your coach's server and fetch feedback (WebDAV)",
        description="Without a subcommand: queue a fresh progress file if anything changed, "
        "send every file waiting, and fetch feedback.",
    )
    sync.add_argument("--json", action="store_true", help="print what moved as JSON")
    what = sync.add_subparsers(dest="sync_command", metavar="COMMAND")
    setup = what.add_parser("setup", help="set the coach's server (the password goes to the "
                            "system keychain)")  # fmt: skip
    setup.add_argument("--url", required=True, help="the folder or file drop link (https://)")
    setup.add_argument("--user", default="", help="the user name (none for a file drop)")
    setup.add_argument("--mode", choices=("folder", "drop"), default="folder")
    setup.add_argument("--ca-bundle", default="", metavar="FILE",
                       help="a company certificate file (PEM) to trust")  # fmt: skip
    status = what.add_parser("status", help="when the last sync was and what is waiting")
    status.add_argument("--json", action="store_true", help="print it as JSON")


def run(args: argparse.Namespace) -> int:
    from app.services.settings import SettingsService
    from app.storage.paths import resolve_paths
    from app.storage.settings_store import SettingsFile

    paths = resolve_paths(args.data_dir).ensure()
    settings = SettingsService(SettingsFile(paths.settings_path))
    if args.sync_command == "setup":
        return _setup(args, settings)
    if args.sync_command == "status":
        return _status(args, paths, settings)
    return _sync(args, paths, settings)


def _problem(problem: Problem) -> str:
    from app.domain.sync.model import PROBLEM_TEXT

    return PROBLEM_TEXT[problem]


def _setup(args: argparse.Namespace, settings: SettingsService) -> int:
    import os

    from app.domain.sync.model import (
        PASSWORD_ENV,
        PASSWORD_KEY,
        SyncConfig,
        SyncMode,
        check_url,
        shown_url,
    )
    from app.services.sync.config import (
        keep_drop_token,
        needs_password,
        read_password,
        write_config,
    )
    from app.services.sync.engine import check_connection
    from app.services.system.secrets import SecretStore

    config = SyncConfig(SyncMode(args.mode), args.url.strip().rstrip("/"), args.user,
                        args.ca_bundle)  # fmt: skip
    problem = check_url(config.url)
    if problem is not None:
        print(f"ownvoice: {_problem(problem)}", file=sys.stderr)
        return 2
    secrets = SecretStore()
    password = read_password(secrets)
    if password is None and (needs_password(config) or sys.stdin.isatty()):
        password = _ask_password(config.mode is SyncMode.DROP)
        if password:
            if secrets.set(PASSWORD_KEY, password):
                print("The password is kept in your system keychain.")
            else:
                print(f"No system keychain is available, so the password is not kept: set "
                      f"{PASSWORD_ENV} for each run.")  # fmt: skip
    elif os.environ.get(PASSWORD_ENV):
        print(f"Using the password in {PASSWORD_ENV}; it is not stored.")
    token = write_config(settings, config)
    if token is not None and not keep_drop_token(secrets, token):
        print("No system keychain is available, so the file drop link's key is not kept: set "
              "up sync again for each run.")  # fmt: skip
    print(f"Coach sync is set to {shown_url(config)} ({config.mode.value}).")
    problem = check_connection(config, password)
    if problem is not None:
        print(f"ownvoice: {_problem(problem)}", file=sys.stderr)
        return 1
    print("Connection works.")
    return 0


def _ask_password(optional: bool) -> str | None:
    import getpass

    prompt = "Share password (Enter for none): " if optional else "Password: "
    try:
        return getpass.getpass(prompt) or None
    except (EOFError, KeyboardInterrupt):
        return None


def _status(args: argparse.Namespace, paths: AppPaths, settings: SettingsService) -> int:
    from app.services.store import open_database, prepare_store
    from app.services.sync.config import read_config
    from app.services.sync.engine import status

    config = read_config(settings)
    reader, database = prepare_store(paths.db_path, args.clock)
    try:
        database = database or open_database(paths.db_path, args.clock)
        now = status(database)
    finally:
        reader.close()
        if database is not None:
            database.close()
    if args.json:
        print(json.dumps(_status_json(config is not None, now), ensure_ascii=False))
        return 0
    if config is None:
        print("Coach sync is not set up (ownvoice sync setup --url URL).")
    else:
        from app.domain.sync.model import shown_url

        print(f"Coach sync: {shown_url(config)} ({config.mode.value})")
    last = now.last_sync.isoformat(sep=" ") if now.last_sync else "never"
    print(f"Last sync: {last}")
    print(f"Files waiting: {now.waiting}")
    if now.conflicts:
        print(f"Conflicts kept on the server: {now.conflicts}")
    if now.problem is not None:
        print(f"Problem: {_problem(now.problem)}")
    return 0


def _status_json(set_up: bool, now: SyncStatus) -> dict[str, Any]:
    return {
        "set_up": set_up,
        "last_sync": now.last_sync.isoformat() if now.last_sync else None,
        "waiting": now.waiting,
        "conflicts": now.conflicts,
        "problem": now.problem.value if now.problem else None,
        "problem_text": _problem(now.problem) if now.problem else None,
    }


def _sync(args: argparse.Namespace, paths: AppPaths, settings: SettingsService) -> int:
    from app.domain.sync.model import Problem, SyncRun
    from app.services.store import open_database, prepare_store
    from app.services.sync.config import (
        needs_password,
        read_config,
        read_password,
        shared_sections,
        with_secrets,
    )
    from app.services.sync.engine import remember_problem, sync_once
    from app.services.sync.queue import queue_if_changed
    from app.services.sync.webdav import DavClient, SyncError
    from app.services.system.secrets import SecretStore

    config = read_config(settings)
    if config is None:
        print(f"ownvoice: {_problem(Problem.NO_URL)} (ownvoice sync setup --url URL)",
              file=sys.stderr)  # fmt: skip
        return 1
    secrets = SecretStore()
    password = read_password(secrets)
    config = with_secrets(config, secrets)
    reader, database = prepare_store(paths.db_path, args.clock)
    try:
        database = database or open_database(paths.db_path, args.clock)
        queued = queue_if_changed(database, reader, args.clock, "en",
                                  shared_sections(settings), EnglishWords())  # fmt: skip
        run = SyncRun(queued=queued.name if queued else None)
        if password is None and needs_password(config):
            run.problem = Problem.NO_PASSWORD
            remember_problem(database, run.problem)
        else:
            try:
                client = DavClient(config, password)
            except SyncError as error:
                run.problem = error.problem
                remember_problem(database, run.problem)
            else:
                try:
                    done = sync_once(database, client, args.clock, paths.data_dir,
                                     everything=True)  # fmt: skip
                finally:
                    client.close()
                done.queued = run.queued
                run = done
    finally:
        reader.close()
        if database is not None:
            database.close()
    _print_run(args, run)
    return 0 if run.problem is None else 1


def _print_run(args: argparse.Namespace, run: SyncRun) -> None:
    if args.json:
        data = {
            "queued": run.queued,
            "uploaded": run.uploaded,
            "already_there": run.already_there,
            "conflicts": run.conflicts,
            "feedback_files": run.feedback_files,
            "feedback_new": run.feedback_new,
            "feedback_refused": run.feedback_refused,
            "problem": run.problem.value if run.problem else None,
            "problem_text": _problem(run.problem) if run.problem else None,
        }
        print(json.dumps(data, ensure_ascii=False))
        return
    print(f"Queued: {run.queued}" if run.queued else "Nothing new to queue.")
    sent = len(run.uploaded) + len(run.already_there)
    print(f"Sent {sent} file{'' if sent == 1 else 's'}.")
    for name in run.uploaded + run.already_there:
        print(f"  {name}")
    for name in run.conflicts:
        print(f"  kept on the server, different from ours: {name}")
    if run.feedback_files:
        print(f"Feedback: {run.feedback_new} new from {len(run.feedback_files)} file(s).")
    for name in run.feedback_refused:
        print(f"  refused: {name}")
    if run.problem is not None:
        print(f"ownvoice: {_problem(run.problem)}", file=sys.stderr)
