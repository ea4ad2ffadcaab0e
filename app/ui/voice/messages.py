"""Words for imports: why an archive was refused, what was skipped, how to get each archive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.archives import ArchiveError


def problem(key: str) -> str:
    """The translated problem of an ``ArchiveError.problem_key``."""
    problems = {
        "not_an_archive": QCoreApplication.translate(
            "VoiceImport", "This is not a ZIP archive, a folder or a file this import reads."
        ),
        "truncated": QCoreApplication.translate(
            "VoiceImport", "The ZIP archive is incomplete (cut short). Download it again."
        ),
        "corrupt": QCoreApplication.translate(
            "VoiceImport", "The ZIP archive is damaged. Download it again."
        ),
        "zip_bomb": QCoreApplication.translate(
            "VoiceImport", "The archive unpacks to far more than it holds, so it was not opened."
        ),
        "too_large": QCoreApplication.translate("VoiceImport", "The file is too large to read."),
        "unsafe_path": QCoreApplication.translate(
            "VoiceImport", "The archive holds a path that points outside it, so it was not opened."
        ),
        "encrypted": QCoreApplication.translate(
            "VoiceImport", "The archive is password-protected. Export it again without a password."
        ),
        "unreadable": QCoreApplication.translate(
            "VoiceImport", "The file cannot be read. Check that it exists and that you may open it."
        ),
        "encoding": QCoreApplication.translate(
            "VoiceImport",
            "The file is not UTF-8 text. It may have been saved by a spreadsheet; a "
            "fresh export fixes it.",
        ),
        "missing_column": QCoreApplication.translate(
            "VoiceImport", "A column this import needs is missing: {detail}."
        ),
        "bad_csv": QCoreApplication.translate(
            "VoiceImport", "The table in the file cannot be read."
        ),
        "bad_json": QCoreApplication.translate(
            "VoiceImport", "The data in the file is not in the expected shape."
        ),
        "nothing_found": QCoreApplication.translate(
            "VoiceImport",
            "The archive holds none of the files this import reads. Is it the "
            "right network's archive?",
        ),
    }
    return problems.get(
        key, QCoreApplication.translate("VoiceImport", "The file cannot be imported.")
    )


def error_message(error: ArchiveError) -> str:
    """One clear message naming the file and the problem; nothing of it was imported."""
    text = problem(error.problem_key).format(detail=error.detail)
    return QCoreApplication.translate(
        "VoiceImport", "Nothing was imported from {file}. {problem}"
    ).format(file=error.file, problem=text)


def skip_reason(key: str) -> str:
    reasons = {
        "direct_message": QCoreApplication.translate(
            "VoiceImport", "private messages (never imported)"
        ),
        "bad_date": QCoreApplication.translate("VoiceImport", "no readable date"),
        "duplicate": QCoreApplication.translate("VoiceImport", "the same item twice"),
        "missing_id": QCoreApplication.translate("VoiceImport", "no identifier"),
        "malformed": QCoreApplication.translate("VoiceImport", "not in the expected shape"),
        "unsupported_type": QCoreApplication.translate(
            "VoiceImport", "a kind of record this import does not read"
        ),
        "empty": QCoreApplication.translate("VoiceImport", "no text"),
        "out_of_range": QCoreApplication.translate(
            "VoiceImport", "dated before 2000 or after next year"
        ),
    }
    return reasons.get(key, key)


def how_to_get(source: str) -> str:
    """Short, plain steps to download one's own archive from a network."""
    if source == "linkedin":
        return QCoreApplication.translate(
            "VoiceImport",
            "LinkedIn: Settings & Privacy → Data privacy → Get a copy of your data. Choose "
            "the larger archive (posts, comments, profile and connections are in it) and "
            "request it. LinkedIn e-mails you a link, usually within a day; download the "
            "ZIP file.",
        )
    if source == "x":
        return QCoreApplication.translate(
            "VoiceImport",
            "X: Settings and privacy → Your account → Download an archive of your data. "
            "Confirm your password; X tells you when the ZIP file is ready, usually "
            "within a day or two.",
        )
    if source == "mastodon":
        return QCoreApplication.translate(
            "VoiceImport",
            "Mastodon: Preferences → Import and export → Data export → Request your "
            "archive. When it is ready (often within an hour), download the file from the "
            "same page.",
        )
    return QCoreApplication.translate(
        "VoiceImport",
        "Your own writing: paste a blog post or talk, or open .txt and .md files (or a "
        "folder of them). Separate several texts in one file with a line of three "
        "hyphens after an empty line.",
    )
