"""English messages for voice-check flags, keyed by flag key (the CLI's text; the UI translates)."""

from __future__ import annotations

from typing import Final

from app.domain.checks.flags import Flag, FlagKind, flag_key

# `{text}` is the flagged words; other placeholders are the flag's params. The UI keeps its own
# translated table under the same keys (these are not marked for Qt: the CLI prints them as is).
MESSAGES: Final[dict[str, str]] = {
    flag_key(FlagKind.CLICHE): (
        "“{text}” is a stock phrase. How would you say it to a colleague over coffee?"
    ),
    flag_key(FlagKind.ADVOCACY_BOILERPLATE): (
        "“{text}” sounds like the company's marketing. Say what you think of it yourself."
    ),
    flag_key(FlagKind.NO_PERSONAL_ANGLE): (
        "There is no “I” in this post. Add what you saw, did or think: that is why people read it."
    ),
    flag_key(FlagKind.COMPANY_VOICE): (
        "“{text}” and the other “we” words speak for the company, and nothing says “I”. "
        "Say what you yourself did, saw or think."
    ),
    flag_key(FlagKind.HARD_TO_READ): (
        "LIX {lix}: very hard to read. Shorter sentences and everyday words help; the hardest "
        "sentences are marked."
    ),
    flag_key(FlagKind.NO_INVITATION): (
        "Nothing invites a reply. End with a question, or ask for others' experience."
    ),
    flag_key(FlagKind.LONG_SENTENCE): (
        "This sentence has {words} words (more than {limit}). Try splitting it in two."
    ),
    flag_key(FlagKind.SENSITIVE_WORD): (
        "“{text}” is on your list of sensitive words. Check it may be said in public."
    ),
    flag_key(FlagKind.MENTION_EMPLOYER): (
        "This is about {employer}'s business. Say that you work there, so readers know."
    ),
    flag_key(FlagKind.UNICODE_STYLING): (
        "Styled letters are read badly by screen readers and break search. Plain text: “{plain}”."
    ),
    flag_key(FlagKind.PASSIVE_HEAVY): (
        "{count} passive verbs: nobody in particular does anything. Say who did it, you "
        "yourself if it was you."
    ),
    flag_key(FlagKind.NOMINAL_STYLE): (
        "{count} actions turned into nouns or long compounds: the text reads like a report. "
        "Say it with verbs."
    ),
}


def message(flag: Flag) -> str:
    """The English message for ``flag``, its placeholders filled."""
    template = MESSAGES.get(flag.key, "{text}")
    return template.format_map({**flag.params, "text": flag.text})
