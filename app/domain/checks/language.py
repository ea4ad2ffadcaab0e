"""Per-language cues for the voice check: long-sentence limits and the lengths at which a
missing "I" or question matters. Who speaks ("I" or "we") is `app.domain.text.person`."""

from __future__ import annotations

from typing import Final

# Finnish words are long and few (compounds, case endings instead of prepositions): the same
# thought takes about two thirds of the English word count, so the limit is lower.
LONG_SENTENCE_WORDS: Final[dict[str, int]] = {"en": 30, "sv": 27, "fi": 20}
DEFAULT_LONG_SENTENCE_WORDS: Final = 30  # language unknown: the most lenient

# Below this many words, a missing "I" or question is normal (a quick reply, a short post).
MIN_WORDS_PERSONAL: Final = 30
MIN_WORDS_INVITATION: Final = 30
# The company "we" is a voice, not a length: two "we" and no "I" say it even in a short post.
MIN_WE_FOR_COMPANY_VOICE: Final = 2
