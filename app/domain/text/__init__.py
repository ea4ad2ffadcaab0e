"""Text analysis for posts: words, sentences, links, tags, emoji and readability measures.

The public face of the package; the modules beside it, from the bottom up:

- ``wordlists``: word lists per language (function words, stopwords, pronouns);
- ``tokens``: links, mentions, hashtags, emoji and words, each with its position;
- ``sentence_split``: sentence splitting for social-media text;
- ``lang``: the language of a short post (fi, sv or en), or "unsure";
- ``readability``: LIX, Wiio and ARI;
- ``person``: who speaks, word by word: "I" or "we" (in Finnish also on the verb);
- ``stems``: word stems (the Snowball stemmers) and terms that group a word's forms;
- ``links`` and ``graphemes``: where links and mentions sit, and user-perceived characters
  (both for counting).
"""

from app.domain.text.lang import LANGUAGES, Language, detect_language
from app.domain.text.readability import (
    ari,
    finnish_syllables,
    is_long_word,
    lix,
    long_word_share,
    sentences,
    wiio,
)
from app.domain.text.sentence_split import sentence_spans
from app.domain.text.stems import stem, term_keys
from app.domain.text.tokens import (
    emoji_count,
    emoji_spans,
    hashtags,
    mentions,
    urls,
    word_spans,
    words,
)

__all__ = [
    "LANGUAGES",
    "Language",
    "ari",
    "detect_language",
    "emoji_count",
    "emoji_spans",
    "finnish_syllables",
    "hashtags",
    "is_long_word",
    "lix",
    "long_word_share",
    "mentions",
    "sentence_spans",
    "sentences",
    "stem",
    "term_keys",
    "urls",
    "wiio",
    "word_spans",
    "words",
]
