"""The ``doctor`` command: check the data folder, database, keychain and Qt. Light at import."""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = commands.add_parser("doctor", help="check the data folder, database, keychain and Qt")
    doctor.add_argument("--json", action="store_true", help="print the result as JSON")
    doctor.add_argument(
        "--repair",
        action="store_true",
        help="first set the data folder's modes right (folders 0700, files 0600), saying what "
        "changed",
    )


def run(args: argparse.Namespace) -> int:
    from app.services.system.doctor import Level, repair_derived_data, repair_modes, run_checks
    from app.services.system.secrets import SecretStore
    from app.storage.paths import resolve_paths
    from app.ui.shell.diagnostics import qt_check

    paths = resolve_paths(args.data_dir)
    repaired = []
    if args.repair:
        repaired = repair_modes(paths)
        try:
            repaired += repair_derived_data(paths, args.clock)
        except Exception as error:  # the database check below says what is wrong with it
            from app.storage.errors import classify, one_line

            known = classify(error, paths.db_path)
            if known is None:
                raise
            repaired.append(f"could not bring derived data up to date: {one_line(known)}")
    checks = [*run_checks(paths, SecretStore(), args.clock.today()), qt_check()]
    failed = any(check.level is Level.ERROR for check in checks)
    if args.json:
        rows = [{"name": c.name, "level": c.level.value, "detail": c.detail} for c in checks]
        report = {
            "ok": not failed,
            "checks": rows,
            **({"repaired": repaired} if args.repair else {}),
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for change in repaired:
            print(f"repaired {change}")
        width = max(len(check.name) for check in checks)
        for check in checks:
            print(f"{check.level.value:<8} {check.name:<{width}}  {check.detail}")
    if failed:
        problems = "; ".join(c.detail for c in checks if c.level is Level.ERROR)
        print(f"ownvoice: doctor found a problem: {problems}", file=sys.stderr)
        return 1
    return 0
