"""The voice check of a draft: flags that point at the words, for one network.

- ``voice_check``: the whole check of one draft (counts, fold, flags, copy-paste guard);
- ``flags``: clichés, no personal angle, the company's "we", very hard to read, sensitive
  words, … each pointing at its words;
- ``language``: per-language cues (long-sentence limits, lengths that need an "I" or a
  question); who speaks, "I" or "we" (also on Finnish verbs), is ``app.domain.text.person``;
- ``readability``: LIX and its bands in words (very easy … very hard);
- ``phrases``: the curated phrase lists and how they are found;
- ``similarity``: how much of a draft repeats a pasted source;
- ``styling``: fake "bold" and "italic" letters;
- ``messages``: the English message of each flag (the command line's text).
"""
