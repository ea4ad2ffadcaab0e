"""Sentence splitting for social-media text in Finnish, Swedish and English."""

from __future__ import annotations

import re

from app.domain.text.tokens import EMOJI, WORD, without_tokens
from app.domain.text.wordlists import word_set

# Abbreviations that never end a sentence, lower case, without the final dot.
_NEVER_END = word_set("""esim mm ns n ks vrt klo ts yms tms em ko kts huom mrd milj
    t.ex bl.a s.k dvs m.m p.g.a f.d ca jfr resp kl t.o.m fr.o.m o.s.v
    e.g i.e vs mr mrs ms dr prof st no approx cf dept inc jr sr""")
# Abbreviations that often end a sentence too: a boundary only before a capital letter.
_MAY_END = word_set("etc jne ym yms tms osv m.fl mfl usw")
_CLOSERS = "\"'”’»)\\]"
_END = re.compile(rf"(?:[.!?…]+[{_CLOSERS}]*|{EMOJI.pattern})(?:[ \t]*(?:{EMOJI.pattern}))*")
_BULLET_HEADS = frozenset("-*•–—▪►▶➤·○◦0123456789")
_BULLET = re.compile(r"[ \t]*(?:[-*•–—▪►▶➤·○◦]|\d{1,2}[.)])[ \t]+")
# Characters that can begin a sentence end; a plain class, so the search is quick.
_CANDIDATE = re.compile(
    r"[.!?…\u00a9\u00ae\u2122\u2190-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]"
)
_NON_SPACE = re.compile(r"\S")
_LOOK_BACK = 40
_LINE_END = re.compile(rf"(?:[.!?…:;]+[{_CLOSERS}]*|{EMOJI.pattern})[ \t]*$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of each sentence in ``text``; spans with no words (tags, emoji) are left out.

    Lines end sentences unless the next line just goes on in lower case; bullets always start one.
    """
    return masked_sentence_spans(without_tokens(text))


def masked_sentence_spans(masked: str) -> list[tuple[int, int]]:
    """Sentence spans of a text whose links, mentions and hashtags are already blanked out."""
    spans: list[tuple[int, int]] = []
    for start, end in _blocks(masked):
        spans.extend(_split_block(masked, start, end))
    return [span for span in spans if WORD.search(masked, span[0], span[1])]


def _lines(masked: str) -> list[tuple[int, int, bool]]:
    """Each non-blank line as (start of content, end, starts with a bullet)."""
    found: list[tuple[int, int, bool]] = []
    pos = 0
    for line in masked.split("\n"):
        end = pos + len(line)
        head = line.lstrip(" \t")[:1]
        # The regular expression only runs on lines that can start with a bullet.
        bullet = _BULLET.match(masked, pos, end) if head in _BULLET_HEADS else None
        start = bullet.end() if bullet else pos
        if (masked[start:end] if bullet else line).strip():
            found.append((start, end, bullet is not None))
        pos = end + 1
    return found


def _blocks(masked: str) -> list[tuple[int, int]]:
    """Runs of lines that form running prose: a hard-wrapped sentence is one block."""
    blocks: list[tuple[int, int]] = []
    prev_end = -1
    for start, end, bullet in _lines(masked):
        if blocks and not bullet and _continues(masked, prev_end, start):
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
        prev_end = end
    return blocks


def _continues(masked: str, prev_end: int, start: int) -> bool:
    # Look-back windows keep this linear in the length of the text.
    if masked.count("\n", prev_end, start) != 1:
        return False
    if not _next_char(masked, start, len(masked)).islower():
        return False
    return not _LINE_END.search(masked, max(0, prev_end - _LOOK_BACK), prev_end)


def _next_char(masked: str, pos: int, end: int) -> str:
    found = _NON_SPACE.search(masked, pos, end)
    return found.group() if found else ""


def _split_block(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = start
    judged = start  # candidates before this lie in a run already judged
    for candidate in _CANDIDATE.finditer(masked, start, end):
        if candidate.start() < max(begin, judged):
            continue  # inside the closing run of a sentence already split off, or judged
        match = _END.match(masked, candidate.start(), end)
        if match is None:
            continue
        after = match.end()
        if after < end and not (
            masked[after].isspace()
            and (_is_boundary(masked, match, end) or _inner_boundary(masked, match, end))
        ):
            # A match from a later candidate in this run ends where this one does (the end
            # runs are greedy), so it would be judged the same: looking at each again made a
            # run of 20,000 emoji joined by U+200D take seconds (quadratic).
            judged = _next_to_judge(masked, candidate.start(), after)
            continue
        spans.append((begin, after))
        begin = after
    spans.append((begin, end))
    return [(a, b) for a, b in (_strip(masked, *span) for span in spans) if a < b]


def _is_regional(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"


def _next_to_judge(masked: str, start: int, after: int) -> int:
    """The first position after a rejected match from ``start`` worth matching from again.

    Later starts inside the match end where it ended, except in a run of regional indicators
    (flags are pairs of them): a match that stopped before the run's last, unpaired one reads
    the run in the other pairing from its second indicator on, and may go further."""
    if after >= len(masked) or not _is_regional(masked[after]):
        return after
    run = after
    while run > start and _is_regional(masked[run - 1]):
        run -= 1
    return run + 1


def _inner_boundary(masked: str, match: re.Match[str], end: int) -> bool:
    """Whether the run ends a sentence when read from one of its later marks, as
    ``_is_boundary`` would judge the match from there (it ends at the same place)."""
    following = _next_char(masked, match.end(), end)
    other = False
    for candidate in _CANDIDATE.finditer(masked, match.start() + 1, match.end()):
        pos = candidate.start()
        mark = masked[pos]
        if mark in "!?":
            return True
        if mark == "." and masked[pos + 1 : pos + 2] != ".":
            if _after_dot(masked, pos, following):
                return True
        else:
            other = True  # an ellipsis or an emoji: a boundary before a new sentence
    return other and not following.islower()


def _is_boundary(masked: str, match: re.Match[str], end: int) -> bool:
    following = _next_char(masked, match.end(), end)
    mark = match.group()[0]
    if mark in "!?":
        return True
    if mark == "." and match.group().startswith(".") and not match.group().startswith(".."):
        return _after_dot(masked, match.start(), following)
    # An ellipsis or an emoji ends a sentence only when a new one visibly starts.
    return not following.islower()


def _after_dot(masked: str, dot: int, following: str) -> bool:
    # A bounded look-back keeps long texts linear.
    before = masked[max(0, dot - 24) : dot].split()
    token = before[-1] if before else ""
    token = token.lstrip("(\"'“‘«[").lower()
    if token in _NEVER_END:
        return False
    if token in _MAY_END or (len(token) == 1 and token.isalpha()):
        return following[:1].isupper()
    return not following.islower()


def _strip(masked: str, start: int, end: int) -> tuple[int, int]:
    part = masked[start:end]
    return start + len(part) - len(part.lstrip()), end - len(part) + len(part.rstrip())
