"""The voice check of a draft: flags that point at the words, for one network.

- ``voice_check``: the whole check of one draft (counts, fold, flags, copy-paste guard);
- ``flags``: clichés, no personal angle, sensitive words, … each pointing at its words;
- ``language``: per-language cues (first person singular, long-sentence limits);
- ``phrases``: the curated phrase lists and how they are found;
- ``similarity``: how much of a draft repeats a pasted source;
- ``styling``: fake "bold" and "italic" letters;
- ``messages``: the English message of each flag (the command line's text).
"""
