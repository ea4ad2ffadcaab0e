"""Words for imports: why an archive was refused, what was skipped, how to get each archive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.archives import ArchiveError


def _t(text: str) -> str:
    return QCoreApplication.translate("VoiceImport", text)


def problem(key: str) -> str:
    """The translated problem of an ``ArchiveError.problem_key``."""
    problems = {
        "not_an_archive": _t("This is not a ZIP archive, a folder or a file this import reads."),
        "truncated": _t("The ZIP archive is incomplete (cut short). Download it again."),
        "corrupt": _t("The ZIP archive is damaged. Download it again."),
        "zip_bomb": _t("The archive unpacks to far more than it holds, so it was not opened."),
        "too_large": _t("The file is too large to read."),
        "unsafe_path": _t("The archive holds a path that points outside it, so it was not opened."),
        "encrypted": _t("The archive is password-protected. Export it again without a password."),
        "unreadable": _t("The file cannot be read. Check that it exists and that you may open it."),
        "encoding": _t("The file is not UTF-8 text. It may have been saved by a spreadsheet; a "
                       "fresh export fixes it."),
        "missing_column": _t("A column this import needs is missing: {detail}."),
        "bad_csv": _t("The table in the file cannot be read."),
        "bad_json": _t("The data in the file is not in the expected shape."),
        "nothing_found": _t("The archive holds none of the files this import reads. Is it the "
                            "right network's archive?"),
    }  # fmt: skip
    return problems.get(key, _t("The file cannot be imported."))


def error_message(error: ArchiveError) -> str:
    """One clear message naming the file and the problem; nothing of it was imported."""
    text = problem(error.problem_key).format(detail=error.detail)
    return _t("Nothing was imported from {file}. {problem}").format(file=error.file, problem=text)


def skip_reason(key: str) -> str:
    reasons = {
        "direct_message": _t("private messages (never imported)"),
        "bad_date": _t("no readable date"),
        "duplicate": _t("the same item twice"),
        "missing_id": _t("no identifier"),
        "malformed": _t("not in the expected shape"),
        "unsupported_type": _t("a kind of record this import does not read"),
        "empty": _t("no text"),
    }
    return reasons.get(key, key)


def how_to_get(source: str) -> str:
    """Short, plain steps to download one's own archive from a network."""
    if source == "linkedin":
        return _t("LinkedIn: Settings & Privacy → Data privacy → Get a copy of your data. Choose "
                  "the larger archive (posts, comments, profile and connections are in it) and "
                  "request it. LinkedIn e-mails you a link, usually within a day; download the "
                  "ZIP file.")  # fmt: skip
    if source == "x":
        return _t("X: Settings and privacy → Your account → Download an archive of your data. "
                  "Confirm your password; X tells you when the ZIP file is ready, usually "
                  "within a day or two.")  # fmt: skip
    if source == "mastodon":
        return _t("Mastodon: Preferences → Import and export → Data export → Request your "
                  "archive. When it is ready (often within an hour), download the file from the "
                  "same page.")  # fmt: skip
    return _t("Your own writing: paste a blog post or talk, or open .txt and .md files (or a "
              "folder of them). Separate several texts in one file with a line of three "
              "hyphens after an empty line.")  # fmt: skip
