"""The voice profile: how a person writes, per language, built from their own texts.

The public face of the package; the modules beside it:

- ``model``: the plain data (texts in; numbers, keys and example excerpts out);
- ``features``: what one text contributes, computed once per text;
- ``stats``: quartiles, stats and order-independent examples over posts;
- ``openers``, ``phrases``, ``topics``: openers and sign-offs, favourite phrases, topics;
- ``build``: profiles per language from analysed texts;
- ``comparison``: a draft against the profile, measure by measure.
"""

from app.domain.voice.build import analyse_text, build_profiles, build_voice, profile
from app.domain.voice.comparison import compare
from app.domain.voice.features import Features
from app.domain.voice.model import (
    ChannelLength,
    Deviation,
    Excerpt,
    Pattern,
    Person,
    Phrase,
    Stat,
    Text,
    Topic,
    VoiceBuild,
    VoiceProfile,
)

__all__ = [
    "ChannelLength",
    "Deviation",
    "Excerpt",
    "Features",
    "Pattern",
    "Person",
    "Phrase",
    "Stat",
    "Text",
    "Topic",
    "VoiceBuild",
    "VoiceProfile",
    "analyse_text",
    "build_profiles",
    "build_voice",
    "compare",
    "profile",
]
