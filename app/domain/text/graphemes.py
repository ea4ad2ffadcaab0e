"""User-perceived characters: extended grapheme clusters after Unicode UAX #29, stdlib only."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from enum import IntEnum
from functools import lru_cache
from itertools import pairwise
from typing import Final

# Why not a PyPI package (`grapheme`, `regex`): see docs/DRAFTING.md. In short: the rules that
# matter for counting posts (emoji ZWJ sequences, skin tones, flags, keycaps, tags, combining
# marks, Hangul, CR LF) fit in this page; `unicodedata` gives the categories; only
# Extended_Pictographic and Prepend need tables, which change slowly and are listed below.
# Left out: GB9c (Indic conjunct clusters, Unicode 15.1), which merges a few Devanagari clusters.


class Gcb(IntEnum):
    """Grapheme_Cluster_Break values (the ones the rules tell apart)."""

    OTHER = 0
    CR = 1
    LF = 2
    CONTROL = 3
    EXTEND = 4
    ZWJ = 5
    RI = 6
    PREPEND = 7
    SPACING_MARK = 8
    L = 9
    V = 10
    T = 11
    LV = 12
    LVT = 13


# Extended_Pictographic (emoji-data.txt, Unicode 15), as inclusive (first, last) ranges.
_PICTOGRAPHIC: Final = (
    (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122),
    (0x2139, 0x2139), (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328),
    (0x2388, 0x2388), (0x23CF, 0x23CF), (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2),
    (0x25AA, 0x25AB), (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE), (0x2600, 0x2605),
    (0x2607, 0x2612), (0x2614, 0x2685), (0x2690, 0x2705), (0x2708, 0x2712), (0x2714, 0x2714),
    (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721), (0x2728, 0x2728), (0x2733, 0x2734),
    (0x2744, 0x2744), (0x2747, 0x2747), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755),
    (0x2757, 0x2757), (0x2763, 0x2767), (0x2795, 0x2797), (0x27A1, 0x27A1), (0x27B0, 0x27B0),
    (0x27BF, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B07), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50),
    (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3297), (0x3299, 0x3299),
    (0x1F000, 0x1F0FF), (0x1F10D, 0x1F10F), (0x1F12F, 0x1F12F), (0x1F16C, 0x1F171),
    (0x1F17E, 0x1F17F), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F1AD, 0x1F1E5),
    (0x1F201, 0x1F20F), (0x1F21A, 0x1F21A), (0x1F22F, 0x1F22F), (0x1F232, 0x1F23A),
    (0x1F23C, 0x1F23F), (0x1F249, 0x1F3FA), (0x1F400, 0x1F53D), (0x1F546, 0x1F64F),
    (0x1F680, 0x1F6FF), (0x1F774, 0x1F77F), (0x1F7D5, 0x1F7FF), (0x1F80C, 0x1F80F),
    (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F), (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8FF),
    (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1FAFF), (0x1FC00, 0x1FFFD),
)  # fmt: skip
_PICTOGRAPHIC_STARTS: Final = tuple(first for first, _ in _PICTOGRAPHIC)

# Prepend (GraphemeBreakProperty.txt): a handful of Arabic, Syriac and Brahmic signs.
_PREPEND: Final = frozenset(
    [*range(0x0600, 0x0606), 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD,
     0x111C2, 0x111C3, 0x1193F, 0x11941, *range(0x11A84, 0x11A8A), 0x11D46, 0x11F02]
)  # fmt: skip
# Spacing marks (Mc) that Unicode counts as Extend, and the two non-Mc spacing marks.
_MC_EXTEND: Final = frozenset([0x09BE, 0x09D7, 0x0B3E, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5,
                               0x0CD6, 0x0D3E, 0x0D57, 0x0DCF, 0x0DDF, 0x1B35, 0x302E, 0x302F,
                               0x1133E, 0x11357, 0x114B0, 0x114BD, 0x115AF, 0x11930, 0x1D165,
                               0x1D16E, 0x1D16F, 0x1D170, 0x1D171, 0x1D172])  # fmt: skip
_SPACING_EXTRA: Final = frozenset([0x0E33, 0x0EB3])
# Spacing marks that Unicode nevertheless leaves out of SpacingMark (Myanmar, Tai Tham, Ahom).
_MC_OTHER: Final = frozenset([0x102B, 0x102C, 0x1038, *range(0x1062, 0x1065),
                              *range(0x1067, 0x106E), 0x1083, *range(0x1087, 0x108D), 0x108F,
                              *range(0x109A, 0x109D), 0x1A61, 0x1A63, 0x1A64, 0xAA7B, 0xAA7D,
                              0x11720, 0x11721])  # fmt: skip

ZWJ: Final = "\u200d"
VS16: Final = "\ufe0f"  # emoji presentation selector
KEYCAP: Final = "\u20e3"


def is_pictographic(cp: int) -> bool:
    i = bisect_right(_PICTOGRAPHIC_STARTS, cp) - 1
    return i >= 0 and cp <= _PICTOGRAPHIC[i][1]


def is_regional_indicator(cp: int) -> bool:
    return 0x1F1E6 <= cp <= 0x1F1FF


def is_emoji_modifier(cp: int) -> bool:
    return 0x1F3FB <= cp <= 0x1F3FF


@lru_cache(maxsize=4096)
def gcb(char: str) -> Gcb:
    """The Grapheme_Cluster_Break property of one code point (cached: texts repeat characters)."""
    cp = ord(char)
    if cp < 0x7F:  # ASCII: the common case, answered without unicodedata
        if cp >= 0x20:
            return Gcb.OTHER
        return Gcb.CR if cp == 0x0D else Gcb.LF if cp == 0x0A else Gcb.CONTROL
    if cp == 0x200D:
        return Gcb.ZWJ
    if is_regional_indicator(cp):
        return Gcb.RI
    if 0x1100 <= cp <= 0x115F or 0xA960 <= cp <= 0xA97C:
        return Gcb.L
    if 0x1160 <= cp <= 0x11A7 or 0xD7B0 <= cp <= 0xD7C6:
        return Gcb.V
    if 0x11A8 <= cp <= 0x11FF or 0xD7CB <= cp <= 0xD7FB:
        return Gcb.T
    if 0xAC00 <= cp <= 0xD7A3:
        return Gcb.LV if (cp - 0xAC00) % 28 == 0 else Gcb.LVT
    if cp in _PREPEND:
        return Gcb.PREPEND
    if (
        is_emoji_modifier(cp)
        or 0xE0020 <= cp <= 0xE007F  # tags (subdivision flags such as Scotland)
        or cp in (0x200C, 0xFF9E, 0xFF9F)
        or cp in _MC_EXTEND
    ):
        return Gcb.EXTEND
    category = unicodedata.category(char)
    if category in ("Mn", "Me"):
        return Gcb.EXTEND
    if (category == "Mc" and cp not in _MC_OTHER) or cp in _SPACING_EXTRA:
        return Gcb.SPACING_MARK
    if category in ("Cc", "Zl", "Zp", "Cs") or (category == "Cf" and cp != 0x200C):
        return Gcb.CONTROL
    return Gcb.OTHER


_HANGUL_AFTER: Final = {
    Gcb.L: (Gcb.L, Gcb.V, Gcb.LV, Gcb.LVT),
    Gcb.LV: (Gcb.V, Gcb.T),
    Gcb.V: (Gcb.V, Gcb.T),
    Gcb.LVT: (Gcb.T,),
    Gcb.T: (Gcb.T,),
}


def boundaries(text: str) -> list[int]:
    """Offsets where a grapheme cluster starts, plus ``len(text)`` at the end (empty: ``[0]``)."""
    if not text:
        return [0]
    if text.isascii() and "\r" not in text:
        return list(range(len(text) + 1))  # every ASCII character but CR LF is its own cluster
    cuts = [0]
    prev = gcb(text[0])
    # State for GB11 (pictographic Extend* ZWJ × pictographic) and GB12/13 (flag pairs).
    emoji_seq = is_pictographic(ord(text[0]))
    zwj_after_emoji = False
    ri_run = 1 if prev is Gcb.RI else 0
    for i in range(1, len(text)):
        char = text[i]
        cur = gcb(char)
        pict = is_pictographic(ord(char))
        if prev is Gcb.CR and cur is Gcb.LF:  # GB3
            join = True
        elif prev in (Gcb.CONTROL, Gcb.CR, Gcb.LF) or cur in (Gcb.CONTROL, Gcb.CR, Gcb.LF):
            join = False  # GB4, GB5
        elif cur in _HANGUL_AFTER.get(prev, ()):  # GB6-GB8
            join = True
        elif cur in (Gcb.EXTEND, Gcb.ZWJ, Gcb.SPACING_MARK) or prev is Gcb.PREPEND:
            join = True  # GB9, GB9a, GB9b
        elif zwj_after_emoji and pict:  # GB11
            join = True
        else:
            join = prev is Gcb.RI and cur is Gcb.RI and ri_run % 2 == 1  # GB12, GB13
        if not join:
            cuts.append(i)
        # Track the emoji sequence: a pictograph, then any Extend, then ZWJ.
        if pict:
            emoji_seq, zwj_after_emoji = True, False
        elif cur is Gcb.EXTEND and emoji_seq:
            zwj_after_emoji = False
        elif cur is Gcb.ZWJ and emoji_seq:
            zwj_after_emoji, emoji_seq = True, False
        else:
            emoji_seq = zwj_after_emoji = False
        ri_run = ri_run + 1 if cur is Gcb.RI else 0
        prev = cur
    cuts.append(len(text))
    return cuts


def graphemes(text: str) -> list[str]:
    """The text split into user-perceived characters."""
    cuts = boundaries(text)
    return [text[a:b] for a, b in pairwise(cuts)]


def count_graphemes(text: str) -> int:
    return len(boundaries(text)) - 1


def is_emoji_cluster(cluster: str) -> bool:
    """Whether a grapheme cluster shows as an emoji (what X weighs as one emoji, counting 2).

    A pictograph outside the text-default ranges, or any pictograph made emoji by VS16, a skin
    tone or a ZWJ; a flag (regional indicator pair or tag sequence); a keycap such as 1️⃣.
    """
    if not cluster:
        return False
    first = ord(cluster[0])
    if is_regional_indicator(first) or KEYCAP in cluster:
        return True
    if not is_pictographic(first):
        return False
    if first >= 0x1F000 or len(cluster) > 1:
        return True
    return unicodedata.east_asian_width(cluster) == "W"  # ⌚ ☕ ⭐: emoji presentation by default
