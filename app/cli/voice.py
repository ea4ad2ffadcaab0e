"""The voice commands: ``import linkedin|x|mastodon|text PATH`` and ``voice profile``.

Kept light at import (argparse only): ``commands.py`` builds its parser from ``add_parsers``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TypeAlias

    from app.domain.voice import VoiceProfile
    from app.services.voice.summary import ImportSummary

    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

SOURCES = ("linkedin", "x", "mastodon", "text")


def add_parsers(commands: Commands) -> Commands:
    """``import`` and ``voice profile``; returns ``voice``'s subcommands, to which the drafting
    studio adds ``voice check`` (drafts.py)."""
    imp = commands.add_parser("import", help="import your own posts from a network's archive")
    imp.add_argument(
        "source",
        choices=(*SOURCES, "feedback"),
        help="where the archive comes from (feedback: a feedback file from your coach)",
    )
    imp.add_argument("path", help="the archive: a ZIP file, its unpacked folder, or a file")
    imp.add_argument("--json", action="store_true", help="print the summary as JSON")
    voice = commands.add_parser("voice", help="your own voice")
    voice_commands = voice.add_subparsers(dest="voice_command", metavar="COMMAND")
    voice_commands.required = True
    profile = voice_commands.add_parser("profile", help="how you write, per language")
    profile.add_argument("--lang", choices=("fi", "sv", "en"), help="only this language")
    profile.add_argument("--json", action="store_true", help="print the profile as JSON")
    return voice_commands


def run_import(args: argparse.Namespace) -> int:
    """Exit 0 when the import is stored, also when what is derived from it (the journey, the
    voice profile) has to wait for the next start or Ctrl-C came after the commit; 1 when
    nothing was imported. Either way one line says which."""
    from app.services.archives import ArchiveError, ImportCancelled
    from app.services.store import open_database, prepare_store
    from app.services.store.derived import DEFERRED, NOTHING_IMPORTED, STORED_INTERRUPTED
    from app.services.system.logs import setup_logging
    from app.services.voice.imports import import_archive, refresh_voice
    from app.storage.paths import resolve_paths

    paths = resolve_paths(args.data_dir).ensure()
    setup_logging(paths)  # a failure after the commit is logged there, never a traceback here
    summary: ImportSummary | None = None
    reader, database = prepare_store(paths.db_path, args.clock)  # finishes an earlier run's
    try:
        database = database or open_database(paths.db_path, args.clock)
        summary = import_archive(args.source, args.path, database, reader, args.clock)
        summary = refresh_voice(summary, database, reader, args.clock)
    except ArchiveError as error:
        print(f"ownvoice: nothing was imported: {error}", file=sys.stderr)
        return 1
    except ImportCancelled:
        print(f"ownvoice: {_sentence(NOTHING_IMPORTED)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as interrupt:  # whichever moment: say what is stored
        stored = getattr(interrupt, "stored", None) or summary  # ImportInterrupted.stored
        if stored is None:
            print(f"ownvoice: {_sentence(NOTHING_IMPORTED)}", file=sys.stderr)
            return 1
        line = STORED_INTERRUPTED.format(texts=stored.new_posts, activities=stored.new_activities)
        print(f"ownvoice: {_sentence(line)}", file=sys.stderr)
        return 0
    finally:
        reader.close()
        if database is not None:
            database.close()
    if args.json:
        print(json.dumps(summary.as_json(), indent=2, ensure_ascii=False))
    else:
        print(summary_text(summary))
    if summary.deferred:
        print(f"ownvoice: {_sentence(DEFERRED)}", file=sys.stderr)
    return 0


def _sentence(text: str) -> str:
    """A message after "ownvoice: ": lower-case first letter, no full stop."""
    return (text[:1].lower() + text[1:]).removesuffix(".")


def summary_text(s: ImportSummary) -> str:
    lines = [
        f"Found {s.posts} posts, {s.comments} comments, {s.replies} replies"
        f" ({s.shares} reposts, {s.reactions} reactions).",
    ]
    if s.first and s.last:
        lines.append(f"From {s.first.isoformat()} to {s.last.isoformat()}.")
    if s.languages:
        listed = ", ".join(f"{k} {v}" for k, v in sorted(s.languages.items()))
        lines.append(f"Languages: {listed}.")
    lines.append(f"New: {s.new_posts} texts, {s.new_activities} activities.")
    if s.skipped:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(s.skipped_reasons.items()))
        lines.append(f"Skipped {s.skipped}: {reasons}.")
    return "\n".join(lines)


def run_voice(args: argparse.Namespace) -> int:
    from app.services.store import open_database, prepare_store
    from app.services.voice.profile import VoiceService, stored_profiles
    from app.storage.paths import resolve_paths

    paths = resolve_paths(args.data_dir).ensure()
    reader, database = prepare_store(paths.db_path, args.clock)
    try:
        service = VoiceService(args.clock)
        state = service.state(reader)
        if state.used and stored_profiles(reader) in (None, {}):
            database = database or open_database(paths.db_path, args.clock)
            state = service.refresh(database, reader)
    finally:
        reader.close()
        if database is not None:
            database.close()
    profiles = {k: v for k, v in state.profiles.items() if args.lang in (None, k)}
    if args.json:
        # The profiles by language (fi, sv, en only), then what they do not describe: texts in
        # other languages by code, and texts whose language could not be told.
        found: dict[str, object] = {k: as_json(p) for k, p in profiles.items()}
        found["other_languages"] = dict(state.others)
        found["not_sure"] = state.unsure
        print(json.dumps(found, indent=2, ensure_ascii=False))
        return 0
    if not profiles:
        print("No voice profile yet: import your posts first (ownvoice import linkedin PATH).")
    else:
        print("\n\n".join(as_text(p) for p in profiles.values()))
    if state.others:
        listed = ", ".join(f"{code} {n}" for code, n in state.others.items())
        print(
            f"\nAlso {sum(state.others.values())} texts in other languages ({listed}): "
            "the profile describes Finnish, Swedish and English only."
        )
    return 0


def as_json(p: VoiceProfile) -> dict[str, object]:
    def stat(s: object) -> dict[str, float]:
        return {k: round(getattr(s, k), 3) for k in ("median", "low", "high", "mean", "share")}

    return {
        "posts": p.posts,
        "sentence_length": stat(p.sentence_length),
        "word_length": stat(p.word_length),
        "long_words": stat(p.long_words),
        "lix": stat(p.lix),
        "questions": stat(p.questions),
        "exclamations": stat(p.exclamations),
        "emoji": stat(p.emoji),
        "hashtags": stat(p.hashtags),
        "mentions": stat(p.mentions),
        "length": stat(p.length),
        "singular_share": p.person.singular_share,
        "openers": [
            {"kind": o.kind, "value": o.value, "share": round(o.share, 3)} for o in p.openers
        ],
        "sign_offs": [
            {"kind": o.kind, "value": o.value, "share": round(o.share, 3)} for o in p.sign_offs
        ],
        "phrases": [{"text": f.text, "posts": f.posts} for f in p.phrases],
        "channels": {c.channel: round(c.chars.median) for c in p.channels},
        "topics": [{"term": t.term, "posts": t.posts} for t in p.topics],
    }


def as_text(p: VoiceProfile) -> str:
    lines = [
        f"{p.language}: {p.posts} texts",
        f"  length         {p.length.median:.0f} characters"
        f" ({p.length.low:.0f}-{p.length.high:.0f})",
        f"  sentence       {p.sentence_length.median:.0f} words",
        f"  LIX            {p.lix.median:.0f}; long words {p.long_words.median:.0%}",
        f"  questions      in {p.questions.share:.0%} of posts",
        f"  hashtags       {p.hashtags.mean:.1f} per post; emoji in {p.emoji.share:.0%}",
    ]
    if p.person.singular_share is not None:
        lines.append(f"  I versus we    {p.person.singular_share:.0%} I")
    if p.openers:
        lines.append("  openers        " + ", ".join(o.kind for o in p.openers[:3]))
    if p.sign_offs:
        lines.append("  sign-offs      " + ", ".join(o.kind for o in p.sign_offs[:3]))
    if p.phrases:
        lines.append("  phrases        " + ", ".join(f.text for f in p.phrases[:5]))
    if p.topics:
        lines.append("  topics         " + ", ".join(t.term for t in p.topics[:6]))
    return "\n".join(lines)
